package org.zhongben.portal.resumption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.investigations.Label;
import org.zhongben.portal.resumption.ResumptionStore.Application;
import org.zhongben.portal.resumption.clue.ClueField;
import org.zhongben.portal.resumption.clue.ClueType;
import org.zhongben.portal.resumption.clue.ClueValidator;

/** Builds the views of applications from their stored rows, in one language. */
final class ResumptionViews {

    private ResumptionViews() {
    }

    static ResumptionView of(Application application, List<ResumptionStore.ClueRow> clues,
            List<ResumptionStore.EvidenceRow> evidence, List<ResumptionStore.EventRow> events, LocalDate today,
            Locale locale, String href, int clockDays) {
        List<ResumptionView.ClueView> clueViews = clues.stream().map(clue -> clue(clue, locale)).toList();
        List<ResumptionView.EvidenceView> evidenceViews = evidence.stream()
                .map(row -> new ResumptionView.EvidenceView(row.id(), row.fileName(), row.contentType(), row.size(),
                        row.sha256(), row.uploadedAt(), href + "/evidence/" + row.id()))
                .toList();
        List<ResumptionView.EventView> timeline = events.stream()
                .map(event -> new ResumptionView.EventView(event.at(), actor(event.actorRole(), event.actorLabel(), locale),
                        Label.of(event.action(), locale), Label.of(event.to(), locale), event.message()))
                .toList();
        ResumptionState state = application.state();
        ResumptionView.Decision decision = state == ResumptionState.ACCEPTED || state == ResumptionState.REJECTED
                ? new ResumptionView.Decision(application.decidedAt(), Label.of(application.rejectionReason(), locale),
                        application.decisionNote(), application.childCaseNumber(),
                        application.childCaseNumber() == null ? null
                                : "/cases/" + UrlPaths.segment(application.childCaseNumber()))
                : null;
        ResumptionView.Permissions can = new ResumptionView.Permissions(
                ResumptionAction.CLUES_ADDED.allowedFrom(state), ResumptionAction.SUBMITTED.allowedFrom(state),
                ResumptionAction.WITHDRAWN.allowedFrom(state), ResumptionAction.MATERIALS_PROVIDED.allowedFrom(state));
        return new ResumptionView(application.id(), application.caseNumber(), Label.of(state, locale), state.badge(),
                application.urgent(), application.urgentReason(), application.applicantName(),
                application.submittedAt(), application.verifyDueOn(),
                clock(application, today, locale, clockDays), application.materialsRequest(), decision,
                clueViews, evidenceViews, timeline, application.version(), href, can);
    }

    /** Where the verification clock stands on {@code today}. */
    static ResumptionView.VerificationClock clock(Application application, LocalDate today, Locale locale, int days) {
        ResumptionState state = application.state();
        LocalDate due = application.verifyDueOn();
        if (state == ResumptionState.DRAFT || due == null) {
            return new ResumptionView.VerificationClock(label("NOT_STARTED", "未开始", "Not started", locale), "badge--na",
                    null, null, days);
        }
        if (state == ResumptionState.MATERIALS_INCOMPLETE) {
            return new ResumptionView.VerificationClock(label("PAUSED", "等待补充材料", "Waiting for your materials", locale),
                    "badge--warn", due, null, days);
        }
        LocalDate stopped = application.verifiedAt() != null ? application.verifiedAt().toLocalDate()
                : application.decidedAt() != null ? application.decidedAt().toLocalDate() : null;
        if (stopped != null || !state.clockRuns()) {
            if (stopped == null) {
                return new ResumptionView.VerificationClock(label("STOPPED", "已停止", "Stopped", locale), "badge--na", due,
                        null, days);
            }
            boolean late = stopped.isAfter(due);
            return new ResumptionView.VerificationClock(late ? label("DONE_LATE", "逾期完成核查", "Checked late", locale)
                    : label("DONE", "按期完成核查", "Checked in time", locale), late ? "badge--warn" : "badge--pass", due,
                    null, days);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        return left < 0
                ? new ResumptionView.VerificationClock(label("OVERDUE", "法院已逾期", "The court is late", locale),
                        "badge--fail", due, left, days)
                : new ResumptionView.VerificationClock(label("RUNNING", "核查中", "Running", locale), "badge--info", due,
                        left, days);
    }

    private static ResumptionView.ClueView clue(ResumptionStore.ClueRow row, Locale locale) {
        ClueType type = ClueType.parse(row.type());
        List<ResumptionView.FieldValue> fields = new ArrayList<>();
        String summary = row.type();
        if (type != null) {
            for (ClueField field : type.fields()) {
                String value = row.fields().get(field.name());
                if (value != null && !value.isBlank()) {
                    fields.add(new ResumptionView.FieldValue(field.name(), field.label(locale), display(field, value, locale)));
                }
            }
            ClueValidator.Result parsed = ClueValidator.validate(type, row.fields(), locale);
            summary = parsed.clue() != null ? parsed.clue().summary(locale) : type.label(locale);
        }
        return new ResumptionView.ClueView(row.id(), type == null ? new Label(row.type(), row.type()) : Label.of(type, locale),
                summary, List.copyOf(fields), row.duplicateOf() == null ? null : row.duplicateAddedAt(),
                Label.of(row.verification(), locale), row.verificationNote(), row.verifiedAt());
    }

    /** A select field shows its option's label, not its code. */
    private static String display(ClueField field, String value, Locale locale) {
        for (Map.Entry<String, String> option : field.options(locale).entrySet()) {
            if (option.getKey().equals(value)) {
                return option.getValue();
            }
        }
        return value;
    }

    private static String actor(String role, String label, Locale locale) {
        String who = switch (role) {
            case "clerk" -> Label.text(locale, "法院工作人员", "Court staff");
            case "court-system" -> Label.text(locale, "法院系统", "Court system");
            case "lawyer" -> Label.text(locale, "代理律师", "Lawyer");
            default -> Label.text(locale, "申请执行人", "Creditor");
        };
        return label == null ? who : who + " " + label;
    }

    private static Label label(String code, String zh, String en, Locale locale) {
        return Label.of(code, zh, en, locale);
    }
}
