-- The study board's semester review of each launched MOOC (docs/analytics.md, "Semester reviews").
create table semester_review (
    id                   uuid           primary key,
    mooc_id              uuid           not null references launched_course (mooc_id),
    semester             varchar(20)    not null,
    department           varchar(100)   not null,
    title                varchar(200)   not null,
    status               varchar(20)    not null,
    opened_at            timestamptz    not null,
    outcome              varchar(20),
    comments             varchar(4000),
    decided_by_username  varchar(100),
    decided_by_name      varchar(200),
    completed_at         timestamptz,
    version              bigint         not null,
    unique (mooc_id, semester)
);
create index semester_review_department on semester_review (semester, department);

-- What the board asks to be done before the next review
create table review_action (
    id          uuid          primary key,
    review_id   uuid          not null references semester_review (id),
    position    integer       not null,
    text        varchar(500)  not null,
    status      varchar(10)   not null,
    done_at     timestamptz,
    done_by     varchar(100),
    version     bigint        not null,
    unique (review_id, position)
);

-- The reminder that a semester's reviews are due: once per department and semester
create table review_reminder (
    department  varchar(100)  not null,
    semester    varchar(20)   not null,
    recipient   varchar(320)  not null,
    sent_at     timestamptz   not null,
    primary key (department, semester)
);
