create table proposal (
    id                       uuid         primary key,
    title                    varchar(200) not null,
    summary                  text,
    department               varchar(100) not null,
    instructor_id            varchar(100) not null,
    instructor_name          varchar(200) not null,
    instructor_email         varchar(200),
    new_content              boolean      not null,
    course_code              varchar(20),
    planned_launch_semester  varchar(20),
    expected_enrolments      integer,
    status                   varchar(40)  not null,
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    submitted_at             timestamptz
);
create index proposal_instructor on proposal (instructor_id, updated_at desc);
create index proposal_status on proposal (status, updated_at desc);
