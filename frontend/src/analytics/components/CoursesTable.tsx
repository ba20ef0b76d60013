import { Link } from 'react-router-dom';
import type { Course } from '../api/analyticsTypes';
import { formatCourseStatus } from '../i18n/analyticsFormat';
import { formatDate, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

export function courseRoute(moocId: string): string {
  return `/courses/${encodeURIComponent(moocId)}`;
}

/** Launched courses: title (→ the course), department, launch, status and the course on Coursera. */
export function CoursesTable({ courses, caption, hideDepartment }: { courses: readonly Course[]; caption: string; hideDepartment?: boolean }) {
  const { t, locale } = useI18n();
  const tableRef = useCardLabels<HTMLTableElement>();
  return (
    <div className="table-wrap">
      <table ref={tableRef} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="courses-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.col.title')}</th>
            {!hideDepartment && <th scope="col">{t('detail.department')}</th>}
            <th scope="col">{t('courses.col.launched')}</th>
            <th scope="col">{t('courses.col.status')}</th>
            <th scope="col">{t('courses.col.coursera')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.moocId} data-testid="course-row" data-mooc-id={c.moocId} data-status={c.status}>
              <th scope="row" className="cell-title">
                <Link to={courseRoute(c.moocId)} data-testid="course-link">
                  {c.title}
                </Link>
              </th>
              {!hideDepartment && <td>{c.department}</td>}
              <td>
                {c.launchedOn ? <time dateTime={c.launchedOn}>{formatDate(locale, c.launchedOn)}</time> : '–'}
                {c.launchSemester && <span className="muted"> ({formatSemester(t, c.launchSemester)})</span>}
              </td>
              <td data-testid="course-status">
                <span className={`badge badge-course-${String(c.status).toLowerCase()}`}>{formatCourseStatus(t, c.status)}</span>
              </td>
              <td>
                {c.courseraUrl ? (
                  <a href={c.courseraUrl} target="_blank" rel="noopener noreferrer" data-testid="course-coursera-link">
                    {t('courses.openOnCoursera', { title: c.title })}
                    <span className="visually-hidden"> {t('production.newWindow')}</span>
                  </a>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
