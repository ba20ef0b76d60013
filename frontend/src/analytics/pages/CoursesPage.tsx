import { useState } from 'react';
import { COURSES_PAGE_SIZE, useCourses } from '../api/analyticsQueries';
import { errorMessage } from '../../shared/api/errorMessage';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { CataloguePanel } from '../components/CataloguePanel';
import { CoursesTable } from '../components/CoursesTable';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { ownCoursesOnly } from '../../shared/components/navigation';
import { PageHeading } from '../../shared/components/PageHeading';
import { Pagination } from '../../shared/components/Pagination';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

/**
 * `/courses`: the launched courses the caller may see – the study board and the head their department's, an
 * instructor their own, consultants, the committee and admins all (the server scopes the list), newest launch first.
 * The LearningLab and admins keep the Coursera catalogue here too (its status, sync and file import).
 */
export function CoursesPage({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  // The page's script may load after the layout moved focus: the heading takes it then.
  useHeadingFocus(true, 'courses-heading');
  const [page, setPage] = useState(0);
  const list = useCourses(page);
  const own = ownCoursesOnly(user.roles);
  const heading = t(own ? 'courses.headingMine' : 'courses.heading');
  const data = list.data;
  return (
    <div data-testid="courses-page">
      <PageHeading id="courses-heading" title={heading}>{heading}</PageHeading>
      <p className="lead">{t(own ? 'courses.introMine' : 'courses.intro')}</p>
      {list.isPending && <Skeleton shape="list" testId="courses-loading" label={t('courses.loading')} />}
      {list.isError && (
        <ErrorAlert testId="courses-error">
          <p>
            {t('courses.loadError')} {errorMessage(t, list.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void list.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.items.length === 0 && (
        <p className="empty" data-testid="courses-empty">
          {t(own ? 'courses.emptyMine' : 'courses.empty')}
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <CoursesTable courses={data.items} caption={t(own ? 'courses.captionMine' : 'courses.caption')} hideDepartment={own} />
          <Pagination page={data.page} size={data.size || COURSES_PAGE_SIZE} total={data.total} totalExact={data.totalExact} onChange={setPage} label={heading} />
        </>
      )}
      <CataloguePanel />
    </div>
  );
}
