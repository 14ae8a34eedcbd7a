-- Upserts the parties of a case by their external id ($1 = case id, $2 = parties as JSON with the ID number already
-- encrypted, hashed and masked) and removes parties no longer in the file. Returns the ids of inserted parties.
WITH
incoming AS (
    SELECT e.v, e.o FROM jsonb_array_elements($2::text::jsonb) WITH ORDINALITY e(v, o)),
upserted AS (
    INSERT INTO party (case_id, external_id, position, role, kind, name, id_type, id_number_enc, id_number_hash,
                       id_number_masked, legal_representative, address, minor, deceased, whereabouts_unknown)
    SELECT $1, v->>'id', o, v->>'role', v->>'kind', v->>'name', v->>'idType', decode(v->>'idNumberEnc', 'base64'),
           decode(v->>'idNumberHash', 'base64'), v->>'idNumberMasked', v->>'legalRepresentative', v->>'address',
           coalesce((v->>'minor')::boolean, false), coalesce((v->>'deceased')::boolean, false),
           coalesce((v->>'whereaboutsUnknown')::boolean, false)
    FROM incoming
    ON CONFLICT (case_id, external_id) DO UPDATE SET
        position = EXCLUDED.position, role = EXCLUDED.role, kind = EXCLUDED.kind, name = EXCLUDED.name,
        id_type = EXCLUDED.id_type, id_number_enc = EXCLUDED.id_number_enc, id_number_hash = EXCLUDED.id_number_hash,
        id_number_masked = EXCLUDED.id_number_masked, legal_representative = EXCLUDED.legal_representative,
        address = EXCLUDED.address, minor = EXCLUDED.minor, deceased = EXCLUDED.deceased,
        whereabouts_unknown = EXCLUDED.whereabouts_unknown
    RETURNING id, external_id, role, (xmax = 0) AS inserted),
removed AS (
    DELETE FROM party p
    WHERE p.case_id = $1 AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.v->>'id' = p.external_id))
SELECT id, external_id, role, inserted FROM upserted
