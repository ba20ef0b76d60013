-- Video production (docs/production.md, "Video production"): studio bookings and the MediaLab hours planned per MOOC.
-- Two active bookings (REQUESTED or CONFIRMED) of one studio never overlap: the exclusion constraint decides, so of two
-- simultaneous requests for one slot exactly one is stored. Periods are half-open [start, end): adjacent slots are fine.
create extension if not exists btree_gist;

create table video_booking (
    id              uuid          primary key,
    mooc_id         uuid          not null references production (mooc_id),
    studio          varchar(30)   not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    status          varchar(20)   not null,
    cost_dkk        integer       not null,
    booked_by       varchar(200)  not null,
    booked_by_id    varchar(100)  not null,
    note            varchar(2000),
    decline_reason  varchar(2000),
    decided_by      varchar(200),
    decided_at      timestamptz,
    cancelled_by    varchar(200),
    cancelled_at    timestamptz,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint video_booking_period check (starts_at < ends_at),
    constraint video_booking_cost check (cost_dkk >= 0),
    constraint video_booking_status check (status in ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED')),
    constraint video_booking_no_overlap exclude using gist (studio with =, tstzrange(starts_at, ends_at) with &&)
        where (status in ('REQUESTED', 'CONFIRMED'))
);
create index video_booking_mooc on video_booking (mooc_id, starts_at);
create index video_booking_requested on video_booking (created_at) where status = 'REQUESTED';

create table video_plan (
    mooc_id        uuid          primary key references production (mooc_id),
    planned_hours  numeric(6, 1) not null check (planned_hours >= 0),
    updated_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    version        bigint        not null
);
