package org.zhongben.portal.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.casefile.vocabulary.ApprovalRoute;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.AssetStatus;
import org.zhongben.portal.casefile.vocabulary.BankruptcyConsentBy;
import org.zhongben.portal.casefile.vocabulary.BankruptcyOutcome;
import org.zhongben.portal.casefile.vocabulary.BasisType;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.ClueSource;
import org.zhongben.portal.casefile.vocabulary.CoerciveReason;
import org.zhongben.portal.casefile.vocabulary.CoerciveType;
import org.zhongben.portal.casefile.vocabulary.ControlPriority;
import org.zhongben.portal.casefile.vocabulary.ControlType;
import org.zhongben.portal.casefile.vocabulary.CreditorOpinion;
import org.zhongben.portal.casefile.vocabulary.DishonestDeletionReason;
import org.zhongben.portal.casefile.vocabulary.DishonestGround;
import org.zhongben.portal.casefile.vocabulary.DocumentKind;
import org.zhongben.portal.casefile.vocabulary.DocumentVisibility;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.InterviewMode;
import org.zhongben.portal.casefile.vocabulary.InterviewTopic;
import org.zhongben.portal.casefile.vocabulary.MeasureDecision;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.ObjectionKind;
import org.zhongben.portal.casefile.vocabulary.ObjectionResult;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.casefile.vocabulary.ReportOutcome;
import org.zhongben.portal.casefile.vocabulary.RequestedBy;
import org.zhongben.portal.casefile.vocabulary.RestrictedPersonRole;
import org.zhongben.portal.casefile.vocabulary.RestrictionItem;
import org.zhongben.portal.casefile.vocabulary.RestrictionLiftReason;
import org.zhongben.portal.casefile.vocabulary.RulingSection;
import org.zhongben.portal.casefile.vocabulary.ShieldReason;
import org.zhongben.portal.casefile.vocabulary.TerminationReason;

/**
 * The case file (卷宗) of one enforcement case as the court's case-management system sends it to the intake API and
 * as the portal reads it back. It is the published model every feature works from: intake validates and stores it,
 * the case page shows it, the compliance engine checks it, records export it.
 * <p>
 * Identifiers inside a file ({@code id} fields) are the court system's own, unique within the case; references
 * between parts ({@code debtorPartyId}, {@code assetId}, {@code documentIds}) use them. Dates are calendar dates in
 * China Standard Time; amounts are yuan with at most two decimals.
 *
 * @param version monotonically increasing per case; a file with a version not above the stored one is refused
 * @param parentCaseNumber for a 执恢 case, the 终本 case it resumes
 */
public record CaseFile(
        Long version,
        String courtCode,
        String courtName,
        String caseNumber,
        String parentCaseNumber,
        LocalDate docketedOn,
        LocalDate applicationReceivedOn,
        LocalDate executionNoticeSentOn,
        BigDecimal claimedAmount,
        BigDecimal realisedAmount,
        BigDecimal unperformedAmount,
        ClosingMode closingMode,
        LocalDate closedOn,
        Officer judge,
        Basis basis,
        List<Party> parties,
        List<Payment> payments,
        List<Suspension> suspensions,
        List<ReportOrder> reportOrders,
        List<Clue> clues,
        List<Measure> measures,
        List<NetworkQuery> networkQueries,
        List<Asset> assets,
        List<Control> controls,
        List<Coercive> coerciveMeasures,
        List<Restriction> restrictions,
        List<DishonestGroundFinding> dishonestGrounds,
        List<Listing> listings,
        Interview interview,
        Ruling ruling,
        DatabaseEntry databaseEntry,
        List<FollowUp> followUps,
        List<Remedy> remedies,
        BankruptcyTransfer bankruptcyTransfer,
        List<Document> documents) {

    public CaseFile {
        parties = listOrEmpty(parties);
        payments = listOrEmpty(payments);
        suspensions = listOrEmpty(suspensions);
        reportOrders = listOrEmpty(reportOrders);
        clues = listOrEmpty(clues);
        measures = listOrEmpty(measures);
        networkQueries = listOrEmpty(networkQueries);
        assets = listOrEmpty(assets);
        controls = listOrEmpty(controls);
        coerciveMeasures = listOrEmpty(coerciveMeasures);
        restrictions = listOrEmpty(restrictions);
        dishonestGrounds = listOrEmpty(dishonestGrounds);
        listings = listOrEmpty(listings);
        followUps = listOrEmpty(followUps);
        remedies = listOrEmpty(remedies);
        documents = listOrEmpty(documents);
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The judge or clerk in charge; name and office phone are public to the parties (执行流程公开意见). */
    public record Officer(String name, String phone) {
    }

    /** 执行依据: the effective legal document being enforced. */
    public record Basis(BasisType type, String issuingBody, String documentNumber, LocalDate effectiveOn,
            LocalDate performanceDueOn) {
    }

    /** 当事人. The ID number travels in full; the portal stores it encrypted and shows it masked. */
    public record Party(String id, PartyRole role, PartyKind kind, String name, IdType idType, String idNumber,
            String legalRepresentative, String address, Boolean minor, Boolean deceased, Boolean whereaboutsUnknown) {
    }

    /** A payment received towards the claim (执行到位款). */
    public record Payment(String id, LocalDate paidOn, BigDecimal amount, String description) {
    }

    /** 中止执行 period; an open period ({@code to} null) means the case is suspended now. */
    public record Suspension(LocalDate from, LocalDate to, String reason) {
    }

    /** 报告财产令 and the debtor's answer to it. */
    public record ReportOrder(String id, String debtorPartyId, LocalDate issuedOn, LocalDate deadlineOn,
            LocalDate reportedOn, LocalDate verifiedOn, ReportOutcome outcome, String documentId) {
    }

    /** 财产线索 given by the creditor or others before termination (财产调查规定 Art. 2). */
    public record Clue(String id, ClueSource source, LocalDate submittedOn, AssetCategory category, String description,
            Boolean urgent, LocalDate verifiedOn, ClueResult result) {
    }

    /** 财产调查措施 other than network queries. */
    public record Measure(String id, MeasureType type, RequestedBy requestedBy, LocalDate requestedOn,
            MeasureDecision decision, LocalDate decidedOn, LocalDate performedOn, String targetPartyId,
            List<AssetCategory> categories, String institution, String location, Boolean propertyFound,
            String resultSummary, List<String> documentIds) {

        public Measure {
            categories = listOrEmpty(categories);
            documentIds = listOrEmpty(documentIds);
        }
    }

    /** 网络查控: one query through the network inquiry and control system, answered per asset category. */
    public record NetworkQuery(String id, QueryChannel channel, QueryPurpose purpose, String debtorPartyId,
            LocalDate submittedOn, List<QueryResult> results, String documentId) {

        public NetworkQuery {
            results = listOrEmpty(results);
        }
    }

    /** The answer of a network query for one asset category. */
    public record QueryResult(AssetCategory category, QueryReplyStatus status, LocalDate answeredOn, Integer hits,
            String institution, String summary) {
    }

    /** 财产: property of a debtor that the court found. */
    public record Asset(String id, AssetCategory category, String description, String identifier, String holderPartyId,
            BigDecimal estimatedValue, AssetStatus status, CannotDisposeReason cannotDisposeReason,
            String cannotDisposeNote, LocalDate foundOn, String foundBy, LocalDate disposalAttemptedOn) {
    }

    /** 查封、扣押、冻结 of an asset, with its renewals (续行). */
    public record Control(String id, String assetId, ControlType type, String rulingNumber, LocalDate effectiveOn,
            LocalDate expiresOn, ControlPriority priority, List<Renewal> renewals, LocalDate liftedOn,
            String liftReason) {

        public Control {
            renewals = listOrEmpty(renewals);
        }
    }

    public record Renewal(LocalDate renewedOn, LocalDate expiresOn) {
    }

    /** 强制措施: fine, detention, compelled appearance, search, exit ban, criminal referral. */
    public record Coercive(String id, CoerciveType type, String targetPartyId, String targetName,
            CoerciveReason reason, LocalDate decidedOn, BigDecimal amount, Integer days) {
    }

    /** 限制消费令 for one person. */
    public record Restriction(String id, String partyId, String personName, RestrictedPersonRole personRole,
            LocalDate issuedOn, Boolean signedByPresident, List<RestrictionItem> items, LocalDate liftedOn,
            RestrictionLiftReason liftReason) {

        public Restriction {
            items = listOrEmpty(items);
        }
    }

    /** A ground for 失信 listing that the court found (whether or not it listed the debtor). */
    public record DishonestGroundFinding(String partyId, DishonestGround ground, LocalDate foundOn) {
    }

    /** 失信被执行人名单 entry. */
    public record Listing(String id, String partyId, List<DishonestGround> grounds, LocalDate decidedOn,
            String decisionNumber, LocalDate termEndsOn, LocalDate publishedOn, LocalDate deletedOn,
            DishonestDeletionReason deletionReason) {

        public Listing {
            grounds = listOrEmpty(grounds);
        }
    }

    /** 终本约谈: informing the creditor and hearing its opinion before termination. */
    public record Interview(LocalDate heldOn, InterviewMode mode, List<InterviewTopic> topics,
            CreditorOpinion creditorOpinion, Boolean creditorSigned, String opinionSummary, String documentId) {

        public Interview {
            topics = listOrEmpty(topics);
        }
    }

    /** 终结本次执行程序裁定. */
    public record Ruling(String number, LocalDate ruledOn, LocalDate servedOn, ApprovalRoute approvalRoute,
            TerminationReason reason, List<RulingSection> statedSections, Boolean publishedOnline,
            String publicationUrl, String documentId) {

        public Ruling {
            statedSections = listOrEmpty(statedSections);
        }
    }

    /** The case's entry in the national 终本 case database (终本案件信息库), as the court reports it. */
    public record DatabaseEntry(LocalDate enteredOn, LocalDate shieldedOn, ShieldReason shieldReason,
            List<Correction> corrections) {

        public DatabaseEntry {
            corrections = listOrEmpty(corrections);
        }
    }

    /**
     * A request to correct the published 终本 database entry: decided on, and when the error was confirmed, corrected
     * within 3 days (终本规定 Art. 14 [R]).
     */
    public record Correction(LocalDate requestedOn, LocalDate decidedOn, Boolean errorConfirmed, LocalDate correctedOn) {
    }

    /** One of the ten six-monthly follow-up inquiries owed after termination (终本规定 Art. 9). */
    public record FollowUp(Integer sequence, LocalDate performedOn, String networkQueryId, FollowUpResult result,
            LocalDate creditorNotifiedOn, Boolean ledToResumption) {
    }

    /** 执行异议 / 复议 / 监督 / 申请上级法院执行. */
    public record Remedy(String id, ObjectionKind kind, String targetAct, LocalDate filedOn, LocalDate docketedOn,
            LocalDate decidedOn, ObjectionResult result, LocalDate servedOn, String caseNumber) {
    }

    /** 执转破: transfer to bankruptcy review. */
    public record BankruptcyTransfer(BankruptcyConsentBy consentBy, LocalDate transferredOn, String receivingCourt,
            LocalDate decidedOn, BankruptcyOutcome outcome) {
    }

    /** Metadata of a document; its content is uploaded separately and checked against {@code sha256}. */
    public record Document(String id, DocumentKind kind, String title, LocalDate issuedOn,
            DocumentVisibility visibility, String sha256, Long size, String contentType) {
    }
}
