-- What happened on a case and who did it (docs/review.md, "History"): members, declarations, hand-overs,
-- assessments given (never their scores), the decision and, below the quorum, the chair's reason.
create table review_case_history (
    id              bigint        generated always as identity primary key,
    case_id         uuid          not null references review_case (id),
    at              timestamptz   not null,
    actor_username  varchar(100),
    actor_name      varchar(200),
    action          varchar(40)   not null,
    detail          varchar(4000)
);
create index review_case_history_case on review_case_history (case_id, id);
