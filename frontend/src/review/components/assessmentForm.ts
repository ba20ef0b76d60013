import type { Assessment, AssessmentInput, Criterion, Recommendation } from '../api/reviewTypes';
import type { FieldProblem } from '../../shared/api/sharedTypes';
import { REVIEW_CRITERIA, SCORES } from '../api/reviewTypes';
import type { Message } from '../../shared/i18n/message';

/** At most this many characters per comment (as review-service checks). */
export const ASSESSMENT_COMMENT_MAX = 4000;

/** The criteria the form asks about, in the programme's order (also the order of `scores` in the body). */
export const FORM_CRITERIA: readonly Criterion[] = REVIEW_CRITERIA;

export interface AssessmentValues {
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  /** '' until the member picks one. */
  recommendation: Recommendation | '';
}

/** Errors keyed `score:TOPIC`, `comment:TOPIC` and `recommendation`. */
export type AssessmentErrors = Record<string, Message>;

export const scoreKey = (criterion: string) => `score:${criterion}`;
export const commentKey = (criterion: string) => `comment:${criterion}`;

/** The id of the control an error belongs to (the first radio of a score group). */
export function fieldIdFor(key: string): string {
  const [kind, criterion] = key.split(':');
  if (kind === 'score') return `score-${criterion}-1`;
  if (kind === 'comment') return `comment-${criterion}`;
  return 'recommend-APPROVE';
}

/** The form's values: empty, or the member's own assessment when they have given one. */
export function assessmentValues(own?: Assessment | null): AssessmentValues {
  const values: AssessmentValues = { scores: {}, comments: {}, recommendation: own?.recommendation ?? '' };
  for (const criterion of FORM_CRITERIA) {
    const given = own?.scores?.find((s) => s.criterion === criterion);
    values.scores[criterion] = given && (SCORES as readonly number[]).includes(given.score) ? given.score : null;
    values.comments[criterion] = given?.comment ?? '';
  }
  return values;
}

/** Every criterion needs a score and a comment (within the limit), and the recommendation must be chosen. */
export function validateAssessment(values: AssessmentValues): AssessmentErrors {
  const errors: AssessmentErrors = {};
  for (const criterion of FORM_CRITERIA) {
    if (values.scores[criterion] === null || values.scores[criterion] === undefined) {
      errors[scoreKey(criterion)] = { key: 'assessment.error.scoreRequired' };
    }
    const comment = values.comments[criterion] ?? '';
    if (!comment.trim()) errors[commentKey(criterion)] = { key: 'assessment.error.commentRequired' };
    else if (comment.length > ASSESSMENT_COMMENT_MAX) {
      errors[commentKey(criterion)] = { key: 'form.error.tooLong', params: { max: ASSESSMENT_COMMENT_MAX } };
    }
  }
  if (!values.recommendation) errors.recommendation = { key: 'assessment.error.recommendationRequired' };
  return errors;
}

/** The PUT body: one score per criterion, in the form's order, with trimmed comments. */
export function toAssessmentInput(values: AssessmentValues): AssessmentInput {
  return {
    scores: FORM_CRITERIA.map((criterion) => ({
      criterion,
      score: values.scores[criterion] ?? 0,
      comment: (values.comments[criterion] ?? '').trim(),
    })),
    // only a validated form is sent, and validation requires a recommendation
    recommendation: values.recommendation as Recommendation,
  };
}

const SCORE_PATH = /(?:^|\.)scores\[(\d+)\](?:\.(score|comment|criterion))?$/;
const RECOMMENDATION_PATH = /(?:^|\.)recommendation$/;

/**
 * Maps the server's field errors onto the form: `scores[1].score` is the score of the second criterion
 * sent, `scores[0].comment` the first one's comment (also with a bean-validation prefix such as
 * `assess.input.scores[0].comment`). Errors for anything else are returned as `unmapped`.
 */
export function mapAssessmentErrors(
  problems: FieldProblem[],
  sent: AssessmentInput,
): { errors: AssessmentErrors; unmapped: FieldProblem[] } {
  const errors: AssessmentErrors = {};
  const unmapped: FieldProblem[] = [];
  const add = (key: string, message: string) => {
    const previous = errors[key];
    errors[key] = { text: previous && 'text' in previous ? `${previous.text} ${message}` : message };
  };
  for (const problem of problems) {
    const score = SCORE_PATH.exec(problem.field);
    const criterion = score ? sent.scores[Number(score[1])]?.criterion : undefined;
    if (score && criterion && FORM_CRITERIA.includes(criterion)) {
      add(score[2] === 'comment' ? commentKey(criterion) : scoreKey(criterion), problem.message);
    } else if (RECOMMENDATION_PATH.test(problem.field)) {
      add('recommendation', problem.message);
    } else {
      unmapped.push(problem);
    }
  }
  return { errors, unmapped };
}
