-- Imports of millions of rows (docs/analytics.md, "Benchmark"): learner pseudonyms are kept as 64-bit numbers, the
-- first 64 bits of the keyed hash, instead of its 64 hex digits, which roughly halves the progress rows and their
-- index. A stored pseudonym (64 hex digits) keeps its first 64 bits, so later imports of the same learners still match.
-- A value that is no pseudonym (stored before learner ids were pseudonymised) is replaced by a hash of it, so no
-- raw id stays behind; those learners match again once the course's export is imported anew.
create function pg_temp.learner_key(id text) returns bigint language sql immutable as $$
    select ('x' || left(case when id ~ '^[0-9a-f]{64}$' then id else md5(id) end, 16))::bit(64)::bigint
$$;

alter table coursera_learner alter column user_id type bigint using pg_temp.learner_key(user_id);
alter table coursera_membership alter column user_id type bigint using pg_temp.learner_key(user_id);
alter table coursera_grade alter column user_id type bigint using pg_temp.learner_key(user_id);
alter table coursera_rating alter column user_id type bigint using pg_temp.learner_key(user_id);

-- Progress rows: one index, the primary key, led by the time, which also serves the KPIs' queries by semester
-- (the separate time index goes); item ids compare byte by byte. No foreign key to the course: its check, once per
-- inserted row, took as long as inserting the rows; an import is only made for a course that exists (the import
-- record, which references the course, is written first), and courses are never deleted.
alter table coursera_progress drop constraint coursera_progress_pkey;
alter table coursera_progress drop constraint coursera_progress_mooc_id_fkey;
drop index coursera_progress_time;
alter table coursera_progress
    alter column user_id type bigint using pg_temp.learner_key(user_id),
    alter column item_id type varchar(100) collate "C";
alter table coursera_progress add primary key (mooc_id, progress_at, user_id, item_id, state);
