-- Upserts the parties of a batch of case files by (case, external id), removes parties no longer in their file and
-- returns the parties that are new (they receive query codes). $1 = JSON array of parties, each with its caseId and
-- the ID number already encrypted, hashed and masked. $2 = ids of the cases in the batch.
WITH
incoming AS (
    SELECT e.v, e.o FROM jsonb_array_elements($1::text::jsonb) WITH ORDINALITY AS e(v, o)),
upserted AS (
    INSERT INTO party (case_id, external_id, position, role, kind, name, id_type, id_number_enc, id_number_hash,
                       id_number_masked, legal_representative, address, minor, deceased, whereabouts_unknown)
    SELECT (v->>'caseId')::bigint, v->>'id', (v->>'position')::smallint, v->>'role', v->>'kind', v->>'name',
           v->>'idType', decode(v->>'idNumberEnc', 'base64'), decode(v->>'idNumberHash', 'base64'),
           v->>'idNumberMasked', v->>'legalRepresentative', v->>'address', coalesce((v->>'minor')::boolean, false),
           coalesce((v->>'deceased')::boolean, false), coalesce((v->>'whereaboutsUnknown')::boolean, false)
    FROM incoming
    ON CONFLICT (case_id, external_id) DO UPDATE SET
        position = EXCLUDED.position, role = EXCLUDED.role, kind = EXCLUDED.kind, name = EXCLUDED.name,
        id_type = EXCLUDED.id_type, id_number_enc = EXCLUDED.id_number_enc, id_number_hash = EXCLUDED.id_number_hash,
        id_number_masked = EXCLUDED.id_number_masked, legal_representative = EXCLUDED.legal_representative,
        address = EXCLUDED.address, minor = EXCLUDED.minor, deceased = EXCLUDED.deceased,
        whereabouts_unknown = EXCLUDED.whereabouts_unknown
    RETURNING id, case_id, external_id, role, (xmax = 0) AS inserted),
removed AS (
    DELETE FROM party p
    WHERE p.case_id = ANY($2)
      AND NOT EXISTS (SELECT 1 FROM incoming i
                      WHERE (i.v->>'caseId')::bigint = p.case_id AND i.v->>'id' = p.external_id))
SELECT id, case_id, external_id, role FROM upserted WHERE inserted
