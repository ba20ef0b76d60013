-- Mail outbox: an e-mail is queued in the same transaction as the hand-off that causes it and sent after
-- commit, so a rolled-back change sends no mail and a mail server outage loses none.
create table outgoing_mail (
    id               uuid          primary key,
    seq              bigint        generated always as identity unique,
    recipient        varchar(320)  not null,
    subject          varchar(300)  not null,
    text_body        text          not null,
    html_body        text,
    subject_ref      varchar(100),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    failed_at        timestamptz,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000)
);
create index outgoing_mail_due on outgoing_mail (next_attempt_at) where sent_at is null and failed_at is null;
