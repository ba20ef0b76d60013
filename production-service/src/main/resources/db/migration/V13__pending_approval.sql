-- An approval whose proposal snapshot has not arrived yet (the two come on different topics): the production starts
-- when the snapshot arrives, so no approval is lost to a slow topic.
create table pending_approval (
    mooc_id      uuid         primary key,
    approved_on  date         not null,
    received_at  timestamptz  not null
);
