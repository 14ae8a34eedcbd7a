package org.zhongben.portal.notify;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delivery settings ({@code portal.notify.*}). */
@ConfigMapping(prefix = "portal.notify")
interface NotifyConfig {

    /** How often the outbox is fanned out and due e-mails are sent ({@code off} disables it). */
    @WithDefault("10s")
    String dispatchInterval();

    /** When the daily digest goes out, in court time. */
    @WithDefault("0 0 8 * * ?")
    String digestCron();

    /** Events fanned out, or e-mails sent, per transaction. */
    @WithDefault("50")
    int batchSize();

    /** Tries before a delivery is given up (marked FAILED). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("PT1M")
    Duration firstRetry();

    /** Longest wait between two tries. */
    @WithDefault("PT6H")
    Duration longestRetry();

    default Backoff backoff() {
        return new Backoff(maxAttempts(), firstRetry().toSeconds(), longestRetry().toSeconds());
    }
}
