import { describe, expect, it } from 'vitest';
import { assessment } from '../../test/fixtures';
import {
  ASSESSMENT_COMMENT_MAX,
  assessmentValues,
  mapAssessmentErrors,
  toAssessmentInput,
  validateAssessment,
} from './assessmentForm';

describe('assessment form model', () => {
  it('starts empty, or with the member’s own assessment', () => {
    expect(assessmentValues()).toEqual({
      scores: { TOPIC: null, TEACHER: null, RESOURCES: null },
      comments: { TOPIC: '', TEACHER: '', RESOURCES: '' },
      recommendation: '',
    });
    const own = assessmentValues(assessment());
    expect(own.scores).toEqual({ TOPIC: 4, TEACHER: 5, RESOURCES: 3 });
    expect(own.comments.RESOURCES).toBe('Thin video budget.');
    expect(own.recommendation).toBe('APPROVE');
  });

  it('requires every score and comment and the recommendation, and limits comments', () => {
    const values = assessmentValues();
    values.scores.TOPIC = 4;
    values.comments.TOPIC = 'x'.repeat(ASSESSMENT_COMMENT_MAX + 1);
    values.comments.TEACHER = '   ';
    const errors = validateAssessment(values);
    expect(Object.keys(errors).sort()).toEqual(
      ['comment:RESOURCES', 'comment:TEACHER', 'comment:TOPIC', 'recommendation', 'score:RESOURCES', 'score:TEACHER'].sort(),
    );
    expect(errors['comment:TOPIC']).toEqual({ key: 'form.error.tooLong', params: { max: ASSESSMENT_COMMENT_MAX } });
    expect(validateAssessment(assessmentValues(assessment()))).toEqual({});
  });

  it('sends the criteria in the programme’s order with trimmed comments', () => {
    const values = assessmentValues(assessment());
    values.comments.TOPIC = '  Unique angle.  ';
    expect(toAssessmentInput(values)).toEqual({
      scores: [
        { criterion: 'TOPIC', score: 4, comment: 'Unique angle.' },
        { criterion: 'TEACHER', score: 5, comment: 'Award-winning teacher.' },
        { criterion: 'RESOURCES', score: 3, comment: 'Thin video budget.' },
      ],
      recommendation: 'APPROVE',
    });
  });

  it('maps the server’s paths onto the criteria sent, with or without a bean-validation prefix', () => {
    const sent = toAssessmentInput(assessmentValues(assessment()));
    const { errors, unmapped } = mapAssessmentErrors(
      [
        { field: 'scores[1].score', message: 'must be at most 5' },
        { field: 'assess.input.scores[2].comment', message: 'must not be blank' },
        { field: 'scores[2].comment', message: 'is too long' },
        { field: 'scores[0].criterion', message: 'is unknown' },
        { field: 'assess.input.recommendation', message: 'must not be null' },
        { field: 'scores', message: 'give exactly one score for each criterion' },
        { field: 'scores[7].score', message: 'no such entry' },
      ],
      sent,
    );
    expect(errors).toEqual({
      'score:TEACHER': { text: 'must be at most 5' },
      'comment:RESOURCES': { text: 'must not be blank is too long' },
      'score:TOPIC': { text: 'is unknown' },
      recommendation: { text: 'must not be null' },
    });
    expect(unmapped.map((p) => p.field)).toEqual(['scores', 'scores[7].score']);
  });
});
