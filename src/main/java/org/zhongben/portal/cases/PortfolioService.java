package org.zhongben.portal.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseSummary;
import org.zhongben.portal.casefile.SummaryQuery;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.investigations.Label;

import io.smallrye.mutiny.Uni;

/**
 * The viewer's cases as a filterable, sortable list with keyset paging, and as a CSV download. Organisations may hold
 * thousands of cases, so filtering, ordering and paging happen in the database.
 */
@ApplicationScoped
public class PortfolioService {

    public static final int PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 10_000;

    private final CaseAccessService access;
    private final CaseFileStore store;
    private final AuditLog audit;
    private final Clock clock;

    PortfolioService(CaseAccessService access, CaseFileStore store, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the viewer asked for; every value is checked before it reaches SQL. */
    public record Filter(String status, String court, String search, String sort, String after, Integer limit) {
    }

    public record Page(List<CaseSummaryView> items, String next, int size, Filter filter) {
    }

    public Uni<Page> page(Viewer viewer, Filter filter, Locale locale) {
        SummaryQuery.Order order = order(filter.sort());
        int limit = filter.limit() == null ? PAGE_SIZE : Math.max(1, Math.min(filter.limit(), 200));
        return access.accessibleParties(viewer)
                .chain(parties -> parties.isEmpty() ? Uni.createFrom().item(List.<CaseFileStore.SummaryRow> of())
                        : store.summaries(query(parties, filter, order, cursor(filter.after()), limit + 1)))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<CaseFileStore.SummaryRow> page = more ? rows.subList(0, limit) : rows;
                    String next = more ? encode(page.get(page.size() - 1).cursor()) : null;
                    return new Page(page.stream().map(row -> view(row.summary(), locale)).toList(), next, page.size(),
                            filter);
                });
    }

    /** Writes the whole filtered portfolio as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese). */
    public Uni<List<CaseSummaryView>> exportRows(Viewer viewer, Filter filter, Locale locale) {
        return access.accessibleParties(viewer)
                .chain(parties -> parties.isEmpty() ? Uni.createFrom().item(List.<CaseFileStore.SummaryRow> of())
                        : store.summaries(query(parties, filter, order(filter.sort()), null, EXPORT_LIMIT)))
                .call(rows -> audit.record(viewer.toActor(), AuditAction.PORTFOLIO_EXPORTED, null, null))
                .map(rows -> rows.stream().map(row -> view(row.summary(), locale)).toList());
    }

    public static void writeCsv(List<CaseSummaryView> rows, Locale locale, OutputStream out) {
        boolean english = Languages.isEnglish(locale);
        try {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            CSVPrinter csv = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT);
            csv.printRecord(english
                    ? List.of("Case number", "Court", "Case type", "Status", "Your role", "Docketed", "Claimed (CNY)",
                            "Unperformed (CNY)", "Next follow-up due", "Follow-up overdue")
                    : List.of("案号", "法院", "案件类型", "状态", "您的身份", "立案日期", "申请执行标的(元)", "未履行金额(元)",
                            "下次定期查询应于", "定期查询已逾期"));
            for (CaseSummaryView row : rows) {
                csv.printRecord(row.caseNumber(), row.courtName(), row.caseType().label(), row.status().label(),
                        row.role().label(), row.docketedOn(), row.claimedAmount(), row.unperformedAmount(),
                        row.nextFollowUpDue(), row.followUpOverdue() ? (english ? "yes" : "是") : (english ? "no" : "否"));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SummaryQuery query(List<Long> parties, Filter filter, SummaryQuery.Order order, SummaryQuery.Cursor after,
            int limit) {
        return new SummaryQuery(parties, LocalDate.now(clock), status(filter.status()), court(filter.court()),
                search(filter.search()), order, after, limit);
    }

    private CaseSummaryView view(CaseSummary summary, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        CaseStatus status = CaseStatus.valueOf(summary.status());
        String href = "/cases/" + org.zhongben.portal.common.web.UrlPaths.segment(summary.caseNumber());
        return new CaseSummaryView(summary.caseNumber(), href, summary.courtCode(), summary.courtName(),
                Label.of(summary.caseType(), locale), new Label(status.name(), status.label(locale)),
                Label.of(summary.role(), locale), summary.docketedOn(), summary.claimedAmount(),
                summary.unperformedAmount(), summary.nextFollowUpDue(),
                summary.nextFollowUpDue() != null && summary.nextFollowUpDue().isBefore(today));
    }

    static SummaryQuery.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SummaryQuery.Order.DOCKETED_DESC;
        }
        return switch (sort) {
            case "docketed" -> SummaryQuery.Order.DOCKETED_DESC;
            case "unperformed" -> SummaryQuery.Order.UNPERFORMED_DESC;
            case "next-due" -> SummaryQuery.Order.NEXT_DUE_ASC;
            case "case-number" -> SummaryQuery.Order.CASE_NUMBER_ASC;
            default -> throw new PortalException(CaseError.INVALID_FILTER);
        };
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status).name();
        } catch (IllegalArgumentException unknown) {
            throw new PortalException(CaseError.INVALID_FILTER);
        }
    }

    private static String court(String court) {
        if (court == null || court.isBlank()) {
            return null;
        }
        if (!org.zhongben.portal.casefile.CaseNumber.isValidCourtCode(court)) {
            throw new PortalException(CaseError.INVALID_FILTER);
        }
        return court;
    }

    private static String search(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String trimmed = search.strip();
        if (trimmed.length() > 40) {
            throw new PortalException(CaseError.INVALID_FILTER);
        }
        // LIKE wildcards in the search text are matched literally
        return trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String encode(SummaryQuery.Cursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursor.id() + "|" + cursor.value()).getBytes(StandardCharsets.UTF_8));
    }

    static SummaryQuery.Cursor cursor(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new SummaryQuery.Cursor(text.substring(bar + 1), Long.parseLong(text.substring(0, bar)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException malformed) {
            throw new PortalException(CaseError.INVALID_FILTER);
        }
    }
}
