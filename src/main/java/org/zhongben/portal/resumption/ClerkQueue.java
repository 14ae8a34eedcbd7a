package org.zhongben.portal.resumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.investigations.Label;

/** A court's applications as its clerks' queue lists them: still open (by due date) and recently closed. */
public record ClerkQueue(String courtCode, List<Row> open, List<Row> closed) {

    /**
     * @param overdue the verification clock ran out and no result is recorded
     * @param daysLeft days to the due date while the clock runs (negative when overdue)
     */
    public record Row(long id, String caseNumber, String applicantName, Label state, String badge, boolean urgent,
            OffsetDateTime submittedAt, LocalDate verifyDueOn, boolean overdue, Long daysLeft, String href) {
    }

    static Row row(ResumptionStore.Application application, LocalDate today, Locale locale) {
        ResumptionView.VerificationClock clock = ResumptionViews.clock(application, today, locale, 0);
        return new Row(application.id(), application.caseNumber(), application.applicantName(),
                Label.of(application.state(), locale), application.state().badge(), application.urgent(),
                application.submittedAt(), application.verifyDueOn(), "OVERDUE".equals(clock.state().code()),
                clock.daysLeft(), "/court/resumption/" + application.id());
    }
}
