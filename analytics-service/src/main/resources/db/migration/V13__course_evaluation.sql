-- Course evaluations per course and semester (docs/analytics.md, "Course evaluations"): imported from CSV or entered.
create table course_evaluation (
    id           uuid          primary key,
    mooc_id      uuid          not null references launched_course (mooc_id),
    semester     varchar(20)   not null,
    invited      integer       not null check (invited >= 0),
    respondents  integer       not null check (respondents >= 0 and respondents <= invited),
    source       varchar(20)   not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(100)  not null,
    version      bigint        not null,
    unique (mooc_id, semester)
);

create table evaluation_question (
    id             uuid          primary key,
    evaluation_id  uuid          not null references course_evaluation (id) on delete cascade,
    position       integer       not null,
    question_key   varchar(50)   not null,
    text           varchar(500)  not null,
    type           varchar(10)   not null,
    answers        integer       not null,
    likert_1       integer,
    likert_2       integer,
    likert_3       integer,
    likert_4       integer,
    likert_5       integer,
    unique (evaluation_id, question_key)
);
create index evaluation_question_evaluation on evaluation_question (evaluation_id, position);

create table evaluation_comment (
    question_id  uuid           not null references evaluation_question (id) on delete cascade,
    position     integer        not null,
    text         varchar(4000)  not null,
    primary key (question_id, position)
);
