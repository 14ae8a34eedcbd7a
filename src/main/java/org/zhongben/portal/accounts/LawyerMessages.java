package org.zhongben.portal.accounts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the lawyers' pages (lawyer, creditor, clerk). Chinese here; English in {@code messages/lawyers_en.properties}. */
@MessageBundle(value = "lawyers", locale = "zh-CN")
public interface LawyerMessages {

    @Message("律师工作台")
    String dashboardTitle();

    @Message("执业证")
    String licence();

    @Message("已由法院工作人员核验")
    String licenceVerified();

    @Message("等待法院工作人员核验。核验前不能申请或接受代理。")
    String licencePending();

    @Message("未通过核验")
    String licenceRejected();

    @Message("我的代理授权")
    String myDelegations();

    @Message("还没有代理授权。")
    String noDelegations();

    @Message("案号")
    String caseNumber();

    @Message("申请执行人")
    String creditor();

    @Message("律师")
    String lawyer();

    @Message("状态")
    String state();

    @Message("有效期至")
    String expiresOn();

    @Message("已过期")
    String expired();

    @Message("来源")
    String origin();

    @Message("授权委托书")
    String originAttorney();

    @Message("申请执行人直接授权")
    String originGranted();

    @Message("查看案件")
    String openCase();

    @Message("凭授权委托书申请代理")
    String requestTitle();

    @Message("填写案号和授权委托书上的申请执行人名称,上传授权委托书(PDF)。执行法院工作人员审核后,您可以查看案件、下载调查记录并代为申请恢复执行。")
    String requestHint();

    @Message("申请执行人名称(与授权委托书一致)")
    String creditorName();

    @Message("授权委托书(PDF,不超过 10 MB)")
    String attorneyFile();

    @Message("提交")
    String send();

    @Message("代理律师")
    String caseLawyersTitle();

    @Message("您可以直接授权已核验的律师代理本案,也可以随时撤销授权(立即生效)。律师凭授权委托书提出的申请由执行法院审核。")
    String caseLawyersHint();

    @Message("授权律师")
    String grantTitle();

    @Message("律师的注册邮箱")
    String lawyerEmail();

    @Message("撤销授权")
    String revoke();

    @Message("律师核验与代理审核")
    String clerkTitle();

    @Message("待核验的执业证")
    String pendingLicences();

    @Message("没有待核验的执业证。")
    String noPendingLicences();

    @Message("本院待审核的代理申请")
    String pendingRequests();

    @Message("没有待审核的代理申请。")
    String noPendingRequests();

    @Message("律师事务所")
    String lawFirm();

    @Message("执业证号")
    String licenceNumber();

    @Message("注册时间")
    String registeredAt();

    @Message("核验通过")
    String verify();

    @Message("不予通过")
    String refuse();

    @Message("说明(不予通过时必填)")
    String note();

    @Message("批准")
    String approve();

    @Message("驳回")
    String reject();

    @Message("授权委托书")
    String attorney();

    @Message("申请时间")
    String requestedAt();

    @Message("您的代理律师")
    String yourLawyers();

    @Message("授权委托书超过 10 MB,请压缩后再上传。")
    String attorneyTooLarge();

    @Message("授权委托书须为 PDF 文件。")
    String attorneyWrongType();
}
