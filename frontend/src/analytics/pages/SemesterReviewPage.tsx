import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { useKpiSemesters, useSemesterReview } from '../api/analyticsQueries';
import type { ReviewDecision, ReviewAction, SemesterReviewPack } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { ErrorAlert } from '../../shared/components/Alert';
import { CountryChart, KpiTrend } from '../components/Charts';
import { courseRoute } from '../components/CoursesTable';
import { EvaluationSection } from '../components/EvaluationSection';
import { KpiPanel } from '../components/KpiPanel';
import { ReviewActionsList } from '../components/ReviewActionsList';
import { ReviewDecisionForm } from '../components/ReviewDecisionForm';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { PageHeading } from '../../shared/components/PageHeading';
import { formatReviewOutcome, formatReviewStatus } from '../i18n/analyticsFormat';
import { formatDateTime, formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { CourseFacts } from './CoursePage';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'semester-review-heading';

/**
 * The review pack of one MOOC and semester (`/semester-reviews/:id`, also the reminder mail's link): the KPIs with
 * their trend and the expected enrolments, the charts, the semester's evaluation, the previous review's decision and
 * its open actions (marked done with UPDATE_ACTIONS), and for the study board of the MOOC's department (DECIDE) the
 * decision form; once decided, the recorded decision. *Print* prints the pack (the print style sheet leaves out the
 * site's frame, the forms and the buttons).
 */
export function SemesterReviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useSemesterReview(id);
  const pack = query.data;
  useHeadingFocus(Boolean(pack), HEADING_ID);

  if (query.isPending) return <Skeleton shape="detail" testId="semester-review-loading" label={t('semesterReview.loading')} />;
  if (query.isError || !pack) {
    return (
      <LoadFailure
        error={query.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'semester-review-not-found', error: 'semester-review-error' }}
        texts={{
          notFoundTitle: 'semesterReview.notFound.title',
          notFoundBody: 'semesterReview.notFound.body',
          loadError: 'semesterReview.loadError',
          back: 'semesterReview.backToList',
        }}
        backTo="/semester-reviews"
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <ReviewPack pack={pack} refetch={() => void query.refetch()} />;
}

function ReviewPack({ pack, refetch }: { pack: SemesterReviewPack; refetch: () => void }) {
  const { t, locale } = useI18n();
  const semesters = useKpiSemesters(pack.course.moocId);
  const [justDecided, setJustDecided] = useState(0);
  const [conflict, setConflict] = useState(0);
  const recordedRef = useRef<HTMLElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const semesterText = formatSemester(t, pack.semester);
  const title = t('semesterReview.title', { title: pack.course.title, semester: semesterText });
  const mayDecide = (pack.permissions ?? []).includes('DECIDE') && pack.status === 'OPEN';
  const mayUpdate = (pack.permissions ?? []).includes('UPDATE_ACTIONS');

  const focusedFor = useRef(0);
  const decided = Boolean(pack.decision);
  useEffect(() => {
    // The answered pack may render a moment after the decision's promise: focus the decision once it is there.
    if (justDecided > focusedFor.current && decided && recordedRef.current) {
      focusedFor.current = justDecided;
      recordedRef.current.focus();
    }
  }, [justDecided, decided]);
  useEffect(() => {
    if (conflict > 0) conflictRef.current?.focus();
  }, [conflict]);

  return (
    <article className="review-pack" data-testid="semester-review-page" data-status={pack.status} data-review-id={pack.id} aria-labelledby={HEADING_ID}>
      <p className="back-link no-print">
        <Link to={`/semester-reviews?semester=${encodeURIComponent(pack.semester)}`} data-testid="back-to-semester-reviews">
          {t('semesterReview.backToList')}
        </Link>
      </p>
      <header className="pack-header">
        <p className="agenda-kicker">{t('semesterReview.kicker', { semester: semesterText })}</p>
        <PageHeading id={HEADING_ID} title={title}>
          {title}
        </PageHeading>
        <dl className="facts-list">
          <div>
            <dt>{t('semesterReviews.col.status')}</dt>
            <dd data-testid="semester-review-status" data-status={pack.status}>
              <span className={`badge badge-review-${String(pack.status).toLowerCase()}`}>{formatReviewStatus(t, pack.status)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('semesterReview.semester')}</dt>
            <dd>{semesterText}</dd>
          </div>
          {pack.openedAt && (
            <div>
              <dt>{t('semesterReview.openedAt')}</dt>
              <dd>
                <time dateTime={pack.openedAt}>{formatDateTime(locale, pack.openedAt)}</time>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('semesterReview.course')}</dt>
            <dd>
              <Link to={courseRoute(pack.course.moocId)} data-testid="semester-review-course-link">
                {t('semesterReview.openCourse', { title: pack.course.title })}
              </Link>
            </dd>
          </div>
        </dl>
        <div className="actions no-print">
          <button type="button" className="button button-secondary" onClick={() => window.print()} data-testid="print-pack">
            {t('semesterReview.print')}
          </button>
          <p className="hint">{t('semesterReview.print.hint')}</p>
        </div>
      </header>

      {conflict > 0 && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={conflictRef} data-testid="review-decision-conflict">
          <p>{t('reviewDecision.conflict')}</p>
        </div>
      )}

      {pack.decision && (
        <RecordedDecision
          decision={pack.decision}
          actions={pack.actions ?? []}
          reviewId={pack.id}
          mayUpdate={mayUpdate}
          headingRef={recordedRef}
          justDecided={justDecided > 0}
        />
      )}

      <CourseFacts course={pack.course} />
      <KpiPanel kpis={pack.kpis} />
      <section className="card detail-section pack-charts" aria-labelledby="pack-charts-heading" data-testid="pack-charts">
        <h2 id="pack-charts-heading">{t('chart.heading')}</h2>
        <CountryChart countries={pack.kpis.countries ?? []} semester={pack.semester} />
        {semesters.isError ? (
          <ErrorAlert testId="chart-trend-error">
            <p>
              {t('chart.trend.loadError')} {errorMessage(t, semesters.error)}
            </p>
          </ErrorAlert>
        ) : (
          <KpiTrend moocId={pack.course.moocId} semesters={semesters.data ?? [pack.semester]} upTo={pack.semester} known={pack.kpis} />
        )}
      </section>
      <EvaluationSection evaluation={pack.evaluation} semester={pack.semester} />
      <PreviousReviewSection pack={pack} mayUpdate={mayUpdate} />

      {mayDecide && (
        <ReviewDecisionForm
          pack={pack}
          onDecided={() => setJustDecided((n) => n + 1)}
          onConflict={() => {
            setConflict((n) => n + 1);
            refetch();
          }}
        />
      )}
      {!mayDecide && pack.status === 'OPEN' && (
        <p className="alert alert-info no-print" data-testid="review-decision-not-yours">
          {t('reviewDecision.notYours', { department: pack.course.department })}
        </p>
      )}
      <p className="muted small print-only">{t('semesterReview.printedFooter', { title: pack.course.title, semester: semesterText })}</p>
    </article>
  );
}

function RecordedDecision({
  decision,
  actions,
  reviewId,
  mayUpdate,
  headingRef,
  justDecided,
}: {
  decision: ReviewDecision;
  actions: readonly ReviewAction[];
  reviewId: string;
  mayUpdate: boolean;
  headingRef: RefObject<HTMLElement | null>;
  justDecided: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <section
      className="card detail-section decision-recorded"
      aria-labelledby="review-decision-recorded-heading"
      data-testid="review-decision-recorded"
      data-outcome={decision.outcome}
      ref={headingRef}
      tabIndex={-1}
    >
      <h2 id="review-decision-recorded-heading">{t('reviewDecision.recorded.heading')}</h2>
      {justDecided && <p className="alert alert-success">{t('reviewDecision.recorded.notice')}</p>}
      <p className="decision-outcome" data-testid="review-decision-outcome">
        <strong>{formatReviewOutcome(t, decision.outcome)}</strong>
      </p>
      <dl className="facts-list">
        <div>
          <dt>{t('reviewDecision.recorded.by')}</dt>
          <dd data-testid="review-decision-by">{decision.decidedBy ?? decision.decidedByUsername ?? '–'}</dd>
        </div>
        {decision.completedAt && (
          <div>
            <dt>{t('reviewDecision.recorded.when')}</dt>
            <dd>
              <time dateTime={decision.completedAt}>{formatDateTime(locale, decision.completedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('reviewDecision.comments.label')}</h3>
      {decision.comments ? (
        <p className="pre-wrap" data-testid="review-decision-comments">
          {decision.comments}
        </p>
      ) : (
        <p className="muted">{t('reviewDecision.recorded.noComments')}</p>
      )}
      <h3 id="recorded-actions-heading">{t('reviewDecision.actions.legend')}</h3>
      {actions.length === 0 ? (
        <p className="muted" data-testid="review-recorded-actions-none">
          {t('reviewDecision.recorded.noActions')}
        </p>
      ) : (
        <ReviewActionsList
          actions={actions}
          reviewId={reviewId}
          mayUpdate={mayUpdate}
          testId="review-recorded-actions"
          itemTestId="review-recorded-action"
          label={t('reviewDecision.actions.legend')}
        />
      )}
    </section>
  );
}

/** The course's latest completed review before this semester: its decision and comments, and the actions still open. */
function PreviousReviewSection({ pack, mayUpdate }: { pack: SemesterReviewPack; mayUpdate: boolean }) {
  const { t, locale } = useI18n();
  const prev = pack.previousReview;
  const open = pack.openActions ?? [];
  const all = prev?.actions ?? [];
  return (
    <section className="card detail-section" aria-labelledby="previous-review-heading" data-testid="previous-review" data-outcome={prev?.outcome ?? ''}>
      <h2 id="previous-review-heading">{t('previousReview.heading')}</h2>
      {!prev ? (
        <p className="empty" data-testid="previous-review-none">
          {t('previousReview.none')}
        </p>
      ) : (
        <>
          <p data-testid="previous-review-outcome">
            {t('previousReview.decided', {
              semester: formatSemester(t, prev.semester),
              outcome: formatReviewOutcome(t, prev.outcome),
              when: prev.completedAt ? formatDateTime(locale, prev.completedAt) : '–',
            })}
          </p>
          {prev.comments && (
            <blockquote className="pre-wrap" data-testid="previous-review-comments">
              {prev.comments}
            </blockquote>
          )}
          <h3>{t('previousReview.openActions')}</h3>
          <p data-testid="open-actions-count" data-count={open.length}>
            {open.length === 0
              ? t(all.length === 0 ? 'previousReview.noActions' : 'previousReview.allDone')
              : t(open.length === 1 ? 'previousReview.open.one' : 'previousReview.open.other', {
                  count: formatNumber(locale, open.length),
                  total: formatNumber(locale, all.length),
                })}
          </p>
          {all.length > 0 && (
            <ReviewActionsList
              actions={all}
              reviewId={prev.id}
              mayUpdate={mayUpdate}
              testId="previous-actions"
              itemTestId="previous-action"
              label={t('previousReview.actionsLabel', { semester: formatSemester(t, prev.semester) })}
            />
          )}
        </>
      )}
    </section>
  );
}
