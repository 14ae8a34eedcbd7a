package org.zhongben.portal.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.common.i18n.Labelled;

/**
 * Investigation coverage grid (财产调查覆盖情况): which asset categories the court checked before termination, through
 * which channel, and with what result. Rows are asset categories, columns the four {@link Channel}s. It makes
 * "已穷尽财产调查措施" (终本规定 Art. 3) visible: a row nobody checked, or a required category without a national
 * answer before the ruling, stands out.
 *
 * @param channels the four column headings, in {@link Channel} order
 * @param rows one per asset category, in {@link AssetCategory} order; natural-person categories are dropped when every
 *        debtor is an organisation
 * @param summary counts for a heading line
 * @param followUpFindings the follow-up inquiries after termination (purpose FOLLOW_UP), which do not count for the
 *        pre-termination grid
 * @param cutOff the termination ruling date a national answer must not be later than for a required category;
 *        {@code null} when there is no ruling (then any answer counts)
 * @param naturalPersonRowsDropped whether the housing-fund and wages rows were left out because every debtor is an
 *        organisation
 * @param requiredRule what the {@link Row#gap()} flag is measured against
 */
public record CoverageGrid(List<Label> channels, List<Row> rows, Summary summary,
        List<FollowUpFinding> followUpFindings, LocalDate cutOff, boolean naturalPersonRowsDropped,
        Label requiredRule) {

    /** Builds the grid of {@code file}; a pure function of its arguments. */
    public static CoverageGrid of(CaseFile file, Locale locale) {
        return CoverageGridBuilder.build(file, locale);
    }

    /** The columns of the grid: how a category was checked. */
    public enum Channel implements Labelled {
        /** 总对总: the SPC's national network query */
        NATIONAL("总对总网络查询", "National network query"),
        /** 点对点: a high court's provincial network query */
        PROVINCIAL("点对点网络查询", "Provincial network query"),
        /** on-site and commissioned investigation, search, locating vehicles (终本规定 Art. 3(3)) */
        ONSITE("现场调查", "On-site"),
        /** questioning, audit, lawyer's investigation order, verification of clues and the like */
        OTHER("其他方式", "Other");

        private final String zh;
        private final String en;

        Channel(String zh, String en) {
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

    /** What one finding says. {@link #checked()} tells whether it counts as the category having been checked. */
    public enum Outcome implements Labelled {
        ANSWERED("已反馈", "Answered", true),
        PENDING("未反馈", "No reply yet", false),
        NOT_AVAILABLE("不支持查询", "Not available", false),
        FAILED("查询失败", "Query failed", false),
        PROPERTY_FOUND("发现财产", "Property found", true),
        NOTHING_FOUND("未发现财产", "Nothing found", true),
        /** carried out, but the file does not say whether property was found */
        PERFORMED("已实施，结果未载明", "Carried out, result not recorded", true),
        NOT_PERFORMED("尚未实施", "Not carried out yet", false),
        REFUSED("不予准许", "Refused", false),
        CONFIRMED("线索属实", "Clue confirmed", true),
        PARTLY_CONFIRMED("线索部分属实", "Clue partly confirmed", true),
        NOT_CONFIRMED("线索不属实", "Clue not confirmed", true);

        private final String zh;
        private final String en;
        private final boolean checked;

        Outcome(String zh, String en, boolean checked) {
            this.zh = zh;
            this.en = en;
            this.checked = checked;
        }

        /** Whether a finding with this outcome means the category was actually checked. */
        public boolean checked() {
            return checked;
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

    /** Which part of the case file a finding comes from, so a page can link to the evidence. */
    public enum SourceKind implements Labelled {
        NETWORK_QUERY("网络查控", "Network query"),
        MEASURE("调查措施", "Investigation measure"),
        CLUE("财产线索", "Property clue");

        private final String zh;
        private final String en;

        SourceKind(String zh, String en) {
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
     * One asset category.
     *
     * @param required one of {@link AssetCategory#REQUIRED_NETWORK} (deposits, vehicles, real estate, securities)
     * @param networkQueryable whether the network system answers for this category at all
     * @param checked some finding in any column actually checked the category
     * @param neverChecked the opposite of {@code checked}, for highlighting
     * @param gap a required category that some debtor has no answered national query for, on or before the ruling
     * @param pending a network query still waits for a reply on this category
     * @param cells one per {@link Channel}, in order
     */
    public record Row(Label category, boolean required, boolean networkQueryable, boolean checked,
            boolean neverChecked, boolean gap, boolean pending, List<Cell> cells) {
    }

    /** The findings for one category through one channel, oldest first. */
    public record Cell(Label channel, boolean checked, boolean pending, List<Finding> findings) {
    }

    /**
     * One piece of evidence.
     *
     * @param date when it was answered, performed or verified; {@code null} when that has not happened
     * @param requestedOn when the query was submitted, the measure requested or the clue received
     * @param hits number of hits of an answered query, else {@code null}
     * @param summary the query's answer or the measure's result summary
     * @param propertyFound for measures, whether property was found
     * @param sourceKind query, measure or clue
     * @param method the query purpose, the measure type or the clue source
     * @param sourceId the id of the query, measure or clue in the case file
     * @param debtorName the debtor the query or measure was about, when the file says
     */
    public record Finding(LocalDate date, LocalDate requestedOn, String institution, Label outcome, Integer hits,
            String summary, Boolean propertyFound, Label sourceKind, Label method, String sourceId,
            String debtorName) {
    }

    /**
     * @param categories rows shown
     * @param checked rows checked at least once
     * @param neverChecked rows never checked
     * @param gaps required rows with a gap
     * @param pending rows with a reply still pending
     */
    public record Summary(int categories, int checked, int neverChecked, int gaps, int pending) {
    }

    /**
     * A follow-up network query after termination (终本后定期查询).
     *
     * @param sequence the follow-up inquiry (1..10) that names this query, else {@code null}
     * @param answeredOn the last answer date
     * @param categoriesAnswered the categories that were answered
     * @param hits total hits over the answered categories
     * @param pendingCategories categories still without a reply
     */
    public record FollowUpFinding(String queryId, Integer sequence, Label channel, LocalDate submittedOn,
            LocalDate answeredOn, List<Label> categoriesAnswered, int hits, int pendingCategories,
            String debtorName) {
    }
}
