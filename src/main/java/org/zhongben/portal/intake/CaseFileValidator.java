package org.zhongben.portal.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.i18n.Languages;

/**
 * Checks a case file before anything is written: required fields, formats (case numbers, ID numbers and credit
 * codes with their check characters), amounts, date order, and that every reference inside the file points at an
 * item of the file. Returns every problem at once, each with the path of the field, so a court system can fix a
 * file in one round.
 */
final class CaseFileValidator {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final LocalDate latest;
    private final boolean english;
    private final List<FieldError> errors = new ArrayList<>();

    private CaseFileValidator(LocalDate today, Locale locale) {
        // court systems in other time zones may date a record "tomorrow" for a few hours
        this.latest = today.plusDays(1);
        this.english = Languages.isEnglish(locale);
    }

    /** All problems of {@code file}, empty when it may be stored. */
    static List<FieldError> validate(CaseFile file, String courtCode, LocalDate today, Locale locale) {
        CaseFileValidator validator = new CaseFileValidator(today, locale);
        validator.check(file, courtCode);
        return List.copyOf(validator.errors);
    }

    private void check(CaseFile file, String courtCode) {
        if (file.version() == null || file.version() < 1) {
            error("version", "required", "必须为正整数", "must be a positive integer");
        }
        if (file.courtCode() == null) {
            error("courtCode", "required", "必填", "is required");
        } else if (!CaseNumber.isValidCourtCode(file.courtCode())) {
            error("courtCode", "format", "不是有效的法院代字", "is not a court code");
        }
        text("courtName", file.courtName(), NAME_MAX, false);
        CaseNumber number = caseNumber("caseNumber", file.caseNumber(), true);
        if (number != null && !number.legacy() && file.courtCode() != null && !number.court().equals(file.courtCode())) {
            error("caseNumber", "court-mismatch", "案号中的法院代字与 courtCode 不一致",
                    "names a different court than courtCode");
        }
        CaseNumber parent = caseNumber("parentCaseNumber", file.parentCaseNumber(), false);
        if (number != null && number.type() == CaseType.ZHI_HUI && file.parentCaseNumber() == null) {
            error("parentCaseNumber", "required", "执恢案件必须填写原案号", "is required for a resumed (执恢) case");
        }
        if (parent != null && number != null && parent.equals(number)) {
            error("parentCaseNumber", "self", "不能指向本案", "cannot be the case itself");
        }
        date("docketedOn", file.docketedOn(), true);
        date("applicationReceivedOn", file.applicationReceivedOn(), false);
        date("executionNoticeSentOn", file.executionNoticeSentOn(), false);
        notBefore("executionNoticeSentOn", file.executionNoticeSentOn(), file.docketedOn(), "docketedOn");
        amount("claimedAmount", file.claimedAmount(), true, false);
        amount("realisedAmount", file.realisedAmount(), true, false);
        amount("unperformedAmount", file.unperformedAmount(), true, false);
        if (file.claimedAmount() != null && file.unperformedAmount() != null
                && file.unperformedAmount().compareTo(file.claimedAmount()) > 0) {
            error("unperformedAmount", "exceeds-claim", "不能大于申请执行标的", "cannot exceed claimedAmount");
        }
        checkClosing(file);
        if (file.judge() != null) {
            text("judge.name", file.judge().name(), NAME_MAX, false);
            text("judge.phone", file.judge().phone(), 40, false);
        }
        if (file.basis() != null) {
            required("basis.type", file.basis().type());
            text("basis.issuingBody", file.basis().issuingBody(), NAME_MAX, false);
            text("basis.documentNumber", file.basis().documentNumber(), NAME_MAX, false);
            date("basis.effectiveOn", file.basis().effectiveOn(), false);
            date("basis.performanceDueOn", file.basis().performanceDueOn(), false);
        }
        Set<String> parties = checkParties(file.parties());
        Set<String> documents = ids("documents", file.documents(), CaseFile.Document::id);
        Set<String> assets = ids("assets", file.assets(), CaseFile.Asset::id);
        Set<String> measures = ids("measures", file.measures(), CaseFile.Measure::id);
        Set<String> queries = ids("networkQueries", file.networkQueries(), CaseFile.NetworkQuery::id);
        ids("payments", file.payments(), CaseFile.Payment::id);
        ids("reportOrders", file.reportOrders(), CaseFile.ReportOrder::id);
        ids("clues", file.clues(), CaseFile.Clue::id);
        ids("controls", file.controls(), CaseFile.Control::id);
        ids("coerciveMeasures", file.coerciveMeasures(), CaseFile.Coercive::id);
        ids("restrictions", file.restrictions(), CaseFile.Restriction::id);
        ids("listings", file.listings(), CaseFile.Listing::id);
        ids("remedies", file.remedies(), CaseFile.Remedy::id);

        for (int i = 0; i < file.payments().size(); i++) {
            CaseFile.Payment payment = file.payments().get(i);
            String at = "payments[" + i + "]";
            date(at + ".paidOn", payment.paidOn(), true);
            amount(at + ".amount", payment.amount(), true, true);
            text(at + ".description", payment.description(), TEXT_MAX, false);
        }
        for (int i = 0; i < file.suspensions().size(); i++) {
            CaseFile.Suspension suspension = file.suspensions().get(i);
            String at = "suspensions[" + i + "]";
            date(at + ".from", suspension.from(), true);
            date(at + ".to", suspension.to(), false);
            notBefore(at + ".to", suspension.to(), suspension.from(), "from");
            text(at + ".reason", suspension.reason(), TEXT_MAX, false);
        }
        for (int i = 0; i < file.reportOrders().size(); i++) {
            CaseFile.ReportOrder order = file.reportOrders().get(i);
            String at = "reportOrders[" + i + "]";
            reference(at + ".debtorPartyId", order.debtorPartyId(), parties);
            date(at + ".issuedOn", order.issuedOn(), true);
            date(at + ".deadlineOn", order.deadlineOn(), false, true);
            date(at + ".reportedOn", order.reportedOn(), false);
            date(at + ".verifiedOn", order.verifiedOn(), false);
            reference(at + ".documentId", order.documentId(), documents);
        }
        for (int i = 0; i < file.clues().size(); i++) {
            CaseFile.Clue clue = file.clues().get(i);
            String at = "clues[" + i + "]";
            required(at + ".source", clue.source());
            date(at + ".submittedOn", clue.submittedOn(), true);
            text(at + ".description", clue.description(), TEXT_MAX, false);
            date(at + ".verifiedOn", clue.verifiedOn(), false);
            notBefore(at + ".verifiedOn", clue.verifiedOn(), clue.submittedOn(), "submittedOn");
            required(at + ".result", clue.result());
        }
        for (int i = 0; i < file.measures().size(); i++) {
            CaseFile.Measure measure = file.measures().get(i);
            String at = "measures[" + i + "]";
            required(at + ".type", measure.type());
            required(at + ".requestedBy", measure.requestedBy());
            date(at + ".requestedOn", measure.requestedOn(), false);
            date(at + ".decidedOn", measure.decidedOn(), false);
            date(at + ".performedOn", measure.performedOn(), false);
            reference(at + ".targetPartyId", measure.targetPartyId(), parties);
            noNulls(at + ".categories", measure.categories());
            text(at + ".institution", measure.institution(), NAME_MAX, false);
            text(at + ".location", measure.location(), NAME_MAX, false);
            text(at + ".resultSummary", measure.resultSummary(), TEXT_MAX, false);
            for (int d = 0; d < measure.documentIds().size(); d++) {
                reference(at + ".documentIds[" + d + "]", measure.documentIds().get(d), documents);
            }
        }
        for (int i = 0; i < file.networkQueries().size(); i++) {
            checkQuery("networkQueries[" + i + "]", file.networkQueries().get(i), parties, documents);
        }
        Set<String> finders = new HashSet<>(measures);
        finders.addAll(queries);
        for (int i = 0; i < file.assets().size(); i++) {
            CaseFile.Asset asset = file.assets().get(i);
            String at = "assets[" + i + "]";
            required(at + ".category", asset.category());
            required(at + ".status", asset.status());
            text(at + ".description", asset.description(), TEXT_MAX, false);
            text(at + ".identifier", asset.identifier(), NAME_MAX, false);
            reference(at + ".holderPartyId", asset.holderPartyId(), parties);
            amount(at + ".estimatedValue", asset.estimatedValue(), false, false);
            text(at + ".cannotDisposeNote", asset.cannotDisposeNote(), TEXT_MAX, false);
            date(at + ".foundOn", asset.foundOn(), false);
            reference(at + ".foundBy", asset.foundBy(), finders);
            date(at + ".disposalAttemptedOn", asset.disposalAttemptedOn(), false);
        }
        for (int i = 0; i < file.controls().size(); i++) {
            checkControl("controls[" + i + "]", file.controls().get(i), assets);
        }
        for (int i = 0; i < file.coerciveMeasures().size(); i++) {
            CaseFile.Coercive coercive = file.coerciveMeasures().get(i);
            String at = "coerciveMeasures[" + i + "]";
            required(at + ".type", coercive.type());
            reference(at + ".targetPartyId", coercive.targetPartyId(), parties);
            text(at + ".targetName", coercive.targetName(), NAME_MAX, false);
            date(at + ".decidedOn", coercive.decidedOn(), true);
            amount(at + ".amount", coercive.amount(), false, false);
            if (coercive.days() != null && (coercive.days() < 0 || coercive.days() > 3650)) {
                error(at + ".days", "range", "天数超出范围", "is out of range");
            }
        }
        for (int i = 0; i < file.restrictions().size(); i++) {
            CaseFile.Restriction restriction = file.restrictions().get(i);
            String at = "restrictions[" + i + "]";
            reference(at + ".partyId", restriction.partyId(), parties);
            text(at + ".personName", restriction.personName(), NAME_MAX, true);
            required(at + ".personRole", restriction.personRole());
            date(at + ".issuedOn", restriction.issuedOn(), true);
            noNulls(at + ".items", restriction.items());
            date(at + ".liftedOn", restriction.liftedOn(), false);
            notBefore(at + ".liftedOn", restriction.liftedOn(), restriction.issuedOn(), "issuedOn");
        }
        for (int i = 0; i < file.dishonestGrounds().size(); i++) {
            CaseFile.DishonestGroundFinding finding = file.dishonestGrounds().get(i);
            String at = "dishonestGrounds[" + i + "]";
            requiredReference(at + ".partyId", finding.partyId(), parties);
            required(at + ".ground", finding.ground());
            date(at + ".foundOn", finding.foundOn(), false);
        }
        for (int i = 0; i < file.listings().size(); i++) {
            CaseFile.Listing listing = file.listings().get(i);
            String at = "listings[" + i + "]";
            requiredReference(at + ".partyId", listing.partyId(), parties);
            noNulls(at + ".grounds", listing.grounds());
            date(at + ".decidedOn", listing.decidedOn(), true);
            text(at + ".decisionNumber", listing.decisionNumber(), NAME_MAX, false);
            date(at + ".termEndsOn", listing.termEndsOn(), false, true);
            date(at + ".publishedOn", listing.publishedOn(), false);
            date(at + ".deletedOn", listing.deletedOn(), false);
        }
        if (file.interview() != null) {
            date("interview.heldOn", file.interview().heldOn(), false);
            noNulls("interview.topics", file.interview().topics());
            text("interview.opinionSummary", file.interview().opinionSummary(), TEXT_MAX, false);
            reference("interview.documentId", file.interview().documentId(), documents);
        }
        if (file.databaseEntry() != null) {
            date("databaseEntry.enteredOn", file.databaseEntry().enteredOn(), false);
            date("databaseEntry.shieldedOn", file.databaseEntry().shieldedOn(), false);
            noNulls("databaseEntry.corrections", file.databaseEntry().corrections());
            for (int i = 0; i < file.databaseEntry().corrections().size(); i++) {
                CaseFile.Correction correction = file.databaseEntry().corrections().get(i);
                if (correction == null) {
                    continue;
                }
                String at = "databaseEntry.corrections[" + i + "]";
                date(at + ".requestedOn", correction.requestedOn(), true);
                date(at + ".decidedOn", correction.decidedOn(), false);
                date(at + ".correctedOn", correction.correctedOn(), false);
                notBefore(at + ".decidedOn", correction.decidedOn(), correction.requestedOn(), at + ".requestedOn");
                notBefore(at + ".correctedOn", correction.correctedOn(), correction.requestedOn(), at + ".requestedOn");
            }
        }
        checkFollowUps(file, queries);
        for (int i = 0; i < file.remedies().size(); i++) {
            CaseFile.Remedy remedy = file.remedies().get(i);
            String at = "remedies[" + i + "]";
            required(at + ".kind", remedy.kind());
            text(at + ".targetAct", remedy.targetAct(), NAME_MAX, false);
            date(at + ".filedOn", remedy.filedOn(), true);
            date(at + ".docketedOn", remedy.docketedOn(), false);
            date(at + ".decidedOn", remedy.decidedOn(), false);
            date(at + ".servedOn", remedy.servedOn(), false);
            text(at + ".caseNumber", remedy.caseNumber(), 60, false);
        }
        if (file.bankruptcyTransfer() != null) {
            date("bankruptcyTransfer.transferredOn", file.bankruptcyTransfer().transferredOn(), false);
            date("bankruptcyTransfer.decidedOn", file.bankruptcyTransfer().decidedOn(), false);
            text("bankruptcyTransfer.receivingCourt", file.bankruptcyTransfer().receivingCourt(), NAME_MAX, false);
        }
        for (int i = 0; i < file.documents().size(); i++) {
            CaseFile.Document document = file.documents().get(i);
            String at = "documents[" + i + "]";
            required(at + ".kind", document.kind());
            text(at + ".title", document.title(), NAME_MAX, true);
            date(at + ".issuedOn", document.issuedOn(), false);
            required(at + ".visibility", document.visibility());
            if (document.sha256() == null || !SHA256.matcher(document.sha256()).matches()) {
                error(at + ".sha256", "format", "必须为 64 位小写十六进制 SHA-256", "must be 64 lowercase hex digits");
            }
            if (document.size() != null && document.size() < 0) {
                error(at + ".size", "range", "不能为负数", "cannot be negative");
            }
            text(at + ".contentType", document.contentType(), 100, false);
        }
    }

    private void checkClosing(CaseFile file) {
        if ((file.closingMode() == null) != (file.closedOn() == null)) {
            error("closedOn", "closing-pair", "结案方式与结案日期须同时填写或同时为空",
                    "closingMode and closedOn must both be set or both be empty");
        }
        date("closedOn", file.closedOn(), false);
        notBefore("closedOn", file.closedOn(), file.docketedOn(), "docketedOn");
        boolean zhongben = file.closingMode() == ClosingMode.ZHONGBEN;
        if (zhongben && file.ruling() == null) {
            error("ruling", "required", "以终本方式结案的案件必须包含终本裁定", "is required when closingMode is ZHONGBEN");
        }
        if (!zhongben && file.ruling() != null) {
            error("ruling", "unexpected", "只有终本结案的案件才有终本裁定", "is only allowed when closingMode is ZHONGBEN");
        }
        if (file.ruling() != null) {
            CaseFile.Ruling ruling = file.ruling();
            text("ruling.number", ruling.number(), NAME_MAX, false);
            date("ruling.ruledOn", ruling.ruledOn(), true);
            date("ruling.servedOn", ruling.servedOn(), false);
            notBefore("ruling.servedOn", ruling.servedOn(), ruling.ruledOn(), "ruling.ruledOn");
            noNulls("ruling.statedSections", ruling.statedSections());
            text("ruling.publicationUrl", ruling.publicationUrl(), TEXT_MAX, false);
            if (ruling.ruledOn() != null && file.closedOn() != null && !ruling.ruledOn().equals(file.closedOn())) {
                error("ruling.ruledOn", "closing-date", "应与结案日期一致", "must equal closedOn");
            }
        }
    }

    private Set<String> checkParties(List<CaseFile.Party> parties) {
        Set<String> ids = ids("parties", parties, CaseFile.Party::id);
        boolean creditor = false;
        boolean debtor = false;
        for (int i = 0; i < parties.size(); i++) {
            CaseFile.Party party = parties.get(i);
            String at = "parties[" + i + "]";
            required(at + ".role", party.role());
            required(at + ".kind", party.kind());
            text(at + ".name", party.name(), NAME_MAX, true);
            text(at + ".legalRepresentative", party.legalRepresentative(), NAME_MAX, false);
            text(at + ".address", party.address(), TEXT_MAX, false);
            creditor |= party.role() == PartyRole.CREDITOR;
            debtor |= party.role() == PartyRole.DEBTOR;
            if ((party.idType() == null) != (party.idNumber() == null)) {
                error(at + ".idNumber", "id-pair", "证件类型与证件号码须同时填写", "idType and idNumber go together");
                continue;
            }
            if (party.idType() == null) {
                continue;
            }
            String id = party.idNumber().strip().toUpperCase(Locale.ROOT);
            if (party.idType() == IdType.RESIDENT_ID && !ResidentIdNumber.isValid(id)) {
                error(at + ".idNumber", "resident-id", "不是有效的居民身份证号码(位数、出生日期或校验码有误)",
                        "is not a valid resident ID number (length, birth date or check character)");
            } else if (party.idType() == IdType.USCC && !CreditCode.isValid(id)) {
                error(at + ".idNumber", "credit-code", "不是有效的统一社会信用代码(校验码有误)",
                        "is not a valid unified social credit code (check character)");
            } else if (id.isEmpty() || id.length() > 40) {
                error(at + ".idNumber", "length", "长度应为 1 至 40 个字符", "must be 1 to 40 characters");
            }
            if (party.kind() == PartyKind.NATURAL_PERSON && party.idType() == IdType.USCC) {
                error(at + ".idType", "kind-mismatch", "自然人不能使用统一社会信用代码",
                        "a natural person has no unified social credit code");
            }
            if (party.kind() != null && party.kind() != PartyKind.NATURAL_PERSON && party.idType() != IdType.USCC) {
                error(at + ".idType", "kind-mismatch", "单位应使用统一社会信用代码",
                        "an organisation is identified by its unified social credit code");
            }
        }
        if (!creditor) {
            error("parties", "no-creditor", "至少需要一名申请执行人", "need at least one creditor");
        }
        if (!debtor) {
            error("parties", "no-debtor", "至少需要一名被执行人", "need at least one debtor");
        }
        return ids;
    }

    private void checkQuery(String at, CaseFile.NetworkQuery query, Set<String> parties, Set<String> documents) {
        required(at + ".channel", query.channel());
        required(at + ".purpose", query.purpose());
        reference(at + ".debtorPartyId", query.debtorPartyId(), parties);
        date(at + ".submittedOn", query.submittedOn(), true);
        reference(at + ".documentId", query.documentId(), documents);
        Set<Object> categories = new HashSet<>();
        for (int r = 0; r < query.results().size(); r++) {
            CaseFile.QueryResult result = query.results().get(r);
            String path = at + ".results[" + r + "]";
            if (result == null) {
                error(path, "required", "不能为空", "cannot be null");
                continue;
            }
            required(path + ".category", result.category());
            required(path + ".status", result.status());
            if (result.category() != null && !categories.add(result.category())) {
                error(path + ".category", "duplicate", "同一查询中财产类别重复", "appears twice in this query");
            }
            date(path + ".answeredOn", result.answeredOn(), false);
            if (result.status() == QueryReplyStatus.ANSWERED && result.answeredOn() == null) {
                error(path + ".answeredOn", "required", "已反馈的结果须有反馈日期", "is required when status is ANSWERED");
            }
            notBefore(path + ".answeredOn", result.answeredOn(), query.submittedOn(), "submittedOn");
            if (result.hits() != null && result.hits() < 0) {
                error(path + ".hits", "range", "不能为负数", "cannot be negative");
            }
            text(path + ".institution", result.institution(), NAME_MAX, false);
            text(path + ".summary", result.summary(), TEXT_MAX, false);
        }
    }

    private void checkControl(String at, CaseFile.Control control, Set<String> assets) {
        requiredReference(at + ".assetId", control.assetId(), assets);
        required(at + ".type", control.type());
        text(at + ".rulingNumber", control.rulingNumber(), NAME_MAX, false);
        date(at + ".effectiveOn", control.effectiveOn(), true);
        date(at + ".expiresOn", control.expiresOn(), true, true);
        notBefore(at + ".expiresOn", control.expiresOn(), control.effectiveOn(), "effectiveOn");
        date(at + ".liftedOn", control.liftedOn(), false);
        text(at + ".liftReason", control.liftReason(), TEXT_MAX, false);
        LocalDate previous = control.expiresOn();
        for (int r = 0; r < control.renewals().size(); r++) {
            CaseFile.Renewal renewal = control.renewals().get(r);
            String path = at + ".renewals[" + r + "]";
            if (renewal == null) {
                error(path, "required", "不能为空", "cannot be null");
                continue;
            }
            date(path + ".renewedOn", renewal.renewedOn(), true);
            date(path + ".expiresOn", renewal.expiresOn(), true, true);
            if (previous != null && renewal.expiresOn() != null && !renewal.expiresOn().isAfter(previous)) {
                error(path + ".expiresOn", "order", "续行后的到期日应晚于此前的到期日", "must be later than the previous expiry");
            }
            previous = renewal.expiresOn() == null ? previous : renewal.expiresOn();
        }
    }

    private void checkFollowUps(CaseFile file, Set<String> queries) {
        Set<Integer> sequences = new HashSet<>();
        for (int i = 0; i < file.followUps().size(); i++) {
            CaseFile.FollowUp followUp = file.followUps().get(i);
            String at = "followUps[" + i + "]";
            if (followUp.sequence() == null || followUp.sequence() < 1 || followUp.sequence() > 10) {
                error(at + ".sequence", "range", "应为 1 至 10", "must be 1 to 10");
            } else if (!sequences.add(followUp.sequence())) {
                error(at + ".sequence", "duplicate", "序号重复", "is used twice");
            }
            date(at + ".performedOn", followUp.performedOn(), false);
            if (followUp.performedOn() != null && followUp.result() == null) {
                error(at + ".result", "required", "已查询的须填写结果", "is required when performedOn is set");
            }
            reference(at + ".networkQueryId", followUp.networkQueryId(), queries);
            date(at + ".creditorNotifiedOn", followUp.creditorNotifiedOn(), false);
            if (file.closingMode() != ClosingMode.ZHONGBEN) {
                error(at, "unexpected", "只有终本案件才有终本后定期查询", "follow-ups belong to cases closed by 终本");
            }
        }
    }

    private CaseNumber caseNumber(String field, String value, boolean mandatory) {
        if (value == null) {
            if (mandatory) {
                error(field, "required", "必填", "is required");
            }
            return null;
        }
        return CaseNumber.parse(value).orElseGet(() -> {
            error(field, "format", "不是有效的案号,例如 (2023)京0105执1234号",
                    "is not a case number such as (2023)京0105执1234号");
            return null;
        });
    }

    private <T> Set<String> ids(String list, Collection<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (T item : items) {
            String at = list + "[" + i++ + "]";
            if (item == null) {
                error(at, "required", "不能为空", "cannot be null");
                continue;
            }
            String value = id.apply(item);
            if (value == null || !ID.matcher(value).matches()) {
                error(at + ".id", "format", "标识须为 1 至 64 位字母、数字或 ._:-", "must be 1-64 of A-Z a-z 0-9 . _ : -");
            } else if (!seen.add(value)) {
                error(at + ".id", "duplicate", "标识重复", "is used twice in this list");
            }
        }
        return seen;
    }

    private void reference(String field, String value, Set<String> targets) {
        if (value != null && !targets.contains(value)) {
            error(field, "unknown-reference", "引用的 \"" + value + "\" 不存在于本案数据中",
                    "refers to \"" + value + "\", which this case file does not contain");
        }
    }

    private void requiredReference(String field, String value, Set<String> targets) {
        if (value == null) {
            error(field, "required", "必填", "is required");
        } else {
            reference(field, value, targets);
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            error(field, "required", "必填", "is required");
        }
    }

    private void noNulls(String field, List<?> values) {
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            error(field, "null-element", "不能包含空值", "cannot contain null");
        }
    }

    private void text(String field, String value, int max, boolean mandatory) {
        if (value == null || value.isBlank()) {
            if (mandatory) {
                error(field, "required", "必填", "is required");
            }
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            error(field, "too-long", "不能超过 " + max + " 个字符", "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            error(field, "control-character", "包含不可见的控制字符", "contains control characters");
        }
    }

    private void date(String field, LocalDate value, boolean mandatory) {
        date(field, value, mandatory, false);
    }

    /** Dates lie between 1990 and today; a few (expiry, end of a term) may lie in the future. */
    private void date(String field, LocalDate value, boolean mandatory, boolean mayBeFuture) {
        if (value == null) {
            if (mandatory) {
                error(field, "required", "必填", "is required");
            }
            return;
        }
        if (value.isBefore(EARLIEST)) {
            error(field, "too-early", "日期早于 1990-01-01", "is before 1990-01-01");
        } else if (!mayBeFuture && value.isAfter(latest)) {
            error(field, "in-future", "日期不能晚于今天", "cannot be in the future");
        }
    }

    private void notBefore(String field, LocalDate value, LocalDate earliest, String earliestField) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            error(field, "order", "不能早于 " + earliestField, "cannot be before " + earliestField);
        }
    }

    private void amount(String field, BigDecimal value, boolean mandatory, boolean positive) {
        if (value == null) {
            if (mandatory) {
                error(field, "required", "必填", "is required");
            }
            return;
        }
        if (value.signum() < 0 || (positive && value.signum() == 0)) {
            error(field, "range", positive ? "必须大于零" : "不能为负数", positive ? "must be positive" : "cannot be negative");
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            error(field, "precision", "最多两位小数", "has more than two decimals");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            error(field, "range", "金额过大", "is too large");
        }
    }

    private void error(String field, String code, String zh, String en) {
        errors.add(new FieldError(field, code, english ? en : zh));
    }
}
