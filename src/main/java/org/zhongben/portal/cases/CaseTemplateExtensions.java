package org.zhongben.portal.cases;

import org.zhongben.portal.investigations.Label;

import io.quarkus.qute.TemplateExtension;

/** Maps statuses onto badge styles; the badge text always says the status too (never colour alone). */
@TemplateExtension
public final class CaseTemplateExtensions {

    private CaseTemplateExtensions() {
    }

    /** {@code {view.caseNumber.urlPath}}: a case number as one URL path segment ("(2023)京0105执1234号" percent-encoded). */
    static String urlPath(String value) {
        return org.zhongben.portal.common.web.UrlPaths.segment(value);
    }

    /** {@code {m.id.anchor('MEASURE')}}: the element id evidence links point at (see {@link CaseChecks#anchor}). */
    static String anchor(String id, String kind) {
        return id == null ? null : CaseChecks.anchor(kind, id);
    }

    /** {@code {event.status.badge}}: the CSS modifier of a timeline, deadline or control state. */
    static String badge(Label status) {
        if (status == null || status.code() == null) {
            return "badge--unknown";
        }
        return switch (status.code()) {
            case "DONE", "ON_TIME", "MET", "ACTIVE", "CONFIRMED", "PASS" -> "badge--pass";
            case "LATE", "TOO_EARLY", "EXPIRING", "OPEN", "WARN" -> "badge--warn";
            case "MISSING", "MISSED", "EXPIRED", "FAIL", "OVERDUE" -> "badge--fail";
            case "DUE", "PENDING" -> "badge--info";
            case "LIFTED", "NOT_APPLICABLE", "DELETED" -> "badge--na";
            default -> "badge--unknown";
        };
    }
}
