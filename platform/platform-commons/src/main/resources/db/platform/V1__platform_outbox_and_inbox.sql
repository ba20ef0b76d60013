-- Platform tables, the same in every service's database (see docs/events.md).
-- Services number their own migrations from V10 on, so these never collide.

-- Transactional outbox: a row is written in the same transaction as the change that caused the event,
-- and the relay publishes it to Kafka after commit. "seq" keeps the publication order.
create table outbox_event (
    id           uuid         primary key,
    seq          bigint       generated always as identity unique,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(100) not null,
    payload      text         not null,
    occurred_at  timestamptz  not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(2000)
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Inbox of an idempotent consumer: the event's (source, id) is recorded in the same transaction as
-- its effect, so a redelivered event is recognised and has no second effect.
create table inbox_event (
    source       varchar(200) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    subject      varchar(100),
    received_at  timestamptz  not null,
    primary key (source, event_id)
);
