package org.zhongben.portal.accounts;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhongben.portal.common.i18n.Languages;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import io.smallrye.mutiny.Uni;

/** The account e-mails (confirmation, password reset, "already registered"), each in the recipient's language. */
@ApplicationScoped
public class AccountMail {

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance confirmEmail(String name, String link, boolean english);

        static native MailTemplateInstance resetPassword(String name, String link, boolean english);

        static native MailTemplateInstance alreadyRegistered(String name, String signInLink, String resetLink,
                boolean english);
    }

    private final String publicUrl;

    AccountMail(@ConfigProperty(name = "portal.public-url") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Uni<Void> confirmEmail(Account account, String token, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return Templates.confirmEmail(account.displayName, publicUrl + "/account/confirm?token=" + token, english)
                .to(account.email).subject(english ? "Confirm your e-mail address" : "请确认您的邮箱地址")
                .send();
    }

    Uni<Void> resetPassword(Account account, String token, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return Templates.resetPassword(account.displayName, publicUrl + "/password/reset?token=" + token, english)
                .to(account.email).subject(english ? "Reset your password" : "重设您的密码").send();
    }

    Uni<Void> alreadyRegistered(Account account, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return Templates.alreadyRegistered(account.displayName, publicUrl + "/login", publicUrl + "/password/forgot",
                english).to(account.email).subject(english ? "You already have an account" : "您已经注册过账户")
                .send();
    }
}
