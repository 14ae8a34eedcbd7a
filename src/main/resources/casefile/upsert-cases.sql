-- Inserts the cases of a batch, or replaces a stored case's head when the incoming version is newer. $1 is a JSON
-- array of heads. Cases whose stored version is equal or newer are not returned: the caller answers 409 for them
-- and writes nothing else. A batch never holds the same case twice (the caller makes sure).
INSERT INTO enforcement_case (court_id, case_number, case_year, case_type, legacy_number, parent_case_number, version,
                              docketed_on, application_received_on, execution_notice_sent_on, claimed_amount,
                              realised_amount, unperformed_amount, closing_mode, closed_on, judge_name, judge_phone)
SELECT (h->>'courtId')::bigint, h->>'caseNumber', (h->>'caseYear')::smallint, h->>'caseType',
       (h->>'legacyNumber')::boolean, h->>'parentCaseNumber', (h->>'version')::bigint, (h->>'docketedOn')::date,
       (h->>'applicationReceivedOn')::date, (h->>'executionNoticeSentOn')::date, (h->>'claimedAmount')::numeric,
       (h->>'realisedAmount')::numeric, (h->>'unperformedAmount')::numeric, h->>'closingMode', (h->>'closedOn')::date,
       h->>'judgeName', h->>'judgePhone'
FROM jsonb_array_elements($1::text::jsonb) AS e(h)
ON CONFLICT (court_id, case_number) DO UPDATE SET
    case_year = EXCLUDED.case_year, case_type = EXCLUDED.case_type, legacy_number = EXCLUDED.legacy_number,
    parent_case_number = EXCLUDED.parent_case_number,
    parent_case_id = CASE WHEN enforcement_case.parent_case_number IS NOT DISTINCT FROM EXCLUDED.parent_case_number
                          THEN enforcement_case.parent_case_id END,
    version = EXCLUDED.version, docketed_on = EXCLUDED.docketed_on,
    application_received_on = EXCLUDED.application_received_on,
    execution_notice_sent_on = EXCLUDED.execution_notice_sent_on, claimed_amount = EXCLUDED.claimed_amount,
    realised_amount = EXCLUDED.realised_amount, unperformed_amount = EXCLUDED.unperformed_amount,
    closing_mode = EXCLUDED.closing_mode, closed_on = EXCLUDED.closed_on, judge_name = EXCLUDED.judge_name,
    judge_phone = EXCLUDED.judge_phone, updated_at = now()
WHERE enforcement_case.version < EXCLUDED.version
RETURNING id, case_number, court_id, (xmax = 0) AS inserted
