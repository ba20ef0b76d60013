-- Committee meetings: the chair puts open cases on a meeting's agenda; members whose assessment is not in are
-- reminded once per case and meeting before it starts.
create table meeting (
    id          uuid          primary key,
    title       varchar(200)  not null,
    starts_at   timestamptz   not null,
    location    varchar(200),
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    version     bigint        not null
);
create index meeting_starts on meeting (starts_at);

alter table review_case add column meeting_id uuid references meeting (id);
create index review_case_meeting on review_case (meeting_id);

create table assessment_reminder (
    case_id     uuid          not null references review_case (id),
    username    varchar(100)  not null,
    meeting_id  uuid          not null references meeting (id),
    sent_at     timestamptz   not null,
    primary key (case_id, username, meeting_id)
);
