package org.zhongben.portal.notify;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.common.i18n.Languages;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import io.smallrye.mutiny.Uni;

/**
 * E-mail through the Quarkus mailer (SMTP configured by {@code QUARKUS_MAILER_*}; in the demo and embedded modes
 * the mailer is a mock that logs, so messages stay in the inbox). Plain text and HTML, in the reader's language.
 */
@ApplicationScoped
class EmailChannel implements NotificationChannel {

    @CheckedTemplate(basePath = "NotifyMail")
    static class Templates {
        static native MailTemplateInstance message(Recipient to, RenderedMessage message, NotifyMessages words,
                boolean english);

        static native MailTemplateInstance digest(Recipient to, String date, List<RenderedMessage> messages,
                NotifyMessages words, boolean english);
    }

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public Uni<Void> send(Recipient to, RenderedMessage message) {
        return Templates.message(to, message, NotificationRenderer.messages(to.locale()), Languages.isEnglish(to.locale()))
                .to(to.email()).subject(message.subject()).send();
    }

    @Override
    public Uni<Void> sendDigest(Recipient to, String date, List<RenderedMessage> messages) {
        NotifyMessages words = NotificationRenderer.messages(to.locale());
        return Templates.digest(to, date, messages, words, Languages.isEnglish(to.locale())).to(to.email())
                .subject(words.digestSubject(date, messages.size())).send();
    }
}
