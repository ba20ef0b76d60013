import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import type { ReviewCase, ReviewDecision, ReviewDecisionInput, ReviewOutcome } from '../../proposals/api/types';
import { REVIEW_OUTCOMES } from '../../proposals/api/types';
import { formatDateTime, formatDecisionOutcome } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { renderMessage } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';

/** Limits review-service checks. */
export const DECISION_COMMENTS_MAX = 8000;
export const DECISION_LETTER_MAX = 20000;
export const BELOW_QUORUM_REASON_MAX = 2000;

/** The assessments given on the case (members marked assessed), and whether the decision falls short of the quorum. */
export function quorumShortfall(c: Pick<ReviewCase, 'members' | 'quorum'>): { given: number; quorum: number } | null {
  const given = (c.members ?? []).filter((m) => m.assessed).length;
  const quorum = c.quorum ?? 0;
  return given < quorum ? { given, quorum } : null;
}

/** Comments are required to request a revision or to reject. */
export function commentsRequired(outcome: string): boolean {
  return outcome === 'REVISION_REQUESTED' || outcome === 'REJECTED';
}

type DecisionField = 'outcome' | 'comments' | 'letter' | 'belowQuorumReason';
type Errors = Partial<Record<DecisionField, Message>>;

export interface DecisionValues {
  outcome: ReviewOutcome | '';
  comments: string;
  letter: string;
  belowQuorumReason: string;
}

export function validateDecision(
  { outcome, comments, letter, belowQuorumReason }: DecisionValues,
  belowQuorum = false,
): Errors {
  const errors: Errors = {};
  if (!outcome) errors.outcome = { key: 'caseDecision.error.outcomeRequired' };
  if (outcome && commentsRequired(outcome) && !comments.trim()) errors.comments = { key: 'caseDecision.error.commentsRequired' };
  else if (comments.length > DECISION_COMMENTS_MAX) errors.comments = { key: 'form.error.tooLong', params: { max: DECISION_COMMENTS_MAX } };
  if (!letter.trim()) errors.letter = { key: 'caseDecision.error.letterRequired' };
  else if (letter.length > DECISION_LETTER_MAX) errors.letter = { key: 'form.error.tooLong', params: { max: DECISION_LETTER_MAX } };
  if (belowQuorum && !belowQuorumReason.trim()) errors.belowQuorumReason = { key: 'caseDecision.error.reasonRequired' };
  else if (belowQuorumReason.length > BELOW_QUORUM_REASON_MAX)
    errors.belowQuorumReason = { key: 'form.error.tooLong', params: { max: BELOW_QUORUM_REASON_MAX } };
  return errors;
}

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
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

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

/** The decision taken: outcome, comments, the letter as sent, and who decided when. */
export function CaseDecisionView({ decision: d }: { decision: ReviewDecision }) {
  const { t, locale } = useI18n();
  return (
    <section className="card detail-section" aria-labelledby="case-decision-heading" data-testid="case-decision" data-outcome={d.outcome}>
      <h2 id="case-decision-heading">{t('caseDecision.decidedHeading')}</h2>
      <dl className="detail-list">
        <div className="detail-item">
          <dt>{t('decision.outcome')}</dt>
          <dd data-testid="case-decision-outcome">{formatDecisionOutcome(t, d.outcome)}</dd>
        </div>
        {d.comments && (
          <div className="detail-item">
            <dt>{t('decision.comments')}</dt>
            <dd className="prose-value" data-testid="case-decision-comments">
              {d.comments}
            </dd>
          </div>
        )}
        {(d.decidedBy || d.decidedAt) && (
          <div className="detail-item">
            <dt>{t('caseDecision.decidedBy')}</dt>
            <dd data-testid="case-decision-by">
              {d.decidedBy?.name}
              {d.decidedBy && d.decidedAt && ', '}
              {d.decidedAt && <time dateTime={d.decidedAt}>{formatDateTime(locale, d.decidedAt)}</time>}
            </dd>
          </div>
        )}
      </dl>
      {d.letter && (
        <>
          <h3 id="case-decision-letter-heading">{t('caseDecision.letterSent')}</h3>
          <pre
            className="letter"
            role="region"
            aria-labelledby="case-decision-letter-heading"
            tabIndex={0}
            data-testid="case-decision-letter"
          >
            {d.letter}
          </pre>
        </>
      )}
    </section>
  );
}
