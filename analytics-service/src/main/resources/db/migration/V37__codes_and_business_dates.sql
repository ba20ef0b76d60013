-- The service sends codes and parameters, not English sentences (docs/analytics.md): each reader's language words
-- them. Import problems and timeline entries get a code with parameters; rows recorded before are converted where
-- their sentence has a known form, and the sentence itself stays (problem, summary) as a fallback the API does not
-- send, so nothing is lost. The timeline also gets each entry's business date: the day it happened in the programme
-- (a launch on its launch date), not when the event was recorded.

-- one import problem sentence (as the service wrote it) as {"code": ..., "params": {...}}; null when not recognised
create function import_problem_of(sentence text) returns jsonb language plpgsql immutable as $$
declare
    m text;
    g text[];
begin
    if sentence is null then
        return null;
    end if;
    -- a whole export's record names the table, line and column first and says nothing was kept last
    m := regexp_replace(sentence, '^[a-z_]+ line [0-9]+(, column [^:]+)?: ', '');
    m := regexp_replace(m, '\. Nothing of the (export|file) was imported\.$', '');
    if m = 'is empty or NA; a value is required' then
        return jsonb_build_object('code', 'VALUE_REQUIRED', 'params', '{}'::jsonb);
    elsif m like 'the file is empty%' then
        return jsonb_build_object('code', 'FILE_EMPTY', 'params', '{}'::jsonb);
    elsif m = 'the file is not UTF-8 text' then
        return jsonb_build_object('code', 'FILE_NOT_UTF8', 'params', '{}'::jsonb);
    elsif m like 'a quoted field is not closed%' then
        return jsonb_build_object('code', 'QUOTE_NOT_CLOSED', 'params', '{}'::jsonb);
    elsif m like 'Interrupted before it finished%' then
        return jsonb_build_object('code', 'IMPORT_INTERRUPTED', 'params', '{}'::jsonb);
    elsif m like 'The upload could not be read%' then
        return jsonb_build_object('code', 'UPLOAD_UNREADABLE', 'params', '{}'::jsonb);
    elsif m = 'appears twice in the header' then
        return jsonb_build_object('code', 'COLUMN_TWICE', 'params', '{}'::jsonb);
    end if;
    g := regexp_match(m, '^a field is longer than ([0-9]+) characters');
    if g is not null then
        return jsonb_build_object('code', 'FIELD_TOO_LONG', 'params', jsonb_build_object('max', g[1]));
    end if;
    g := regexp_match(m, '^after the closing quote of field ([0-9]+) comes ''(.)''');
    if g is not null then
        return jsonb_build_object('code', 'CHARACTER_AFTER_QUOTE', 'params', jsonb_build_object('field', g[1], 'character', g[2]));
    end if;
    g := regexp_match(m, '^field ([0-9]+) has a quote inside an unquoted value');
    if g is not null then
        return jsonb_build_object('code', 'QUOTE_IN_UNQUOTED_FIELD', 'params', jsonb_build_object('field', g[1]));
    end if;
    g := regexp_match(m, '^the line has ([0-9]+) values?, the header ([0-9]+) columns$');
    if g is not null then
        return jsonb_build_object('code', 'WRONG_VALUE_COUNT', 'params', jsonb_build_object('values', g[1], 'columns', g[2]));
    end if;
    g := regexp_match(m, '^column ([0-9]+) of the header has no name$');
    if g is not null then
        return jsonb_build_object('code', 'HEADER_COLUMN_UNNAMED', 'params', jsonb_build_object('position', g[1]));
    end if;
    g := regexp_match(m, '^is missing from the header; required columns: (.*)$');
    if g is not null then
        return jsonb_build_object('code', 'COLUMN_MISSING', 'params', jsonb_build_object('required', g[1]));
    end if;
    g := regexp_match(m, '^the header has no user id column .*; required columns: (.*)$');
    if g is not null then
        return jsonb_build_object('code', 'NO_USER_ID_COLUMN', 'params', jsonb_build_object('required', g[1]));
    end if;
    g := regexp_match(m, '^the header has more than one user id column: (.*)$');
    if g is not null then
        return jsonb_build_object('code', 'SEVERAL_USER_ID_COLUMNS', 'params', jsonb_build_object('columns', g[1]));
    end if;
    g := regexp_match(m, '^is not an id \(.*\): "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_AN_ID', 'params', jsonb_build_object('value', g[1]));
    elsif m like 'is not an id (%' then
        return jsonb_build_object('code', 'NOT_AN_ID', 'params', '{}'::jsonb);
    end if;
    g := regexp_match(m, '^is not a two-letter country code .*: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_A_COUNTRY', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^is outside 2000–2099: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'TIME_OUT_OF_RANGE', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^is after the upload \((.*)\): it cannot have happened yet$');
    if g is not null then
        return jsonb_build_object('code', 'TIME_AFTER_UPLOAD', 'params', jsonb_build_object('uploadedAt', g[1]));
    end if;
    g := regexp_match(m, '^is before the course''s launch on (.*)$');
    if g is not null then
        return jsonb_build_object('code', 'TIME_BEFORE_LAUNCH', 'params', jsonb_build_object('launchDate', g[1]));
    end if;
    g := regexp_match(m, '^is not a timestamp like .*: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_A_TIMESTAMP', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^is not a valid date and time: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'INVALID_TIMESTAMP', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^must be between (\S+) and (\S+), not "?(.*?)"?$');
    if g is not null then
        return jsonb_build_object('code', 'NUMBER_OUT_OF_RANGE', 'params', jsonb_build_object('min', g[1], 'max', g[2], 'value', g[3]));
    end if;
    g := regexp_match(m, '^is not a whole number: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_A_WHOLE_NUMBER', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^is not a number: "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_A_NUMBER', 'params', jsonb_build_object('value', g[1]));
    end if;
    g := regexp_match(m, '^is (-?[0-9]+), not one of the course''s (\S+) states \((.*)\)$');
    if g is not null then
        return jsonb_build_object('code', 'UNKNOWN_STATE', 'params', jsonb_build_object('value', g[1], 'kind', g[2], 'states', g[3]));
    end if;
    g := regexp_match(m, '^is not one of (.*): "(.*)"$');
    if g is not null then
        return jsonb_build_object('code', 'NOT_ONE_OF', 'params', jsonb_build_object('allowed', g[1], 'value', g[2]));
    end if;
    g := regexp_match(m, '^is longer than ([0-9]+) characters$');
    if g is not null then
        return jsonb_build_object('code', 'TOO_LONG', 'params', jsonb_build_object('max', g[1]));
    end if;
    g := regexp_match(m, '^is ([0-9]+), but (\S+) answers are on a scale to ([0-9]+)');
    if g is not null then
        return jsonb_build_object('code', 'RATING_SCALE_MISMATCH', 'params', jsonb_build_object('given', g[1], 'system', g[2], 'max', g[3]));
    end if;
    g := regexp_match(m, '^An import of (\S+) for this course (is|was) running');
    if g is not null then
        return jsonb_build_object('code', 'TABLE_IMPORT_RUNNING', 'params', jsonb_build_object('table', g[1]));
    end if;
    g := regexp_match(m, '^The import failed \(([^)]*)\)');
    if g is null then
        g := regexp_match(m, '^Unexpected error: (?:[A-Za-z0-9_$]+\.)*([A-Za-z0-9_$]+)');
    end if;
    if g is not null then
        return jsonb_build_object('code', 'IMPORT_FAILED', 'params', jsonb_build_object('error', g[1]));
    end if;
    return null;
end;
$$;

alter table export_import add column problem_code varchar(40), add column problem_params jsonb;
alter table export_import_table add column problem_code varchar(40), add column problem_params jsonb;
update export_import set problem_code = import_problem_of(problem) ->> 'code',
        problem_params = import_problem_of(problem) -> 'params'
 where problem is not null;
update export_import_table set problem_code = import_problem_of(problem) ->> 'code',
        problem_params = import_problem_of(problem) -> 'params'
 where problem is not null;
drop function import_problem_of(text);

-- the timeline: a code with parameters and the business date; the old sentence stays as the fallback
alter table portfolio_event
    add column occurred_on date,
    add column code        varchar(40),
    add column params      jsonb not null default '{}'::jsonb,
    alter column summary drop not null;

update portfolio_event set code = case event_type
        when 'mooc.proposal.drafted.v1' then 'PROPOSAL_DRAFTED'
        when 'mooc.proposal.submitted.v1' then 'PROPOSAL_SUBMITTED'
        when 'mooc.proposal.resubmitted.v1' then 'PROPOSAL_RESUBMITTED'
        when 'mooc.proposal.withdrawn.v1' then 'PROPOSAL_WITHDRAWN'
        when 'mooc.review.opened.v1' then 'REVIEW_OPENED'
        when 'mooc.review.decided.v1' then 'REVIEW_DECIDED'
        when 'mooc.course.launched.v1' then 'COURSE_LAUNCHED'
        when 'mooc.course.retired.v1' then 'COURSE_RETIRED'
        when 'mooc.production.milestone-overdue.v1' then 'MILESTONE_OVERDUE'
        when 'mooc.analytics.semester-review-completed.v1' then 'SEMESTER_REVIEWED' end,
    occurred_on = (occurred_at at time zone 'Europe/Copenhagen')::date;

update portfolio_event set params = jsonb_build_object('instructor', substring(summary from '^Proposal drafted by (.*)$'))
 where code = 'PROPOSAL_DRAFTED' and summary like 'Proposal drafted by %' and summary <> 'Proposal drafted by the instructor';
update portfolio_event set params = jsonb_build_object('version', substring(summary from '\(version ([0-9]+)\)'))
 where code = 'PROPOSAL_SUBMITTED' and summary ~ '\(version [0-9]+\)';
update portfolio_event set params = jsonb_strip_nulls(jsonb_build_object(
        'version', substring(summary from '^Resubmitted \(version ([0-9]+)\)'),
        'changedFields', substring(summary from '; changed: (.*)$')))
 where code = 'PROPOSAL_RESUBMITTED' and summary ~ '^Resubmitted \(version [0-9]+\)';
update portfolio_event set params = jsonb_build_object('reason', substring(summary from '^Withdrawn: (.*)$'))
 where code = 'PROPOSAL_WITHDRAWN' and summary like 'Withdrawn: %';
update portfolio_event set params = jsonb_build_object('round', substring(summary from '\(round ([0-9]+)\)'))
 where code = 'REVIEW_OPENED' and summary ~ '\(round [0-9]+\)';
update portfolio_event set params = jsonb_build_object('decision', case substring(summary from 'decided: (.*)$')
        when 'approved' then 'APPROVED' when 'rejected' then 'REJECTED' when 'revision requested' then 'REVISION_REQUESTED'
        else substring(summary from 'decided: (.*)$') end)
 where code = 'REVIEW_DECIDED' and summary like 'Steering committee decided: %';
-- a launch's business date is its launch date, which the sentence named
update portfolio_event set params = jsonb_build_object('launchDate', substring(summary from ' on ([0-9]{4}-[0-9]{2}-[0-9]{2})$')),
        occurred_on = substring(summary from ' on ([0-9]{4}-[0-9]{2}-[0-9]{2})$')::date
 where code = 'COURSE_LAUNCHED' and summary ~ ' on [0-9]{4}-[0-9]{2}-[0-9]{2}$';
update portfolio_event set params = jsonb_build_object('semester', substring(summary from '^Retired after the (.*) semester review$'))
 where code = 'COURSE_RETIRED' and summary like 'Retired after the % semester review';
-- overdue from the day after its due date
update portfolio_event set params = jsonb_build_object(
        'milestoneName', substring(summary from '^Milestone overdue: (.*) \(due [0-9-]+\)$'),
        'dueDate', substring(summary from '\(due ([0-9]{4}-[0-9]{2}-[0-9]{2})\)$')),
        occurred_on = substring(summary from '\(due ([0-9]{4}-[0-9]{2}-[0-9]{2})\)$')::date + 1
 where code = 'MILESTONE_OVERDUE' and summary ~ '^Milestone overdue: .* \(due [0-9]{4}-[0-9]{2}-[0-9]{2}\)$';
update portfolio_event set params = jsonb_build_object(
        'semester', substring(summary from '^Semester review (\S+): '),
        'outcome', upper(substring(summary from '^Semester review \S+: (\S+)$')))
 where code = 'SEMESTER_REVIEWED' and summary ~ '^Semester review \S+: \S+$';

alter table portfolio_event alter column occurred_on set not null, alter column code set not null;
drop index portfolio_event_mooc;
create index portfolio_event_mooc on portfolio_event (mooc_id, occurred_on, occurred_at);
