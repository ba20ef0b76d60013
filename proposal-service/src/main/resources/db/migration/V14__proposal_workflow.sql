-- The complete workflow (docs/proposals.md): consultation, endorsements bound to a content hash,
-- the committee's decision, launch, and the frozen versions of the application.
alter table proposal
    add column revision                  integer      not null default 1,
    add column content_hash              varchar(64),
    add column consultation_requested_at timestamptz,
    add column consultant_id             varchar(100),
    add column consultant_name           varchar(200),
    add column consultant_email          varchar(200),
    add column consultant_assigned_at    timestamptz,
    add column consultation_date         date,
    add column consultation_notes        varchar(8000),
    add column consultation_recorded_at  timestamptz,
    add column board_requested_at        timestamptz,
    add column board_decision            varchar(20),
    add column board_decided_by_id       varchar(100),
    add column board_decided_by_name     varchar(200),
    add column board_decided_by_email    varchar(200),
    add column board_decided_at          timestamptz,
    add column board_comment             varchar(4000),
    add column board_revision            integer,
    add column board_content_hash        varchar(64),
    add column board_scope_hash          varchar(64),
    add column head_requested_at         timestamptz,
    add column head_decision             varchar(20),
    add column head_decided_by_id        varchar(100),
    add column head_decided_by_name      varchar(200),
    add column head_decided_by_email     varchar(200),
    add column head_decided_at           timestamptz,
    add column head_comment              varchar(4000),
    add column head_revision             integer,
    add column head_content_hash         varchar(64),
    add column decision_outcome          varchar(30),
    add column decision_comments         varchar(8000),
    add column decision_round            integer,
    add column decided_at                timestamptz,
    add column course_url                varchar(500),
    add column launch_date               date;

create index proposal_consultant on proposal (consultant_id, updated_at desc);

-- Each submission freezes the application as it was sent; versions are kept for ever.
create table proposal_version (
    proposal_id   uuid         not null references proposal (id),
    number        integer      not null,
    content       jsonb        not null,
    content_hash  varchar(64)  not null,
    submitted_at  timestamptz  not null,
    primary key (proposal_id, number)
);

create function proposal_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'proposal_version rows are immutable';
end;
$$;
create trigger proposal_version_immutable
    before update or delete on proposal_version
    for each row execute function proposal_version_is_immutable();

-- Team members' e-mails (lower case, ",a@x,b@y,") so list queries can find proposals a user is on the team of.
alter table proposal add column team_emails varchar(8000) not null default '';
update proposal set team_emails = coalesce(
    (select ',' || string_agg(lower(m ->> 'email'), ',') || ','
       from jsonb_array_elements(team) m where coalesce(m ->> 'email', '') <> ''), '');
