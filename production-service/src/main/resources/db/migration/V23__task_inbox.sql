-- The task inbox (docs/production.md, "My tasks") reads one person's open work in a few queries: the productions a
-- consultant is assigned to, a department's launch approvals waiting for its board, the open maintenance tasks of the
-- listed MOOCs; and says since when an invited colleague's feedback is waiting.
create index production_consultant on production (consultant_id);
create index production_launch_requested on production (department) where launch_approval_status = 'REQUESTED';
create index maintenance_task_open on maintenance_task (mooc_id) where status = 'OPEN';

-- when the colleague was invited (null for invitations from before this column: the inbox then counts from the
-- production's start)
alter table feedback_round add column invited_at timestamptz;
