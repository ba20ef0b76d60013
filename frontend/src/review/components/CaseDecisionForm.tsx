import { useState } from 'react';
import { ApiError } from '../../shared/api/client';
import type { ReviewCase, ReviewDecisionInput, ReviewOutcome } from '../api/reviewTypes';
import { REVIEW_OUTCOMES } from '../api/reviewTypes';
import { formatDecisionOutcome } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';
import {
  BELOW_QUORUM_REASON_MAX,
  commentsRequired,
  DECISION_COMMENTS_MAX,
  quorumShortfall,
  validateDecision,
  type DecisionField,
  type DecisionValues,
  type Errors,
} from './caseDecision';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

const FIELD_IDS: Record<DecisionField, string> = {
  outcome: 'outcome-APPROVED',
  comments: 'decision-comments',
  letter: 'decision-letter',
  belowQuorumReason: 'decision-below-quorum-reason',
};

interface FormProps {
  reviewCase: ReviewCase;
  onDraft: (outcome: ReviewOutcome) => Promise<{ letter: string }>;
  onDecide: (input: ReviewDecisionInput) => Promise<ReviewCase>;
  onDecided: (reviewCase: ReviewCase, outcome: ReviewOutcome) => void;
  /**
   * A failure to send that is not about a field (409 decided already, 403, network): the page explains it
   * and reads the case again.
   */
  onFailed: (error: unknown) => void;
}

/**
 * The deciding chair's decision: the outcome, the comments (required for a revision or a rejection), the
 * letter – drafted by the service for the chosen outcome and editable – and a confirmation before it is
 * sent, because the letter is e-mailed to the instructor and the decision cannot be undone.
 */
export function CaseDecisionForm({ reviewCase: c, onDraft, onDecide, onDecided, onFailed }: FormProps) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<DecisionValues>({ outcome: '', comments: '', letter: '', belowQuorumReason: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [drafting, setDrafting] = useState(false);
  const [drafted, setDrafted] = useState<ReviewOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const shortfall = quorumShortfall(c);
  const [sending, setSending] = useState(false);
  const confirmRef = useFocusWhenShown<HTMLButtonElement>(confirming);

  const set = <K extends keyof DecisionValues>(key: K, value: DecisionValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setConfirming(false);
  };

  function fail(found: Errors, error: unknown = null) {
    setErrors(found);
    setFormError(error);
    setAttempt((n) => n + 1);
  }

  async function draft() {
    setDrafted(null);
    if (!values.outcome) {
      fail({ outcome: { key: 'caseDecision.error.outcomeBeforeDraft' } });
      return;
    }
    const outcome = values.outcome;
    setErrors({});
    setFormError(null);
    setDrafting(true);
    try {
      const result = await onDraft(outcome);
      set('letter', result.letter ?? '');
      setDrafted(outcome);
    } catch (err) {
      fail({}, err);
    } finally {
      setDrafting(false);
    }
  }

  function review() {
    const found = validateDecision(values, shortfall !== null);
    if (Object.keys(found).length > 0) {
      setConfirming(false);
      fail(found);
      return;
    }
    setErrors({});
    setFormError(null);
    setConfirming(true);
  }

  async function send() {
    if (!values.outcome) return;
    const outcome = values.outcome;
    setSending(true);
    try {
      const decided = await onDecide({
        outcome,
        comments: values.comments.trim() || null,
        letter: values.letter.trim(),
        // only below the quorum: the server records it in the case's history
        ...(shortfall ? { belowQuorumReason: values.belowQuorumReason.trim() } : {}),
      });
      onDecided(decided, outcome);
    } catch (err) {
      setConfirming(false);
      const server: Errors = {};
      if (err instanceof ApiError) {
        const map = err.fieldErrorMap();
        for (const f of ['outcome', 'comments', 'letter', 'belowQuorumReason'] as const) if (map[f]) server[f] = { text: map[f] };
      }
      if (Object.keys(server).length > 0) fail(server);
      else {
        setErrors({});
        setFormError(null);
        onFailed(err);
      }
    } finally {
      setSending(false);
    }
  }

  const text = (f: DecisionField) => (errors[f] ? renderMessage(t, errors[f], locale) : undefined);
  const labels: Record<DecisionField, string> = {
    outcome: t('caseDecision.outcome.legend'),
    comments: t('caseDecision.comments.label'),
    letter: t('caseDecision.letter.label'),
    belowQuorumReason: t('caseDecision.reason.label'),
  };
  const entries: SummaryEntry[] = (['outcome', 'comments', 'letter', 'belowQuorumReason'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: FIELD_IDS[f], label: labels[f], message: text(f)! }));
  const outcomeError = text('outcome');
  const needComments = values.outcome !== '' && commentsRequired(values.outcome);
  const instructor = c.instructor?.name ?? t('caseDecision.theInstructor');

  return (
    <section className="card detail-section" aria-labelledby="decision-form-heading" data-testid="decision-form">
      <h2 id="decision-form-heading">{t('caseDecision.heading')}</h2>
      <p className="form-intro">{t('caseDecision.intro')}</p>
      {shortfall && (
        <p className="alert alert-warning" data-testid="decision-below-quorum">
          {t('caseDecision.belowQuorum', { given: shortfall.given, quorum: shortfall.quorum })}{' '}
          <a
            href="#decision-below-quorum-reason"
            onClick={(e) => {
              e.preventDefault();
              document.getElementById('decision-below-quorum-reason')?.focus();
            }}
          >
            {t('caseDecision.belowQuorum.link')}
          </a>
        </p>
      )}
      <ErrorSummary id="decision-errors" testId="decision-error-summary" formError={formError} entries={entries} attempt={attempt} />
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="decision-form-heading">
        <fieldset
          className={`field${outcomeError ? ' field-invalid' : ''}`}
          aria-describedby={outcomeError ? 'decision-outcome-error' : undefined}
        >
          <legend>
            {labels.outcome}
            <RequiredMarker />
          </legend>
          {outcomeError && <FieldError id="decision-outcome-error">{outcomeError}</FieldError>}
          {REVIEW_OUTCOMES.map((outcome) => {
            const id = `outcome-${outcome}`;
            return (
              <div className="radio" key={outcome}>
                <input
                  type="radio"
                  id={id}
                  name="outcome"
                  value={outcome}
                  checked={values.outcome === outcome}
                  aria-invalid={outcomeError ? true : undefined}
                  onChange={() => set('outcome', outcome)}
                  data-testid={id}
                />
                <label htmlFor={id}>{formatDecisionOutcome(t, outcome)}</label>
              </div>
            );
          })}
        </fieldset>

        <Field
          id="decision-comments"
          label={labels.comments}
          hint={t('caseDecision.comments.hint', { max: DECISION_COMMENTS_MAX })}
          error={text('comments')}
          required={needComments}
        >
          {(describedBy) => (
            <textarea
              id="decision-comments"
              rows={5}
              aria-required={needComments ? 'true' : undefined}
              aria-invalid={errors.comments ? true : undefined}
              aria-describedby={describedBy}
              value={values.comments}
              onChange={(e) => set('comments', e.target.value)}
              data-testid="decision-comments"
            />
          )}
        </Field>

        <div className="field">
          <button
            type="button"
            className="button button-secondary"
            disabled={drafting || sending}
            onClick={() => void draft()}
            aria-describedby="draft-letter-hint"
            data-testid="draft-letter"
          >
            {drafting ? t('caseDecision.drafting') : t('caseDecision.draft')}
          </button>
          <p className="hint" id="draft-letter-hint">
            {t('caseDecision.draft.hint')}
          </p>
          <div aria-live="polite" className="live-region">
            {drafted && (
              <p className="muted" data-testid="letter-drafted">
                {t('caseDecision.drafted', { outcome: formatDecisionOutcome(t, drafted) })}
              </p>
            )}
          </div>
        </div>

        <Field
          id="decision-letter"
          label={labels.letter}
          hint={t('caseDecision.letter.hint', { instructor })}
          error={text('letter')}
          required
        >
          {(describedBy) => (
            <textarea
              id="decision-letter"
              className="letter-input"
              rows={14}
              required
              aria-required="true"
              aria-invalid={errors.letter ? true : undefined}
              aria-describedby={describedBy}
              value={values.letter}
              onChange={(e) => set('letter', e.target.value)}
              data-testid="decision-letter"
            />
          )}
        </Field>

        {shortfall && (
          <Field
            id="decision-below-quorum-reason"
            label={labels.belowQuorumReason}
            hint={t('caseDecision.reason.hint', { given: shortfall.given, quorum: shortfall.quorum, max: BELOW_QUORUM_REASON_MAX })}
            error={text('belowQuorumReason')}
            required
          >
            {(describedBy) => (
              <textarea
                id="decision-below-quorum-reason"
                rows={3}
                required
                aria-required="true"
                aria-invalid={errors.belowQuorumReason ? true : undefined}
                aria-describedby={describedBy}
                value={values.belowQuorumReason}
                onChange={(e) => set('belowQuorumReason', e.target.value)}
                data-testid="decision-below-quorum-reason"
              />
            )}
          </Field>
        )}

        {!confirming ? (
          <button type="button" id="send-decision" className="button" disabled={sending} onClick={review} data-testid="send-decision">
            {t('caseDecision.send')}
          </button>
        ) : (
          <div className="confirm confirm-wide" role="group" aria-labelledby="decision-confirm-question" data-testid="decision-confirm">
            <p className="confirm-question" id="decision-confirm-question">
              {t('caseDecision.confirm', {
                outcome: values.outcome ? formatDecisionOutcome(t, values.outcome) : '',
                instructor,
              })}
            </p>
            <button
              type="button"
              ref={confirmRef}
              className="button button-small"
              disabled={sending}
              onClick={() => void send()}
              data-testid="confirm-decision"
            >
              {sending ? t('decisionPage.sending') : t('caseDecision.confirmSend')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={sending}
              onClick={() => {
                setConfirming(false);
                // The send button comes back in the next render.
                setTimeout(() => document.getElementById('send-decision')?.focus(), 0);
              }}
              data-testid="cancel-decision"
            >
              {t('proposals.cancel')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
