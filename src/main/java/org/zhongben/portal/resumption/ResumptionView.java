package org.zhongben.portal.resumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.zhongben.portal.investigations.Label;

/**
 * A resumption application as its page and the API show it, in one language.
 *
 * @param clock the verification clock: 7 days, 3 if urgent, from submission (or from the answer to a request for
 *        materials)
 * @param version for optimistic concurrency: forms send it back and a change made meanwhile is refused
 */
public record ResumptionView(long id, String caseNumber, Label state, String badge, boolean urgent, String urgentReason,
        String applicantName, OffsetDateTime submittedAt, LocalDate verifyDueOn, VerificationClock clock,
        String materialsRequest, Decision decision, List<ClueView> clues, List<EvidenceView> evidence,
        List<EventView> timeline, long version, String href, Permissions can) {

    /**
     * @param state NOT_STARTED (draft), RUNNING, OVERDUE (the court is late), PAUSED (waiting for the creditor's
     *        materials), DONE or DONE_LATE (checked or decided)
     * @param daysLeft days until the due date while running (negative when overdue)
     */
    public record VerificationClock(Label state, String badge, LocalDate dueOn, Long daysLeft, int days) {

        public boolean late() {
            return daysLeft != null && daysLeft < 0;
        }

        /** Days past the due date (0 unless late). */
        public int daysLate() {
            return late() ? (int) -daysLeft : 0;
        }

        /** Days until the due date (0 when not running). */
        public int daysToGo() {
            return daysLeft == null || daysLeft < 0 ? 0 : daysLeft.intValue();
        }
    }

    /** What the court decided: the reason of a rejection, or the 执恢 case the application was accepted as. */
    public record Decision(OffsetDateTime decidedAt, Label reason, String note, String childCaseNumber, String childHref) {
    }

    /**
     * One clue with the clerk's verification.
     *
     * @param duplicateOf when the same property was given before in this case: the date it was first given
     */
    public record ClueView(long id, Label type, String summary, List<FieldValue> fields, OffsetDateTime duplicateOf,
            Label verification, String verificationNote, OffsetDateTime verifiedAt) {
    }

    public record FieldValue(String name, String label, String value) {
    }

    /** An evidence file: its sanitised name, the type found in its content, size and SHA-256 (shown for checking). */
    public record EvidenceView(long id, String fileName, String contentType, long size, String sha256,
            OffsetDateTime uploadedAt, String href) {
    }

    public record EventView(OffsetDateTime at, String actor, Label action, Label state, String message) {
    }

    /** What the viewing creditor may do now. */
    public record Permissions(boolean addClues, boolean submit, boolean withdraw, boolean answer) {
    }
}
