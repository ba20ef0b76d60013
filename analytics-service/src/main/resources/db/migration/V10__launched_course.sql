create table launched_course (
    mooc_id          uuid         primary key,
    title            varchar(200) not null,
    department       varchar(100) not null,
    instructor_id    varchar(100) not null,
    instructor_name  varchar(200) not null,
    coursera_url     varchar(500),
    launched_on      date         not null,
    status           varchar(40)  not null,
    version          bigint       not null
);
create index launched_course_instructor on launched_course (instructor_id, launched_on desc);
