-- Register searches at national scale.

-- Rate-limit hits are short-lived counters written on every register search; they need no WAL and no flush to disk.
-- After a crash PostgreSQL empties an unlogged table, which only forgives the hits of the current window.
ALTER TABLE rate_limit_hit SET UNLOGGED;

-- Fuzzy search reads each key's newest entries in index order and stops after a page, instead of collecting every
-- entry under a common key (tens of thousands for "?伟") and sorting them: the key rows carry the 终本 date, and the
-- primary key (scanned backwards) gives the search order.
ALTER TABLE registry_name_key ADD COLUMN zhongben_on date;
UPDATE registry_name_key k SET zhongben_on = e.zhongben_on
FROM registry_entry e WHERE e.case_id = k.case_id AND e.party_id = k.party_id;
ALTER TABLE registry_name_key ALTER COLUMN zhongben_on SET NOT NULL;
ALTER TABLE registry_name_key DROP CONSTRAINT registry_name_key_pkey;
ALTER TABLE registry_name_key ADD PRIMARY KEY (key, zhongben_on, case_id, party_id);
