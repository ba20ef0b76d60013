import { Link, useSearchParams } from 'react-router-dom';
import { useCourse, useEvaluations, useKpiSemesters, useKpis } from '../api/analyticsQueries';
import type { Course } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { courseSemester, semesterOf, semesterOrder } from '../components/analyticsModel';
import { CountryChart, KpiTrend } from '../components/Charts';
import { EvaluationSection } from '../components/EvaluationSection';
import { EvaluationUploadForm, ImportsSection, evaluationSemesters } from '../components/ImportsSection';
import { KpiPanel } from '../components/KpiPanel';
import { LearnerDataSection } from '../components/LearnerDataSection';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { formatCourseStatus } from '../i18n/analyticsFormat';
import { formatDate, formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'course-heading';

/** Who may import a course's exports and evaluations: its instructor, the LearningLab and admins (the server checks the course). */
export function mayImportFor(user: CurrentUser): boolean {
  return user.roles.some((r) => r === 'instructor' || r === 'consultant' || r === 'admin');
}

/** Who may change a course's retention and delete its learner data: administrators only (the server checks again). */
export function mayAdministerLearnerData(user: CurrentUser): boolean {
  return user.roles.includes('admin');
}

/**
 * One launched course (`/courses/:id`): its facts, the semester selector, the KPI panel of the chosen semester with
 * the trend and the expected enrolments, the charts (learners by country, a KPI across semesters), the semester's
 * evaluation and the export imports; the instructor, the LearningLab and admins import exports and evaluations and see
 * what is kept of the course's learners (admins set its retention and delete it).
 */
export function CoursePage({ id, user }: { id: string; user: CurrentUser }) {
  const { t } = useI18n();
  // One request for the page: the course brings its parts along (the sections below read them from the cache).
  const course = useCourse(id, { withParts: true });
  const c = course.data;
  useHeadingFocus(Boolean(c), HEADING_ID);

  if (course.isPending) return <Skeleton shape="detail" testId="course-loading" label={t('course.loading')} />;
  if (course.isError || !c) {
    return (
      <LoadFailure
        error={course.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'course-not-found', error: 'course-error' }}
        texts={{ notFoundTitle: 'course.notFound.title', notFoundBody: 'course.notFound.body', loadError: 'course.loadError', back: 'course.backToList' }}
        backTo="/courses"
        onRetry={() => void course.refetch()}
      />
    );
  }
  return <CourseContent course={c} user={user} />;
}

function CourseContent({ course: c, user }: { course: Course; user: CurrentUser }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const semesters = useKpiSemesters(c.moocId);
  const list = semesters.data ?? [];
  // The server lists only semesters that have begun, up to the newest with data: its first is the default.
  const semester = courseSemester(list, params.get('semester'));
  const kpis = useKpis(c.moocId, semester);
  const evaluations = useEvaluations(c.moocId);
  const mayImport = mayImportFor(user);
  const evaluation = semester ? (evaluations.data ?? []).find((e) => e.semester === semester) : undefined;

  return (
    <article className="course-detail" data-testid="course-page" data-status={c.status} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/courses" data-testid="back-to-courses">
          {t('course.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={c.title}>
        {c.title}
      </PageHeading>
      <CourseFacts course={c} />

      <section className="card detail-section" aria-labelledby="course-semester-heading">
        <h2 id="course-semester-heading">{t('course.semester.heading')}</h2>
        {semesters.isPending && <Skeleton shape="text" count={1} label={t('course.semester.loading')} />}
        {semesters.isError && (
          <ErrorAlert testId="course-semesters-error">
            <p>
              {t('course.semester.loadError')} {errorMessage(t, semesters.error)}
            </p>
            <button type="button" className="button button-secondary" onClick={() => void semesters.refetch()}>
              {t('app.retry')}
            </button>
          </ErrorAlert>
        )}
        {semesters.data && list.length === 0 && <NoDataYet launchSemester={c.launchSemester} />}
        {list.length > 0 && semester && (
          <div className="field field-inline">
            <label htmlFor="course-semester">{t('course.semester.label')}</label>
            <select
              id="course-semester"
              value={semester}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('semester', e.target.value);
                setParams(next);
              }}
              data-testid="course-semester"
            >
              {list.map((s) => (
                <option key={s} value={s}>
                  {formatSemester(t, s)}
                </option>
              ))}
            </select>
          </div>
        )}
      </section>

      {semester && kpis.isPending && <Skeleton shape="cards" count={4} testId="kpis-loading" label={t('kpi.loading')} />}
      {kpis.isError && (
        <ErrorAlert testId="kpis-error">
          <p>
            {t('kpi.loadError')} {errorMessage(t, kpis.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void kpis.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {kpis.data && (
        <>
          <KpiPanel kpis={kpis.data} />
          <section className="card detail-section" aria-labelledby="course-charts-heading" data-testid="course-charts">
            <h2 id="course-charts-heading">{t('chart.heading')}</h2>
            <CountryChart countries={kpis.data.countries ?? []} semester={kpis.data.semester} />
            <KpiTrend moocId={c.moocId} semesters={list} known={kpis.data} />
          </section>
        </>
      )}

      {semester && (
        <EvaluationSection evaluation={evaluation} semester={semester}>
          {evaluations.isError && (
            <ErrorAlert testId="evaluations-error">
              <p>
                {t('evaluation.loadError')} {errorMessage(t, evaluations.error)}
              </p>
            </ErrorAlert>
          )}
          {mayImport && c.status !== 'RETIRED' && (
            <EvaluationUploadForm moocId={c.moocId} semester={semester} semesters={evaluationSemesters(c.launchSemester, new Date(), list)} />
          )}
        </EvaluationSection>
      )}
      {!semester && mayImport && semesters.data && (
        <section className="card detail-section" aria-labelledby="evaluation-first-heading">
          <h2 id="evaluation-first-heading">{t('evaluation.headingPlain')}</h2>
          <EvaluationUploadForm
            moocId={c.moocId}
            semester={evaluationSemesters(c.launchSemester, new Date())[0]}
            semesters={evaluationSemesters(c.launchSemester, new Date())}
          />
        </section>
      )}

      <ImportsSection moocId={c.moocId} mayImport={mayImport} />
      {/* The learner data is read by the same roles that import it. */}
      {mayImport && <LearnerDataSection moocId={c.moocId} title={c.title} mayAdminister={mayAdministerLearnerData(user)} />}
    </article>
  );
}

/**
 * No semester that has begun has data yet: before the launch semester (by this browser's date; the server, whose clock
 * decides, listed none) it says when the course launches, otherwise that the export is still to be imported.
 */
function NoDataYet({ launchSemester }: { launchSemester?: string | null }) {
  const { t } = useI18n();
  const ahead = typeof launchSemester === 'string' && semesterOrder(launchSemester) > semesterOrder(semesterOf(new Date()));
  return (
    <p className="empty" role="status" data-testid="course-no-data" data-reason={ahead ? 'not-launched' : 'no-data'}>
      {ahead ? t('course.semester.notLaunched', { semester: formatSemester(t, launchSemester) }) : t('course.semester.none')}
    </p>
  );
}

/** The course's facts: department, instructor, status, the course on Coursera, launch and the proposal's expectation. */
export function CourseFacts({ course: c, headingLevel = 2 }: { course: Course; headingLevel?: 2 | 3 }) {
  const { t, locale } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card detail-section" aria-labelledby="course-facts-heading" data-testid="course-facts">
      <H id="course-facts-heading">{t('course.facts')}</H>
      <dl className="facts-list">
        <div>
          <dt>{t('detail.department')}</dt>
          <dd data-testid="course-department">{c.department}</dd>
        </div>
        {c.instructorName && (
          <div>
            <dt>{t('course.instructor')}</dt>
            <dd data-testid="course-instructor">{c.instructorName}</dd>
          </div>
        )}
        <div>
          <dt>{t('courses.col.status')}</dt>
          <dd data-testid="course-status" data-status={c.status}>
            <span className={`badge badge-course-${String(c.status).toLowerCase()}`}>{formatCourseStatus(t, c.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('course.coursera')}</dt>
          <dd>
            {c.courseraUrl ? (
              <a href={c.courseraUrl} target="_blank" rel="noopener noreferrer" className="url-text" data-testid="course-coursera-link">
                {c.courseraUrl}
                <span className="visually-hidden"> {t('production.newWindow')}</span>
              </a>
            ) : (
              '–'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('course.launched')}</dt>
          <dd data-testid="course-launched">
            {c.launchedOn ? <time dateTime={c.launchedOn}>{formatDate(locale, c.launchedOn)}</time> : '–'}
            {c.launchSemester && ` (${formatSemester(t, c.launchSemester)})`}
          </dd>
        </div>
        <div>
          <dt>{t('course.plannedLaunch')}</dt>
          <dd>{c.plannedLaunchSemester ? formatSemester(t, c.plannedLaunchSemester) : '–'}</dd>
        </div>
        <div>
          <dt>{t('course.expectedEnrolments')}</dt>
          <dd data-testid="course-expected-enrolments">
            {typeof c.expectedEnrolments === 'number' ? formatNumber(locale, c.expectedEnrolments) : t('kpi.expected.notGiven')}
          </dd>
        </div>
        <div>
          <dt>{t('course.content')}</dt>
          <dd>{c.newContent === false && c.courseCode ? t('course.content.existing', { code: c.courseCode }) : t('course.content.new')}</dd>
        </div>
      </dl>
    </section>
  );
}
