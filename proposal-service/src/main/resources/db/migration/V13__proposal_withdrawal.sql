alter table proposal add column withdrawn_at timestamptz;
