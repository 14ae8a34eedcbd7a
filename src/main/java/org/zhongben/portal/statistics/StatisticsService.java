package org.zhongben.portal.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhongben.portal.common.i18n.Languages;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the statistics tables through the read-only pool. */
@ApplicationScoped
public class StatisticsService {

    static final String NATIONAL = "";
    static final int TOP_FAILED = 5;

    private final Pool replica;

    StatisticsService(@ReactiveDataSource("replica") Pool replica) {
        this.replica = replica;
    }

    /** A check and how many 终本 cases of the year failed it. */
    public record FailedCheck(String code, long failures) {
    }

    /**
     * One court (or the nation) over the years, newest first, with the checks its 终本 cases failed most in the latest
     * year with any 终本 closure.
     */
    public record CourtFigures(String courtCode, String courtName, List<CourtYear> years, List<FailedCheck> mostFailed) {
    }

    /** Every court's and the national figures, by court then year. */
    public Uni<List<CourtYear>> all() {
        return replica.query("""
                SELECT s.*, ct.name AS court_name FROM court_statistics s LEFT JOIN court ct ON ct.code = s.court_code
                ORDER BY s.court_code, s.year DESC""").execute().map(rows -> {
            List<CourtYear> all = new ArrayList<>();
            rows.forEach(row -> all.add(row(row)));
            return all;
        });
    }

    /**
     * Every court's figures (not the nation's) of one year, or of every year when {@code year} is null, by court. The
     * statistics page needs only these rows: reading every court's every year on each view cost most of its time.
     */
    public Uni<List<CourtYear>> courtsInYear(Integer year) {
        return replica.preparedQuery("""
                SELECT s.*, ct.name AS court_name FROM court_statistics s LEFT JOIN court ct ON ct.code = s.court_code
                WHERE s.court_code <> $1 AND ($2::int IS NULL OR s.year = $2::int)
                ORDER BY s.court_code, s.year DESC""").execute(Tuple.of(NATIONAL, year)).map(rows -> {
            List<CourtYear> courts = new ArrayList<>();
            rows.forEach(row -> courts.add(row(row)));
            return courts;
        });
    }

    /** One court's figures ({@code ""} for the nation); empty years when nothing is known. */
    public Uni<CourtFigures> court(String courtCode) {
        String code = courtCode == null ? NATIONAL : courtCode.strip();
        return replica.preparedQuery("""
                SELECT s.*, ct.name AS court_name FROM court_statistics s LEFT JOIN court ct ON ct.code = s.court_code
                WHERE s.court_code = $1 ORDER BY s.year DESC""").execute(Tuple.of(code)).chain(rows -> {
            List<CourtYear> years = new ArrayList<>();
            rows.forEach(row -> years.add(row(row)));
            if (years.isEmpty()) {
                return Uni.createFrom().item(new CourtFigures(code, null, List.of(), List.of()));
            }
            return replica.preparedQuery("""
                    SELECT check_code, failures FROM court_check_failure WHERE court_code = $1 AND year = $2
                    ORDER BY failures DESC, check_code LIMIT $3""")
                    .execute(Tuple.of(code, years.stream().filter(year -> year.zhongben() > 0)
                            .mapToInt(CourtYear::year).findFirst().orElse(years.get(0).year()), TOP_FAILED))
                    .map(failed -> {
                        List<FailedCheck> checks = new ArrayList<>();
                        failed.forEach(row -> checks.add(new FailedCheck(row.getString("check_code"),
                                row.getLong("failures"))));
                        return new CourtFigures(code, years.get(0).courtName(), List.copyOf(years),
                                List.copyOf(checks));
                    });
        });
    }

    /** The figures as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese correctly). */
    public static void writeCsv(List<CourtYear> rows, Locale locale, OutputStream out) {
        boolean en = Languages.isEnglish(locale);
        try {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            csv.printRecord(en
                    ? List.of("court code", "court", "year", "closed", "终本", "终本 share %", "evaluated",
                            "all pre-termination checks passed", "compliant share %", "repeated 终本", "follow-ups due",
                            "on time", "on-time share %", "resumption applications", "decided", "accepted",
                            "accepted share %", "median days to decision", "overdue", "refreshed at")
                    : List.of("法院代字", "法院", "年度", "结案数", "终本数", "终本占比%", "已核查终本案件", "规定动作全部满足",
                            "全部满足占比%", "再次终本", "应查次数", "按期查询", "按期占比%", "恢复执行申请", "已决定", "准予恢复",
                            "准予占比%", "决定天数中位数", "逾期核查", "更新时间"));
            for (CourtYear row : rows) {
                csv.printRecord(row.courtCode().isEmpty() ? (en ? "national" : "全国") : row.courtCode(),
                        row.courtName(), row.year(), row.closed(), row.zhongben(), row.zhongbenShare(), row.evaluated(),
                        row.allChecksPassed(), row.compliantShare(), row.repeated(), row.followUpsDue(),
                        row.followUpsOnTime(), row.followUpOnTimeShare(), row.resumptionSubmitted(),
                        row.resumptionDecided(), row.resumptionAccepted(), row.resumptionAcceptedShare(),
                        row.resumptionMedianDays(), row.resumptionOverdue(), row.refreshedAt());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CourtYear row(Row row) {
        return new CourtYear(row.getString("court_code"), row.getString("court_name"), row.getInteger("year"),
                row.getLong("closed"), row.getLong("zhongben"), row.getLong("evaluated"),
                row.getLong("all_checks_passed"), row.getLong("repeated"), row.getLong("follow_ups_due"),
                row.getLong("follow_ups_on_time"), row.getLong("resumption_submitted"),
                row.getLong("resumption_decided"), row.getLong("resumption_accepted"),
                row.getBigDecimal("resumption_median_days"), row.getLong("resumption_overdue"),
                row.getOffsetDateTime("refreshed_at"));
    }
}
