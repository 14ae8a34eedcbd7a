package org.zhongben.portal.resumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.investigations.Label;

/** One application of a case in a list: where it stands and, once decided, the outcome. */
public record ResumptionSummary(long id, Label state, String badge, boolean urgent, OffsetDateTime createdAt,
        OffsetDateTime submittedAt, LocalDate verifyDueOn, OffsetDateTime decidedAt, Label rejectionReason,
        String childCaseNumber, String href) {

    static ResumptionSummary of(ResumptionStore.Application application, Locale locale) {
        return new ResumptionSummary(application.id(), Label.of(application.state(), locale),
                application.state().badge(), application.urgent(), application.createdAt(), application.submittedAt(),
                application.verifyDueOn(), application.decidedAt(), Label.of(application.rejectionReason(), locale),
                application.childCaseNumber(),
                "/cases/" + UrlPaths.segment(application.caseNumber()) + "/resumption/" + application.id());
    }
}
