import type { ReactNode } from 'react';
import type { SimilarCourse } from '../api/catalogueTypes';
import { formatLanguage } from '../i18n/analyticsFormat';
import { formatDateTime, formatNumber } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/** Only Coursera's own pages are linked: the catalogue's data comes from outside. */
const COURSERA = /^https:\/\/www\.coursera\.org\//;

/** How fresh the catalogue the courses were found in was: its size, last sync and staleness then. */
export interface CatalogueFreshness {
  courses: number;
  /** When it was last synced; null when it never was. */
  syncedAt: string | null;
  stale: boolean;
  staleAfterDays: number;
  /** now: the catalogue of today (a live comparison); then: the one a frozen snapshot was compared with. */
  asOf: 'now' | 'then';
}

interface Props {
  courses: readonly SimilarCourse[];
  freshness: CatalogueFreshness;
  /** The id of the heading that names the list (the caller's heading). */
  labelledBy?: string;
  /** Shown above the list: what the list is (frozen at submission, live from the draft). */
  intro?: ReactNode;
}

/**
 * Coursera courses like a proposal, best first: each with its name linking to Coursera, its partners and languages,
 * why it matched (the words in common, a name that resembles the title or topic) and, in words, whether the
 * university itself offers it; then how fresh the catalogue was, saying so when it was stale.
 */
export function SimilarCourses({ courses, freshness, labelledBy, intro }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="similar-courses" data-testid="similar-courses">
      {intro && <p className="muted">{intro}</p>}
      {courses.length === 0 ? (
        <p className="empty" data-testid="similar-courses-empty">
          {t('similar.empty')}
        </p>
      ) : (
        <ol className="similar-course-list" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : t('similar.listLabel')}>
          {courses.map((course) => (
            <SimilarCourseItem key={course.courseraId} course={course} />
          ))}
        </ol>
      )}
      <p className="muted similar-courses-freshness" data-testid="catalogue-freshness">
        {freshness.syncedAt
          ? t('similar.freshness', { courses: formatNumber(locale, freshness.courses), date: formatDateTime(locale, freshness.syncedAt) })
          : t('similar.freshnessNever', { courses: formatNumber(locale, freshness.courses) })}
      </p>
      {freshness.stale && (
        <p className="alert alert-warning" data-testid="catalogue-stale">
          {freshness.syncedAt
            ? t(freshness.asOf === 'now' ? 'similar.stale.now' : 'similar.stale.then', { days: freshness.staleAfterDays })
            : t(freshness.asOf === 'now' ? 'similar.staleNever.now' : 'similar.staleNever.then')}
        </p>
      )}
    </div>
  );
}

function SimilarCourseItem({ course }: { course: SimilarCourse }) {
  const { t, locale } = useI18n();
  const reasons = reasonsOf(course, t);
  const partners = course.partners.join(', ');
  const languages = course.languages.map((code) => formatLanguage(locale, code)).join(', ');
  return (
    <li className="similar-course" data-testid="similar-course" data-coursera-id={course.courseraId} data-own={course.ownUniversity ? 'true' : undefined}>
      <p className="similar-course-name">
        {COURSERA.test(course.link) ? (
          <a href={course.link} target="_blank" rel="noopener noreferrer" data-testid="similar-course-link">
            {course.name}{' '}
            <span className="visually-hidden">{t('similar.opensCoursera')}</span>
          </a>
        ) : (
          <span data-testid="similar-course-name">{course.name}</span>
        )}
        {course.ownUniversity && (
          <>
            {' '}
            <span className="badge badge-own" data-testid="similar-course-own">
              {t('similar.own')}
            </span>
          </>
        )}
      </p>
      <dl className="similar-course-facts">
        <div>
          <dt>{t('similar.partners')}</dt>
          <dd data-testid="similar-course-partners">{partners || t('similar.unknown')}</dd>
        </div>
        <div>
          <dt>{t('similar.languages')}</dt>
          <dd data-testid="similar-course-languages">{languages || t('similar.unknown')}</dd>
        </div>
        <div>
          <dt>{t('similar.why')}</dt>
          <dd data-testid="similar-course-reasons">
            <ul className="similar-course-reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** Why the course matched, in words: the words in common, and a name like the title or topic. Never empty. */
function reasonsOf(course: SimilarCourse, t: Translate): string[] {
  const reasons: string[] = [];
  if (course.matchedTerms.length > 0) reasons.push(t('similar.terms', { terms: course.matchedTerms.join(', ') }));
  if (course.nameResembles === 'TITLE') reasons.push(t('similar.resembles.TITLE'));
  if (course.nameResembles === 'TOPIC') reasons.push(t('similar.resembles.TOPIC'));
  if (reasons.length === 0) reasons.push(t('similar.noReason'));
  return reasons;
}
