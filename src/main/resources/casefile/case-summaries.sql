-- One row per case the given parties belong to ($1 = party ids), with what a portfolio lists and filters by.
-- $2 = today (for the status and the next follow-up due). The status expression mirrors cases.CaseStatus.of.
SELECT *
FROM (
    SELECT c.id, c.case_number, ct.code AS court_code, ct.name AS court_name, c.case_type, c.docketed_on,
           c.claimed_amount, c.unperformed_amount, c.closing_mode, c.closed_on, r.ruled_on, mine.role,
           CASE
               WHEN EXISTS (SELECT 1 FROM enforcement_case k WHERE k.parent_case_id = c.id) THEN 'RESUMED'
               WHEN b.outcome = 'ACCEPTED' THEN 'TRANSFERRED_TO_BANKRUPTCY'
               WHEN c.closing_mode = 'ZHONGBEN' AND c.unperformed_amount <= 0 THEN 'CLOSED_FINAL'
               WHEN c.closing_mode = 'ZHONGBEN'
                    AND (coalesce(r.ruled_on, c.closed_on) + interval '5 years')::date < $2 THEN 'CLOSED_ZHONGBEN_FOLLOWUP_ENDED'
               WHEN c.closing_mode = 'ZHONGBEN' THEN 'CLOSED_ZHONGBEN'
               WHEN c.closing_mode IS NOT NULL THEN 'CLOSED_FINAL'
               WHEN EXISTS (SELECT 1 FROM suspension_period s
                            WHERE s.case_id = c.id AND s.from_on <= $2 AND (s.to_on IS NULL OR s.to_on > $2)) THEN 'SUSPENDED'
               ELSE 'IN_ENFORCEMENT'
           END AS status,
           CASE WHEN c.closing_mode = 'ZHONGBEN' AND r.ruled_on IS NOT NULL AND c.unperformed_amount > 0 THEN (
               SELECT min((r.ruled_on + make_interval(months => 6 * n))::date)
               FROM generate_series(1, 10) AS n
               WHERE NOT EXISTS (SELECT 1 FROM follow_up_inquiry f
                                 WHERE f.case_id = c.id AND f.sequence = n AND f.performed_on IS NOT NULL)
                 -- the duty ends when the entry is shielded (performed, terminated, resumed)
                 AND NOT EXISTS (SELECT 1 FROM zhongben_database_entry x WHERE x.case_id = c.id
                                 AND x.shielded_on <= (r.ruled_on + make_interval(months => 6 * n))::date))
           END AS next_follow_up_due
    FROM (SELECT DISTINCT ON (p.case_id) p.case_id, p.role FROM party p WHERE p.id = ANY($1)
          ORDER BY p.case_id, p.role) mine
    JOIN enforcement_case c ON c.id = mine.case_id
    JOIN court ct ON ct.id = c.court_id
    LEFT JOIN termination_ruling r ON r.case_id = c.id
    LEFT JOIN bankruptcy_transfer b ON b.case_id = c.id
) summary
WHERE ($3::text IS NULL OR status = $3)
  AND ($4::text IS NULL OR court_code = $4)
  AND ($5::text IS NULL OR case_number LIKE '%' || $5 || '%')
