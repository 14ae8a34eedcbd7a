package org.zhongben.portal.statistics;

/**
 * The statements that compute the statistics tables. Each figure is grouped by court and year and, with GROUPING SETS,
 * nationally by year in the same pass (court code '' is the nation). Parameters of {@link #FIGURES}: $1 today, $2 the
 * follow-up grace days.
 */
final class StatisticsSql {

    private StatisticsSql() {
    }

    static final String FIGURES = """
            WITH closures AS (
                SELECT coalesce(court, '') AS court_code, year,
                       count(*) AS closed,
                       count(*) FILTER (WHERE zhongben) AS zhongben,
                       count(*) FILTER (WHERE zhongben AND evaluated) AS evaluated,
                       count(*) FILTER (WHERE zhongben AND evaluated AND NOT failed_before) AS all_checks_passed,
                       count(*) FILTER (WHERE zhongben AND parent_zhongben) AS repeated
                FROM (SELECT ct.code AS court, extract(year FROM c.closed_on)::int AS year,
                             c.closing_mode = 'ZHONGBEN' AS zhongben,
                             e.case_id IS NOT NULL AS evaluated,
                             coalesce(EXISTS (SELECT 1 FROM unnest(e.failed) f WHERE f LIKE 'C%'), false) AS failed_before,
                             coalesce(p.closing_mode = 'ZHONGBEN', false) AS parent_zhongben
                      FROM enforcement_case c
                      JOIN court ct ON ct.id = c.court_id
                      LEFT JOIN enforcement_case p ON p.id = c.parent_case_id
                      LEFT JOIN compliance_evaluation e ON e.case_id = c.id
                      WHERE c.closed_on IS NOT NULL) cases
                GROUP BY GROUPING SETS ((court, year), (year))
            ), follow_ups AS (
                SELECT coalesce(court, '') AS court_code, year,
                       count(*) AS due,
                       count(*) FILTER (WHERE performed_on IS NOT NULL AND performed_on <= due_on + $2::int) AS on_time
                FROM (SELECT ct.code AS court, d.due_on, extract(year FROM d.due_on)::int AS year, f.performed_on
                      FROM enforcement_case c
                      JOIN court ct ON ct.id = c.court_id
                      JOIN termination_ruling r ON r.case_id = c.id
                      CROSS JOIN LATERAL (SELECT n, (r.ruled_on + make_interval(months => 6 * n))::date AS due_on
                                          FROM generate_series(1, 10) n) d
                      LEFT JOIN follow_up_inquiry f ON f.case_id = c.id AND f.sequence = d.n
                      WHERE c.closing_mode = 'ZHONGBEN' AND d.due_on + $2::int <= $1::date) inquiries
                GROUP BY GROUPING SETS ((court, year), (year))
            ), resumptions AS (
                SELECT coalesce(court_code, '') AS court_code, year,
                       count(*) AS submitted,
                       count(*) FILTER (WHERE state IN ('ACCEPTED', 'REJECTED')) AS decided,
                       count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE days IS NOT NULL) AS median_days,
                       count(*) FILTER (WHERE late) AS overdue
                FROM (SELECT court_code, extract(year FROM submitted_at)::int AS year, state,
                             decided_at::date - submitted_at::date AS days,
                             verify_due_on < coalesce(verified_at::date, decided_at::date, $1::date) AS late
                      FROM resumption_application WHERE submitted_at IS NOT NULL) applications
                GROUP BY GROUPING SETS ((court_code, year), (year))
            ), keys AS (
                SELECT court_code, year FROM closures UNION SELECT court_code, year FROM follow_ups
                UNION SELECT court_code, year FROM resumptions
            )
            INSERT INTO court_statistics (court_code, year, closed, zhongben, evaluated, all_checks_passed, repeated,
                follow_ups_due, follow_ups_on_time, resumption_submitted, resumption_decided, resumption_accepted,
                resumption_median_days, resumption_overdue, refreshed_at)
            SELECT k.court_code, k.year, coalesce(c.closed, 0), coalesce(c.zhongben, 0), coalesce(c.evaluated, 0),
                   coalesce(c.all_checks_passed, 0), coalesce(c.repeated, 0), coalesce(f.due, 0), coalesce(f.on_time, 0),
                   coalesce(r.submitted, 0), coalesce(r.decided, 0), coalesce(r.accepted, 0), r.median_days,
                   coalesce(r.overdue, 0), now()
            FROM keys k
            LEFT JOIN closures c ON c.court_code = k.court_code AND c.year = k.year
            LEFT JOIN follow_ups f ON f.court_code = k.court_code AND f.year = k.year
            LEFT JOIN resumptions r ON r.court_code = k.court_code AND r.year = k.year
            WHERE k.year IS NOT NULL""";

    static final String FAILURES = """
            INSERT INTO court_check_failure (court_code, year, check_code, failures)
            SELECT coalesce(court, ''), year, check_code, count(*)
            FROM (SELECT ct.code AS court, extract(year FROM c.closed_on)::int AS year, f AS check_code
                  FROM enforcement_case c
                  JOIN court ct ON ct.id = c.court_id
                  JOIN compliance_evaluation e ON e.case_id = c.id
                  CROSS JOIN LATERAL unnest(e.failed) f
                  WHERE c.closing_mode = 'ZHONGBEN' AND c.closed_on IS NOT NULL AND f LIKE 'C%') failures
            GROUP BY GROUPING SETS ((court, year, check_code), (year, check_code))""";
}
