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
}
