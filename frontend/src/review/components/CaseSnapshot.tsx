import { Link } from 'react-router-dom';
import { proposalSummaryOf } from '../api/reviewCase';
import type { ReviewCase } from '../../proposals/api/types';
import { formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { DetailItem, ResourcesList, TeamTable } from '../../proposals/components/ProposalDetails';

/** The proposal as it was submitted for this round: read-only, in the look of the proposal's page. */
export function CaseSnapshot({ reviewCase: c }: { reviewCase: ReviewCase }) {
  const { t, locale } = useI18n();
  const summary = proposalSummaryOf(c);
  return (
    <section className="card detail-section" aria-labelledby="case-proposal-heading" data-testid="case-proposal">
      <h2 id="case-proposal-heading">{t('case.proposal.heading', { version: c.proposalVersion })}</h2>
      <p>
        <Link to={`/proposals/${encodeURIComponent(c.moocId)}`} data-testid="case-proposal-page-link">
          {t('case.proposal.link')}
        </Link>
      </p>
      <dl className="detail-list">
        <DetailItem label={t('form.title.label')}>{c.title}</DetailItem>
        <DetailItem label={t('form.topic.label')}>{c.topic?.trim() ? c.topic : null}</DetailItem>
        <DetailItem label={t('form.summary.label')}>{summary?.trim() ? summary : null}</DetailItem>
        <DetailItem label={t('detail.instructor')}>
          {c.instructor?.name ? (
            <>
              {c.instructor.name}
              {c.instructor.email && (
                <>
                  {' '}
                  (<a href={`mailto:${c.instructor.email}`}>{c.instructor.email}</a>)
                </>
              )}
            </>
          ) : null}
        </DetailItem>
        <DetailItem label={t('detail.department')}>{c.department}</DetailItem>
        <DetailItem label={t('form.content.legend')}>
          {c.newContent === undefined
            ? null
            : c.newContent
              ? t('form.content.new')
              : t('planning.existing', { code: c.courseCode ?? '' })}
        </DetailItem>
        <DetailItem label={t('form.semester.label')}>
          {c.plannedLaunchSemester ? formatSemester(t, c.plannedLaunchSemester) : null}
        </DetailItem>
        <DetailItem label={t('form.enrolments.label')}>
          {c.expectedEnrolments === null || c.expectedEnrolments === undefined ? null : formatNumber(locale, c.expectedEnrolments)}
        </DetailItem>
      </dl>
      <h3>{t('section.team')}</h3>
      <TeamTable team={c.team ?? []} />
      <h3>{t('section.resources')}</h3>
      <ResourcesList resources={c.resources ?? { staffHours: null, assistants: null, videoBudgetDkk: null }} />
    </section>
  );
}
