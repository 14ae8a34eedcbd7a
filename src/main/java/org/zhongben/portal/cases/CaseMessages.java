package org.zhongben.portal.cases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the case pages. Chinese here; English in {@code messages/cases_en.properties}. */
@MessageBundle(value = "cases", locale = "zh-CN")
public interface CaseMessages {

    @Message("我的案件")
    String listTitle();

    @Message("共 {count} 件")
    String count(int count);

    @Message("状态")
    String status();

    @Message("全部状态")
    String anyStatus();

    @Message("法院代字")
    String court();

    @Message("案号包含")
    String search();

    @Message("排序")
    String sort();

    @Message("立案日期(新到旧)")
    String sortDocketed();

    @Message("未履行金额(多到少)")
    String sortUnperformed();

    @Message("下次定期查询(近到远)")
    String sortNextDue();

    @Message("案号")
    String sortCaseNumber();

    @Message("筛选")
    String apply();

    @Message("下载 CSV")
    String exportCsv();

    @Message("下一页")
    String nextPage();

    @Message("暂无案件。用案号和查询码把案件关联到您的账户。")
    String empty();

    @Message("关联案件")
    String linkTitle();

    @Message("已关联案件 {caseNumber}。")
    String linked(String caseNumber);

    @Message("关联")
    String linkButton();

    @Message("案号")
    String caseNumber();

    @Message("法院")
    String courtName();

    @Message("案件类型")
    String caseType();

    @Message("立案日期")
    String docketedOn();

    @Message("您的身份")
    String yourRole();

    @Message("申请执行标的")
    String claimed();

    @Message("已执行到位")
    String realised();

    @Message("未履行金额")
    String unperformed();

    @Message("下次定期查询应于")
    String nextDue();

    @Message("已逾期")
    String overdue();

    @Message("承办法官")
    String judge();

    @Message("案件现状")
    String statusHeading();

    @Message("自 {date} 起")
    String since(String date);

    @Message("终本后的跟踪期至 {date} 结束。")
    String followUpWindow(String date);

    @Message("为什么终本")
    String closingHeading();

    @Message("终本理由")
    String reason();

    @Message("终本裁定书")
    String ruling();

    @Message("裁定日期")
    String ruledOn();

    @Message("送达日期")
    String servedOn();

    @Message("批准方式")
    String approvalRoute();

    @Message("财产不能处置的理由")
    String cannotDispose();

    @Message("裁定书载明的内容")
    String statedSections();

    @Message("裁定书未载明")
    String missingSections();

    @Message("查看公开的裁定书")
    String publication();

    @Message("您现在可以做什么")
    String nextStepsHeading();

    @Message("执行款项")
    String ledgerHeading();

    @Message("到账记录")
    String payments();

    @Message("日期")
    String date();

    @Message("金额(元)")
    String amount();

    @Message("说明")
    String description();

    @Message("命中数")
    String hits();

    @Message("规定动作核对")
    String complianceHeading();

    @Message("{failed} 项不符合,{passed} 项符合,{unknown} 项因案卷缺少信息无法判断,{na} 项不适用。")
    String complianceSummary(int failed, int passed, int unknown, int na);

    @Message("每项核对都注明依据及其可靠程度:[C] 已核对条文;[S] 来自二手资料;[R] 条文未经核对;[P] 实务做法或门户设定,并非法律规定。核对结果依据法院推送的案卷按今天的日期计算,仅供参考,不构成法律意见。")
    String complianceHelp();

    @Message("依据")
    String basis();

    @Message("证据")
    String evidence();

    @Message("您可以怎么做:")
    String whatYouCanDo();

    @Message("可靠程度")
    String confidence();

    @Message("对终本提出执行异议")
    String objectionHeading();

    @Message("法院在终本前没有完成上面列出的规定动作。您可以向执行法院提交书面执行异议(终本规定第七条),请求撤销终本裁定、继续执行。法院应在收到异议之日起15日内审查并作出裁定(民事诉讼法第二百三十六条);不服裁定的,可以在裁定送达之日起10日内向上一级法院申请复议。")
    String objectionRoute();

    @Message("期限:对终本提出异议的期限尚无定论。最高人民法院(2021)最高法执监501号认为终本并非执行程序终结,执行程序终结前均可提出;但也有法院适用终结执行的60日期限。稳妥起见,建议在终本裁定送达后60日内(即{date}前)提出。")
    String objectionTimeLimit(String date);

    @Message("期限:对终本提出异议的期限尚无定论。最高人民法院(2021)最高法执监501号认为终本并非执行程序终结,执行程序终结前均可提出;但也有法院适用终结执行的60日期限,稳妥起见,建议尽早在终本裁定送达后60日内提出。")
    String objectionTimeLimitUnknown();

    @Message("生成异议申请书草稿")
    String objectionDraft();

    @Message("执行异议申请书(草稿)")
    String objectionDraftTitle();

    @Message("本草稿由门户根据法院推送的案卷自动生成,列出终本前没有完成的规定动作。提交前请逐项核对、补充您掌握的事实,并签名;必要时请咨询律师。本草稿不构成法律意见。")
    String objectionDraftNotice();

    @Message("用浏览器的\"打印\"功能可以打印本页或保存为PDF。")
    String printHint();

    @Message("根据法院推送的案卷,本案终本前的规定动作没有发现不符合之处,因此没有可以列入异议的事项。")
    String noObjectionGrounds();

    @Message("返回案件页")
    String backToCase();

    @Message("英文译文(仅供参考;向法院提交中文文本)")
    String translationHeading();

    @Message("定期查询与期限")
    String followUpsHeading();

    @Message("终本裁定于{ruled}作出。在{ends}之前,法院每六个月应通过网络查控系统查询一次被执行人的财产,并把结果告诉您。")
    String followUpIntro(String ruled, String ends);

    @Message("下一次查询应于")
    String nextInquiry();

    @Message("第几次")
    String inquiryNumber();

    @Message("查询结果")
    String inquiryResult();

    @Message("是否告知您")
    String creditorTold();

    @Message("已告知")
    String told();

    @Message("未告知")
    String notTold();

    @Message("查询在应查日期后{days}日内进行仍算按期。")
    String graceNote(int days);

    @Message("期限提醒")
    String deadlinesHeading();

    @Message("涉及")
    String about();

    @Message("由谁办理")
    String duty();

    @Message("期限")
    String dueOn();

    @Message("剩余天数")
    String daysLeft();

    @Message("没有需要跟踪的期限。")
    String noDeadlines();

    @Message("本案没有终本裁定,不需要终本后的定期查询。")
    String noFollowUps();

    @Message("执行依据")
    String basisHeading();

    @Message("案件时间线")
    String timelineHeading();

    @Message("事项")
    String event();

    @Message("应于")
    String expected();

    @Message("实际")
    String actual();

    @Message("依据")
    String rule();

    @Message("财产调查记录")
    String investigationHeading();

    @Message("财产调查覆盖情况")
    String coverageHeading();

    @Message("财产类别")
    String category();

    @Message("从未调查")
    String neverChecked();

    @Message("尚未反馈")
    String pending();

    @Message("已调查 {checked} 类,未调查 {never} 类,必查类别缺口 {gaps} 项")
    String coverageSummary(int checked, int never, int gaps);

    @Message("调查措施")
    String measuresHeading();

    @Message("网络查控")
    String queriesHeading();

    @Message("被执行人报告财产")
    String reportsHeading();

    @Message("财产线索")
    String cluesHeading();

    @Message("发现的财产")
    String assetsHeading();

    @Message("查封、冻结、扣押")
    String controlsHeading();

    @Message("强制措施")
    String coerciveHeading();

    @Message("限制消费与失信名单")
    String restrictionsHeading();

    @Message("终本约谈")
    String interviewHeading();

    @Message("未告知的事项")
    String topicsNotTold();

    @Message("可查看的文书")
    String documentsHeading();

    @Message("另有 {count} 份文书仅法院可见。")
    String hiddenDocuments(int count);

    @Message("当事人")
    String partiesHeading();

    @Message("(您)")
    String you();

    @Message("谁查看过我的案件")
    String accessesHeading();

    @Message("最近 {count} 次查看和下载。")
    String accessesHelp(int count);

    @Message("时间")
    String time();

    @Message("查看人")
    String who();

    @Message("身份")
    String role();

    @Message("行为")
    String action();

    @Message("数据更新于 {time}")
    String updatedAt(String time);

    @Message("无")
    String none();

    @Message("执恢案件")
    String resumedBy();

    @Message("原终本案件")
    String parentCase();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("在本页查找")
    String filterLabel();

    @Message("输入案号或法院,边输入边筛选本页列出的案件;筛选全部案件请用上面的条件。")
    String filterHint();

    /** Rendered with the placeholders themselves ({shown}, {total}); live-filter.js puts in the numbers. */
    @Message("本页显示 {shown} 件,共 {total} 件")
    String filterCount(String shown, String total);
}
