-- Team, user test, the study board's launch approval, the launch and retirement (docs/production.md).
alter table production
    add column consultant_id               varchar(100),
    add column consultant_name             varchar(200),
    add column consultant_email            varchar(200),
    add column team                        jsonb not null default '[]',
    -- the team's e-mail addresses, lower case and comma-delimited (",a@x,b@y,"): lets the list query find a member's MOOCs
    add column team_emails                 varchar(4000) not null default '',
    add column user_tested_on              date,
    add column user_test_students          integer,
    add column user_test_colleagues        integer,
    add column user_test_findings          varchar(4000),
    add column user_test_recorded_by       varchar(200),
    add column launch_approval_status      varchar(20) not null default 'NOT_REQUESTED',
    add column launch_approval_requested_at timestamptz,
    add column launch_approval_requested_by varchar(200),
    add column launch_approval_decided_at   timestamptz,
    add column launch_approval_decided_by   varchar(200),
    add column launch_approval_comment      varchar(4000),
    add column course_url                  varchar(500),
    add column launch_date                 date,
    add column launched_at                 timestamptz,
    add column retired_at                  timestamptz,
    add column retired_semester            varchar(20);

-- Two feedback rounds per production (teaching plan, material), each with comments and their resolution.
create table feedback_round (
    mooc_id          uuid          not null references production (mooc_id),
    round            varchar(20)   not null,
    status           varchar(20)   not null,
    colleague_name   varchar(200),
    colleague_email  varchar(200),
    closed_at        timestamptz,
    closed_by        varchar(200),
    primary key (mooc_id, round)
);

create table feedback_comment (
    id               uuid          primary key,
    mooc_id          uuid          not null,
    round            varchar(20)   not null,
    author_id        varchar(100)  not null,
    author           varchar(200)  not null,
    author_role      varchar(20)   not null,
    text             varchar(4000) not null,
    created_at       timestamptz   not null,
    resolution       varchar(20)   not null,
    resolution_note  varchar(2000),
    resolved_at      timestamptz,
    resolved_by      varchar(200),
    version          bigint        not null,
    foreign key (mooc_id, round) references feedback_round (mooc_id, round)
);
create index feedback_comment_round on feedback_comment (mooc_id, round, created_at);

-- Maintenance after a semester review decided "revise"; one task per action of that review.
create table maintenance_task (
    id               uuid          primary key,
    mooc_id          uuid          not null references production (mooc_id),
    review_id        uuid          not null,
    position         integer       not null,
    semester         varchar(20)   not null,
    description      varchar(500)  not null,
    status           varchar(20)   not null,
    created_at       timestamptz   not null,
    done_at          timestamptz,
    done_by          varchar(200),
    unique (review_id, position)
);

-- What the milestone watch has already done (a reminder, an overdue event) for a milestone and due date, so
-- each goes out once even when the due date stays and the watch runs every hour.
create table milestone_notice (
    mooc_id          uuid          not null,
    key              varchar(40)   not null,
    due_date         date          not null,
    kind             varchar(20)   not null,
    sent_at          timestamptz   not null,
    primary key (mooc_id, key, due_date, kind)
);
