package org.zhongben.portal.notify;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Channels behind the same interface that are not connected yet: SMS (needs a contract with an SMS gateway and the
 * creditor's consent to texts) and WeChat (needs an official account and each creditor's OpenID). No delivery is
 * created for them; sending one fails.
 */
abstract class NotConnectedChannel implements NotificationChannel {

    @Override
    public boolean connected() {
        return false;
    }

    @Override
    public Uni<Void> send(Recipient to, RenderedMessage message) {
        return Uni.createFrom().failure(new IllegalStateException(name() + " is not connected"));
    }

    @Override
    public Uni<Void> sendDigest(Recipient to, String date, List<RenderedMessage> messages) {
        return Uni.createFrom().failure(new IllegalStateException(name() + " is not connected"));
    }

    @ApplicationScoped
    static class Sms extends NotConnectedChannel {
        @Override
        public String name() {
            return "SMS";
        }
    }

    @ApplicationScoped
    static class WeChat extends NotConnectedChannel {
        @Override
        public String name() {
            return "WECHAT";
        }
    }
}
