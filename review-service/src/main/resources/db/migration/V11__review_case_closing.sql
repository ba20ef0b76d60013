alter table review_case
    add column closed_at    timestamptz,
    add column close_reason varchar(2000);
