-- The service sends codes and parameters, not English sentences (docs/review.md, "History"): each reader's language
-- words them. Existing rows are converted where their sentence has a known form; the sentences themselves stay
-- (history `detail`, case `close_reason`) as a fallback the API no longer sends, so nothing is lost.

-- history steps: parameters beside the action code
alter table review_case_history add column params jsonb not null default '{}'::jsonb;

update review_case_history set params = jsonb_build_object(
        'round', substring(detail from '^Round ([0-9]+), version'),
        'version', substring(detail from '^Round [0-9]+, version ([0-9]+) of the proposal$'))
 where action = 'OPENED' and detail ~ '^Round [0-9]+, version [0-9]+ of the proposal$';

update review_case_history set params = jsonb_build_object(
        'cause', 'SUPERSEDED', 'version', substring(detail from '^Superseded by version ([0-9]+) of the proposal$'))
 where action = 'CLOSED' and detail ~ '^Superseded by version [0-9]+ of the proposal$';
update review_case_history set params = jsonb_strip_nulls(jsonb_build_object(
        'cause', 'WITHDRAWN', 'reason', substring(detail from '^Withdrawn by the instructor: (.*)$')))
 where action = 'CLOSED' and detail like 'Withdrawn by the instructor%';

update review_case_history set params = jsonb_strip_nulls(jsonb_build_object(
        'member', coalesce(substring(detail from '^(.*) \(conflict of interest flagged: .*\)$'), detail),
        'automaticConflict', case
            when detail like '%(conflict of interest flagged: The proposal''s instructor)' then 'INSTRUCTOR'
            when detail like '%(conflict of interest flagged: Member of the applicant''s department (%))' then 'SAME_DEPARTMENT'
            when detail like '%(conflict of interest flagged: On the proposal''s team)' then 'ON_TEAM' end))
 where action in ('MEMBER_ASSIGNED', 'MEMBER_VOLUNTEERED') and detail is not null;

update review_case_history set params = jsonb_strip_nulls(jsonb_build_object('member', actor_name, 'reason', detail))
 where action in ('CONFLICT_DECLARED', 'NO_CONFLICT_DECLARED');

update review_case_history set params = jsonb_strip_nulls(jsonb_build_object('member', actor_name,
        'cause', 'CONFLICT_DECLARED'))
 where action = 'ASSESSMENT_WITHDRAWN';

update review_case_history set params = jsonb_build_object(
        'member', substring(detail from '^(.*) declared a conflict of interest'), 'cause', 'CONFLICT_DECLARED')
 where action = 'HAND_OVER_REVOKED' and detail like '% declared a conflict of interest%';

update review_case_history set params = jsonb_build_object('member', substring(detail from '^(.*) chairs and decides the case$'))
 where action = 'HANDED_OVER' and detail like '% chairs and decides the case';

update review_case_history set params = jsonb_strip_nulls(jsonb_build_object(
        'outcome', substring(detail from '^([A-Z_]+) with '),
        'assessments', substring(detail from ' with ([0-9]+) of '),
        'quorum', substring(detail from ' of ([0-9]+) assessments'),
        'reason', substring(detail from '\. Reason: (.*)$')))
 where action in ('DECIDED', 'DECIDED_BELOW_QUORUM') and detail ~ '^[A-Z_]+ with [0-9]+ of [0-9]+ assessments';

-- a case closed without a decision: the cause as a code with its parameters
alter table review_case
    add column close_cause  varchar(20),
    add column close_params jsonb;
update review_case set close_cause = 'SUPERSEDED',
        close_params = jsonb_build_object('version', substring(close_reason from '^Superseded by version ([0-9]+) of the proposal$'))
 where close_reason ~ '^Superseded by version [0-9]+ of the proposal$';
update review_case set close_cause = 'WITHDRAWN',
        close_params = jsonb_strip_nulls(jsonb_build_object('reason', substring(close_reason from '^Withdrawn by the instructor: (.*)$')))
 where close_reason like 'Withdrawn by the instructor%';

-- an automatically flagged conflict: a code; the department it names is the case's own
update case_member set automatic_conflict = case
        when automatic_conflict = 'The proposal''s instructor' then 'INSTRUCTOR'
        when automatic_conflict like 'Member of the applicant''s department (%' then 'SAME_DEPARTMENT'
        when automatic_conflict = 'On the proposal''s team' then 'ON_TEAM'
        else automatic_conflict end
 where automatic_conflict is not null;
