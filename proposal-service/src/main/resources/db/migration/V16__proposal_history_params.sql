-- History lines as a code (action, as before) with parameters, so each reader's language words them
-- (docs/proposals.md, "History"). The English sentence the service used to write stays in `detail` as a fallback
-- the API no longer sends; parameters are recovered from it where its form is known, so no line loses anything.
alter table proposal_history add column params jsonb not null default '{}'::jsonb;

-- the history is append-only for the service; this one-time conversion is the migration's, not the service's
alter table proposal_history disable trigger proposal_history_append_only;

update proposal_history set params = jsonb_build_object('changedFields', substring(detail from '^Changed: (.*)$'))
 where action = 'EDITED' and detail like 'Changed: %';

update proposal_history set params = jsonb_build_object('fileName', detail)
 where action in ('ATTACHMENT_ADDED', 'ATTACHMENT_REMOVED') and detail is not null;

-- SUBMITTED is the first version's submission; later ones are RESUBMITTED
update proposal_history set params = jsonb_build_object('version', '1')
 where action = 'SUBMITTED';
update proposal_history set params = jsonb_build_object('version', substring(detail from '^Version ([0-9]+) resubmitted'))
 where action = 'RESUBMITTED' and detail ~ '^Version [0-9]+ resubmitted';

update proposal_history set params = jsonb_build_object('reason', substring(detail from '^Withdrawn: (.*)$'))
 where action = 'WITHDRAWN' and detail like 'Withdrawn: %';

update proposal_history set params = jsonb_build_object('consultant', substring(detail from '^Consultant: (.*)$'))
 where action = 'CONSULTANT_ASSIGNED' and detail like 'Consultant: %';

update proposal_history set params = jsonb_build_object('date', substring(detail from '^Consultation held on ([0-9-]+)$'))
 where action = 'CONSULTATION_RECORDED' and detail ~ '^Consultation held on [0-9]{4}-[0-9]{2}-[0-9]{2}$';

update proposal_history set params = jsonb_build_object(
        'version', substring(detail from '^Version ([0-9]+) sent'),
        'requested', case when detail like '%the study board and the Head of Department%' then 'BOTH'
                          when detail like '%to the study board%' then 'STUDY_BOARD' else 'HEAD' end)
 where action = 'ENDORSEMENTS_REQUESTED' and detail ~ '^Version [0-9]+ sent for endorsement to ';

update proposal_history set params = jsonb_strip_nulls(jsonb_build_object(
        'version', substring(detail from 'version ([0-9]+)'),
        'comment', substring(detail from '^Study board (?:approved|declined) version [0-9]+: (.*)$')))
 where action in ('BOARD_APPROVED', 'BOARD_DECLINED') and detail ~ '^Study board (approved|declined) version [0-9]+';

update proposal_history set params = jsonb_strip_nulls(jsonb_build_object(
        'version', substring(detail from 'version ([0-9]+)'),
        'contentHash', substring(detail from 'SHA-256 ([0-9a-f]{12})'),
        'comment', substring(detail from '\(SHA-256 [0-9a-f]{12}…\): (.*)$')))
 where action in ('HEAD_SIGNED', 'HEAD_DECLINED') and detail ~ 'version [0-9]+ \(SHA-256 [0-9a-f]{12}';

update proposal_history set params = jsonb_build_object('scopeFields', substring(detail from 'academic scope \((.*)\) was changed'))
 where action = 'BOARD_APPROVAL_VOIDED' and detail like '%academic scope (%) was changed';

update proposal_history set params = jsonb_strip_nulls(jsonb_build_object(
        'round', substring(detail from '\(round ([0-9]+)\)'),
        'openVersion', substring(detail from '; version ([0-9]+) is open'),
        'comment', substring(detail from '\(round [0-9]+\): (.*)$')))
 where action in ('APPROVED', 'REJECTED', 'REVISION_REQUESTED') and detail ~ '\(round [0-9]+\)';

update proposal_history h set params = jsonb_strip_nulls(jsonb_build_object(
        'courseUrl', substring(h.detail from '^Launched on Coursera: (.*)$'),
        'launchDate', (select p.launch_date::text from proposal p where p.id = h.proposal_id)))
 where h.action = 'LAUNCHED' and h.detail like 'Launched on Coursera: %';

-- lines whose sentence said nothing the code does not (CREATED, SIGNATURE_VOIDED, CONSULTATION_REQUESTED, an
-- EDITED without changes) need no parameters; their text stays in `detail` all the same
alter table proposal_history enable trigger proposal_history_append_only;
