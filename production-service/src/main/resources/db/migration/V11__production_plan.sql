-- The development plan (docs/production.md): the proposal snapshot from proposal-service's events, the
-- production's facts, and its milestones with finish-to-start dependencies, a baseline and proposed new dates.
create table proposal_snapshot (
    mooc_id           uuid         primary key,
    proposal_version  integer      not null,
    data              jsonb        not null,
    received_at       timestamptz  not null
);

alter table production
    add column instructor_email         varchar(200),
    add column new_content              boolean not null default true,
    add column course_code              varchar(20),
    add column planned_launch_semester  varchar(20),
    add column expected_enrolments      integer,
    add column staff_hours              integer,
    add column assistant_count          integer,
    add column video_budget_dkk         integer,
    add column approved_on              date,
    add column baseline_agreed_at       timestamptz,
    add column baseline_agreed_by       varchar(200);

create table milestone (
    mooc_id            uuid          not null references production (mooc_id),
    key                varchar(40)   not null,
    position           integer       not null,
    name               varchar(200)  not null,
    owner_role         varchar(30)   not null,
    duration_days      integer       not null,
    depends_on         varchar(400)  not null,
    mandatory          boolean       not null,
    due_date           date          not null,
    baseline_due_date  date,
    proposed_due_date  date,
    status             varchar(20)   not null,
    done_on            date,
    primary key (mooc_id, key)
);
