-- Removes the replaceable parts of a stored case file before a newer version is inserted ($1 = array of case ids). Parties
-- (upserted, so links and query codes survive) and uploaded document content are kept.
WITH
d01 AS (DELETE FROM enforcement_basis WHERE case_id = ANY($1)),
d02 AS (DELETE FROM case_payment WHERE case_id = ANY($1)),
d03 AS (DELETE FROM suspension_period WHERE case_id = ANY($1)),
d04 AS (DELETE FROM property_report_order WHERE case_id = ANY($1)),
d05 AS (DELETE FROM property_clue WHERE case_id = ANY($1)),
d06 AS (DELETE FROM investigation_measure WHERE case_id = ANY($1)),
d07 AS (DELETE FROM network_query WHERE case_id = ANY($1)),
d08 AS (DELETE FROM network_query_result WHERE case_id = ANY($1)),
d09 AS (DELETE FROM asset WHERE case_id = ANY($1)),
d10 AS (DELETE FROM control_measure WHERE case_id = ANY($1)),
d11 AS (DELETE FROM control_renewal WHERE case_id = ANY($1)),
d12 AS (DELETE FROM coercive_measure WHERE case_id = ANY($1)),
d13 AS (DELETE FROM consumption_restriction WHERE case_id = ANY($1)),
d14 AS (DELETE FROM dishonest_ground_finding WHERE case_id = ANY($1)),
d15 AS (DELETE FROM dishonest_listing WHERE case_id = ANY($1)),
d16 AS (DELETE FROM creditor_interview WHERE case_id = ANY($1)),
d17 AS (DELETE FROM termination_ruling WHERE case_id = ANY($1)),
d18 AS (DELETE FROM zhongben_database_entry WHERE case_id = ANY($1)),
d19 AS (DELETE FROM follow_up_inquiry WHERE case_id = ANY($1)),
d20 AS (DELETE FROM enforcement_remedy WHERE case_id = ANY($1)),
d21 AS (DELETE FROM bankruptcy_transfer WHERE case_id = ANY($1)),
d22 AS (DELETE FROM case_document WHERE case_id = ANY($1))
SELECT 1
