-- Inserts a case or replaces its head when the incoming version is newer. No row back means the stored version is
-- equal or newer: the caller answers 409 and writes nothing else.
INSERT INTO enforcement_case (court_id, case_number, case_year, case_type, legacy_number, parent_case_number,
                              parent_case_id, version, docketed_on, application_received_on, execution_notice_sent_on,
                              claimed_amount, realised_amount, unperformed_amount, closing_mode, closed_on, judge_name,
                              judge_phone)
VALUES ($1, $2, $3, $4, $5, $6,
        (SELECT p.id FROM enforcement_case p WHERE p.case_number = $6 ORDER BY p.id LIMIT 1),
        $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
ON CONFLICT (court_id, case_number) DO UPDATE SET
    case_year = EXCLUDED.case_year, case_type = EXCLUDED.case_type, legacy_number = EXCLUDED.legacy_number,
    parent_case_number = EXCLUDED.parent_case_number, parent_case_id = EXCLUDED.parent_case_id,
    version = EXCLUDED.version, docketed_on = EXCLUDED.docketed_on,
    application_received_on = EXCLUDED.application_received_on,
    execution_notice_sent_on = EXCLUDED.execution_notice_sent_on, claimed_amount = EXCLUDED.claimed_amount,
    realised_amount = EXCLUDED.realised_amount, unperformed_amount = EXCLUDED.unperformed_amount,
    closing_mode = EXCLUDED.closing_mode, closed_on = EXCLUDED.closed_on, judge_name = EXCLUDED.judge_name,
    judge_phone = EXCLUDED.judge_phone, updated_at = now()
WHERE enforcement_case.version < EXCLUDED.version
RETURNING id, (xmax = 0) AS inserted
