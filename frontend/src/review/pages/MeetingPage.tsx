import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useAddMeetingCase, useMeeting, useOpenReviewCases, useRefreshMeeting, useRemoveMeetingCase } from '../api/reviewQueries';
import type { Meeting, MeetingCase } from '../api/reviewTypes';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { CaseCount, MeetingTime } from '../components/MeetingsSection';
import { PageHeading } from '../../shared/components/PageHeading';
import { reviewCasePath } from '../components/ReviewOverviewSection';
import { StepPage } from '../../shared/components/StepPage';
import { formatStatus, statusBadgeClass } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'meeting-heading';
const SELECT_ID = 'add-case-select';

type Step = 'add' | 'remove';

const DONE: Record<Step, MessageKey> = { add: 'meeting.done.add', remove: 'meeting.done.remove' };
const FAILED: Record<Step, MessageKey> = { add: 'meeting.failed.add', remove: 'meeting.failed.remove' };

/**
 * One committee meeting (`/meetings/:id`): when and where, the cases on its agenda (each linking to the
 * case) and the link to the printable agenda pack. With EDIT (the chair) open review cases are put on the
 * agenda and taken off it; the server refuses a decided or closed case, or one on another meeting (409),
 * and its reason is shown.
 */
export function MeetingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const meetingQuery = useMeeting(id);
  const add = useAddMeetingCase();
  const remove = useRemoveMeetingCase();
  const refresh = useRefreshMeeting();
  const [pending, setPending] = useState<{ step: Step; caseId: string } | null>(null);
  const outcome = useStepOutcome();

  const meeting = meetingQuery.data;
  useFocusHeadingWhenLoaded(HEADING_ID, meeting);

  /** Takes a step; the outcome is announced, a failure shown as an alert and the meeting read again. */
  async function take(step: Step, caseId: string, title: string, call: () => Promise<Meeting>) {
    setPending({ step, caseId });
    const updated = await outcome.run(call, { done: { key: DONE[step], params: { title } }, failed: FAILED[step] });
    // The server refused (a decided case, one on another meeting): show the meeting as it is now.
    if (updated === undefined) void refresh(id);
    setPending(null);
  }

  const page = (content: ReactNode) => (
    <StepPage
      className="meeting-page-wrap"
      notice={outcome.noticeElement('meeting-notice')}
      failure={outcome.failureElement('meeting-action-error')}
    >
      {content}
    </StepPage>
  );

  if (meetingQuery.isPending) {
    return page(<Skeleton shape="detail" label={t('meeting.loading')} testId="meeting-loading" />);
  }

  if (meetingQuery.isError || !meeting) {
    return page(
      <LoadFailure
        error={meetingQuery.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'meeting-not-found', error: 'meeting-error' }}
        texts={{ notFoundTitle: 'meeting.notFound.title', notFoundBody: 'meeting.notFound.body', loadError: 'meeting.loadError', back: 'meeting.backToList' }}
        backTo="/meetings"
        onRetry={() => void meetingQuery.refetch()}
      />,
    );
  }

  const m = meeting;
  const mayEdit = can(m, 'EDIT');
  const cases = m.cases ?? [];
  const busy = pending !== null;
  const failure = outcome.failure;
  const addFieldError = failure?.title === FAILED.add && failure.error instanceof ApiError ? failure.error.fieldErrorMap().caseId : undefined;

  return page(
    <article className="meeting" data-testid="meeting-page" aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/meetings" data-testid="back-to-meetings">
          {t('meeting.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={t('meeting.documentTitle', { title: m.title })}>
        {m.title}
      </PageHeading>

      <section className="card facts" aria-labelledby="meeting-facts-heading" data-testid="meeting-facts">
        <h2 id="meeting-facts-heading" className="visually-hidden">
          {t('meeting.facts')}
        </h2>
        <dl className="facts-list">
          <div>
            <dt>{t('meeting.when')}</dt>
            <dd data-testid="meeting-when">
              <MeetingTime startsAt={m.startsAt} />
            </dd>
          </div>
          <div>
            <dt>{t('meeting.where')}</dt>
            <dd data-testid="meeting-where">
              {m.location?.trim() ? m.location : <span className="muted">{t('meeting.noLocation')}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('meeting.cases')}</dt>
            <dd data-testid="meeting-case-count">
              <CaseCount count={m.cases ? cases.length : (m.caseCount ?? 0)} />
            </dd>
          </div>
        </dl>
        <p>
          <Link to={`/meetings/${encodeURIComponent(m.id)}/agenda`} data-testid="open-agenda">
            {t('meeting.openAgenda')}
          </Link>
        </p>
      </section>

      <section className="card detail-section" aria-labelledby="meeting-cases-heading" data-testid="meeting-cases-section">
        <h2 id="meeting-cases-heading">{t('meeting.cases.heading')}</h2>
        {cases.length === 0 ? (
          <p className="muted" data-testid="meeting-cases-empty">
            {t('meeting.cases.empty')}
          </p>
        ) : (
          <MeetingCasesTable
            cases={cases}
            mayEdit={mayEdit}
            busy={busy}
            removing={pending?.step === 'remove' ? pending.caseId : null}
            onRemove={(c) => void take('remove', c.caseId, c.title, () => remove.mutateAsync({ id: m.id, caseId: c.caseId }))}
          />
        )}
        {mayEdit && (
          <AddCaseForm
            meeting={m}
            busy={busy}
            pending={pending?.step === 'add'}
            serverError={addFieldError}
            onAdd={(caseId, title) => void take('add', caseId, title, () => add.mutateAsync({ id: m.id, caseId }))}
          />
        )}
      </section>
    </article>,
  );
}

function MeetingCasesTable({
  cases,
  mayEdit,
  busy,
  removing,
  onRemove,
}: {
  cases: MeetingCase[];
  mayEdit: boolean;
  busy: boolean;
  removing: string | null;
  onRemove: (c: MeetingCase) => void;
}) {
  const { t } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="meeting-cases">
        <caption>{t('meeting.cases.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.col.title')}</th>
            <th scope="col">{t('review.col.department')}</th>
            <th scope="col" className="numeric">
              {t('review.col.round')}
            </th>
            <th scope="col">{t('review.col.status')}</th>
            {mayEdit && <th scope="col">{t('proposals.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.caseId} data-testid="meeting-case" data-case-id={c.caseId} data-status={c.status}>
              <th scope="row" className="cell-title">
                <Link to={reviewCasePath(c.caseId)} data-testid="meeting-case-link">
                  {c.title}
                </Link>
              </th>
              <td>{c.department}</td>
              <td className="numeric">{c.round}</td>
              <td>
                <span className={statusBadgeClass(c.status)}>{formatStatus(t, c.status)}</span>
              </td>
              {mayEdit && (
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy}
                    onClick={() => onRemove(c)}
                    data-testid="remove-case"
                  >
                    {removing === c.caseId ? (
                      t('workflow.working')
                    ) : (
                      <>
                        {t('meeting.remove')}{' '}
                        <span className="visually-hidden">{t('meeting.removeOf', { title: c.title })}</span>
                      </>
                    )}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chair chooses an open review case that is not on this agenda yet; choosing none is stopped in the browser. */
function AddCaseForm({
  meeting,
  busy,
  pending,
  serverError,
  onAdd,
}: {
  meeting: Meeting;
  busy: boolean;
  pending: boolean;
  serverError?: string;
  onAdd: (caseId: string, title: string) => void;
}) {
  const { t } = useI18n();
  const open = useOpenReviewCases(true);
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);

  if (open.isPending) return <Skeleton shape="text" count={1} label={t('meeting.add.loading')} />;
  if (open.isError) {
    return (
      <ErrorAlert testId="open-cases-error">
        <p>
          {t('meeting.add.loadError')} {errorMessage(t, open.error)}
        </p>
        <button type="button" className="button button-secondary" onClick={() => void open.refetch()}>
          {t('app.retry')}
        </button>
      </ErrorAlert>
    );
  }

  const onAgenda = new Set((meeting.cases ?? []).map((c) => c.caseId));
  const options = open.data.items.filter((c) => c.status === 'OPEN' && !onAgenda.has(c.id));
  // A case just put on the agenda leaves the options: the choice starts again.
  const value = options.some((c) => c.id === chosen) ? chosen : '';
  const error = missing ? t('meeting.add.required') : serverError;

  return (
    <div className="member-action" data-testid="add-case-form">
      <h3 id="add-case-heading">{t('meeting.add.heading')}</h3>
      {options.length === 0 ? (
        <p className="muted" data-testid="add-case-none">
          {t('meeting.add.none')}
        </p>
      ) : (
        <form
          noValidate
          aria-labelledby="add-case-heading"
          onSubmit={(e) => {
            e.preventDefault();
            const choice = options.find((c) => c.id === value);
            if (!choice) {
              setMissing(true);
              document.getElementById(SELECT_ID)?.focus();
              return;
            }
            setMissing(false);
            onAdd(choice.id, choice.title);
          }}
        >
          <Field id={SELECT_ID} label={t('meeting.add.label')} hint={t('meeting.add.hint')} error={error}>
            {(describedBy) => (
              <select
                id={SELECT_ID}
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setMissing(false);
                }}
                data-testid={SELECT_ID}
              >
                <option value="">{t('meeting.add.choose')}</option>
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('meeting.add.option', { title: c.title, department: c.department, round: c.round })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" id="add-case" className="button" disabled={busy} data-testid="add-case">
            {pending ? t('workflow.working') : t('meeting.add.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
