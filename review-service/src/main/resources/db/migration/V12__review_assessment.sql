-- The committee's work on a case (docs/review.md): members and their conflict declarations, assessments on the
-- three criteria, the discussion, the acting chair and the decision with its letter.
alter table review_case
    add column topic              varchar(200),
    add column staff_hours        integer,
    add column assistant_count    integer,
    add column video_budget_dkk   integer,
    add column team               jsonb not null default '[]'::jsonb,
    add column previous_outcome   varchar(30),
    add column previous_comments  varchar(8000),
    add column chair_username     varchar(100),
    add column chair_name         varchar(200),
    add column decision_outcome   varchar(30),
    add column decision_comments  varchar(8000),
    add column decision_letter    text,
    add column decided_at         timestamptz,
    add column decided_by_username varchar(100),
    add column decided_by_name    varchar(200);

create table case_member (
    case_id             uuid          not null references review_case (id),
    username            varchar(100)  not null,
    name                varchar(200)  not null,
    email               varchar(200),
    department          varchar(100),
    volunteered         boolean       not null,
    assigned_by         varchar(100)  not null,
    assigned_at         timestamptz   not null,
    declaration         varchar(20)   not null,
    declaration_reason  varchar(2000),
    declared_at         timestamptz,
    automatic_conflict  varchar(500),
    primary key (case_id, username)
);

create table assessment (
    case_id         uuid          not null references review_case (id),
    username        varchar(100)  not null,
    name            varchar(200)  not null,
    scores          jsonb         not null,
    recommendation  varchar(10)   not null,
    submitted_at    timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    primary key (case_id, username)
);

create table discussion_post (
    id               uuid          primary key,
    case_id          uuid          not null references review_case (id),
    author_username  varchar(100)  not null,
    author_name      varchar(200)  not null,
    text             varchar(4000) not null,
    posted_at        timestamptz   not null
);
create index discussion_post_case on discussion_post (case_id, posted_at);
