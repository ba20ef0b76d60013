-- What course launched carries beyond the basics: shown beside the actual figures and in the review pack.
alter table launched_course
    add column production_id            uuid,
    add column instructor_email         varchar(320),
    add column course_code              varchar(50),
    add column new_content              boolean,
    add column planned_launch_semester  varchar(20),
    add column expected_enrolments      integer,
    add column launched_at              timestamptz,
    add column registered_at            timestamptz;
create index launched_course_department on launched_course (department, launched_on desc);
