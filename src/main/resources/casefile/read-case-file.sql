-- The whole stored case file of each case in $1 (case ids) as one JSON document shaped like CaseFile, plus what only
-- the portal knows (internal ids, encrypted ID numbers, uploaded documents, linked cases). One round trip.
SELECT json_build_object(
    'caseId', c.id,
    'updatedAt', c.updated_at,
    'parentCaseId', c.parent_case_id,
    'file', json_build_object(
        'version', c.version, 'courtCode', ct.code, 'courtName', ct.name, 'caseNumber', c.case_number,
        'parentCaseNumber', c.parent_case_number, 'docketedOn', c.docketed_on,
        'applicationReceivedOn', c.application_received_on, 'executionNoticeSentOn', c.execution_notice_sent_on,
        'claimedAmount', c.claimed_amount, 'realisedAmount', c.realised_amount,
        'unperformedAmount', c.unperformed_amount, 'closingMode', c.closing_mode, 'closedOn', c.closed_on,
        'judge', CASE WHEN c.judge_name IS NULL AND c.judge_phone IS NULL THEN NULL
                      ELSE json_build_object('name', c.judge_name, 'phone', c.judge_phone) END,
        'basis', (SELECT json_build_object('type', b.basis_type, 'issuingBody', b.issuing_body,
                         'documentNumber', b.document_number, 'effectiveOn', b.effective_on,
                         'performanceDueOn', b.performance_due_on)
                  FROM enforcement_basis b WHERE b.case_id = c.id),
        'parties', (SELECT coalesce(json_agg(json_build_object('id', p.external_id, 'role', p.role, 'kind', p.kind,
                         'name', p.name, 'idType', p.id_type, 'legalRepresentative', p.legal_representative,
                         'address', p.address, 'minor', p.minor, 'deceased', p.deceased,
                         'whereaboutsUnknown', p.whereabouts_unknown) ORDER BY p.position), '[]')
                    FROM party p WHERE p.case_id = c.id),
        'payments', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'paidOn', x.paid_on,
                         'amount', x.amount, 'description', x.description) ORDER BY x.position), '[]')
                     FROM case_payment x WHERE x.case_id = c.id),
        'suspensions', (SELECT coalesce(json_agg(json_build_object('from', x.from_on, 'to', x.to_on,
                         'reason', x.reason) ORDER BY x.position), '[]')
                        FROM suspension_period x WHERE x.case_id = c.id),
        'reportOrders', (SELECT coalesce(json_agg(json_build_object('id', x.external_id,
                         'debtorPartyId', x.debtor_party_id, 'issuedOn', x.issued_on, 'deadlineOn', x.deadline_on,
                         'reportedOn', x.reported_on, 'verifiedOn', x.verified_on, 'outcome', x.outcome,
                         'documentId', x.document_id) ORDER BY x.position), '[]')
                         FROM property_report_order x WHERE x.case_id = c.id),
        'clues', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'source', x.source,
                         'submittedOn', x.submitted_on, 'category', x.category, 'description', x.description,
                         'urgent', x.urgent, 'verifiedOn', x.verified_on, 'result', x.result)
                         ORDER BY x.position), '[]')
                  FROM property_clue x WHERE x.case_id = c.id),
        'measures', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'type', x.measure_type,
                         'requestedBy', x.requested_by, 'requestedOn', x.requested_on, 'decision', x.decision,
                         'decidedOn', x.decided_on, 'performedOn', x.performed_on,
                         'targetPartyId', x.target_party_id, 'categories', x.categories,
                         'institution', x.institution, 'location', x.location, 'propertyFound', x.property_found,
                         'resultSummary', x.result_summary, 'documentIds', x.document_ids) ORDER BY x.position), '[]')
                     FROM investigation_measure x WHERE x.case_id = c.id),
        'networkQueries', (SELECT coalesce(json_agg(json_build_object('id', q.external_id, 'channel', q.channel,
                         'purpose', q.purpose, 'debtorPartyId', q.debtor_party_id, 'submittedOn', q.submitted_on,
                         'documentId', q.document_id,
                         'results', (SELECT coalesce(json_agg(json_build_object('category', r.category,
                                 'status', r.status, 'answeredOn', r.answered_on, 'hits', r.hits,
                                 'institution', r.institution, 'summary', r.summary) ORDER BY r.position), '[]')
                             FROM network_query_result r
                             WHERE r.case_id = c.id AND r.query_external_id = q.external_id))
                         ORDER BY q.position), '[]')
                           FROM network_query q WHERE q.case_id = c.id),
        'assets', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'category', x.category,
                         'description', x.description, 'identifier', x.identifier,
                         'holderPartyId', x.holder_party_id, 'estimatedValue', x.estimated_value, 'status', x.status,
                         'cannotDisposeReason', x.cannot_dispose_reason, 'cannotDisposeNote', x.cannot_dispose_note,
                         'foundOn', x.found_on, 'foundBy', x.found_by,
                         'disposalAttemptedOn', x.disposal_attempted_on) ORDER BY x.position), '[]')
                   FROM asset x WHERE x.case_id = c.id),
        'controls', (SELECT coalesce(json_agg(json_build_object('id', m.external_id, 'assetId', m.asset_id,
                         'type', m.control_type, 'rulingNumber', m.ruling_number, 'effectiveOn', m.effective_on,
                         'expiresOn', m.expires_on, 'priority', m.priority, 'liftedOn', m.lifted_on,
                         'liftReason', m.lift_reason,
                         'renewals', (SELECT coalesce(json_agg(json_build_object('renewedOn', r.renewed_on,
                                 'expiresOn', r.expires_on) ORDER BY r.position), '[]')
                             FROM control_renewal r
                             WHERE r.case_id = c.id AND r.control_external_id = m.external_id))
                         ORDER BY m.position), '[]')
                     FROM control_measure m WHERE m.case_id = c.id),
        'coerciveMeasures', (SELECT coalesce(json_agg(json_build_object('id', x.external_id,
                         'type', x.coercive_type, 'targetPartyId', x.target_party_id, 'targetName', x.target_name,
                         'reason', x.reason, 'decidedOn', x.decided_on, 'amount', x.amount, 'days', x.days)
                         ORDER BY x.position), '[]')
                             FROM coercive_measure x WHERE x.case_id = c.id),
        'restrictions', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'partyId', x.party_id,
                         'personName', x.person_name, 'personRole', x.person_role, 'issuedOn', x.issued_on,
                         'signedByPresident', x.signed_by_president, 'items', x.items, 'liftedOn', x.lifted_on,
                         'liftReason', x.lift_reason) ORDER BY x.position), '[]')
                         FROM consumption_restriction x WHERE x.case_id = c.id),
        'dishonestGrounds', (SELECT coalesce(json_agg(json_build_object('partyId', x.party_id, 'ground', x.ground,
                         'foundOn', x.found_on) ORDER BY x.position), '[]')
                             FROM dishonest_ground_finding x WHERE x.case_id = c.id),
        'listings', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'partyId', x.party_id,
                         'grounds', x.grounds, 'decidedOn', x.decided_on, 'decisionNumber', x.decision_number,
                         'termEndsOn', x.term_ends_on, 'publishedOn', x.published_on, 'deletedOn', x.deleted_on,
                         'deletionReason', x.deletion_reason) ORDER BY x.position), '[]')
                     FROM dishonest_listing x WHERE x.case_id = c.id),
        'interview', (SELECT json_build_object('heldOn', x.held_on, 'mode', x.mode, 'topics', x.topics,
                         'creditorOpinion', x.creditor_opinion, 'creditorSigned', x.creditor_signed,
                         'opinionSummary', x.opinion_summary, 'documentId', x.document_id)
                      FROM creditor_interview x WHERE x.case_id = c.id),
        'ruling', (SELECT json_build_object('number', x.ruling_number, 'ruledOn', x.ruled_on,
                         'servedOn', x.served_on, 'approvalRoute', x.approval_route, 'reason', x.reason,
                         'statedSections', x.stated_sections, 'publishedOnline', x.published_online,
                         'publicationUrl', x.publication_url, 'documentId', x.document_id)
                   FROM termination_ruling x WHERE x.case_id = c.id),
        'databaseEntry', (SELECT json_build_object('enteredOn', x.entered_on, 'shieldedOn', x.shielded_on,
                         'shieldReason', x.shield_reason, 'corrections', x.corrections)
                          FROM zhongben_database_entry x WHERE x.case_id = c.id),
        'followUps', (SELECT coalesce(json_agg(json_build_object('sequence', x.sequence,
                         'performedOn', x.performed_on, 'networkQueryId', x.network_query_id, 'result', x.result,
                         'creditorNotifiedOn', x.creditor_notified_on, 'ledToResumption', x.led_to_resumption)
                         ORDER BY x.sequence), '[]')
                      FROM follow_up_inquiry x WHERE x.case_id = c.id),
        'remedies', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'kind', x.kind,
                         'targetAct', x.target_act, 'filedOn', x.filed_on, 'docketedOn', x.docketed_on,
                         'decidedOn', x.decided_on, 'result', x.result, 'servedOn', x.served_on,
                         'caseNumber', x.remedy_case_number) ORDER BY x.position), '[]')
                     FROM enforcement_remedy x WHERE x.case_id = c.id),
        'bankruptcyTransfer', (SELECT json_build_object('consentBy', x.consent_by,
                         'transferredOn', x.transferred_on, 'receivingCourt', x.receiving_court,
                         'decidedOn', x.decided_on, 'outcome', x.outcome)
                               FROM bankruptcy_transfer x WHERE x.case_id = c.id),
        'documents', (SELECT coalesce(json_agg(json_build_object('id', x.external_id, 'kind', x.kind,
                         'title', x.title, 'issuedOn', x.issued_on, 'visibility', x.visibility, 'sha256', x.sha256,
                         'size', x.size, 'contentType', x.content_type) ORDER BY x.position), '[]')
                      FROM case_document x WHERE x.case_id = c.id)
    ),
    'parties', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'externalId', p.external_id,
                     'role', p.role, 'idNumberEnc', encode(p.id_number_enc, 'base64'),
                     'idNumberMasked', p.id_number_masked) ORDER BY p.position), '[]')
                FROM party p WHERE p.case_id = c.id),
    'uploadedDocuments', (SELECT coalesce(json_agg(d.external_id), '[]')
                          FROM case_document_content d WHERE d.case_id = c.id),
    'childCases', (SELECT coalesce(json_agg(json_build_object('caseId', k.id, 'caseNumber', k.case_number,
                       'closingMode', k.closing_mode, 'docketedOn', k.docketed_on) ORDER BY k.docketed_on, k.id), '[]')
                   FROM enforcement_case k WHERE k.parent_case_id = c.id),
    'earlierTerminations', (WITH RECURSIVE ancestors AS (
                                SELECT c.parent_case_id AS id, 1 AS depth
                              UNION ALL
                                SELECT p.parent_case_id, a.depth + 1
                                FROM ancestors a JOIN enforcement_case p ON p.id = a.id
                                WHERE p.parent_case_id IS NOT NULL AND a.depth < 50)
                            SELECT count(*) FROM ancestors a JOIN enforcement_case p ON p.id = a.id
                            WHERE p.closing_mode = 'ZHONGBEN'
                               OR EXISTS (SELECT 1 FROM termination_ruling r WHERE r.case_id = p.id))
)::text AS document
FROM enforcement_case c
JOIN court ct ON ct.id = c.court_id
WHERE c.id = ANY($1)
