package org.zhongben.portal.followup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code portal.followup.*}: the tracker's windows (portal choices, not law) and the alert job. */
@ConfigMapping(prefix = "portal.followup")
public interface FollowUpConfig {

    /** Days after its due date an inquiry still counts as on time, and before a missing one is reported overdue. */
    @WithDefault("30")
    int graceDays();

    /** Days before its due date an inquiry is shown as due soon and announced. */
    @WithDefault("30")
    int noticeDays();

    /** First warning before a freeze or seizure expires. */
    @WithDefault("30")
    int expiryWarningDays();

    /** Urgent warning before a freeze or seizure expires. */
    @WithDefault("7")
    int expiryUrgentDays();

    /** Days before the end of a creditor's own deadline (filing a reconsideration) the reminder becomes urgent. */
    @WithDefault("3")
    int creditorUrgentDays();

    /** How often the alert job looks for deadlines that entered a new stage. */
    @WithDefault("1h")
    Duration alertInterval();

    /** Deadlines handled per transaction by the alert job. */
    @WithDefault("500")
    int alertBatchSize();

    default TrackerSettings settings() {
        return new TrackerSettings(graceDays(), noticeDays(), expiryWarningDays(), expiryUrgentDays(),
                creditorUrgentDays());
    }
}
