-- Team memberships and feedback invitations are granted to an e-mail address but bound to the Keycloak subject of
-- the first person who uses them with that address verified; from then on only that subject is admitted
-- (docs/production.md, "Who is on the team"; docs/security.md).

-- the team's JSON members get "userId" (the bound subject, absent while pending); the old e-mail index becomes the
-- index of the pending members' addresses, and the bound subjects get an index of their own
alter table production rename column team_emails to team_pending_emails;
alter table production add column team_user_ids varchar(4000) not null default '';

-- the instructor and the consultant are known by the subjects the proposal named: their memberships are bound
update production p set team = coalesce((
    select jsonb_agg(case
            when t.m ->> 'role' = 'INSTRUCTOR'
                and lower(t.m ->> 'email') = lower(coalesce(p.instructor_email, p.instructor_id || '@unknown'))
                then t.m || jsonb_build_object('userId', p.instructor_id)
            when t.m ->> 'role' = 'CONSULTANT' and p.consultant_id is not null
                and lower(t.m ->> 'email') = lower(p.consultant_email)
                then t.m || jsonb_build_object('userId', p.consultant_id)
            else t.m end order by t.ord)
    from jsonb_array_elements(p.team) with ordinality as t(m, ord)), '[]'::jsonb);

update production p set
    team_pending_emails = coalesce((
        select ',' || string_agg(lower(btrim(t.m ->> 'email')), ',' order by t.ord) || ','
        from jsonb_array_elements(p.team) with ordinality as t(m, ord)
        where t.m ->> 'userId' is null), ''),
    team_user_ids = coalesce((
        select ',' || string_agg(t.m ->> 'userId', ',' order by t.ord) || ','
        from jsonb_array_elements(p.team) with ordinality as t(m, ord)
        where t.m ->> 'userId' is not null), '');

-- a feedback round's invited colleague: the subject the invitation is bound to, null while pending
alter table feedback_round add column colleague_id varchar(100);
create index feedback_round_colleague on feedback_round (colleague_id) where colleague_id is not null;
