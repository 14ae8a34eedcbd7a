-- Requests to correct the published 终本 database entry (终本规定 Art. 14 [R]). Small, always read with the entry and
-- never searched on their own, so they live in a jsonb column next to it.
ALTER TABLE zhongben_database_entry ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]'::jsonb;
