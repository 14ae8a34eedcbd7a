package org.zhongben.portal.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the statistics page. Chinese here; English in {@code messages/statistics_en.properties}. */
@MessageBundle(value = "statistics", locale = "zh-CN")
public interface StatisticsMessages {

    @Message("各法院终本透明度统计")
    String title();

    @Message("按法院和年度统计:终本结案占比、规定动作全部满足的比例、终本后定期查询是否按期、恢复执行申请的处理情况,以及再次终本的案件。数据来自各法院报送的案件。")
    String intro();

    @Message("法院代字(留空为全国)")
    String court();

    @Message("全国")
    String national();

    @Message("查看")
    String show();

    @Message("下载全部数据(CSV)")
    String csv();

    @Message("暂无数据。")
    String noData();

    @Message("统计数据定期重新计算(间隔 {interval}),最近一次:")
    String refreshed(String interval);

    @Message("逐年数据")
    String tableCaption();

    @Message("年度")
    String year();

    @Message("结案数")
    String closed();

    @Message("终本结案")
    String zhongben();

    @Message("规定动作全部满足")
    String compliant();

    @Message("定期查询按期")
    String followUps();

    @Message("恢复执行申请")
    String resumptions();

    @Message("准予恢复")
    String accepted();

    @Message("决定用时中位数(天)")
    String medianDays();

    @Message("核查逾期")
    String overdue();

    @Message("再次终本")
    String repeated();

    @Message("最常未完成的规定动作(最近一个有终本结案的年度)")
    String mostFailed();

    @Message("各法院(最近一年)")
    String byCourt();
}
