-- The team entries no account is bound to yet, one row per proposal and listed address. Every request of an
-- instructor asks whether their verified address waits to be bound (ProposalAccess.bindTeamMemberships); asked of
-- proposal.team_emails with a like '%,address,%' that no index serves, that read every proposal's wide row
-- (30-90 ms at 10,000 proposals). Asked of this table it is one index look-up. The service keeps it: a team edit
-- sets a proposal's rows (ProposalService), a binding removes the address's rows (TeamBinding.bindPending).
create table proposal_pending_team_entry (
    email varchar(200) not null,
    proposal_id uuid not null references proposal (id) on delete cascade,
    primary key (email, proposal_id)
);
create index proposal_pending_team_entry_proposal on proposal_pending_team_entry (proposal_id);

-- the entries pending now: listed (team_emails is ",a,b,", the addresses normalised) and not bound
insert into proposal_pending_team_entry (email, proposal_id)
select distinct e.email, p.id
from proposal p, unnest(string_to_array(trim(both ',' from p.team_emails), ',')) as e (email)
where e.email <> ''
  and not exists (select 1 from proposal_team_binding b where b.proposal_id = p.id and b.email = e.email);
