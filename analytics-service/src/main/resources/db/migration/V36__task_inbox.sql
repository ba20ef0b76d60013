-- The task inbox (docs/analytics.md, "My tasks") reads a department's semester reviews waiting for the board's decision.
create index semester_review_open on semester_review (department) where status = 'OPEN';
