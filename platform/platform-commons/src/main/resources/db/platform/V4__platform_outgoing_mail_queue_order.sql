-- The mail sender claims the oldest queued mail that is due (order by seq limit 1, for update skip locked). With only
-- outgoing_mail_due (by next_attempt_at), PostgreSQL read and sorted every queued row for each mail sent: 8-11 ms
-- with a few thousand queued, as a minute of 50 submissions/s leaves (docs/performance.md). In seq order it reads the
-- queue from its head and stops at the first due mail.
create index outgoing_mail_queue_order on outgoing_mail (seq) where sent_at is null and failed_at is null;
