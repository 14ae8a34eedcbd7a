package org.zhongben.portal.common.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the shared layout. Chinese here; English in {@code messages/common_en.properties}. */
@MessageBundle(value = "common", locale = "zh-CN")
public interface CommonMessages {

    @Message("终本案件债权人透明门户")
    String siteName();

    @Message("跳到正文")
    String skipToContent();

    @Message("主导航")
    String mainNavigation();

    @Message("首页")
    String home();

    @Message("我的案件")
    String myCases();

    @Message("恢复执行申请审查")
    String courtQueue();

    @Message("律师核验与代理审核")
    String courtLawyers();

    @Message("律师工作台")
    String lawyerDesk();

    @Message("消息")
    String inbox();

    @Message("终本名录")
    String registry();

    @Message("法院统计")
    String statistics();

    @Message("名录更正申请")
    String registryCorrections();

    @Message("登录")
    String signIn();

    @Message("退出")
    String signOut();

    @Message("注册账户")
    String register();

    @Message("已登录:{name}")
    String signedInAs(String name);

    @Message("切换语言")
    String switchLanguage();

    @Message("本门户展示法院推送的执行案件信息;规则核对结果仅供参考,不构成法律意见。")
    String disclaimer();

    @Message("返回")
    String back();

    @Message("必填")
    String required();

    @Message("请修改以下问题:")
    String fixErrors();

    @Message("页脚导航")
    String footerNavigation();

    @Message("办事指南")
    String guides();

    @Message("术语表")
    String glossary();

    @Message("上传进度")
    String uploadProgress();

    @Message("上传中断,请检查网络后重试。")
    String uploadError();
}
