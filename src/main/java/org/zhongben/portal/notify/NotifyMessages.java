package org.zhongben.portal.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of notifications: inbox, preferences, e-mails. Chinese here; English in {@code messages/notify_en.properties}. */
@MessageBundle(value = "notify", locale = "zh-CN")
public interface NotifyMessages {

    @Message("消息")
    String title();

    @Message("法院对您案件的每一次处理,都会在这里告诉您:定期查询结果、即将到期的查封冻结、恢复执行申请的进展、律师授权、新文书和合规检查变化。")
    String intro();

    @Message("未读 {count} 条")
    String unread(long count);

    @Message("未读")
    String unreadOne();

    @Message("还没有消息。")
    String empty();

    @Message("更早的消息")
    String older();

    @Message("标为已读")
    String markRead();

    @Message("全部标为已读")
    String markAllRead();

    @Message("查看案件")
    String openCase();

    @Message("通知方式")
    String preferences();

    @Message("请选择每类通知的接收方式。法定告知事项总是立即发送邮件,不能关闭。")
    String preferencesIntro();

    @Message("保存")
    String save();

    @Message("通知方式已保存。")
    String saved();

    @Message("法定告知,不能关闭")
    String required();

    @Message("目前只通过电子邮件和站内消息通知;短信和微信通知尚未接通。")
    String channelsNote();

    @Message("终本后定期查询结果")
    String kindFollowUpResult();

    @Message("期限提醒(查询逾期、查封冻结到期等)")
    String kindDeadline();

    @Message("恢复执行申请进展")
    String kindResumption();

    @Message("律师代理授权")
    String kindDelegation();

    @Message("案件新文书")
    String kindDocument();

    @Message("规定动作检查新出现不合规")
    String kindCompliance();

    @Message("立即发送邮件")
    String modeImmediate();

    @Message("每日汇总邮件")
    String modeDigest();

    @Message("仅站内消息")
    String modeInboxOnly();

    @Message("您收到此消息,因为您是案件 {caseNumber} 的申请执行人,“{kind}”类通知的接收方式为:{mode}。")
    String whyCreditor(String caseNumber, String kind, String mode);

    @Message("您收到此消息,因为您是案件 {caseNumber} 申请执行人的代理律师,“{kind}”类通知的接收方式为:{mode}。")
    String whyLawyer(String caseNumber, String kind, String mode);

    @Message("您收到此消息,因为此事涉及您在案件 {caseNumber} 中的代理授权,“{kind}”类通知的接收方式为:{mode}。")
    String whyNamed(String caseNumber, String kind, String mode);

    @Message("这是法定告知事项:法院应当将每次定期查询的结果告知申请执行人(《最高人民法院关于严格规范终结本次执行程序的规定(试行)》第九条),不能关闭。")
    String whyRequired();

    @Message("更改通知方式:")
    String changePreferences();

    @Message("【终本案件透明门户】{kind}:{caseNumber}")
    String subject(String kind, String caseNumber);

    @Message("【终本案件透明门户】{date} 消息汇总({count} 条)")
    String digestSubject(String date, int count);

    @Message("以下是您的案件在过去一天的新消息:")
    String digestIntro();

    @Message("{name},您好:")
    String greeting(String name);

    @Message("日期")
    String occurredOn();

    @Message("案号")
    String caseNumber();

    @Message("类别")
    String kind();
}
