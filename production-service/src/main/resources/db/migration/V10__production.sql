create table production (
    mooc_id          uuid         primary key,
    title            varchar(200) not null,
    department       varchar(100) not null,
    instructor_id    varchar(100) not null,
    instructor_name  varchar(200) not null,
    status           varchar(40)  not null,
    started_at       timestamptz  not null,
    version          bigint       not null
);
create index production_instructor on production (instructor_id, started_at desc);
