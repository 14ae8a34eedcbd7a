-- Inserts every child part of a case file ($1 = case id). Each later parameter is one part as JSON text; an empty
-- array or JSON null inserts nothing. One statement so a case file costs one round trip, whatever its size.
WITH
basis AS (
    INSERT INTO enforcement_basis (case_id, basis_type, issuing_body, document_number, effective_on, performance_due_on)
    SELECT $1, v->>'type', v->>'issuingBody', v->>'documentNumber', (v->>'effectiveOn')::date, (v->>'performanceDueOn')::date
    FROM (SELECT $2::text::jsonb AS v) s WHERE jsonb_typeof(v) = 'object'),
payments AS (
    INSERT INTO case_payment (case_id, external_id, position, paid_on, amount, description)
    SELECT $1, e.v->>'id', e.o, (e.v->>'paidOn')::date, (e.v->>'amount')::numeric, e.v->>'description'
    FROM jsonb_array_elements($3::text::jsonb) WITH ORDINALITY e(v, o)),
suspensions AS (
    INSERT INTO suspension_period (case_id, position, from_on, to_on, reason)
    SELECT $1, e.o, (e.v->>'from')::date, (e.v->>'to')::date, e.v->>'reason'
    FROM jsonb_array_elements($4::text::jsonb) WITH ORDINALITY e(v, o)),
report_orders AS (
    INSERT INTO property_report_order (case_id, external_id, position, debtor_party_id, issued_on, deadline_on, reported_on,
                                       verified_on, outcome, document_id)
    SELECT $1, e.v->>'id', e.o, e.v->>'debtorPartyId', (e.v->>'issuedOn')::date, (e.v->>'deadlineOn')::date,
           (e.v->>'reportedOn')::date, (e.v->>'verifiedOn')::date, e.v->>'outcome', e.v->>'documentId'
    FROM jsonb_array_elements($5::text::jsonb) WITH ORDINALITY e(v, o)),
clues AS (
    INSERT INTO property_clue (case_id, external_id, position, source, submitted_on, category, description, urgent,
                               verified_on, result)
    SELECT $1, e.v->>'id', e.o, e.v->>'source', (e.v->>'submittedOn')::date, e.v->>'category', e.v->>'description',
           coalesce((e.v->>'urgent')::boolean, false), (e.v->>'verifiedOn')::date, e.v->>'result'
    FROM jsonb_array_elements($6::text::jsonb) WITH ORDINALITY e(v, o)),
measures AS (
    INSERT INTO investigation_measure (case_id, external_id, position, measure_type, requested_by, requested_on, decision,
                                       decided_on, performed_on, target_party_id, categories, institution, location,
                                       property_found, result_summary, document_ids)
    SELECT $1, e.v->>'id', e.o, e.v->>'type', e.v->>'requestedBy', (e.v->>'requestedOn')::date, e.v->>'decision',
           (e.v->>'decidedOn')::date, (e.v->>'performedOn')::date, e.v->>'targetPartyId',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'categories', '[]'))), e.v->>'institution',
           e.v->>'location', (e.v->>'propertyFound')::boolean, e.v->>'resultSummary',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'documentIds', '[]')))
    FROM jsonb_array_elements($7::text::jsonb) WITH ORDINALITY e(v, o)),
queries AS (
    INSERT INTO network_query (case_id, external_id, position, channel, purpose, debtor_party_id, submitted_on, document_id)
    SELECT $1, e.v->>'id', e.o, e.v->>'channel', e.v->>'purpose', e.v->>'debtorPartyId', (e.v->>'submittedOn')::date,
           e.v->>'documentId'
    FROM jsonb_array_elements($8::text::jsonb) WITH ORDINALITY e(v, o)),
query_results AS (
    INSERT INTO network_query_result (case_id, query_external_id, position, category, status, answered_on, hits,
                                      institution, summary)
    SELECT $1, q.v->>'id', r.o, r.v->>'category', r.v->>'status', (r.v->>'answeredOn')::date, (r.v->>'hits')::integer,
           r.v->>'institution', r.v->>'summary'
    FROM jsonb_array_elements($8::text::jsonb) q(v),
         jsonb_array_elements(coalesce(q.v->'results', '[]')) WITH ORDINALITY r(v, o)),
assets AS (
    INSERT INTO asset (case_id, external_id, position, category, description, identifier, holder_party_id, estimated_value,
                       status, cannot_dispose_reason, cannot_dispose_note, found_on, found_by, disposal_attempted_on)
    SELECT $1, e.v->>'id', e.o, e.v->>'category', e.v->>'description', e.v->>'identifier', e.v->>'holderPartyId',
           (e.v->>'estimatedValue')::numeric, e.v->>'status', e.v->>'cannotDisposeReason', e.v->>'cannotDisposeNote',
           (e.v->>'foundOn')::date, e.v->>'foundBy', (e.v->>'disposalAttemptedOn')::date
    FROM jsonb_array_elements($9::text::jsonb) WITH ORDINALITY e(v, o)),
controls AS (
    INSERT INTO control_measure (case_id, external_id, position, asset_id, control_type, ruling_number, effective_on,
                                 expires_on, priority, lifted_on, lift_reason)
    SELECT $1, e.v->>'id', e.o, e.v->>'assetId', e.v->>'type', e.v->>'rulingNumber', (e.v->>'effectiveOn')::date,
           (e.v->>'expiresOn')::date, e.v->>'priority', (e.v->>'liftedOn')::date, e.v->>'liftReason'
    FROM jsonb_array_elements($10::text::jsonb) WITH ORDINALITY e(v, o)),
renewals AS (
    INSERT INTO control_renewal (case_id, control_external_id, position, renewed_on, expires_on)
    SELECT $1, c.v->>'id', r.o, (r.v->>'renewedOn')::date, (r.v->>'expiresOn')::date
    FROM jsonb_array_elements($10::text::jsonb) c(v),
         jsonb_array_elements(coalesce(c.v->'renewals', '[]')) WITH ORDINALITY r(v, o)),
coercive AS (
    INSERT INTO coercive_measure (case_id, external_id, position, coercive_type, target_party_id, target_name, reason,
                                  decided_on, amount, days)
    SELECT $1, e.v->>'id', e.o, e.v->>'type', e.v->>'targetPartyId', e.v->>'targetName', e.v->>'reason',
           (e.v->>'decidedOn')::date, (e.v->>'amount')::numeric, (e.v->>'days')::integer
    FROM jsonb_array_elements($11::text::jsonb) WITH ORDINALITY e(v, o)),
restrictions AS (
    INSERT INTO consumption_restriction (case_id, external_id, position, party_id, person_name, person_role, issued_on,
                                         signed_by_president, items, lifted_on, lift_reason)
    SELECT $1, e.v->>'id', e.o, e.v->>'partyId', e.v->>'personName', e.v->>'personRole', (e.v->>'issuedOn')::date,
           (e.v->>'signedByPresident')::boolean, ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'items', '[]'))),
           (e.v->>'liftedOn')::date, e.v->>'liftReason'
    FROM jsonb_array_elements($12::text::jsonb) WITH ORDINALITY e(v, o)),
grounds AS (
    INSERT INTO dishonest_ground_finding (case_id, position, party_id, ground, found_on)
    SELECT $1, e.o, e.v->>'partyId', e.v->>'ground', (e.v->>'foundOn')::date
    FROM jsonb_array_elements($13::text::jsonb) WITH ORDINALITY e(v, o)),
listings AS (
    INSERT INTO dishonest_listing (case_id, external_id, position, party_id, grounds, decided_on, decision_number,
                                   term_ends_on, published_on, deleted_on, deletion_reason)
    SELECT $1, e.v->>'id', e.o, e.v->>'partyId', ARRAY(SELECT jsonb_array_elements_text(coalesce(e.v->'grounds', '[]'))),
           (e.v->>'decidedOn')::date, e.v->>'decisionNumber', (e.v->>'termEndsOn')::date, (e.v->>'publishedOn')::date,
           (e.v->>'deletedOn')::date, e.v->>'deletionReason'
    FROM jsonb_array_elements($14::text::jsonb) WITH ORDINALITY e(v, o)),
interview AS (
    INSERT INTO creditor_interview (case_id, held_on, mode, topics, creditor_opinion, creditor_signed, opinion_summary,
                                    document_id)
    SELECT $1, (v->>'heldOn')::date, v->>'mode', ARRAY(SELECT jsonb_array_elements_text(coalesce(v->'topics', '[]'))),
           v->>'creditorOpinion', (v->>'creditorSigned')::boolean, v->>'opinionSummary', v->>'documentId'
    FROM (SELECT $15::text::jsonb AS v) s WHERE jsonb_typeof(v) = 'object'),
ruling AS (
    INSERT INTO termination_ruling (case_id, ruling_number, ruled_on, served_on, approval_route, reason, stated_sections,
                                    published_online, publication_url, document_id)
    SELECT $1, v->>'number', (v->>'ruledOn')::date, (v->>'servedOn')::date, v->>'approvalRoute', v->>'reason',
           ARRAY(SELECT jsonb_array_elements_text(coalesce(v->'statedSections', '[]'))), (v->>'publishedOnline')::boolean,
           v->>'publicationUrl', v->>'documentId'
    FROM (SELECT $16::text::jsonb AS v) s WHERE jsonb_typeof(v) = 'object'),
database_entry AS (
    INSERT INTO zhongben_database_entry (case_id, entered_on, shielded_on, shield_reason)
    SELECT $1, (v->>'enteredOn')::date, (v->>'shieldedOn')::date, v->>'shieldReason'
    FROM (SELECT $17::text::jsonb AS v) s WHERE jsonb_typeof(v) = 'object'),
follow_ups AS (
    INSERT INTO follow_up_inquiry (case_id, sequence, performed_on, network_query_id, result, creditor_notified_on,
                                   led_to_resumption)
    SELECT $1, (e.v->>'sequence')::smallint, (e.v->>'performedOn')::date, e.v->>'networkQueryId', e.v->>'result',
           (e.v->>'creditorNotifiedOn')::date, coalesce((e.v->>'ledToResumption')::boolean, false)
    FROM jsonb_array_elements($18::text::jsonb) e(v)),
remedies AS (
    INSERT INTO enforcement_remedy (case_id, external_id, position, kind, target_act, filed_on, docketed_on, decided_on,
                                    result, served_on, remedy_case_number)
    SELECT $1, e.v->>'id', e.o, e.v->>'kind', e.v->>'targetAct', (e.v->>'filedOn')::date, (e.v->>'docketedOn')::date,
           (e.v->>'decidedOn')::date, e.v->>'result', (e.v->>'servedOn')::date, e.v->>'caseNumber'
    FROM jsonb_array_elements($19::text::jsonb) WITH ORDINALITY e(v, o)),
bankruptcy AS (
    INSERT INTO bankruptcy_transfer (case_id, consent_by, transferred_on, receiving_court, decided_on, outcome)
    SELECT $1, v->>'consentBy', (v->>'transferredOn')::date, v->>'receivingCourt', (v->>'decidedOn')::date, v->>'outcome'
    FROM (SELECT $20::text::jsonb AS v) s WHERE jsonb_typeof(v) = 'object'),
documents AS (
    INSERT INTO case_document (case_id, external_id, position, kind, title, issued_on, visibility, sha256, size, content_type)
    SELECT $1, e.v->>'id', e.o, e.v->>'kind', e.v->>'title', (e.v->>'issuedOn')::date, e.v->>'visibility', e.v->>'sha256',
           (e.v->>'size')::bigint, e.v->>'contentType'
    FROM jsonb_array_elements($21::text::jsonb) WITH ORDINALITY e(v, o))
SELECT 1
