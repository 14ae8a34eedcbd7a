package org.zhongben.portal.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.investigations.SampleFiles.add;
import static org.zhongben.portal.investigations.SampleFiles.at;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.investigations.CoverageGrid.Cell;
import org.zhongben.portal.investigations.CoverageGrid.Channel;
import org.zhongben.portal.investigations.CoverageGrid.Finding;
import org.zhongben.portal.investigations.CoverageGrid.Row;

import com.fasterxml.jackson.databind.node.ObjectNode;

class CoverageGridTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void the_columns_are_the_four_channels_in_both_languages() {
        CoverageGrid zh = CoverageGrid.of(SampleFiles.example(), ZH);
        CoverageGrid en = CoverageGrid.of(SampleFiles.example(), EN);
        assertThat(zh.channels()).extracting(Label::label).containsExactly("总对总网络查询", "点对点网络查询", "现场调查", "其他方式");
        assertThat(en.channels()).extracting(Label::label).containsExactly("National network query",
                "Provincial network query", "On-site", "Other");
        assertThat(en.channels()).extracting(Label::code).containsExactly("NATIONAL", "PROVINCIAL", "ONSITE", "OTHER");
        assertThat(en.rows()).allSatisfy(row -> assertThat(row.cells()).extracting(c -> c.channel().code())
                .containsExactly("NATIONAL", "PROVINCIAL", "ONSITE", "OTHER"));
    }

    @Test
    void a_natural_person_debtor_gets_a_row_for_every_asset_category() {
        CoverageGrid grid = CoverageGrid.of(SampleFiles.example(), ZH);
        assertThat(grid.rows()).extracting(r -> r.category().code())
                .containsExactlyElementsOf(List.of(AssetCategory.values()).stream().map(Enum::name).toList());
        assertThat(grid.naturalPersonRowsDropped()).isFalse();
        assertThat(row(grid, AssetCategory.HOUSING_FUND).category().label()).isEqualTo("住房公积金");
    }

    @ParameterizedTest(name = "debtors {0} -> housing fund and wages dropped: {1}")
    @CsvSource({ "LEGAL_PERSON, true", "UNINCORPORATED, true", "NATURAL_PERSON, false",
            "LEGAL_PERSON+NATURAL_PERSON, false", "LEGAL_PERSON+UNINCORPORATED, true" })
    void housing_fund_and_wages_rows_are_dropped_only_when_every_debtor_is_an_organisation(String kinds,
            boolean dropped) {
        CaseFile file = SampleFiles.example(node -> {
            String[] each = kinds.split("\\+");
            at(node, "parties", 1).put("kind", each[0]);
            for (int i = 1; i < each.length; i++) {
                add(node, "parties").put("id", "P" + (10 + i)).put("role", "DEBTOR").put("kind", each[i])
                        .put("name", "第" + i + "被执行人");
            }
        });
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        assertThat(grid.naturalPersonRowsDropped()).isEqualTo(dropped);
        List<String> codes = grid.rows().stream().map(r -> r.category().code()).toList();
        if (dropped) {
            assertThat(codes).doesNotContain("HOUSING_FUND", "INCOME_WAGES").hasSize(AssetCategory.values().length - 2);
        } else {
            assertThat(codes).contains("HOUSING_FUND", "INCOME_WAGES");
        }
    }

    @Test
    void findings_go_to_the_channel_that_produced_them_with_their_source_id() {
        CoverageGrid grid = CoverageGrid.of(SampleFiles.example(), ZH);

        Finding deposit = single(cell(grid, AssetCategory.BANK_DEPOSIT, Channel.NATIONAL));
        assertThat(deposit.sourceId()).isEqualTo("Q1");
        assertThat(deposit.sourceKind().code()).isEqualTo("NETWORK_QUERY");
        assertThat(deposit.outcome()).isEqualTo(new Label("ANSWERED", "已反馈"));
        assertThat(deposit.hits()).isEqualTo(2);
        assertThat(deposit.date()).hasToString("2023-02-06");
        assertThat(deposit.requestedOn()).hasToString("2023-02-05");
        assertThat(deposit.institution()).isEqualTo("中国工商银行等21家银行");
        assertThat(deposit.debtorName()).isEqualTo("张伟");

        Finding cash = single(cell(grid, AssetCategory.CASH, Channel.ONSITE));
        assertThat(cash.sourceId()).isEqualTo("M1");
        assertThat(cash.method().code()).isEqualTo("ONSITE_INVESTIGATION");
        assertThat(cash.outcome().code()).isEqualTo("NOTHING_FOUND");
        assertThat(cash.propertyFound()).isFalse();
        assertThat(cash.date()).hasToString("2023-03-10");

        Finding wages = single(cell(grid, AssetCategory.INCOME_WAGES, Channel.OTHER));
        assertThat(wages.sourceId()).isEqualTo("M3");
        assertThat(wages.method().code()).isEqualTo("QUESTIONING");

        Finding clue = single(cell(grid, AssetCategory.VEHICLE, Channel.OTHER));
        assertThat(clue.sourceId()).isEqualTo("CL1");
        assertThat(clue.sourceKind().code()).isEqualTo("CLUE");
        assertThat(clue.outcome().code()).isEqualTo("CONFIRMED");
        assertThat(clue.date()).hasToString("2023-03-10");
    }

    @Test
    void a_category_nobody_looked_at_is_never_checked_and_a_checked_one_is_not() {
        CoverageGrid grid = CoverageGrid.of(SampleFiles.example(), ZH);
        assertThat(row(grid, AssetCategory.IP).neverChecked()).isTrue();
        assertThat(row(grid, AssetCategory.IP).checked()).isFalse();
        assertThat(row(grid, AssetCategory.IP).cells()).allSatisfy(c -> assertThat(c.findings()).isEmpty());
        assertThat(row(grid, AssetCategory.CASH).checked()).isTrue();
        assertThat(grid.summary()).isEqualTo(new CoverageGrid.Summary(22, 8, 14, 0, 0));
    }

    @Test
    void a_follow_up_query_stays_out_of_the_grid_and_is_listed_separately() {
        CoverageGrid grid = CoverageGrid.of(SampleFiles.example(), EN);
        assertThat(cell(grid, AssetCategory.BANK_DEPOSIT, Channel.NATIONAL).findings()).extracting(Finding::sourceId)
                .containsExactly("Q1");
        assertThat(grid.followUpFindings()).singleElement().satisfies(f -> {
            assertThat(f.queryId()).isEqualTo("Q2");
            assertThat(f.sequence()).isEqualTo(1);
            assertThat(f.submittedOn()).hasToString("2024-02-10");
            assertThat(f.answeredOn()).hasToString("2024-02-11");
            assertThat(f.categoriesAnswered()).extracting(Label::label).containsExactly("Bank deposits");
            assertThat(f.hits()).isZero();
            assertThat(f.pendingCategories()).isZero();
        });
    }

    @Test
    void a_resumption_check_counts_neither_before_termination_nor_as_a_follow_up() {
        CaseFile file = SampleFiles.example(node -> at(node, "networkQueries", 1).put("purpose", "RESUMPTION_CHECK"));
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        assertThat(grid.followUpFindings()).isEmpty();
        assertThat(cell(grid, AssetCategory.BANK_DEPOSIT, Channel.NATIONAL).findings()).hasSize(1);
    }

    /** One national query over the four required categories, answered on {@code answeredOn}. */
    private static void nationalQuery(ObjectNode node, String channel, String purpose, String debtor, String status,
            String answeredOn) {
        ObjectNode query = add(node, "networkQueries").put("id", "QX").put("channel", channel).put("purpose", purpose)
                .put("debtorPartyId", debtor).put("submittedOn", "2023-06-01");
        for (AssetCategory category : AssetCategory.REQUIRED_NETWORK) {
            ObjectNode result = query.withArray("results").addObject().put("category", category.name())
                    .put("status", status);
            if (answeredOn != null) {
                result.put("answeredOn", answeredOn).put("hits", 0);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} answered {3} -> gap {4}, pending {5}")
    @CsvSource({
            // the ruling is on 2023-08-15
            "NATIONAL,   PRE_TERMINATION, ANSWERED, 2023-08-14, false, false",
            "NATIONAL,   PRE_TERMINATION, ANSWERED, 2023-08-15, false, false",
            "NATIONAL,   PRE_TERMINATION, ANSWERED, 2023-08-16, true,  false",
            "NATIONAL,   OTHER,           ANSWERED, 2023-06-02, false, false",
            "NATIONAL,   FOLLOW_UP,       ANSWERED, 2023-06-02, true,  false",
            "PROVINCIAL, PRE_TERMINATION, ANSWERED, 2023-06-02, true,  false",
            "NATIONAL,   PRE_TERMINATION, PENDING,  ,           true,  true",
            "NATIONAL,   PRE_TERMINATION, FAILED,   ,           true,  false",
            "NATIONAL,   PRE_TERMINATION, NOT_SUPPORTED, ,      true,  false" })
    void a_required_category_has_a_gap_unless_a_national_query_answered_it_by_the_ruling(String channel,
            String purpose, String status, String answeredOn, boolean gap, boolean pending) {
        CaseFile file = SampleFiles.bare(node -> nationalQuery(node, channel, purpose, "P2", status, answeredOn));
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        for (AssetCategory category : AssetCategory.REQUIRED_NETWORK) {
            Row row = row(grid, category);
            assertThat(row.required()).isTrue();
            assertThat(row.gap()).as(category.name()).isEqualTo(gap);
            assertThat(row.pending()).as(category.name()).isEqualTo(pending);
        }
        assertThat(grid.summary().gaps()).isEqualTo(gap ? 4 : 0);
        assertThat(grid.cutOff()).hasToString("2023-08-15");
        assertThat(row(grid, AssetCategory.CASH).required()).isFalse();
        assertThat(row(grid, AssetCategory.CASH).gap()).isFalse();
    }

    @Test
    void without_a_ruling_any_national_answer_closes_the_gap() {
        CaseFile file = SampleFiles.bare(node -> {
            node.remove("ruling");
            node.remove("closingMode");
            node.remove("closedOn");
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "ANSWERED", "2026-01-01");
        });
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        assertThat(grid.cutOff()).isNull();
        assertThat(grid.summary().gaps()).isZero();
    }

    @Test
    void a_second_debtor_without_its_own_national_query_leaves_a_gap() {
        CaseFile file = SampleFiles.bare(node -> {
            add(node, "parties").put("id", "P3").put("role", "DEBTOR").put("kind", "NATURAL_PERSON").put("name", "李娜");
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "ANSWERED", "2023-06-02");
        });
        assertThat(CoverageGrid.of(file, ZH).summary().gaps()).isEqualTo(4);

        CaseFile both = SampleFiles.bare(node -> {
            add(node, "parties").put("id", "P3").put("role", "DEBTOR").put("kind", "NATURAL_PERSON").put("name", "李娜");
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "ANSWERED", "2023-06-02");
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P3", "ANSWERED", "2023-06-02");
        });
        assertThat(CoverageGrid.of(both, ZH).summary().gaps()).isZero();
    }

    @Test
    void a_query_with_one_category_pending_marks_only_that_row_pending() {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode securities = (ObjectNode) at(node, "networkQueries", 0).get("results").get(3);
            securities.put("status", "PENDING").remove(List.of("answeredOn", "hits", "summary"));
        });
        CoverageGrid grid = CoverageGrid.of(file, EN);
        Row securities = row(grid, AssetCategory.SECURITIES);
        assertThat(securities.pending()).isTrue();
        assertThat(securities.gap()).isTrue();
        assertThat(securities.checked()).isFalse();
        Finding finding = single(cell(grid, AssetCategory.SECURITIES, Channel.NATIONAL));
        assertThat(finding.outcome()).isEqualTo(new Label("PENDING", "No reply yet"));
        assertThat(finding.date()).isNull();
        assertThat(finding.hits()).isNull();
        assertThat(row(grid, AssetCategory.BANK_DEPOSIT).pending()).isFalse();
        assertThat(grid.summary().pending()).isEqualTo(1);
        assertThat(grid.summary().gaps()).isEqualTo(1);
    }

    @Test
    void measures_are_placed_by_kind_and_refused_or_unperformed_ones_do_not_count_as_checks() {
        CaseFile file = SampleFiles.bare(node -> {
            add(node, "measures").put("id", "M7").put("type", "LOCATE_VEHICLE").put("requestedBy", "COURT")
                    .put("performedOn", "2023-04-01").put("propertyFound", true).putArray("categories").add("VEHICLE");
            add(node, "measures").put("id", "M8").put("type", "INVESTIGATION_ORDER_LAWYER").put("requestedBy", "CREDITOR")
                    .put("requestedOn", "2023-04-02").put("decision", "REFUSED").put("decidedOn", "2023-04-05")
                    .putArray("categories").add("EQUITY");
            add(node, "measures").put("id", "M9").put("type", "COMMISSIONED_INVESTIGATION").put("requestedBy", "COURT")
                    .put("requestedOn", "2023-04-03").putArray("categories").add("LAND_USE_RIGHT");
            add(node, "measures").put("id", "M10").put("type", "SEARCH").put("requestedBy", "COURT")
                    .put("performedOn", "2023-04-04").putArray("categories").add("CASH");
        });
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        assertThat(single(cell(grid, AssetCategory.VEHICLE, Channel.ONSITE)).outcome().code()).isEqualTo("PROPERTY_FOUND");
        assertThat(row(grid, AssetCategory.VEHICLE).checked()).isTrue();
        assertThat(single(cell(grid, AssetCategory.EQUITY, Channel.OTHER)).outcome().code()).isEqualTo("REFUSED");
        assertThat(single(cell(grid, AssetCategory.EQUITY, Channel.OTHER)).date()).hasToString("2023-04-05");
        assertThat(row(grid, AssetCategory.EQUITY).neverChecked()).isTrue();
        assertThat(single(cell(grid, AssetCategory.LAND_USE_RIGHT, Channel.ONSITE)).outcome().code())
                .isEqualTo("NOT_PERFORMED");
        assertThat(row(grid, AssetCategory.LAND_USE_RIGHT).neverChecked()).isTrue();
        assertThat(single(cell(grid, AssetCategory.CASH, Channel.ONSITE)).outcome().code()).isEqualTo("PERFORMED");
        assertThat(row(grid, AssetCategory.CASH).checked()).isTrue();
    }

    @Test
    void only_clues_the_court_verified_appear() {
        CaseFile file = SampleFiles.bare(node -> {
            add(node, "clues").put("id", "CL8").put("source", "THIRD_PARTY").put("submittedOn", "2023-04-01")
                    .put("category", "RECEIVABLE").put("result", "PENDING");
            add(node, "clues").put("id", "CL9").put("source", "CREDITOR").put("submittedOn", "2023-04-01")
                    .put("category", "EQUITY").put("result", "NOT_CONFIRMED").put("verifiedOn", "2023-04-06");
        });
        CoverageGrid grid = CoverageGrid.of(file, EN);
        assertThat(row(grid, AssetCategory.RECEIVABLE).neverChecked()).isTrue();
        assertThat(cell(grid, AssetCategory.RECEIVABLE, Channel.OTHER).findings()).isEmpty();
        Finding clue = single(cell(grid, AssetCategory.EQUITY, Channel.OTHER));
        assertThat(clue.outcome()).isEqualTo(new Label("NOT_CONFIRMED", "Clue not confirmed"));
        assertThat(clue.method()).isEqualTo(new Label("CREDITOR", "Creditor"));
        assertThat(row(grid, AssetCategory.EQUITY).checked()).isTrue();
    }

    @Test
    void an_unknown_debtor_id_is_shown_as_the_id() {
        CaseFile file = SampleFiles.example(node -> at(node, "networkQueries", 0).put("debtorPartyId", "P404"));
        assertThat(single(cell(CoverageGrid.of(file, ZH), AssetCategory.BANK_DEPOSIT, Channel.NATIONAL)).debtorName())
                .isEqualTo("P404");
    }

    @Test
    void findings_in_a_cell_are_oldest_first_with_unanswered_ones_last() {
        CaseFile file = SampleFiles.bare(node -> {
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "PENDING", null);
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "ANSWERED", "2023-07-01");
            nationalQuery(node, "NATIONAL", "PRE_TERMINATION", "P2", "ANSWERED", "2023-06-02");
        });
        assertThat(cell(CoverageGrid.of(file, ZH), AssetCategory.VEHICLE, Channel.NATIONAL).findings())
                .extracting(f -> f.date() == null ? "none" : f.date().toString())
                .containsExactly("2023-06-02", "2023-07-01", "none");
    }

    @Test
    void a_case_file_with_nothing_in_it_gives_an_empty_grid_where_nothing_was_checked() {
        CaseFile file = SampleFiles.bare(node -> {
        });
        CoverageGrid grid = CoverageGrid.of(file, ZH);
        assertThat(grid.summary().checked()).isZero();
        assertThat(grid.summary().gaps()).isEqualTo(4);
        assertThat(grid.rows()).allSatisfy(r -> assertThat(r.neverChecked()).isTrue());
    }

    static Row row(CoverageGrid grid, AssetCategory category) {
        return grid.rows().stream().filter(r -> r.category().code().equals(category.name())).findFirst().orElseThrow();
    }

    static Cell cell(CoverageGrid grid, AssetCategory category, Channel channel) {
        return row(grid, category).cells().get(channel.ordinal());
    }

    private static Finding single(Cell cell) {
        assertThat(cell.findings()).hasSize(1);
        return cell.findings().get(0);
    }
}
