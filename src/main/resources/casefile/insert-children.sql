-- Inserts every child part of a batch of case files. $1 is a JSON array with one element per stored case file:
-- {"caseId": ..., "basis": {...}, "payments": [...], ...}. One statement for the whole batch, whatever its size.
WITH
files AS (SELECT e.v FROM jsonb_array_elements($1::text::jsonb) AS e(v)),
basis AS (
    INSERT INTO enforcement_basis (case_id, basis_type, issuing_body, document_number, effective_on, performance_due_on)
    SELECT (f.v->>'caseId')::bigint, s.v->>'type', s.v->>'issuingBody', s.v->>'documentNumber', (s.v->>'effectiveOn')::date, (s.v->>'performanceDueOn')::date
    FROM files f, LATERAL (SELECT f.v->'basis' AS v) s WHERE jsonb_typeof(s.v) = 'object'),
payments AS (
    INSERT INTO case_payment (case_id, external_id, position, paid_on, amount, description)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, (e.v->>'paidOn')::date, (e.v->>'amount')::numeric, e.v->>'description'
    FROM files f, jsonb_array_elements(f.v->'payments') WITH ORDINALITY e(v, o)),
suspensions AS (
    INSERT INTO suspension_period (case_id, position, from_on, to_on, reason)
    SELECT (f.v->>'caseId')::bigint, e.o, (e.v->>'from')::date, (e.v->>'to')::date, e.v->>'reason'
    FROM files f, jsonb_array_elements(f.v->'suspensions') WITH ORDINALITY e(v, o)),
report_orders AS (
    INSERT INTO property_report_order (case_id, external_id, position, debtor_party_id, issued_on, deadline_on, reported_on,
                                       verified_on, outcome, document_id)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'debtorPartyId', (e.v->>'issuedOn')::date, (e.v->>'deadlineOn')::date,
           (e.v->>'reportedOn')::date, (e.v->>'verifiedOn')::date, e.v->>'outcome', e.v->>'documentId'
    FROM files f, jsonb_array_elements(f.v->'reportOrders') WITH ORDINALITY e(v, o)),
clues AS (
    INSERT INTO property_clue (case_id, external_id, position, source, submitted_on, category, description, urgent,
                               verified_on, result)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'source', (e.v->>'submittedOn')::date, e.v->>'category', e.v->>'description',
           coalesce((e.v->>'urgent')::boolean, false), (e.v->>'verifiedOn')::date, e.v->>'result'
    FROM files f, jsonb_array_elements(f.v->'clues') WITH ORDINALITY e(v, o)),
measures AS (
    INSERT INTO investigation_measure (case_id, external_id, position, measure_type, requested_by, requested_on, decision,
                                       decided_on, performed_on, target_party_id, categories, institution, location,
                                       property_found, result_summary, document_ids)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'type', e.v->>'requestedBy', (e.v->>'requestedOn')::date, e.v->>'decision',
           (e.v->>'decidedOn')::date, (e.v->>'performedOn')::date, e.v->>'targetPartyId',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'categories', '[]'))), e.v->>'institution',
           e.v->>'location', (e.v->>'propertyFound')::boolean, e.v->>'resultSummary',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'documentIds', '[]')))
    FROM files f, jsonb_array_elements(f.v->'measures') WITH ORDINALITY e(v, o)),
queries AS (
    INSERT INTO network_query (case_id, external_id, position, channel, purpose, debtor_party_id, submitted_on, document_id)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'channel', e.v->>'purpose', e.v->>'debtorPartyId', (e.v->>'submittedOn')::date,
           e.v->>'documentId'
    FROM files f, jsonb_array_elements(f.v->'networkQueries') WITH ORDINALITY e(v, o)),
query_results AS (
    INSERT INTO network_query_result (case_id, query_external_id, position, category, status, answered_on, hits,
                                      institution, summary)
    SELECT (f.v->>'caseId')::bigint, q.v->>'id', r.o, r.v->>'category', r.v->>'status', (r.v->>'answeredOn')::date, (r.v->>'hits')::integer,
           r.v->>'institution', r.v->>'summary'
    FROM files f, jsonb_array_elements(f.v->'networkQueries') q(v),
         jsonb_array_elements(coalesce(q.v->'results', '[]')) WITH ORDINALITY r(v, o)),
assets AS (
    INSERT INTO asset (case_id, external_id, position, category, description, identifier, holder_party_id, estimated_value,
                       status, cannot_dispose_reason, cannot_dispose_note, found_on, found_by, disposal_attempted_on)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'category', e.v->>'description', e.v->>'identifier', e.v->>'holderPartyId',
           (e.v->>'estimatedValue')::numeric, e.v->>'status', e.v->>'cannotDisposeReason', e.v->>'cannotDisposeNote',
           (e.v->>'foundOn')::date, e.v->>'foundBy', (e.v->>'disposalAttemptedOn')::date
    FROM files f, jsonb_array_elements(f.v->'assets') WITH ORDINALITY e(v, o)),
controls AS (
    INSERT INTO control_measure (case_id, external_id, position, asset_id, control_type, ruling_number, effective_on,
                                 expires_on, priority, lifted_on, lift_reason)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'assetId', e.v->>'type', e.v->>'rulingNumber', (e.v->>'effectiveOn')::date,
           (e.v->>'expiresOn')::date, e.v->>'priority', (e.v->>'liftedOn')::date, e.v->>'liftReason'
    FROM files f, jsonb_array_elements(f.v->'controls') WITH ORDINALITY e(v, o)),
renewals AS (
    INSERT INTO control_renewal (case_id, control_external_id, position, renewed_on, expires_on)
    SELECT (f.v->>'caseId')::bigint, c.v->>'id', r.o, (r.v->>'renewedOn')::date, (r.v->>'expiresOn')::date
    FROM files f, jsonb_array_elements(f.v->'controls') c(v),
         jsonb_array_elements(coalesce(c.v->'renewals', '[]')) WITH ORDINALITY r(v, o)),
coercive AS (
    INSERT INTO coercive_measure (case_id, external_id, position, coercive_type, target_party_id, target_name, reason,
                                  decided_on, amount, days)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'type', e.v->>'targetPartyId', e.v->>'targetName', e.v->>'reason',
           (e.v->>'decidedOn')::date, (e.v->>'amount')::numeric, (e.v->>'days')::integer
    FROM files f, jsonb_array_elements(f.v->'coerciveMeasures') WITH ORDINALITY e(v, o)),
restrictions AS (
    INSERT INTO consumption_restriction (case_id, external_id, position, party_id, person_name, person_role, issued_on,
                                         signed_by_president, items, lifted_on, lift_reason)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'partyId', e.v->>'personName', e.v->>'personRole', (e.v->>'issuedOn')::date,
           (e.v->>'signedByPresident')::boolean, ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'items', '[]'))),
           (e.v->>'liftedOn')::date, e.v->>'liftReason'
    FROM files f, jsonb_array_elements(f.v->'restrictions') WITH ORDINALITY e(v, o)),
grounds AS (
    INSERT INTO dishonest_ground_finding (case_id, position, party_id, ground, found_on)
    SELECT (f.v->>'caseId')::bigint, e.o, e.v->>'partyId', e.v->>'ground', (e.v->>'foundOn')::date
    FROM files f, jsonb_array_elements(f.v->'dishonestGrounds') WITH ORDINALITY e(v, o)),
listings AS (
    INSERT INTO dishonest_listing (case_id, external_id, position, party_id, grounds, decided_on, decision_number,
                                   term_ends_on, published_on, deleted_on, deletion_reason)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'partyId', ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'grounds', '[]'))),
           (e.v->>'decidedOn')::date, e.v->>'decisionNumber', (e.v->>'termEndsOn')::date, (e.v->>'publishedOn')::date,
           (e.v->>'deletedOn')::date, e.v->>'deletionReason'
    FROM files f, jsonb_array_elements(f.v->'listings') WITH ORDINALITY e(v, o)),
interview AS (
    INSERT INTO creditor_interview (case_id, held_on, mode, topics, creditor_opinion, creditor_signed, opinion_summary,
                                    document_id)
    SELECT (f.v->>'caseId')::bigint, (s.v->>'heldOn')::date, s.v->>'mode', ARRAY(SELECT jsonb_array_elements_text(coalesce(s.v->'topics', '[]'))),
           s.v->>'creditorOpinion', (s.v->>'creditorSigned')::boolean, s.v->>'opinionSummary', s.v->>'documentId'
    FROM files f, LATERAL (SELECT f.v->'interview' AS v) s WHERE jsonb_typeof(s.v) = 'object'),
ruling AS (
    INSERT INTO termination_ruling (case_id, ruling_number, ruled_on, served_on, approval_route, reason, stated_sections,
                                    published_online, publication_url, document_id)
    SELECT (f.v->>'caseId')::bigint, s.v->>'number', (s.v->>'ruledOn')::date, (s.v->>'servedOn')::date, s.v->>'approvalRoute', s.v->>'reason',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(s.v->'statedSections', '[]'))), (s.v->>'publishedOnline')::boolean,
           s.v->>'publicationUrl', s.v->>'documentId'
    FROM files f, LATERAL (SELECT f.v->'ruling' AS v) s WHERE jsonb_typeof(s.v) = 'object'),
database_entry AS (
    INSERT INTO zhongben_database_entry (case_id, entered_on, shielded_on, shield_reason, corrections)
    SELECT (f.v->>'caseId')::bigint, (s.v->>'enteredOn')::date, (s.v->>'shieldedOn')::date, s.v->>'shieldReason',
           coalesce(s.v->'corrections', '[]'::jsonb)
    FROM files f, LATERAL (SELECT f.v->'databaseEntry' AS v) s WHERE jsonb_typeof(s.v) = 'object'),
follow_ups AS (
    INSERT INTO follow_up_inquiry (case_id, sequence, performed_on, network_query_id, result, creditor_notified_on,
                                   led_to_resumption)
    SELECT (f.v->>'caseId')::bigint, (e.v->>'sequence')::smallint, (e.v->>'performedOn')::date, e.v->>'networkQueryId', e.v->>'result',
           (e.v->>'creditorNotifiedOn')::date, coalesce((e.v->>'ledToResumption')::boolean, false)
    FROM files f, jsonb_array_elements(f.v->'followUps') e(v)),
remedies AS (
    INSERT INTO enforcement_remedy (case_id, external_id, position, kind, target_act, filed_on, docketed_on, decided_on,
                                    result, served_on, remedy_case_number)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'kind', e.v->>'targetAct', (e.v->>'filedOn')::date, (e.v->>'docketedOn')::date,
           (e.v->>'decidedOn')::date, e.v->>'result', (e.v->>'servedOn')::date, e.v->>'caseNumber'
    FROM files f, jsonb_array_elements(f.v->'remedies') WITH ORDINALITY e(v, o)),
bankruptcy AS (
    INSERT INTO bankruptcy_transfer (case_id, consent_by, transferred_on, receiving_court, decided_on, outcome)
    SELECT (f.v->>'caseId')::bigint, s.v->>'consentBy', (s.v->>'transferredOn')::date, s.v->>'receivingCourt', (s.v->>'decidedOn')::date, s.v->>'outcome'
    FROM files f, LATERAL (SELECT f.v->'bankruptcyTransfer' AS v) s WHERE jsonb_typeof(s.v) = 'object'),
documents AS (
    INSERT INTO case_document (case_id, external_id, position, kind, title, issued_on, visibility, sha256, size, content_type)
    SELECT (f.v->>'caseId')::bigint, e.v->>'id', e.o, e.v->>'kind', e.v->>'title', (e.v->>'issuedOn')::date, e.v->>'visibility', e.v->>'sha256',
           (e.v->>'size')::bigint, e.v->>'contentType'
    FROM files f, jsonb_array_elements(f.v->'documents') WITH ORDINALITY e(v, o))
SELECT 1
