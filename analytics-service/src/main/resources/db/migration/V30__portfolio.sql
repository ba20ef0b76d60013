-- The programme portfolio (docs/analytics.md): one row per MOOC projected from every service's events, and every
-- event of a MOOC as its end-to-end timeline. portfolio_event's key (source, event_id) is also what makes the
-- projection idempotent: an event is applied only if its row was inserted.
create table portfolio_mooc (
    mooc_id                  uuid          primary key,
    title                    varchar(200),
    department               varchar(100),
    instructor_name          varchar(200),
    stage                    varchar(20)   not null,
    stage_at                 timestamptz   not null,
    planned_launch_semester  varchar(20),
    expected_enrolments      integer,
    staff_hours              integer,
    assistants               integer,
    video_budget_dkk         integer,
    launch_date              date,
    course_url               varchar(500),
    overdue_milestones       integer       not null default 0,
    max_days_overdue         integer       not null default 0,
    last_event_at            timestamptz   not null
);
create index portfolio_mooc_stage on portfolio_mooc (stage, department);

create table portfolio_event (
    source       varchar(200)  not null,
    event_id     varchar(200)  not null,
    mooc_id      uuid          not null,
    event_type   varchar(200)  not null,
    service      varchar(40)   not null,
    occurred_at  timestamptz   not null,
    summary      varchar(1000) not null,
    primary key (source, event_id)
);
create index portfolio_event_mooc on portfolio_event (mooc_id, occurred_at);

-- milestones seen overdue per MOOC (distinct keys), for the slip figures
create table portfolio_overdue (
    mooc_id    uuid         not null,
    milestone  varchar(40)  not null,
    due_date   date         not null,
    primary key (mooc_id, milestone, due_date)
);
