create table review_case (
    id                       uuid         primary key,
    mooc_id                  uuid         not null,
    round                    integer      not null,
    proposal_version         integer      not null,
    proposal_title           varchar(200) not null,
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
    opened_at                timestamptz  not null,
    version                  bigint       not null,
    unique (mooc_id, round),
    unique (mooc_id, proposal_version)
);
create index review_case_status on review_case (status, opened_at);
