-- Points 执恢 cases at the 终本 case they resume, in both directions of arrival: a child written now finds its stored
-- parent, and a parent written now is found by children stored earlier. $1 = ids of the cases just written. A parent
-- that gains a child is marked changed, so cached copies of it are not reused.
WITH linked AS (
    UPDATE enforcement_case child
    SET parent_case_id = parent.id
    FROM enforcement_case parent
    WHERE child.parent_case_number = parent.case_number
      AND child.parent_case_id IS NULL
      AND (child.id = ANY($1) OR parent.id = ANY($1))
    RETURNING parent.id AS parent_id)
UPDATE enforcement_case SET updated_at = now() WHERE id IN (SELECT parent_id FROM linked)
