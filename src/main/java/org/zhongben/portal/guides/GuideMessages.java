package org.zhongben.portal.guides;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Plain-language texts of the start page and guides. English in {@code messages/guide_en.properties}. */
@MessageBundle(value = "guide", locale = "zh-CN")
public interface GuideMessages {

    @Message("了解您的终本案件")
    String homeTitle();

    @Message("法院以“终结本次执行程序”(终本)结案,是因为暂时没有找到可供执行的财产。您的债权并没有消灭:发现财产后,您随时可以申请恢复执行,没有时间限制。")
    String homeIntro();

    @Message("在这里您可以看到:案件为什么终本、法院做了哪些财产调查、是否完成了规定动作,以及终本后法院每六个月一次的查询是否按时进行。")
    String homeWhat();

    @Message("查看我的案件")
    String openMyCase();

    @Message("使用法院通知书上的案号和查询码登录,无需注册。")
    String openMyCaseHelp();

    // Start page: the help section.
    @Message("帮助指南与术语表")
    String homeHelpHeading();

    @Message("不熟悉终本、恢复执行、执行异议这些用语?帮助指南用通俗的话说明您有哪些权利、法院应当做什么,以及怎样使用本门户。")
    String homeHelpText();

    @Message("阅读帮助指南")
    String openGuides();

    // The list of guides.
    @Message("帮助指南")
    String guidesTitle();

    @Message("用通俗的话说明终本案件中您的权利、法院的义务,以及怎样使用本门户。每篇指南都有中文版和英文版。")
    String guidesIntro();

    @Message("按您要做的事选择")
    String guidesListHeading();

    // The four guides and the glossary: title and one-line summary.
    @Message("了解我的终本案件")
    String understandMyCaseTitle();

    @Message("终本是什么、债权为什么仍然存在、案件页面显示什么、规定动作核对,以及终本后五年内每六个月一次的定期查询。")
    String understandMyCaseSummary();

    @Message("申请恢复执行")
    String applyForResumptionTitle();

    @Message("发现被执行人的财产后怎样申请恢复执行:什么时候可以申请、怎样填写财产线索和证据、法院应当怎么做、多快做,以及门户上的申请步骤。")
    String applyForResumptionSummary();

    @Message("对终本提出异议")
    String objectToTerminationTitle();

    @Message("认为法院终本不合规时:执行异议和复议的途径与期限(包括尚无定论的异议期限),以及门户生成的异议申请书草稿。")
    String objectToTerminationSummary();

    @Message("律师代理与调查记录")
    String lawyerAccessTitle();

    @Message("律师凭授权委托书申请代理,或由申请执行人直接授权;撤销授权;下载可核验的调查记录,并在核验页面确认。")
    String lawyerAccessSummary();

    @Message("术语表")
    String glossaryTitle();

    @Message("门户中出现的法律用语,例如终本、恢复执行、执恢、规定动作、网络查控、失信被执行人、执行异议、复议、执转破,逐一用通俗的话解释。")
    String glossarySummary();

    @Message("打开术语表")
    String openGlossary();

    @Message("门户中出现的法律用语,按主题排列。每个术语都有固定的链接,指南中的术语都链接到这里。")
    String glossaryIntro();

    // Shared by the guides and the glossary.
    @Message("本页是通俗说明,不构成法律意见。具体案件以法院的法律文书为准,必要时请咨询律师。")
    String notAdvice();

    @Message("尚待核实")
    String unconfirmed();

    @Message("标有“尚待核实”的内容出自尚未与官方文本逐字核对的规定,请以法院的说明为准。")
    String unconfirmedLegend();

    @Message("本页内容")
    String onThisPage();

    @Message("全部帮助指南")
    String allGuides();

    @Message("帮助导航")
    String helpNavigation();

    @Message("相关术语")
    String relatedTerms();

    @Message("相关页面")
    String seeAlso();
}
