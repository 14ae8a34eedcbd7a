-- Bulk-loads :entries synthetic 终本 cases into a portal database, as intake would have stored them: a case with its
-- termination ruling, one natural-person debtor with a valid resident ID number, and the debtor's registry entry and
-- fuzzy-name keys (ID hashed with the portal's key :'hash_key', as FieldCipher.keyedHash does; name keys, one
-- character different and pinyin, computed by the portal's own NameKeys through name-keys.sh in the working
-- directory). Names follow a realistic skew: 100 common surnames and one or two given-name characters, so popular
-- names repeat thousands of times. Run with psql -v entries=N -v hash_key=<base64>.
-- Bulk-load technique, as for any large import: secondary indexes are dropped and rebuilt after the load (a sorted
-- build instead of millions of random btree inserts), and foreign-key triggers are off for the session (the rows are
-- consistent by construction).
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;
SET synchronous_commit = off;
\timing on

CREATE TEMP TABLE courts AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id, code, name FROM court;
SELECT count(*) AS court_count FROM courts \gset
SELECT coalesce(max(id), 0) + 1 AS case_base FROM enforcement_case \gset
SELECT coalesce(max(id), 0) + 1 AS party_base FROM party \gset

CREATE FUNCTION pg_temp.id_check(first17 text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr('10X98765432', (sum(substr(first17, i, 1)::int
         * (ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])[i]) % 11)::int + 1, 1)
  FROM generate_series(1, 17) i $$;

CREATE UNLOGGED TABLE bench_rows AS
SELECT *, substr(id_number, 1, 4) || '**********' || substr(id_number, 15, 4) AS id_masked,
       hmac(convert_to(id_number, 'UTF8'), decode(:'hash_key', 'base64'), 'sha256') AS id_hash
FROM (SELECT *, first17 || pg_temp.id_check(first17) AS id_number FROM (
SELECT g,
       c.id AS court_id, c.code AS court_code, c.name AS court_name,
       '(' || (2018 + g % 6) || ')' || c.code || '执' || (5000000 + g) || '号' AS case_number,
       (2018 + g % 6)::smallint AS case_year,
       substr(s.surnames, 1 + (abs(hashint4(g)) % 100), 1)
         || substr(s.given, 1 + (abs(hashint4(g * 7)) % 120), 1)
         || CASE WHEN g % 3 = 0 THEN '' ELSE substr(s.given, 1 + (abs(hashint4(g * 13)) % 120), 1) END AS debtor_name,
       lpad((110000 + (g % 9000))::text, 6, '0') || to_char(date '1950-01-01' + (g % 20000), 'YYYYMMDD')
         || lpad((g % 1000)::text, 3, '0') AS first17,
       date '2018-01-01' + (g % 2000) AS docketed_on,
       (1000 + (abs(hashint4(g * 31)) % 5000000))::numeric(16, 2) AS unperformed
FROM generate_series(1, :entries) g
CROSS JOIN (SELECT '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
                   AS surnames,
                   '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欢阳建国峰亮成志新海波晨瑞博文杨飞鑫雪琳晶婷慧颖佳欣悦怡雨思梦琪子涵诗晓晴蕾倩薇瑶璐露丹莉萌梅兰菊春秋冬松柏云天宏伟德永福禄寿喜财宝金银铜铁山川河湖泉' AS given) s
JOIN courts c ON c.n = g % :court_count) named) numbered;

-- every secondary index and unique constraint of the loaded tables, and the name keys' primary key: rebuilt at the end
CREATE TEMP TABLE saved_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition,
       c.conname AS constraint_name, t.relname AS table_name, pg_get_constraintdef(c.oid) AS constraint_definition
FROM pg_index i
JOIN pg_class t ON t.oid = i.indrelid
LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid
WHERE t.relname IN ('enforcement_case', 'party', 'termination_ruling', 'registry_entry', 'registry_name_key')
  AND (c.oid IS NULL OR c.contype = 'u' OR (t.relname = 'registry_name_key' AND c.contype = 'p'));
SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', table_name, constraint_name) FROM saved_index
WHERE constraint_name IS NOT NULL \gexec
SELECT format('DROP INDEX %s', name) FROM saved_index WHERE constraint_name IS NULL \gexec
SET session_replication_role = replica;

INSERT INTO enforcement_case (id, court_id, case_number, case_year, case_type, version, docketed_on, claimed_amount,
                              realised_amount, unperformed_amount, closing_mode, closed_on)
OVERRIDING SYSTEM VALUE
SELECT :case_base + g, court_id, case_number, case_year, 'ZHI', 1, docketed_on, unperformed, 0, unperformed, 'ZHONGBEN',
       docketed_on + 180
FROM bench_rows;

INSERT INTO party (id, case_id, external_id, position, role, kind, name, id_type, id_number_hash, id_number_masked)
OVERRIDING SYSTEM VALUE
SELECT :party_base + g, :case_base + g, 'P2', 1, 'DEBTOR', 'NATURAL_PERSON', debtor_name, 'RESIDENT_ID',
       id_hash, id_masked
FROM bench_rows;

INSERT INTO termination_ruling (case_id, ruled_on) SELECT :case_base + g, docketed_on + 180 FROM bench_rows;

INSERT INTO registry_entry (case_id, party_id, court_code, court_name, case_number, debtor_name, debtor_kind, id_masked,
                            id_hash, unperformed_amount, docketed_on, zhongben_on, follow_up_until)
SELECT :case_base + g, :party_base + g, court_code, court_name, case_number, debtor_name, 'NATURAL_PERSON', id_masked,
       id_hash, unperformed, docketed_on, docketed_on + 180, docketed_on + 180 + interval '5 years'
FROM bench_rows;

-- the keys of every distinct name, computed by the portal's code (one character different and pinyin)
CREATE TEMP TABLE name_keys (name text COLLATE "C", key text COLLATE "C");
\copy (SELECT DISTINCT debtor_name FROM bench_rows) TO PROGRAM 'sh name-keys.sh > name-keys.tsv'
\copy name_keys FROM 'name-keys.tsv'
INSERT INTO registry_name_key (key, case_id, party_id, zhongben_on)
SELECT k.key, :case_base + r.g, :party_base + r.g, r.docketed_on + 180
FROM bench_rows r JOIN name_keys k ON k.name = r.debtor_name;

SET session_replication_role = DEFAULT;
SELECT definition FROM saved_index WHERE constraint_name IS NULL \gexec
SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', table_name, constraint_name, constraint_definition)
FROM saved_index WHERE constraint_name IS NOT NULL \gexec

SELECT setval(pg_get_serial_sequence('enforcement_case', 'id'), (SELECT max(id) FROM enforcement_case));
SELECT setval(pg_get_serial_sequence('party', 'id'), (SELECT max(id) FROM party));

-- sample queries for the load test: common and rare names, full ID numbers, case numbers
\copy (SELECT debtor_name FROM bench_rows WHERE g % 997 = 0 LIMIT 200) TO 'names.txt'
\copy (SELECT id_number FROM bench_rows WHERE g % 991 = 0 LIMIT 200) TO 'ids.txt'
\copy (SELECT case_number FROM bench_rows WHERE g % 983 = 0 LIMIT 200) TO 'cases.txt'
DROP TABLE bench_rows;
VACUUM ANALYZE enforcement_case;
VACUUM ANALYZE party;
VACUUM ANALYZE registry_entry;
VACUUM ANALYZE registry_name_key;
VACUUM ANALYZE termination_ruling;
