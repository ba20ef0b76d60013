-- A team member's entry grants access to one Keycloak account only: the first account that uses the service with a
-- verified e-mail address the team lists is bound to that entry (docs/security.md, "Team membership"). Until then the
-- member is pending. One row per proposal and listed address (lower case); a team edit that drops or changes the
-- address deletes its row, so the new address starts pending again.
create table proposal_team_binding (
    proposal_id uuid         not null references proposal (id) on delete cascade,
    email       varchar(200) not null,
    subject     varchar(100) not null,
    bound_at    timestamptz  not null,
    primary key (proposal_id, email)
);
-- the list query looks proposals up by the caller's subject
create index proposal_team_binding_subject on proposal_team_binding (subject, proposal_id);
