package org.zhongben.portal.investigations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.common.i18n.Labelled;

/**
 * Investigation record (财产调查记录): everything the court did to find and hold the debtor's property, ready for
 * display. Party ids are resolved to names (an unknown id shows as the id), enums are {@link Label}s in the requested
 * language, and every derived flag is computed against {@code asOf}.
 *
 * @param asOf the reference date the states and deadlines were computed for
 * @param measures every investigation measure, oldest first (performed, else decided, else requested)
 * @param networkQueries every network query (网络查控), oldest first
 * @param reportOrders property-report orders (报告财产令) and the debtor's answers
 * @param clues property clues (财产线索) with their verification deadline
 * @param assets property found (财产)
 * @param controls freezes, seizures and impoundments (查封、扣押、冻结)
 * @param coerciveMeasures fines, detention and other coercive measures (强制措施)
 * @param restrictions consumption restrictions (限制消费令)
 * @param listings dishonest-debtor listings (失信被执行人名单)
 * @param dishonestGrounds grounds for listing the court found
 * @param interview the creditor interview (终本约谈), or {@code null} when none is recorded
 * @param documents the documents a party may open (visibility PUBLIC or PARTY)
 * @param hiddenDocuments how many documents of the file a party may not open
 * @param rules what the derived flags are measured against
 */
public record InvestigationRecord(LocalDate asOf, List<MeasureView> measures, List<QueryView> networkQueries,
        List<ReportOrderView> reportOrders, List<ClueView> clues, List<AssetView> assets, List<ControlView> controls,
        List<CoerciveView> coerciveMeasures, List<RestrictionView> restrictions, List<ListingView> listings,
        List<GroundView> dishonestGrounds, InterviewView interview, List<DocumentView> documents,
        int hiddenDocuments, Rules rules) {

    /** Builds the record of {@code file} as of {@code today}; a pure function of its arguments. */
    public static InvestigationRecord of(CaseFile file, LocalDate today, Locale locale) {
        return InvestigationRecordBuilder.build(file, today, locale);
    }

    /** How a step with a deadline stands. */
    public enum DeadlineState implements Labelled {
        MET("按期完成", "Met"),
        MISSED("逾期", "Missed"),
        OPEN("期限未届满", "Still open"),
        /** done, but the file does not say when */
        UNKNOWN("完成日期未载明", "Done, date not recorded");

        private final String zh;
        private final String en;

        DeadlineState(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    /** Where a freeze, seizure or impoundment stands. */
    public enum ControlState implements Labelled {
        LIFTED("已解除", "Lifted"),
        EXPIRED("已到期", "Expired"),
        /** at most {@link Deadlines#EXPIRY_WARNING_DAYS} days left: time to apply for renewal (续行) */
        EXPIRING("即将到期", "Expiring soon"),
        ACTIVE("有效", "In force");

        private final String zh;
        private final String en;

        ControlState(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    /** Whether a consumption restriction is still in force. */
    public enum RestrictionState implements Labelled {
        ACTIVE("有效", "In force"),
        LIFTED("已解除", "Lifted");

        private final String zh;
        private final String en;

        RestrictionState(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    /** Whether a 失信 listing is still published. */
    public enum ListingState implements Labelled {
        LISTED("在列", "Listed"),
        TERM_ENDED("期限届满", "Term ended"),
        DELETED("已删除", "Deleted");

        private final String zh;
        private final String en;

        ListingState(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    /**
     * A deadline and how it stands as of the record's date.
     *
     * @param state a {@link DeadlineState}
     * @param daysLate days beyond {@code dueOn} when missed (until done, or until today while not done), else
     *        {@code null}
     * @param daysLeft days until {@code dueOn} while still open, else {@code null}
     * @param rule what the deadline comes from
     */
    public record Deadline(LocalDate dueOn, Label state, Integer daysLate, Integer daysLeft, Label rule) {
    }

    /**
     * 财产调查措施.
     *
     * @param date the date the list is sorted by: performed, else decided, else requested
     * @param targetName the party investigated
     * @param decisionDeadline for audit and reward applications, the 10-day decision deadline; else {@code null}
     */
    public record MeasureView(String id, Label type, Label requestedBy, LocalDate requestedOn, Label decision,
            LocalDate decidedOn, LocalDate performedOn, LocalDate date, String targetName, List<Label> categories,
            String institution, String location, Boolean propertyFound, String resultSummary, List<String> documentIds,
            Deadline decisionDeadline) {
    }

    /**
     * 网络查控.
     *
     * @param pendingCategories categories still without a reply
     * @param totalHits hits over all answered categories
     */
    public record QueryView(String id, Label channel, Label purpose, String debtorName, LocalDate submittedOn,
            List<QueryResultView> results, int pendingCategories, int totalHits, String documentId) {
    }

    /** The answer of a network query for one asset category. */
    public record QueryResultView(Label category, Label status, LocalDate answeredOn, Integer hits, String institution,
            String summary) {
    }

    /**
     * 报告财产令 and the debtor's answer.
     *
     * @param reportedLate reported after the deadline
     * @param overdue not reported and the deadline has passed
     * @param verified the court checked the report (核查)
     */
    public record ReportOrderView(String id, String debtorName, LocalDate issuedOn, LocalDate deadlineOn,
            LocalDate reportedOn, LocalDate verifiedOn, Label outcome, boolean reportedLate, boolean overdue,
            boolean verified, String documentId) {
    }

    /**
     * 财产线索.
     *
     * @param verification due 7 days after submission, 3 when urgent (财产调查规定 Art. 2 [C])
     */
    public record ClueView(String id, Label source, LocalDate submittedOn, Label category, String description,
            boolean urgent, Label result, LocalDate verifiedOn, Deadline verification) {
    }

    /**
     * 财产.
     *
     * @param reasonNotPermitted the cannot-dispose reason is OTHER: not one of the two 终本规定 Art. 4 allows [S]
     */
    public record AssetView(String id, Label category, String description, String identifier, String holderName,
            BigDecimal value, Label status, Label cannotDisposeReason, String cannotDisposeNote,
            boolean reasonNotPermitted, LocalDate foundOn, String foundBy) {
    }

    /**
     * 查封、扣押、冻结.
     *
     * @param expiresOn the expiry the measure was first given
     * @param currentExpiresOn the last renewal's expiry, else {@code expiresOn}
     * @param renewals number of renewals (续行)
     * @param maxTermMonths the longest term one measure or renewal may have for the asset's category (民诉法解释 Art. 485
     *        [C]); {@code null} when the asset is unknown
     * @param termExceedsMaximum the first term or a renewal is longer than {@code maxTermMonths}
     * @param state a {@link ControlState}
     * @param daysLeft days until {@code currentExpiresOn} while in force, else {@code null}
     * @param urgent at most {@link Deadlines#EXPIRY_URGENT_DAYS} days left
     */
    public record ControlView(String id, String assetId, String assetDescription, Label assetCategory, Label type,
            Label priority, String rulingNumber, LocalDate effectiveOn, LocalDate expiresOn, LocalDate currentExpiresOn,
            int renewals, LocalDate lastRenewedOn, LocalDate liftedOn, String liftReason, Integer maxTermMonths,
            boolean termExceedsMaximum, Label state, Integer daysLeft, boolean urgent) {
    }

    /** 强制措施. */
    public record CoerciveView(String id, Label type, String targetName, Label reason, LocalDate decidedOn,
            BigDecimal amount, Integer days) {
    }

    /**
     * 限制消费令 for one person.
     *
     * @param partyName the debtor the restriction is issued in the case of
     * @param state a {@link RestrictionState}
     */
    public record RestrictionView(String id, String personName, Label personRole, String partyName, LocalDate issuedOn,
            Boolean signedByPresident, List<Label> items, LocalDate liftedOn, Label liftReason, Label state) {
    }

    /** 失信被执行人名单 entry; {@code state} is a {@link ListingState}. */
    public record ListingView(String id, String partyName, List<Label> grounds, LocalDate decidedOn,
            String decisionNumber, LocalDate termEndsOn, LocalDate publishedOn, LocalDate deletedOn,
            Label deletionReason, Label state) {
    }

    /**
     * A 失信 ground the court found.
     *
     * @param listed a listing of the party names this ground
     */
    public record GroundView(String partyName, Label ground, LocalDate foundOn, boolean listed) {
    }

    /**
     * 终本约谈.
     *
     * @param topicsTold what the creditor was told
     * @param topicsNotTold what the creditor should have been told but the record does not show (终本规定 Art. 5 [R])
     * @param beforeRuling held on or before the termination ruling; {@code null} without a ruling or a date
     */
    public record InterviewView(LocalDate heldOn, Label mode, List<Label> topicsTold, List<Label> topicsNotTold,
            Label creditorOpinion, Boolean creditorSigned, String opinionSummary, String documentId,
            Boolean beforeRuling) {
    }

    /** A document a party may open. */
    public record DocumentView(String id, Label kind, String title, LocalDate issuedOn, Label visibility) {
    }

    /** The rules the record's flags are measured against, as display text with their confidence tags. */
    public record Rules(Label clueVerification, Label measureDecision, Label reportDeadline, Label controlTerm,
            Label cannotDispose) {
    }
}
