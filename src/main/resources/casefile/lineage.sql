-- What the compliance engine needs to know about the cases related to each case in $1 (case ids): its parent, the
-- 执恢 cases that resumed it, and how many of its ancestors were themselves terminated by 终本.
WITH RECURSIVE ancestors AS (
    SELECT c.id AS case_id, c.parent_case_id AS ancestor_id, 1 AS depth
    FROM enforcement_case c
    WHERE c.id = ANY($1) AND c.parent_case_id IS NOT NULL
  UNION ALL
    SELECT a.case_id, p.parent_case_id, a.depth + 1
    FROM ancestors a JOIN enforcement_case p ON p.id = a.ancestor_id
    WHERE p.parent_case_id IS NOT NULL AND a.depth < 50
)
SELECT c.id AS case_id,
       c.parent_case_id,
       (SELECT count(*) FROM ancestors a JOIN enforcement_case p ON p.id = a.ancestor_id
        WHERE a.case_id = c.id
          AND (p.closing_mode = 'ZHONGBEN' OR EXISTS (SELECT 1 FROM termination_ruling r WHERE r.case_id = p.id)))
           AS earlier_terminations,
       (SELECT coalesce(json_agg(json_build_object('caseId', k.id, 'caseNumber', k.case_number,
                    'closingMode', k.closing_mode, 'docketedOn', k.docketed_on) ORDER BY k.docketed_on, k.id), '[]')
        FROM enforcement_case k WHERE k.parent_case_id = c.id)::text AS children
FROM enforcement_case c
WHERE c.id = ANY($1)
