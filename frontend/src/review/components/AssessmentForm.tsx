import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import type { AssessmentInput, ReviewCase } from '../api/reviewTypes';
import { RECOMMENDATIONS, SCORES } from '../api/reviewTypes';
import { criterionDescription, formatCriterion, formatScore } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import {
  ASSESSMENT_COMMENT_MAX,
  FORM_CRITERIA,
  commentKey,
  fieldIdFor,
  mapAssessmentErrors,
  scoreKey,
  toAssessmentInput,
  validateAssessment,
  type AssessmentErrors,
  type AssessmentValues,
} from './assessmentForm';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';

const RECOMMEND_LABELS: Record<string, MessageKey> = {
  APPROVE: 'assessment.recommend.APPROVE',
  REVISE: 'assessment.recommend.REVISE',
  REJECT: 'assessment.recommend.REJECT',
};

interface Props {
  initialValues: AssessmentValues;
  /** The member has given an assessment before: the form changes it. */
  update: boolean;
  onSubmit: (input: AssessmentInput) => Promise<ReviewCase>;
  onSaved: (reviewCase: ReviewCase) => void;
  /** A failure that is not about a field (409, 403, network): the page explains it and reads the case again. */
  onFailed: (error: unknown) => void;
}

/**
 * A member's assessment: for each criterion a fieldset with what it assesses, a score 1–5 on the
 * programme's scale and a required comment; then the recommendation. Errors – the browser's checks and
 * the server's field errors (`scores[1].score`) – are shown at their fields and in a summary that takes focus.
 */
export function AssessmentForm({ initialValues, update, onSubmit, onSaved, onFailed }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<AssessmentValues>(initialValues);
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [unmapped, setUnmapped] = useState<SummaryEntry[]>([]);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const text = (key: string) => (errors[key] ? renderMessage(t, errors[key], locale) : undefined);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateAssessment(values);
    setUnmapped([]);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const input = toAssessmentInput(values);
    setPending(true);
    try {
      onSaved(await onSubmit(input));
    } catch (err) {
      const mapped = err instanceof ApiError ? mapAssessmentErrors(err.fieldErrors, input) : { errors: {}, unmapped: [] };
      setErrors(mapped.errors);
      setUnmapped(
        mapped.unmapped.map((p) => ({ label: p.field === 'scores' ? t('assessment.scores') : p.field, message: p.message })),
      );
      if (Object.keys(mapped.errors).length === 0 && mapped.unmapped.length === 0) onFailed(err);
      else setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  const entries: SummaryEntry[] = [];
  for (const criterion of FORM_CRITERIA) {
    const name = formatCriterion(t, criterion);
    const score = text(scoreKey(criterion));
    if (score) entries.push({ fieldId: fieldIdFor(scoreKey(criterion)), label: t('assessment.score.legend', { criterion: name }), message: score });
    const comment = text(commentKey(criterion));
    if (comment) entries.push({ fieldId: fieldIdFor(commentKey(criterion)), label: t('assessment.comment.label', { criterion: name }), message: comment });
  }
  const recommendationError = text('recommendation');
  if (recommendationError) {
    entries.push({ fieldId: fieldIdFor('recommendation'), label: t('assessment.recommendation.legend'), message: recommendationError });
  }

  return (
    <section className="card detail-section" aria-labelledby="assessment-heading" data-testid="assessment-section">
      <h2 id="assessment-heading">{t(update ? 'assessment.headingUpdate' : 'assessment.heading')}</h2>
      <p className="form-intro">{t('assessment.intro')}</p>
      <ErrorSummary
        id="assessment-errors"
        testId="assessment-error-summary"
        entries={[...entries, ...unmapped]}
        attempt={attempt}
      />
      <form noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby="assessment-heading" data-testid="assessment-form">
        {FORM_CRITERIA.map((criterion) => {
          const name = formatCriterion(t, criterion);
          const scoreError = text(scoreKey(criterion));
          const commentError = text(commentKey(criterion));
          const descriptionId = `criterion-${criterion}-description`;
          const scoreErrorId = `score-${criterion}-error`;
          return (
            <fieldset
              key={criterion}
              className="form-group criterion"
              aria-describedby={descriptionId}
              data-testid={`criterion-${criterion}`}
            >
              <legend>{name}</legend>
              <p className="hint" id={descriptionId}>
                {criterionDescription(t, criterion)}
              </p>
              <fieldset
                className={`field score-scale${scoreError ? ' field-invalid' : ''}`}
                aria-describedby={scoreError ? scoreErrorId : undefined}
              >
                <legend>
                  {t('assessment.score.legend', { criterion: name })}
                  <RequiredMarker />
                </legend>
                {scoreError && <FieldError id={scoreErrorId}>{scoreError}</FieldError>}
                <div className="score-options">
                  {SCORES.map((score) => {
                    const id = `score-${criterion}-${score}`;
                    return (
                      <div className="radio" key={score}>
                        <input
                          type="radio"
                          id={id}
                          name={`score-${criterion}`}
                          value={score}
                          checked={values.scores[criterion] === score}
                          aria-invalid={scoreError ? true : undefined}
                          onChange={() => setValues((v) => ({ ...v, scores: { ...v.scores, [criterion]: score } }))}
                          data-testid={id}
                        />
                        <label htmlFor={id}>{formatScore(t, score)}</label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              <Field
                id={`comment-${criterion}`}
                label={t('assessment.comment.label', { criterion: name })}
                hint={t('assessment.comment.hint', { max: ASSESSMENT_COMMENT_MAX })}
                error={commentError}
                required
              >
                {(describedBy) => (
                  <textarea
                    id={`comment-${criterion}`}
                    rows={4}
                    required
                    aria-required="true"
                    aria-invalid={commentError ? true : undefined}
                    aria-describedby={describedBy}
                    value={values.comments[criterion] ?? ''}
                    onChange={(e) => {
                      const comment = e.target.value;
                      setValues((v) => ({ ...v, comments: { ...v.comments, [criterion]: comment } }));
                    }}
                    data-testid={`comment-${criterion}`}
                  />
                )}
              </Field>
            </fieldset>
          );
        })}

        <fieldset
          className={`field${recommendationError ? ' field-invalid' : ''}`}
          aria-describedby={recommendationError ? 'recommendation-error' : undefined}
          data-testid="recommendation-fieldset"
        >
          <legend>
            {t('assessment.recommendation.legend')}
            <RequiredMarker />
          </legend>
          {recommendationError && <FieldError id="recommendation-error">{recommendationError}</FieldError>}
          {RECOMMENDATIONS.map((code) => {
            const id = `recommend-${code}`;
            return (
              <div className="radio" key={code}>
                <input
                  type="radio"
                  id={id}
                  name="recommendation"
                  value={code}
                  checked={values.recommendation === code}
                  aria-invalid={recommendationError ? true : undefined}
                  onChange={() => setValues((v) => ({ ...v, recommendation: code }))}
                  data-testid={id}
                />
                <label htmlFor={id}>{t(RECOMMEND_LABELS[code])}</label>
              </div>
            );
          })}
        </fieldset>

        <button type="submit" className="button" disabled={pending} data-testid="submit-assessment">
          {pending ? t('workflow.working') : t(update ? 'assessment.submitUpdate' : 'assessment.submit')}
        </button>
      </form>
    </section>
  );
}
