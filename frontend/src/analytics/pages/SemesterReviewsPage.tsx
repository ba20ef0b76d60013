import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSemesterReviews } from '../api/analyticsQueries';
import { errorMessage } from '../../shared/api/errorMessage';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { endedSemesters, isSemesterCode } from '../components/analyticsModel';
import { SemesterReviewsTable } from '../components/SemesterReviewsTable';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { PageHeading } from '../../shared/components/PageHeading';
import { formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

/** Who sees only their department's reviews (the server scopes the list the same way). */
function departmentScoped(user: CurrentUser): boolean {
  return !user.roles.some((r) => r === 'consultant' || r === 'committee' || r === 'admin') && user.roles.some((r) => r === 'board' || r === 'head');
}

/**
 * `/semester-reviews?semester=2026-spring`: a semester's reviews, one per launched MOOC that ran in it, with status
 * and outcome – the study board and the head their department's, an instructor their own MOOCs', consultants, the
 * committee and admins all. The semester is chosen among those that have ended (the latest by default); reading a
 * semester's reviews opens those not opened yet.
 */
export function SemesterReviewsPage({ user }: { user: CurrentUser }) {
  const { t, locale } = useI18n();
  // The page's script may load after the layout moved focus: the heading takes it then.
  useHeadingFocus(true, 'semester-reviews-heading');
  const [params, setParams] = useSearchParams();
  const choices = useMemo(() => endedSemesters(new Date(), 8), []);
  const asked = params.get('semester');
  const semester = isSemesterCode(asked) && choices.includes(asked) ? asked : choices[0];
  const list = useSemesterReviews(semester);
  const reviews = list.data ?? [];
  const open = reviews.filter((r) => r.status === 'OPEN').length;
  const scoped = departmentScoped(user);
  const semesterText = formatSemester(t, semester);

  return (
    <div data-testid="semester-reviews-page" data-semester={semester}>
      <PageHeading id="semester-reviews-heading" title={t('semesterReviews.heading')}>{t('semesterReviews.heading')}</PageHeading>
      <p className="lead">
        {scoped && user.department
          ? t('semesterReviews.introDepartment', { department: user.department })
          : t('semesterReviews.intro')}
      </p>
      <form className="list-controls" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-inline">
          <label htmlFor="reviews-semester">{t('semesterReviews.semester')}</label>
          <select
            id="reviews-semester"
            value={semester}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('semester', e.target.value);
              setParams(next);
            }}
            data-testid="reviews-semester"
          >
            {choices.map((s) => (
              <option key={s} value={s}>
                {formatSemester(t, s)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {list.isPending && <Skeleton shape="list" testId="semester-reviews-loading" label={t('semesterReviews.loading')} />}
      {list.isError && (
        <ErrorAlert testId="semester-reviews-error">
          <p>
            {t('semesterReviews.loadError')} {errorMessage(t, list.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void list.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {list.data && (
        <p role="status" className="muted" data-testid="semester-reviews-count" data-count={reviews.length} data-open={open}>
          {t(reviews.length === 1 ? 'semesterReviews.count.one' : 'semesterReviews.count.other', {
            count: formatNumber(locale, reviews.length),
            open: formatNumber(locale, open),
            semester: semesterText,
          })}
        </p>
      )}
      {list.data && reviews.length === 0 && (
        <p className="empty" data-testid="semester-reviews-empty">
          {t('semesterReviews.empty', { semester: semesterText })}
        </p>
      )}
      {reviews.length > 0 && <SemesterReviewsTable reviews={reviews} caption={t('semesterReviews.caption', { semester: semesterText })} />}
    </div>
  );
}
