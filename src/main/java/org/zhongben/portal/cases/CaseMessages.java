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
}
