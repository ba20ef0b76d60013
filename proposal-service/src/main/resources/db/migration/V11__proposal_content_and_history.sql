-- The application's full content (all optional while drafting; see docs/proposals.md).
alter table proposal
    add column topic                varchar(200),
    add column target_learners      varchar(2000),
    add column impact_potential     varchar(4000),
    add column uniqueness           varchar(4000),
    add column research_environment varchar(4000),
    add column teacher_background   varchar(4000),
    add column phases               varchar(4000),
    add column team                 jsonb not null default '[]'::jsonb,
    add column staff_hours          integer,
    add column assistant_count      integer,
    add column video_budget_dkk     integer;

create index proposal_department on proposal (department, updated_at desc);
create index proposal_semester on proposal (planned_launch_semester);

-- Who did what and when: append-only. The trigger makes the history immutable even for the service itself.
create table proposal_history (
    id                bigint        generated always as identity primary key,
    proposal_id       uuid          not null references proposal (id),
    at                timestamptz   not null,
    actor_id          varchar(100)  not null,
    actor_name        varchar(200)  not null,
    action            varchar(60)   not null,
    detail            varchar(4000),
    proposal_version  bigint        not null
);
create index proposal_history_proposal on proposal_history (proposal_id, id);

create function proposal_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'proposal_history is append-only';
end;
$$;
create trigger proposal_history_append_only
    before update or delete on proposal_history
    for each row execute function proposal_history_is_append_only();
