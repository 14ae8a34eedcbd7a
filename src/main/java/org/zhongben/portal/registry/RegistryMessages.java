package org.zhongben.portal.registry;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the registry pages. Chinese here; English in {@code messages/registry_en.properties}. */
@MessageBundle(value = "registry", locale = "zh-CN")
public interface RegistryMessages {

    @Message("终本案件公开名录")
    String title();

    @Message("列出以终结本次执行程序结案、仍在名录中的案件及被执行人。案件恢复执行、履行完毕或终结执行后即从名录中屏蔽。")
    String intro();

    @Message("被执行人名称")
    String name();

    @Message("匹配方式")
    String match();

    @Message("完全一致")
    String matchExact();

    @Message("以此开头")
    String matchPrefix();

    @Message("同音或一个字不同")
    String matchFuzzy();

    @Message("证件号码")
    String idNumber();

    @Message("法院代字")
    String court();

    @Message("案号")
    String caseNumber();

    @Message("执行法院")
    String courtName();

    @Message("终本日期自")
    String from();

    @Message("终本日期至")
    String to();

    @Message("未履行金额不少于(元)")
    String minAmount();

    @Message("未履行金额不超过(元)")
    String maxAmount();

    @Message("查询")
    String search();

    @Message("按证件号码查询须输入完整号码;自然人的证件号码只显示部分。查询次数有限制,过于频繁时请稍候再试。")
    String privacy();

    @Message("没有符合条件的条目。")
    String noResults();

    @Message("查询结果")
    String results();

    @Message("被执行人")
    String debtor();

    @Message("未履行金额(元)")
    String unperformed();

    @Message("立案日期")
    String docketed();

    @Message("终本日期")
    String zhongbenOn();

    @Message("处于跟踪期")
    String followUp();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("申请更正")
    String correct();

    @Message("下一页")
    String nextPage();

    @Message("申请更正名录信息")
    String correctionTitle();

    @Message("如果名录中的信息有误,请说明情况,执行法院会处理并与您联系。")
    String correctionIntro();

    @Message("您的姓名")
    String requester();

    @Message("联系方式(电话或邮箱)")
    String contact();

    @Message("哪里有误")
    String whatIsWrong();

    @Message("证明材料(PDF、JPEG 或 PNG,可不附)")
    String evidence();

    @Message("提交")
    String send();

    @Message("已提交,执行法院会处理您的申请。")
    String correctionSent();

    @Message("名录更正申请")
    String queueTitle();

    @Message("没有待处理的更正申请。")
    String queueEmpty();

    @Message("处理结果")
    String answer();

    @Message("证明材料超过 10 MB,请压缩后再上传。")
    String evidenceTooLarge();

    @Message("证明材料须为 PDF、JPEG 或 PNG 文件。")
    String evidenceWrongType();
}
