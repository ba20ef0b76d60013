import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { can } from '../../shared/api/permissions';
import { useAcceptProposedDates, useAgreePlan, useChangeMilestone } from '../api/productionQueries';
import { MILESTONE_STATUSES, type Milestone, type MilestoneStatus, type Production } from '../api/productionTypes';
import { formatDate } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatMilestoneName, formatMilestoneStatus, formatOwner } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field } from '../../shared/components/FormField';
import { PlanGantt } from './PlanGantt';
import { daysBetween, isDate, isDone } from './productionModel';
import { useSteps } from './productionSteps';

/**
 * The development plan: the milestones in order as a list (owner, due date, the baseline and the slip against
 * it, a proposed new due date, status, overdue – all in words), above it the same plan as a Gantt chart (where a due date is also moved from the keyboard).
 * With EDIT_PLAN a milestone's due date is changed, the proposed dates accepted and, while planning, the plan agreed.
 * A milestone's status is changed by whoever its own permissions name (CHANGE_STATUS: MediaLab's milestones by
 * MediaLab, the study board's by the board, not by the instructor). Every change sends the production's version as
 * If-Match.
 */
export function PlanSection({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const steps = useSteps();
  const accept = useAcceptProposedDates();
  const agree = useAgreePlan();
  const milestones = p.milestones ?? [];
  const mayEdit = can(p, 'EDIT_PLAN');
  const hasProposals = milestones.some((m) => m.proposedDueDate);
  const busy = steps.pending !== null;

  return (
    <section className="card detail-section" aria-labelledby="plan-heading" data-testid="section-plan">
      <h2 id="plan-heading">{t('plan.heading')}</h2>
      <p className="muted">{t(p.baselineAgreedAt || p.status !== 'PLANNING' ? 'plan.intro.agreed' : 'plan.intro.planning')}</p>
      {hasProposals && (
        <p className="alert alert-info" data-testid="plan-proposals-note">
          {t('plan.proposalsNote')}
        </p>
      )}
      {mayEdit && (hasProposals || p.status === 'PLANNING') && (
        <div className="actions" role="group" aria-label={t('plan.actions')}>
          {hasProposals && (
            <button
              type="button"
              className="button"
              data-testid="accept-proposed-dates"
              disabled={busy}
              onClick={() =>
                void steps.run('acceptProposals', 'plan.failed.accept', () => accept.mutateAsync({ id: p.moocId, version: p.version }), () => ({
                  key: 'plan.done.accept',
                }))
              }
            >
              {steps.pending === 'acceptProposals' ? t('workflow.working') : t('plan.accept')}
            </button>
          )}
          {p.status === 'PLANNING' && (
            <button
              type="button"
              className="button"
              data-testid="agree-plan"
              disabled={busy}
              onClick={() =>
                void steps.run('agree', 'plan.failed.agree', () => agree.mutateAsync({ id: p.moocId, version: p.version }), () => ({
                  key: 'plan.done.agree',
                }))
              }
            >
              {steps.pending === 'agree' ? t('workflow.working') : t('plan.agree')}
            </button>
          )}
        </div>
      )}
      {milestones.length === 0 ? (
        <p className="empty" data-testid="plan-empty">
          {t('plan.empty')}
        </p>
      ) : (
        <>
          <PlanGantt production={p} />
          <ol className="milestone-list" aria-labelledby="plan-heading" data-testid="milestone-list">
            {milestones.map((m) => (
              <MilestoneRow key={m.key} milestone={m} production={p} mayEdit={mayEdit} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function SlipText({ days }: { days: number }) {
  const { t, locale } = useI18n();
  const n = new Intl.NumberFormat(locale).format(Math.abs(days));
  if (days === 0) return <>{t('plan.slip.none')}</>;
  if (days > 0) return <>{t(days === 1 ? 'plan.slip.later.one' : 'plan.slip.later', { days: n })}</>;
  return <>{t(days === -1 ? 'plan.slip.earlier.one' : 'plan.slip.earlier', { days: n })}</>;
}

function MilestoneRow({ milestone: m, production: p, mayEdit }: { milestone: Milestone; production: Production; mayEdit: boolean }) {
  // the due date as before (EDIT_PLAN); the status only where the server says so, or the change would answer 403
  const mayStatus = m.permissions?.includes('CHANGE_STATUS') ?? false;
  const mayChange = mayEdit || mayStatus;
  const { t, locale } = useI18n();
  const steps = useSteps();
  const change = useChangeMilestone();
  const [editing, setEditing] = useState(false);
  const [due, setDue] = useState(m.dueDate);
  const [status, setStatus] = useState<MilestoneStatus>(m.status);
  const [error, setError] = useState<Message | null>(null);
  const [focusEdit, setFocusEdit] = useState(0);
  const name = formatMilestoneName(t, m);
  const prefix = `milestone-${m.key}`;
  const slip = typeof m.slipDays === 'number' ? m.slipDays : m.baselineDueDate ? daysBetween(m.baselineDueDate, m.dueDate) : null;

  useEffect(() => {
    const first = mayEdit ? `${prefix}-due` : `${prefix}-status-select`;
    if (focusEdit > 0) document.getElementById(editing ? first : `edit-${prefix}`)?.focus();
  }, [focusEdit, editing, prefix, mayEdit]);

  function open() {
    steps.clear();
    setDue(m.dueDate);
    setStatus(m.status);
    setError(null);
    setEditing(true);
    setFocusEdit((n) => n + 1);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (mayEdit && (!due || !isDate(due))) {
      setError({ key: due ? 'userTest.error.dateInvalid' : 'plan.error.dueRequired' });
      document.getElementById(`${prefix}-due`)?.focus();
      return;
    }
    setError(null);
    if (!mayEdit && status === m.status) {
      // nothing to send: a request without a status change would be a plan change, which is not theirs
      setEditing(false);
      setFocusEdit((n) => n + 1);
      return;
    }
    let stale = false;
    const ok = await steps.run(
      `milestone-${m.key}`,
      'plan.failed.change',
      () =>
        change
          .mutateAsync({ id: p.moocId, version: p.version, key: m.key, change: { ...(mayEdit ? { dueDate: due } : {}), ...(mayStatus ? { status } : {}) } })
          .catch((err: unknown) => {
            stale = err instanceof ApiError && err.isStaleVersion;
            const field = err instanceof ApiError ? err.fieldErrorMap().dueDate : undefined;
            if (field) setError({ text: field });
            throw err;
          }),
      () => ({ key: 'plan.done.change', params: { name } }),
    );
    // After success, or when someone else changed the plan (the current one is shown now), the form closes.
    if (ok || stale) setEditing(false);
  }

  const errorText = error ? renderMessage(t, error, locale) : undefined;

  return (
    <li
      className={`milestone${m.overdue ? ' milestone-overdue' : ''}${isDone(m) ? ' milestone-done' : ''}`}
      data-testid={`milestone-row-${m.key}`}
      data-status={m.status}
      data-overdue={m.overdue ? 'true' : 'false'}
    >
      <h3 id={`${prefix}-name`} className="milestone-name">
        {name}
      </h3>
      <p className="milestone-state">
        <span className={`badge badge-milestone-${String(m.status).toLowerCase().replace(/_/g, '-')}`} data-testid={`${prefix}-status`}>
          {formatMilestoneStatus(t, m.status)}
        </span>
        {m.overdue && (
          <strong className="flag flag-overdue" data-testid={`${prefix}-overdue`}>
            {t('plan.overdue')}
          </strong>
        )}
        {m.mandatory === false && <span className="flag">{t('plan.optional')}</span>}
      </p>
      <dl className="facts-list milestone-facts">
        <div>
          <dt>{t('plan.owner')}</dt>
          <dd data-testid={`${prefix}-owner`}>{formatOwner(t, m.owner)}</dd>
        </div>
        <div>
          <dt>{t('plan.due')}</dt>
          <dd data-testid={`${prefix}-due-date`}>
            <time dateTime={m.dueDate}>{formatDate(locale, m.dueDate)}</time>
          </dd>
        </div>
        {m.baselineDueDate && (
          <div>
            <dt>{t('plan.baseline')}</dt>
            <dd data-testid={`${prefix}-baseline`} data-slip-days={slip ?? undefined}>
              <time dateTime={m.baselineDueDate}>{formatDate(locale, m.baselineDueDate)}</time>
              {slip !== null && (
                <>
                  {' – '}
                  <span className={slip > 0 ? 'slip slip-late' : 'slip'} data-testid={`${prefix}-slip`}>
                    <SlipText days={slip} />
                  </span>
                </>
              )}
            </dd>
          </div>
        )}
        {m.proposedDueDate && (
          <div>
            <dt>{t('plan.proposed')}</dt>
            <dd data-testid={`${prefix}-proposed`}>
              <mark className="proposed-date">
                <time dateTime={m.proposedDueDate}>{formatDate(locale, m.proposedDueDate)}</time>
              </mark>{' '}
              <span className="muted">{t('plan.proposed.hint')}</span>
            </dd>
          </div>
        )}
        {m.doneOn && (
          <div>
            <dt>{t('plan.doneOn')}</dt>
            <dd>
              <time dateTime={m.doneOn}>{formatDate(locale, m.doneOn)}</time>
            </dd>
          </div>
        )}
      </dl>
      {mayChange && !editing && (
        <button
          type="button"
          id={`edit-${prefix}`}
          className="button button-small button-secondary"
          data-testid={`edit-${prefix}`}
          aria-describedby={`${prefix}-name`}
          disabled={steps.pending !== null}
          onClick={open}
        >
          {t(mayEdit && !mayStatus ? 'plan.change.due' : mayEdit ? 'plan.change' : 'plan.change.status')}
        </button>
      )}
      {mayChange && editing && (
        <form
          noValidate
          className="milestone-form"
          onSubmit={(e) => void save(e)}
          aria-label={t('plan.form.label', { name })}
          data-testid={`${prefix}-form`}
        >
          {mayEdit && (
            <Field id={`${prefix}-due`} label={t('plan.form.due')} hint={t('plan.form.dueHint')} error={errorText} required>
              {(describedBy) => (
                <input
                  id={`${prefix}-due`}
                  type="date"
                  className="input-short"
                  aria-required="true"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                  value={due}
                  onChange={(e) => setDue(e.target.value)}
                  data-testid={`${prefix}-due`}
                />
              )}
            </Field>
          )}
          {mayStatus && (
            <Field id={`${prefix}-status-select`} label={t('plan.form.status')}>
              {(describedBy) => (
                <select
                  id={`${prefix}-status-select`}
                  aria-describedby={describedBy}
                  value={status}
                  onChange={(e) => setStatus(e.target.value as MilestoneStatus)}
                  data-testid={`${prefix}-status-select`}
                >
                  {[...MILESTONE_STATUSES, ...(MILESTONE_STATUSES.includes(m.status as never) ? [] : [m.status])].map((s) => (
                    <option key={s} value={s}>
                      {formatMilestoneStatus(t, s)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={steps.pending !== null} data-testid={`save-${prefix}`}>
              {steps.pending === `milestone-${m.key}` ? t('edit.saving') : t('plan.form.save')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid={`cancel-${prefix}`}
              onClick={() => {
                setEditing(false);
                setFocusEdit((n) => n + 1);
              }}
            >
              {t('proposals.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
