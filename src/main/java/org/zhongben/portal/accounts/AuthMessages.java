package org.zhongben.portal.accounts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the sign-in and account pages. Chinese here; English in {@code messages/auth_en.properties}. */
@MessageBundle(value = "auth", locale = "zh-CN")
public interface AuthMessages {

    @Message("登录")
    String signInTitle();

    @Message("用案号和查询码查看案件")
    String caseLoginHeading();

    @Message("查询码印在法院送达给您的通知书上。用它可以查看这一个案件,无需注册。")
    String caseLoginHelp();

    @Message("案号")
    String caseNumber();

    @Message("例如 (2023)京0105执1234号")
    String caseNumberHint();

    @Message("查询码")
    String queryCode();

    @Message("16 位字母和数字,例如 AB12-CD34-EF56-GH78")
    String queryCodeHint();

    @Message("查看案件")
    String openCase();

    @Message("用账户登录")
    String accountLoginHeading();

    @Message("有多个案件(例如银行等机构)时,请注册账户并关联案件。")
    String accountLoginHelp();

    @Message("邮箱")
    String email();

    @Message("密码")
    String password();

    @Message("登录")
    String signInButton();

    @Message("忘记密码?")
    String forgotPassword();

    @Message("还没有账户?注册")
    String noAccount();

    @Message("注册账户")
    String registerTitle();

    @Message("注册后,您可以用案号和查询码把多个案件关联到同一个账户。")
    String registerHelp();

    @Message("姓名或单位名称")
    String displayName();

    @Message("账户类型")
    String accountKind();

    @Message("个人")
    String kindPerson();

    @Message("单位(企业、银行等)")
    String kindOrganisation();

    @Message("律师(代理申请执行人)")
    String kindLawyer();

    @Message("律师事务所")
    String lawFirm();

    @Message("律师执业证号(17位数字)")
    String licenceNumber();

    @Message("律师注册后,需由法院工作人员核验执业证,才能代理案件。")
    String lawyerHint();

    @Message("执业证号应为17位数字")
    String licenceInvalid();

    @Message("至少 {min} 个字符;可以是一句容易记住的话,不要求包含数字或符号。")
    String passwordHint(int min);

    @Message("注册")
    String registerButton();

    @Message("请查收邮件")
    String checkMailTitle();

    @Message("如果该邮箱可以注册,我们已发送一封确认邮件。请在 48 小时内点击邮件中的链接完成注册。")
    String checkMailRegistered();

    @Message("如果该邮箱已注册,我们已发送重设密码的链接,有效期 1 小时。")
    String checkMailReset();

    @Message("邮箱已确认")
    String confirmedTitle();

    @Message("您的邮箱已确认,现在可以登录。")
    String confirmedText();

    @Message("链接无效")
    String linkInvalidTitle();

    @Message("该链接无效、已使用或已过期。请重新申请。")
    String linkInvalidText();

    @Message("找回密码")
    String forgotTitle();

    @Message("输入您注册时使用的邮箱,我们会发送重设密码的链接。")
    String forgotHelp();

    @Message("发送链接")
    String sendLink();

    @Message("设置新密码")
    String resetTitle();

    @Message("新密码")
    String newPassword();

    @Message("保存新密码")
    String saveNewPassword();

    @Message("密码已更新。原有的登录状态均已失效,请重新登录。")
    String passwordChanged();

    @Message("密码至少需要 {min} 个字符")
    String passwordTooShort(int min);

    @Message("请填写有效的邮箱地址")
    String emailInvalid();

    @Message("请填写此项")
    String fieldRequired();

    @Message("您已退出登录。")
    String signedOut();

    @Message("绑定验证器应用")
    String secondFactorEnrolTitle();

    @Message("法院工作人员登录需要第二重验证:除密码外,还需输入手机验证器应用(如 Microsoft Authenticator、Google 身份验证器、FreeOTP)生成的 6 位动态验证码。只需绑定一次。")
    String secondFactorEnrolWhy();

    @Message("在验证器应用中添加账户,扫描这个二维码:")
    String secondFactorEnrolScan();

    @Message("无法扫描时,手动输入这个密钥(基于时间,6 位):")
    String secondFactorEnrolType();

    @Message("验证码")
    String secondFactorCode();

    @Message("验证器应用中当前显示的 6 位数字")
    String secondFactorCodeHint();

    @Message("完成绑定")
    String secondFactorEnrolButton();

    @Message("第二重验证")
    String secondFactorTitle();

    @Message("请输入验证器应用中当前显示的 6 位验证码。")
    String secondFactorHelp();

    @Message("验证码或恢复码")
    String secondFactorCodeOrRecovery();

    @Message("6 位验证码;手机不在身边时,可输入一个恢复码(如 abcde-fghjk),每个恢复码只能用一次")
    String secondFactorRecoveryHint();

    @Message("验证并继续")
    String secondFactorButton();

    @Message("手机和恢复码都丢失时,请联系本院系统管理员重置第二重验证。")
    String secondFactorLost();

    @Message("恢复码")
    String secondFactorRecoveryTitle();

    @Message("验证器应用已绑定。以后登录时,请在密码之后输入它的验证码。")
    String secondFactorEnrolled();

    @Message("请立即打印或抄下这些恢复码,并妥善保管。手机丢失时,每个恢复码可代替验证码使用一次。它们只显示这一次。")
    String secondFactorRecoveryKeep();

    @Message("我已保存恢复码,继续")
    String secondFactorContinue();
}
