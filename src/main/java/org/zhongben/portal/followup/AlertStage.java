package org.zhongben.portal.followup;

/**
 * Moments at which an open deadline deserves a message: it enters its notice window, its urgent window, or it
 * becomes overdue. The alert job writes one outbox event per item and stage, never more.
 */
public enum AlertStage {
    WARNING,
    URGENT,
    OVERDUE
}
