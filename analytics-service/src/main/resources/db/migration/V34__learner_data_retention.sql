-- Learner data is personal data (docs/analytics.md, "Personal data"): kept for a retention period per course, then
-- only the semester's aggregates remain; an administrator can delete a course's learner data.

-- the course's own retention in months (null: the service's default), and how far its learner rows are already gone:
-- every row dated before purged_before has been deleted, its semesters' figures are kept in semester_figures, and
-- enrolled_before_purge is the number of learners enrolled before it (the base of later semesters' "enrolled to date")
alter table launched_course add column retention_months int check (retention_months between 12 and 120);
alter table launched_course add column purged_before timestamptz;
alter table launched_course add column enrolled_before_purge bigint not null default 0;

-- the raw counts of one semester of one course (SemesterKpis.Figures as JSON), kept when its learner rows go
create table semester_figures (
    mooc_id    uuid         not null references launched_course (mooc_id),
    semester   varchar(20)  not null,
    figures    jsonb        not null,
    kept_at    timestamptz  not null,
    primary key (mooc_id, semester)
);

-- learners still in the data who were also enrolled before purged_before: not counted twice in "enrolled to date"
create table coursera_earlier_learner (
    mooc_id  uuid          not null references launched_course (mooc_id),
    user_id  bigint        not null,
    primary key (mooc_id, user_id)
);

-- who deleted which learner data when: the retention job, an administrator, or an import that replaced the course's data
create table learner_data_deletion (
    id               uuid          primary key,
    mooc_id          uuid          not null references launched_course (mooc_id),
    reason           varchar(20)   not null,
    deleted_before   timestamptz,
    rows_deleted     bigint        not null,
    semesters_kept   int           not null,
    aggregates_kept  boolean       not null,
    deleted_by       varchar(100)  not null,
    deleted_at       timestamptz   not null
);
create index learner_data_deletion_course on learner_data_deletion (mooc_id, deleted_at desc);

-- a whole-export import that replaced the course's learner data instead of merging into it
alter table export_import add column replaces_data boolean not null default false;
