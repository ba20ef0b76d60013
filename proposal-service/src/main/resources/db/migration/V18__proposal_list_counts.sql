-- A full page of a list also counts every row the caller sees. A proposal row is wide (its whole application, about
-- 2 kB), so a count that reads the table reads all of it: 27-88 ms at 10,000 proposals. These narrow indexes let
-- PostgreSQL count from the index alone (an index-only scan), 3-12 ms at 10,000 (docs/performance.md):
-- the committee's scope (submitted proposals), also read in the lists' default order,
create index proposal_submitted on proposal (updated_at desc, id) where submitted_at is not null;
-- and an instructor's own proposals, beside those whose team entry is bound to them.
create index proposal_instructor_ids on proposal (instructor_id, id);
