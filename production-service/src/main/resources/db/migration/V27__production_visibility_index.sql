-- A full page of a list counts what the caller sees, up to the pagination's limit (ListQuery.countUpTo). The scope of
-- an instructor or a study board is an "or" (their own, their teams', their feedback rounds', their department's:
-- ProductionRepository.partOf) that none of the narrow indexes serves, so PostgreSQL counted by reading the production
-- rows themselves, about 4 kB each with their plan and snapshot: 95 pages for 1,001 rows, through a sequential scan's
-- small ring and so mostly from outside its buffer cache, 3 ms at 100,000 productions. This index holds every column the
-- scope tests (the team and round rules compare the MOOC id), so that every role's count is an index-only scan of it
-- (0.4 ms). ListCountPlanTest keeps it so when a scope changes.
create index production_visibility on production (instructor_id, department) include (mooc_id);
