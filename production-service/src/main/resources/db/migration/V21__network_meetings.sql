-- Meetings of the "Online Teaching and MOOCs" network (docs/production.md, "Network meetings").
create table network_meeting (
    id           uuid          primary key,
    title        varchar(200)  not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    location     varchar(200),
    description  varchar(4000),
    capacity     integer       not null check (capacity > 0),
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null,
    constraint network_meeting_period check (starts_at < ends_at)
);
create index network_meeting_starts on network_meeting (starts_at);

create table network_registration (
    id             uuid          primary key,
    meeting_id     uuid          not null references network_meeting (id),
    username       varchar(100)  not null,
    name           varchar(200)  not null,
    email          varchar(200),
    registered_at  timestamptz   not null,
    attended       boolean       not null default false,
    constraint network_registration_once unique (meeting_id, username)
);
