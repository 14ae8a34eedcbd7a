package org.zhongben.portal.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.zhongben.portal.cases.CaseDetail;
import org.zhongben.portal.cases.ComplianceView;
import org.zhongben.portal.cases.FollowUpView;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.investigations.CoverageGrid;
import org.zhongben.portal.investigations.InvestigationRecord;
import org.zhongben.portal.investigations.Label;
import org.zhongben.portal.records.pdf.Block;
import org.zhongben.portal.records.pdf.Heading;
import org.zhongben.portal.records.pdf.KeyValues;
import org.zhongben.portal.records.pdf.Paragraph;
import org.zhongben.portal.records.pdf.RecordDocument;
import org.zhongben.portal.records.pdf.Table;

/**
 * The investigation record (财产调查记录) of a case as a printable document and as rows: the case summary, every
 * measure and network query with dates and results, the coverage grid, controls, the compliance checklist and the
 * follow-up schedule. Built from the same view the case page shows, so the record never says more than the page.
 */
final class RecordContent {

    private RecordContent() {
    }

    static RecordDocument document(CaseDetail view, Locale locale, String bundleId, java.time.OffsetDateTime issuedAt) {
        boolean en = Languages.isEnglish(locale);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, t(en, "案件概况", "The case")));
        List<Map.Entry<String, String>> summary = new ArrayList<>();
        summary.add(Map.entry(t(en, "执行案号", "Case number"), view.caseNumber()));
        summary.add(Map.entry(t(en, "执行法院", "Court"), text(view.courtName())));
        summary.add(Map.entry(t(en, "立案日期", "Docketed"), date(view.docketedOn(), locale)));
        summary.add(Map.entry(t(en, "案件状态", "Status"), view.status().label()));
        if (view.closing() != null) {
            summary.add(Map.entry(t(en, "终本裁定", "Termination ruling"), text(view.closing().rulingNumber()) + " "
                    + date(view.closing().ruledOn(), locale)));
            summary.add(Map.entry(t(en, "终本理由", "Reason"), label(view.closing().reason())));
        }
        if (view.ledger() != null) {
            summary.add(Map.entry(t(en, "申请执行标的", "Claimed"), money(view.ledger().claimed())));
            summary.add(Map.entry(t(en, "已执行到位", "Realised"), money(view.ledger().realised())));
            summary.add(Map.entry(t(en, "未履行金额", "Unperformed"), money(view.ledger().unperformed())));
        }
        if (view.basis() != null) {
            summary.add(Map.entry(t(en, "执行依据", "Enforcement basis"), label(view.basis().type()) + " "
                    + text(view.basis().issuingBody()) + " " + text(view.basis().documentNumber())));
        }
        summary.add(Map.entry(t(en, "当事人", "Parties"), view.parties().stream()
                .map(party -> label(party.role()) + " " + party.name()).collect(Collectors.joining("; "))));
        blocks.add(new KeyValues(summary));
        blocks.add(new Paragraph(text(view.status().explanation()), true));

        InvestigationRecord record = view.investigation();
        blocks.add(new Heading(1, t(en, "调查措施", "Investigation measures")));
        blocks.add(table(List.of(t(en, "日期", "Date"), t(en, "措施", "Measure"), t(en, "对象/机构", "Target or body"),
                t(en, "结果", "Result")), measureRows(record, locale), new float[] { 2, 3, 3, 5 }, en));

        blocks.add(new Heading(1, t(en, "网络查控", "Network queries")));
        blocks.add(table(List.of(t(en, "提交日期", "Submitted"), t(en, "渠道", "Channel"), t(en, "被查询人", "Debtor"),
                t(en, "反馈", "Answers")), queryRows(record, locale), new float[] { 2, 2, 2, 7 }, en));

        CoverageGrid grid = view.coverage();
        blocks.add(new Heading(1, t(en, "财产调查覆盖情况", "Investigation coverage")));
        List<String> headers = new ArrayList<>();
        headers.add(t(en, "财产类别", "Asset category"));
        grid.channels().forEach(channel -> headers.add(channel.label()));
        List<List<String>> gridRows = new ArrayList<>();
        for (CoverageGrid.Row row : grid.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.category().label() + (row.neverChecked() ? t(en, "(从未查询)", " (never checked)") : ""));
            for (CoverageGrid.Cell cell : row.cells()) {
                cells.add(cell.checked() ? "✓ " + cell.findings().size() : cell.pending() ? "…" : "—");
            }
            gridRows.add(cells);
        }
        blocks.add(table(headers, gridRows, null, en));

        blocks.add(new Heading(1, t(en, "控制措施(查封、扣押、冻结)", "Controls (seizures, freezes)")));
        blocks.add(table(List.of(t(en, "财产", "Property"), t(en, "措施", "Measure"), t(en, "生效", "Effective"),
                t(en, "到期", "Expires"), t(en, "状态", "State")), controlRows(record, locale), new float[] { 4, 2, 2, 2, 2 },
                en));

        ComplianceView compliance = view.compliance();
        blocks.add(new Heading(1, t(en, "规定动作核查", "Prescribed-actions checklist")));
        blocks.add(new Paragraph(t(en, "规则版本 ", "Rules version ") + compliance.engineVersion() + " · "
                + t(en, "核查日期 ", "evaluated on ") + date(compliance.evaluatedOn(), locale), true));
        List<List<String>> checks = new ArrayList<>();
        for (ComplianceView.Group group : compliance.groups()) {
            for (ComplianceView.Item item : group.items()) {
                checks.add(List.of(item.code(), item.title(), label(item.verdict()), text(item.explanation()),
                        item.bases().stream().map(basis -> basis.text() + " " + basis.tag())
                                .collect(Collectors.joining("; "))));
            }
        }
        blocks.add(table(List.of(t(en, "编号", "Code"), t(en, "检查项", "Check"), t(en, "结论", "Verdict"),
                t(en, "说明", "Explanation"), t(en, "依据", "Basis")), checks, new float[] { 1, 3, 2, 5, 3 }, en));

        FollowUpView followUps = view.followUps();
        if (followUps != null) {
            blocks.add(new Heading(1, t(en, "终本后定期查询", "Follow-up inquiries after termination")));
            List<List<String>> inquiries = new ArrayList<>();
            for (FollowUpView.Inquiry inquiry : followUps.inquiries()) {
                inquiries.add(List.of(inquiry.sequence() == null ? "—" : inquiry.sequence().toString(),
                        date(inquiry.dueOn(), locale), date(inquiry.doneOn(), locale), label(inquiry.state()),
                        label(inquiry.result())));
            }
            blocks.add(table(List.of(t(en, "次序", "No."), t(en, "应查日期", "Due"), t(en, "实际日期", "Done"),
                    t(en, "状态", "State"), t(en, "结果", "Result")), inquiries, new float[] { 1, 2, 2, 2, 4 }, en));
        }
        blocks.add(new Paragraph(t(en,
                "本记录根据法院报送门户的案件数据生成,合规核查仅供参考,不构成法律意见。记录编号 " + bundleId
                        + ",可在门户 /verify 页面核验。",
                "Generated from the case data the court sent to the portal; the checklist is for information and is not "
                        + "legal advice. Record " + bundleId + "; check it at /verify on the portal."),
                true));
        return new RecordDocument(t(en, "财产调查记录", "Investigation record") + " · " + view.caseNumber(),
                List.of(text(view.courtName()), t(en, "生成于 ", "Generated ")
                        + date(issuedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(), locale)),
                blocks);
    }

    /** One row per measure, query answer and control: what a spreadsheet of the investigation needs. */
    static List<List<String>> rows(CaseDetail view, Locale locale) {
        boolean en = Languages.isEnglish(locale);
        List<List<String>> rows = new ArrayList<>();
        InvestigationRecord record = view.investigation();
        for (InvestigationRecord.MeasureView measure : record.measures()) {
            rows.add(List.of(t(en, "调查措施", "measure"), measure.id(), label(measure.type()), iso(measure.requestedOn()),
                    iso(measure.performedOn()), text(measure.targetName()), text(measure.institution()),
                    measure.categories().stream().map(Label::label).collect(Collectors.joining("; ")),
                    measure.propertyFound() == null ? "" : measure.propertyFound().toString(),
                    text(measure.resultSummary())));
        }
        for (InvestigationRecord.QueryView query : record.networkQueries()) {
            for (InvestigationRecord.QueryResultView result : query.results()) {
                rows.add(List.of(t(en, "网络查控", "network query"), query.id(), label(query.channel()),
                        iso(query.submittedOn()), iso(result.answeredOn()), text(query.debtorName()),
                        text(result.institution()), label(result.category()),
                        result.hits() == null ? "" : result.hits().toString(),
                        label(result.status()) + (result.summary() == null ? "" : " " + result.summary())));
            }
        }
        for (InvestigationRecord.ControlView control : record.controls()) {
            rows.add(List.of(t(en, "控制措施", "control"), control.id(), label(control.type()), iso(control.effectiveOn()),
                    iso(control.currentExpiresOn()), text(control.assetDescription()), text(control.rulingNumber()),
                    label(control.assetCategory()), "", label(control.state())));
        }
        return rows;
    }

    static List<String> rowHeaders(Locale locale) {
        boolean en = Languages.isEnglish(locale);
        return List.of(t(en, "记录", "record"), t(en, "编号", "id"), t(en, "类型", "type"), t(en, "日期", "date"),
                t(en, "完成/反馈日期", "done or answered"), t(en, "对象", "target"), t(en, "机构/文书", "body or ruling"),
                t(en, "财产类别", "asset category"), t(en, "发现财产/命中", "found or hits"), t(en, "结果", "result"));
    }

    private static List<List<String>> measureRows(InvestigationRecord record, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (InvestigationRecord.MeasureView measure : record.measures()) {
            rows.add(List.of(date(measure.date(), locale), label(measure.type()),
                    joined(text(measure.targetName()), text(measure.institution())), text(measure.resultSummary())));
        }
        return rows;
    }

    private static List<List<String>> queryRows(InvestigationRecord record, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (InvestigationRecord.QueryView query : record.networkQueries()) {
            rows.add(List.of(date(query.submittedOn(), locale), label(query.channel()), text(query.debtorName()),
                    query.results().stream().map(result -> label(result.category()) + ": " + label(result.status())
                            + (result.hits() == null ? "" : " (" + result.hits() + ")")).collect(Collectors.joining("; "))));
        }
        return rows;
    }

    private static List<List<String>> controlRows(InvestigationRecord record, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (InvestigationRecord.ControlView control : record.controls()) {
            rows.add(List.of(text(control.assetDescription()), label(control.type()), date(control.effectiveOn(), locale),
                    date(control.currentExpiresOn(), locale), label(control.state())));
        }
        return rows;
    }

    private static Block table(List<String> headers, List<List<String>> rows, float[] widths, boolean en) {
        if (rows.isEmpty()) {
            return new Paragraph(t(en, "案卷中没有记录。", "None recorded in the file."), true);
        }
        return new Table(headers, rows, widths);
    }

    private static String joined(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " / " + second;
    }

    private static String t(boolean en, String zh, String english) {
        return en ? english : zh;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String label(Label value) {
        return value == null ? "" : value.label();
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "—" : Languages.formatDate(date, locale);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount);
    }
}
