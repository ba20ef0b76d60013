import { useEffect, useState, type FormEvent } from 'react';
import { useDecideSemesterReview } from '../api/analyticsQueries';
import { REVIEW_OUTCOMES, type SemesterReviewOutcome, type SemesterReviewPack } from '../api/analyticsTypes';
import { ApiError } from '../../shared/api/client';
import { formatReviewOutcome } from '../i18n/analyticsFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';
import {
  ACTION_MAX,
  ACTIONS_MAX,
  COMMENTS_MAX,
  decisionInput,
  decisionProblems,
  type DecisionDraft,
  type DecisionProblem,
} from './analyticsModel';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

const OUTCOME_HINTS: Record<SemesterReviewOutcome, MessageKey> = {
  CONTINUE: 'reviewDecision.outcome.CONTINUE.hint',
  REVISE: 'reviewDecision.outcome.REVISE.hint',
  RETIRE: 'reviewDecision.outcome.RETIRE.hint',
};

const COMMENTS_ID = 'review-comments';
const actionId = (i: number) => `review-action-${i}`;

/** The problems of the draft and the server's field errors, as texts per field. */
interface Errors {
  outcome?: string;
  comments?: string;
  actions?: string;
  action: Record<number, string>;
}

/**
 * The study board's decision on a semester review (with the DECIDE permission): continue, revise or retire, the
 * comments (required to revise or retire) and the actions asked for before the next review (lines added and removed).
 * The decision is recorded once, so it is confirmed before it is sent.
 */
export function ReviewDecisionForm({
  pack,
  onDecided,
  onConflict,
}: {
  pack: SemesterReviewPack;
  /** The answered pack, once the decision is recorded. */
  onDecided: (pack: SemesterReviewPack) => void;
  /** The review was decided meanwhile (409): the page reads it again. */
  onConflict: () => void;
}) {
  const { t } = useI18n();
  const decide = useDecideSemesterReview();
  const [draft, setDraft] = useState<DecisionDraft>({ outcome: '', comments: '', actions: [] });
  const [errors, setErrors] = useState<Errors>({ action: {} });
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const confirmRef = useFocusWhenShown<HTMLDivElement>(confirming);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const moveFocus = (id: string) => setFocusTarget((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  function update(change: Partial<DecisionDraft>) {
    setDraft((d) => ({ ...d, ...change }));
    setConfirming(false);
  }

  function addAction() {
    if (draft.actions.length >= ACTIONS_MAX) return;
    const index = draft.actions.length;
    update({ actions: [...draft.actions, ''] });
    setAnnouncement(t('reviewDecision.action.added', { number: index + 1 }));
    moveFocus(actionId(index));
  }

  function removeAction(index: number) {
    const actions = draft.actions.filter((_, i) => i !== index);
    update({ actions });
    // Errors follow their lines.
    const action: Record<number, string> = {};
    for (const [k, v] of Object.entries(errors.action)) {
      const i = Number(k);
      if (i < index) action[i] = v;
      else if (i > index) action[i - 1] = v;
    }
    setErrors((e) => ({ ...e, action }));
    setAnnouncement(t('reviewDecision.action.removed', { number: index + 1 }));
    moveFocus(actions.length === 0 ? 'add-review-action' : actionId(Math.min(index, actions.length - 1)));
  }

  function problemText(p: DecisionProblem): string {
    switch (p.field) {
      case 'outcome':
        return t('reviewDecision.error.outcome');
      case 'comments':
        return p.problem === 'required' ? t('reviewDecision.error.commentsRequired') : t('form.error.tooLong', { max: COMMENTS_MAX });
      case 'actions':
        return t('reviewDecision.error.tooManyActions', { max: ACTIONS_MAX });
      case 'action':
        return p.problem === 'required' ? t('reviewDecision.error.actionRequired') : t('form.error.tooLong', { max: ACTION_MAX });
    }
  }

  function check(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const problems = decisionProblems(draft);
    const next: Errors = { action: {} };
    for (const p of problems) {
      if (p.field === 'action') next.action[p.index] = problemText(p);
      else next[p.field] = problemText(p);
    }
    setErrors(next);
    if (problems.length > 0) {
      setConfirming(false);
      setAttempt((n) => n + 1);
      return;
    }
    setConfirming(true);
  }

  async function send() {
    setFormError(null);
    try {
      const answered = await decide.mutateAsync({ id: pack.id, input: decisionInput(draft) });
      setConfirming(false);
      onDecided(answered);
    } catch (err) {
      setConfirming(false);
      const fields = err instanceof ApiError ? err.fieldErrorMap() : {};
      const next: Errors = { action: {} };
      if (fields.comments) next.comments = fields.comments;
      if (fields.outcome) next.outcome = fields.outcome;
      for (const e of err instanceof ApiError ? err.fieldErrors : []) {
        const m = /actions\[(\d+)\]/.exec(e.field);
        if (m) next.action[Number(m[1])] = e.message;
      }
      setErrors(next);
      const hasField = Boolean(next.comments || next.outcome || Object.keys(next.action).length > 0);
      if (!hasField) setFormError(err);
      setAttempt((n) => n + 1);
      if (err instanceof ApiError && err.status === 409) onConflict();
    }
  }

  const entries: SummaryEntry[] = [];
  if (errors.outcome) entries.push({ fieldId: 'outcome-CONTINUE', label: t('reviewDecision.outcome.legend'), message: errors.outcome });
  if (errors.comments) entries.push({ fieldId: COMMENTS_ID, label: t('reviewDecision.comments.label'), message: errors.comments });
  if (errors.actions) entries.push({ fieldId: 'add-review-action', label: t('reviewDecision.actions.legend'), message: errors.actions });
  for (const [i, message] of Object.entries(errors.action)) {
    entries.push({ fieldId: actionId(Number(i)), label: t('reviewDecision.action.label', { number: Number(i) + 1 }), message });
  }
  const commentsRequired = draft.outcome === 'REVISE' || draft.outcome === 'RETIRE';

  return (
    <section className="card detail-section no-print" aria-labelledby="review-decision-heading">
      <h2 id="review-decision-heading">{t('reviewDecision.heading')}</h2>
      <p className="muted">{t('reviewDecision.intro')}</p>
      <form noValidate onSubmit={check} aria-labelledby="review-decision-heading" data-testid="review-decision-form">
        <ErrorSummary id="review-decision-errors" testId="review-decision-error-summary" formError={formError} entries={entries} attempt={attempt} />
        <fieldset className={`field${errors.outcome ? ' field-invalid' : ''}`} aria-describedby={errors.outcome ? 'review-outcome-error' : undefined}>
          <legend>
            {t('reviewDecision.outcome.legend')}
            <RequiredMarker />
          </legend>
          {errors.outcome && <FieldError id="review-outcome-error">{errors.outcome}</FieldError>}
          {REVIEW_OUTCOMES.map((o) => (
            <div className="radio radio-with-hint" key={o}>
              <input
                type="radio"
                id={`outcome-${o}`}
                name="review-outcome"
                value={o}
                checked={draft.outcome === o}
                onChange={() => update({ outcome: o })}
                aria-describedby={`outcome-${o}-hint`}
                data-testid={`outcome-${o}`}
              />
              <label htmlFor={`outcome-${o}`}>{formatReviewOutcome(t, o)}</label>
              <p className="hint radio-hint" id={`outcome-${o}-hint`}>
                {t(OUTCOME_HINTS[o])}
              </p>
            </div>
          ))}
        </fieldset>
        <Field
          id={COMMENTS_ID}
          label={t('reviewDecision.comments.label')}
          hint={t(commentsRequired ? 'reviewDecision.comments.hintRequired' : 'reviewDecision.comments.hint', { max: COMMENTS_MAX })}
          error={errors.comments}
          required={commentsRequired}
        >
          {(describedBy) => (
            <textarea
              id={COMMENTS_ID}
              rows={5}
              value={draft.comments}
              onChange={(e) => update({ comments: e.target.value })}
              aria-invalid={errors.comments ? true : undefined}
              aria-required={commentsRequired ? true : undefined}
              aria-describedby={describedBy}
              data-testid="review-comments"
            />
          )}
        </Field>
        <fieldset className="form-group" aria-describedby="review-actions-hint">
          <legend>{t('reviewDecision.actions.legend')}</legend>
          <p className="hint" id="review-actions-hint">
            {t('reviewDecision.actions.hint', { max: ACTIONS_MAX, length: ACTION_MAX })}
          </p>
          {draft.actions.length === 0 && (
            <p className="muted" data-testid="review-actions-none">
              {t('reviewDecision.actions.none')}
            </p>
          )}
          <ol className="review-action-lines">
            {draft.actions.map((text, i) => (
              <li key={i} className="review-action-line">
                <Field id={actionId(i)} label={t('reviewDecision.action.label', { number: i + 1 })} error={errors.action[i]}>
                  {(describedBy) => (
                    <input
                      id={actionId(i)}
                      type="text"
                      value={text}
                      maxLength={ACTION_MAX + 100}
                      onChange={(e) => update({ actions: draft.actions.map((a, j) => (j === i ? e.target.value : a)) })}
                      aria-invalid={errors.action[i] ? true : undefined}
                      aria-describedby={describedBy}
                      data-testid={actionId(i)}
                    />
                  )}
                </Field>
                <button type="button" className="button button-secondary button-small" onClick={() => removeAction(i)} data-testid={`remove-review-action-${i}`}>
                  {t('reviewDecision.action.remove', { number: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            id="add-review-action"
            className="button button-secondary"
            onClick={addAction}
            disabled={draft.actions.length >= ACTIONS_MAX}
            data-testid="add-review-action"
          >
            {t('reviewDecision.action.add')}
          </button>
          <p className="visually-hidden" aria-live="polite" data-testid="review-actions-announcement">
            {announcement}
          </p>
        </fieldset>
        <div className="form-actions">
          <button type="submit" id="review-decision-submit-button" className="button" disabled={decide.isPending} data-testid="review-decision-submit">
            {t('reviewDecision.submit')}
          </button>
        </div>
        {confirming && draft.outcome && (
          <div className="confirm confirm-wide" role="group" aria-labelledby="review-decision-confirm-text" tabIndex={-1} ref={confirmRef} data-testid="review-decision-confirm">
            <p id="review-decision-confirm-text">
              {t(
                draft.actions.length === 0 ? 'reviewDecision.confirm.none' : draft.actions.length === 1 ? 'reviewDecision.confirm.one' : 'reviewDecision.confirm.other',
                { outcome: formatReviewOutcome(t, draft.outcome), count: draft.actions.length },
              )}
            </p>
            <div className="form-actions">
              <button type="button" className="button" disabled={decide.isPending} onClick={() => void send()} data-testid="confirm-review-decision">
                {decide.isPending ? t('decisionPage.sending') : t('reviewDecision.confirmYes')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={decide.isPending}
                onClick={() => {
                  setConfirming(false);
                  moveFocus('review-decision-submit-button');
                }}
                data-testid="cancel-review-decision"
              >
                {t('reviewDecision.confirmNo')}
              </button>
            </div>
          </div>
        )}
      </form>
    </section>
  );
}
