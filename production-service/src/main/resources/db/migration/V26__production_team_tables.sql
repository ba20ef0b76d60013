-- The team's bound subjects and pending addresses, one row per production and value, in place of the columns
-- team_user_ids and team_pending_emails (",a,b,"), which were matched with like '%,value,%' that no index serves.
-- Every read of a production and of the list by anyone with a verified e-mail asks whether something waits to be
-- bound to that address (ProductionAccess.bindPending): at 100,000 productions that was a sequential scan of the
-- whole 78 MB table, 129 ms per request, and the instructor's list scope could not use an index either. Here both
-- are index look-ups. Production.setTeam keeps the rows (Hibernate element collections, in the team's transaction).
create table production_team_member (
    mooc_id uuid not null references production (mooc_id) on delete cascade,
    user_id varchar(100) not null,
    primary key (mooc_id, user_id)
);
-- the MOOCs a subject is on the team of (ProductionRepository.partOf)
create index production_team_member_user on production_team_member (user_id, mooc_id);

create table production_pending_member (
    mooc_id uuid not null references production (mooc_id) on delete cascade,
    email varchar(200) not null,
    primary key (mooc_id, email)
);
-- the MOOCs where an address waits to be bound (ProductionRepository.anyPendingFor, withPendingMember)
create index production_pending_member_email on production_pending_member (email, mooc_id);

-- from the team (the source of truth, V22__identity_bound_grants.sql): a member with "userId" is bound to it, one
-- without is pending under its normalised address
insert into production_team_member (mooc_id, user_id)
select distinct p.mooc_id, t.m ->> 'userId'
from production p, jsonb_array_elements(p.team) as t(m)
where t.m ->> 'userId' is not null;

insert into production_pending_member (mooc_id, email)
select distinct p.mooc_id, lower(btrim(t.m ->> 'email'))
from production p, jsonb_array_elements(p.team) as t(m)
where t.m ->> 'userId' is null and coalesce(btrim(t.m ->> 'email'), '') <> '';

alter table production drop column team_pending_emails, drop column team_user_ids;

-- the other half of that question, a feedback round's pending invitation (colleague_id is null, matched by
-- lower(colleague_email)), scanned every round (two per production: 18 ms at 200,000 rounds); only the rounds with
-- an invitation pending are indexed
create index feedback_round_pending_colleague on feedback_round (lower(colleague_email))
    where colleague_id is null and colleague_email is not null;
