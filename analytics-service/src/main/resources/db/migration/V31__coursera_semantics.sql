-- Coursera's own semantics (docs/analytics.md, "Coursera exports" and "KPIs").

-- feedback_course_ratings mixes rating systems: STAR (1-5) and the two NPS questions (0-10), keyed by learner,
-- system and time; ratings imported before this change were star ratings.
alter table coursera_rating add column feedback_system varchar(30) not null default 'STAR';
alter table coursera_rating alter column feedback_system drop default;
alter table coursera_rating add column max_rating smallint not null default 5;
alter table coursera_rating alter column max_rating drop default;
alter table coursera_rating drop constraint coursera_rating_rating_check;
alter table coursera_rating drop constraint coursera_rating_pkey;
alter table coursera_rating add primary key (mooc_id, user_id, feedback_system, rated_at);
alter table coursera_rating add constraint coursera_rating_scale check (
    (feedback_system = 'STAR' and max_rating = 5 and rating between 1 and 5)
    or (feedback_system in ('NPS_FIRST_WEEK', 'NPS_END_OF_COURSE') and max_rating = 10 and rating between 0 and 10));
drop index coursera_rating_time;
create index coursera_rating_time on coursera_rating (mooc_id, feedback_system, rated_at);

-- course_grades: every passing state Coursera uses (-1 = not passable); whether a state is a pass is read from the
-- course's course_passing_states lookup when it was imported, else from the documented defaults
alter table coursera_grade drop constraint coursera_grade_passing_state_check;
alter table coursera_grade drop column passed;

create table coursera_passing_state (
    mooc_id      uuid          not null references launched_course (mooc_id),
    state_id     smallint      not null,
    description  varchar(255)  not null,
    passed       boolean       not null,
    primary key (mooc_id, state_id)
);

-- course_progress: every documented state, "not started" (0) included; the course's own lookup names them
alter table coursera_progress drop constraint coursera_progress_state_check;

create table coursera_progress_state (
    mooc_id      uuid          not null references launched_course (mooc_id),
    state_id     smallint      not null,
    description  varchar(255)  not null,
    primary key (mooc_id, state_id)
);
