import type { ReactNode } from 'react';
import type { CourseEvaluation, EvaluationQuestion } from '../api/analyticsTypes';
import { formatDateTime, formatDecimal, formatNumber, formatPercent, formatSemester } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { stack } from './analyticsModel';
import { ScrollRegion } from '../../shared/components/ScrollRegion';
import { CHART_FONT } from './ChartFrame';

export const LIKERT_LABELS: readonly MessageKey[] = [
  'evaluation.likert.1',
  'evaluation.likert.2',
  'evaluation.likert.3',
  'evaluation.likert.4',
  'evaluation.likert.5',
];

/**
 * A semester's course evaluation: the response rate, per Likert question its distribution as a bar with the counts
 * (and the same counts in words), its average and agreement, and the free-text comments.
 */
export function EvaluationSection({
  evaluation,
  semester,
  headingLevel = 2,
  children,
}: {
  evaluation: CourseEvaluation | null | undefined;
  semester: string;
  headingLevel?: 2 | 3;
  /** Shown below the evaluation (e.g. the forms that record one). */
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const semesterText = formatSemester(t, semester);
  return (
    <section className="card detail-section" aria-labelledby="evaluation-heading" data-testid="evaluation-section" data-semester={semester}>
      <H id="evaluation-heading">{t('evaluation.heading', { semester: semesterText })}</H>
      {!evaluation ? (
        <p className="empty" data-testid="evaluation-none">
          {t('evaluation.none', { semester: semesterText })}
        </p>
      ) : (
        <>
          <p data-testid="evaluation-response-rate" data-rate={evaluation.responseRate ?? ''}>
            {t('evaluation.responseRate', {
              respondents: formatNumber(locale, evaluation.respondents),
              invited: formatNumber(locale, evaluation.invited),
              rate: evaluation.responseRate === null ? '–' : formatPercent(locale, evaluation.responseRate),
            })}
          </p>
          {evaluation.recordedAt && (
            <p className="muted small">
              {t(evaluation.source === 'IMPORTED' ? 'evaluation.recorded.imported' : 'evaluation.recorded.entered', {
                by: evaluation.recordedBy ?? '–',
                when: formatDateTime(locale, evaluation.recordedAt),
              })}
            </p>
          )}
          {evaluation.questions.length === 0 ? (
            <p className="empty">{t('evaluation.noQuestions')}</p>
          ) : (
            <ol className="evaluation-questions">
              {evaluation.questions.map((q) => (
                <QuestionItem key={q.questionId} question={q} level={headingLevel === 2 ? 3 : 4} />
              ))}
            </ol>
          )}
        </>
      )}
      {children}
    </section>
  );
}

const BAR = { width: 600, height: 30 };

function QuestionItem({ question: q, level }: { question: EvaluationQuestion; level: 3 | 4 }) {
  const { t, locale } = useI18n();
  const H = level === 3 ? 'h3' : 'h4';
  const headingId = `evaluation-q-${q.questionId}`;
  const isLikert = q.type === 'LIKERT' && Array.isArray(q.distribution);
  return (
    <li className="evaluation-question" data-testid="evaluation-question" data-question-id={q.questionId} data-type={q.type}>
      <H id={headingId}>{q.question}</H>
      {isLikert ? <LikertAnswers question={q} /> : q.type === 'TEXT' ? <Comments comments={q.comments ?? []} /> : null}
      {!isLikert && q.type !== 'TEXT' && <p className="muted">{t('evaluation.otherType', { code: q.type })}</p>}
      {isLikert && (
        <p className="muted small">
          {t('evaluation.answers', {
            answers: formatNumber(locale, q.answers),
            average: q.average === null || q.average === undefined ? '–' : formatDecimal(locale, q.average, 2),
            agreement: q.agreement === null || q.agreement === undefined ? '–' : formatPercent(locale, q.agreement),
          })}
        </p>
      )}
    </li>
  );
}

function LikertAnswers({ question: q }: { question: EvaluationQuestion }) {
  const { t, locale } = useI18n();
  const counts = (q.distribution ?? []).slice(0, 5);
  const total = counts.reduce((a, b) => a + b, 0);
  const segments = stack(counts, Math.max(total, 1), BAR.width);
  const described = counts.map((n, i) => t('evaluation.likert.count', { answer: t(LIKERT_LABELS[i]), count: formatNumber(locale, n) })).join('; ');
  return (
    <div className="likert" data-testid="likert-distribution" data-distribution={counts.join(',')}>
      <ScrollRegion label={t('chart.region.likert')}>
        <svg viewBox={`0 0 ${BAR.width} ${BAR.height}`} width={BAR.width} height={BAR.height} className="likert-bar" role="img" aria-label={t('evaluation.likert.label', { counts: described })}>
          {segments.map((s, i) =>
            s.width > 0 ? (
              <g key={i}>
                <rect x={s.x} y={0} width={s.width} height={BAR.height} className={`likert-${i + 1}`} />
                {s.width >= 24 && (
                  <text x={s.x + s.width / 2} y={BAR.height / 2 + 5} textAnchor="middle" className={`likert-text likert-text-${i + 1}`} fontSize={CHART_FONT.label}>
                    {formatNumber(locale, counts[i])}
                  </text>
                )}
              </g>
            ) : null,
          )}
        </svg>
      </ScrollRegion>
      {/* The counts in words: the legend of the bar and its text alternative for everyone. */}
      <ul className="likert-legend">
        {counts.map((n, i) => (
          <li key={i} data-testid="likert-count" data-answer={i + 1} data-count={n}>
            <span className={`likert-swatch likert-${i + 1}`} aria-hidden="true" /> {t('evaluation.likert.count', { answer: t(LIKERT_LABELS[i]), count: formatNumber(locale, n) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Comments({ comments }: { comments: readonly string[] }) {
  const { t } = useI18n();
  if (comments.length === 0) return <p className="empty">{t('evaluation.noComments')}</p>;
  return (
    <ul className="evaluation-comments">
      {comments.map((c, i) => (
        <li key={i} data-testid="evaluation-comment">
          <blockquote>{c}</blockquote>
        </li>
      ))}
    </ul>
  );
}
