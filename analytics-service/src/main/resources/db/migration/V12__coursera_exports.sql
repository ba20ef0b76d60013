-- Coursera research data exports, one course at a time (docs/analytics.md, "Coursera exports").
-- Each table's primary key is the row's natural key: importing the same export again changes nothing.

create table export_import (
    id               uuid          primary key,
    mooc_id          uuid          not null references launched_course (mooc_id),
    table_name       varchar(40)   not null,
    status           varchar(20)   not null,
    rows_read        bigint        not null,
    rows_changed     bigint,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    imported_by      varchar(100)  not null,
    problem          varchar(2000),
    problem_line     bigint,
    problem_column   varchar(100),
    version          bigint        not null
);
create index export_import_course on export_import (mooc_id, started_at desc);

-- users: one row per learner of the course
create table coursera_learner (
    mooc_id       uuid          not null references launched_course (mooc_id),
    user_id       varchar(100)  not null,
    country_code  varchar(2),
    joined_at     timestamptz,
    primary key (mooc_id, user_id)
);

-- course_memberships: every role a user took in the course, with its time
create table coursera_membership (
    mooc_id       uuid          not null references launched_course (mooc_id),
    user_id       varchar(100)  not null,
    role          varchar(30)   not null,
    member_since  timestamptz   not null,
    primary key (mooc_id, user_id, role, member_since)
);
create index coursera_membership_time on coursera_membership (mooc_id, role, member_since);

-- course_progress: an item started (1) or completed (2)
create table coursera_progress (
    mooc_id       uuid          not null references launched_course (mooc_id),
    user_id       varchar(100)  not null,
    item_id       varchar(100)  not null,
    state         smallint      not null check (state in (1, 2)),
    progress_at   timestamptz   not null,
    primary key (mooc_id, user_id, item_id, state, progress_at)
);
create index coursera_progress_time on coursera_progress (mooc_id, progress_at);

-- course_grades: a learner's current grade in the course
create table coursera_grade (
    mooc_id        uuid          not null references launched_course (mooc_id),
    user_id        varchar(100)  not null,
    passing_state  smallint      not null check (passing_state between 0 and 2),
    passed         boolean       not null,
    overall_grade  numeric(7, 6) not null check (overall_grade between 0 and 1),
    graded_at      timestamptz   not null,
    primary key (mooc_id, user_id)
);
create index coursera_grade_time on coursera_grade (mooc_id, graded_at);

-- feedback_course_ratings: 1-5 stars
create table coursera_rating (
    mooc_id   uuid          not null references launched_course (mooc_id),
    user_id   varchar(100)  not null,
    rated_at  timestamptz   not null,
    rating    smallint      not null check (rating between 1 and 5),
    primary key (mooc_id, user_id, rated_at)
);
create index coursera_rating_time on coursera_rating (mooc_id, rated_at);
