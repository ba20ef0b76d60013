-- A course's whole Coursera export imported in one upload (a zip archive or a folder of CSV files): one import record
-- with one entry per table it holds, in import order, and the files it ignored (docs/analytics.md, "Coursera exports").
alter table export_import alter column table_name drop not null;
alter table export_import add column source varchar(10) not null default 'TABLE';
alter table export_import alter column source drop default;
-- the upload's files that are not tables the platform uses, one per line
alter table export_import add column ignored_files text;

create table export_import_table (
    import_id       uuid           not null references export_import (id) on delete cascade,
    position        int            not null,
    table_name      varchar(40)    not null,
    file_name       varchar(500)   not null,
    status          varchar(20)    not null,
    rows_read       bigint         not null,
    rows_changed    bigint,
    bytes_read      bigint         not null,
    bytes_total     bigint         not null,
    problem         varchar(2000),
    problem_line    bigint,
    problem_column  varchar(100),
    primary key (import_id, table_name)
);
