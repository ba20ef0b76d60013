-- A full page of a list counts what the caller sees, up to the pagination's limit (ListQuery.countUpTo). A scope that is
-- an "or" of roles (the committee's: its own proposals or every submitted one) cannot be read from one of the narrow
-- indexes of V18, so PostgreSQL read the wide rows themselves: about 200 pages of 8 kB for 1,001 rows, from outside its
-- buffer cache (a sequential scan reads through a small ring), 3-10 ms at 100,000 proposals against 0.5-1 ms for the
-- admin's count. This index holds every column a role's scope tests (ProposalRepository.visibility), and the key the
-- team-member rule compares, so that any role's count is an index-only scan of it (about 30 pages for 1,001 rows).
-- ListCountPlanTest keeps it so when a scope changes.
create index proposal_visibility on proposal (submitted_at, instructor_id, status, consultant_id, department,
                                              board_requested_at, head_requested_at) include (id);
