import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useProduction } from '../api/productionQueries';
import type { Production } from '../../proposals/api/types';
import type { CurrentUser } from '../../shared/auth/roles';
import { StatusMessage } from '../../shared/components/Alert';
import { MAIN_ID } from '../../shared/components/Layout';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { canAccess } from '../../shared/components/navigation';
import { PageHeading } from '../../shared/components/PageHeading';
import { FeedbackSection } from '../components/FeedbackSection';
import { MaintenanceSection } from '../components/MaintenanceSection';
import { PlanSection } from '../components/PlanSection';
import { ProductionFacts } from '../components/ProductionFacts';
import { QualitySection } from '../components/QualitySection';
import { TeamSection } from '../components/TeamSection';
import { VideoSection } from '../components/VideoSection';
import {
  StepFailureAlert,
  StepNoticeMessage,
  StepsContext,
  type StepFailure,
  type StepNotice,
  type Steps,
} from '../components/productionSteps';
import { StepPage } from '../../shared/components/StepPage';
import type { Message } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';

const HEADING_ID = 'production-heading';

/**
 * One production: status and facts (and the launch), the development plan, the team, the feedback rounds, the
 * QA gates with the user test, the study board's launch approval and the launch, video production, and after the
 * launch the maintenance tasks. Every action comes from the production's `permissions`; its outcome is announced
 * in the polite live region (`production-notice`, which takes focus), a failure is an alert that takes focus
 * (`production-action-error`) and the production is read again.
 */
export function ProductionPage({ id, user }: { id: string; user: CurrentUser }) {
  const { t } = useI18n();
  const query = useProduction(id);
  const [notice, setNotice] = useState<StepNotice | null>(null);
  const [failure, setFailure] = useState<StepFailure | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const headingFocused = useRef(false);
  const p = query.data;

  useEffect(() => {
    if (!p || headingFocused.current) return;
    headingFocused.current = true;
    const active = document.activeElement;
    if (!active || active === document.body || active.id === MAIN_ID) document.getElementById(HEADING_ID)?.focus();
  }, [p]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const run = useCallback<Steps['run']>(async (step, failed, call, done) => {
    setNotice(null);
    setFailure(null);
    setPending(step);
    try {
      const answer = await call();
      const outcome = done(answer);
      const full: Omit<StepNotice, 'n'> = 'message' in outcome ? outcome : { message: outcome as Message };
      setNotice((n) => ({ ...full, n: (n?.n ?? 0) + 1 }));
      return true;
    } catch (error) {
      setFailure((f) => ({ title: failed, error, n: (f?.n ?? 0) + 1 }));
      return false;
    } finally {
      setPending(null);
    }
  }, []);

  const clear = useCallback(() => {
    setNotice(null);
    setFailure(null);
  }, []);

  const announce = useCallback<Steps['announce']>((next) => {
    setFailure(null);
    setNotice((n) => ({ ...next, n: (n?.n ?? 0) + 1 }));
  }, []);

  const steps = useMemo<Steps>(() => ({ pending, run, clear, announce }), [pending, run, clear, announce]);

  const page = (content: ReactNode) => (
    <StepsContext.Provider value={steps}>
      <StepPage
        className="production-page"
        notice={<StepNoticeMessage notice={notice} noticeRef={noticeRef} testId="production-notice" />}
        failure={<StepFailureAlert failure={failure} failureRef={failureRef} testId="production-action-error" />}
      >
        {content}
      </StepPage>
    </StepsContext.Provider>
  );

  if (query.isPending) return page(<StatusMessage testId="production-loading">{t('production.loading')}</StatusMessage>);

  if (query.isError || !p) {
    return page(
      <LoadFailure
        error={query.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'production-not-found', error: 'production-error' }}
        texts={{
          notFoundTitle: 'production.notFound.title',
          notFoundBody: 'production.notFound.body',
          loadError: 'production.loadError',
          back: 'production.backToList',
        }}
        backTo="/productions"
        onRetry={() => void query.refetch()}
      />,
    );
  }

  return page(<ProductionContent production={p} user={user} />);
}

function ProductionContent({ production: p, user }: { production: Production; user: CurrentUser }) {
  const { t } = useI18n();
  const launchedOrRetired = p.status === 'LAUNCHED' || p.status === 'RETIRED';
  return (
    <article className="production-detail" data-testid="production-page" data-status={p.status} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/productions" data-testid="back-to-productions">
          {t('production.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={p.title}>
        {p.title}
      </PageHeading>
      <ProductionFacts production={p} showProposalLink={canAccess('proposals', user.roles)} />
      <nav className="page-toc" aria-label={t('production.toc')}>
        <ul className="inline-list">
          <li>
            <a href="#plan-heading">{t('plan.heading')}</a>
          </li>
          <li>
            <a href="#production-team-heading">{t('productionTeam.heading')}</a>
          </li>
          <li>
            <a href="#feedback-heading">{t('feedback.heading')}</a>
          </li>
          <li>
            <a href="#quality-heading">{t('quality.heading')}</a>
          </li>
          <li>
            <a href="#video-heading">{t('video.heading')}</a>
          </li>
          {(launchedOrRetired || (p.maintenanceTasks?.length ?? 0) > 0) && (
            <li>
              <a href="#maintenance-heading">{t('maintenance.heading')}</a>
            </li>
          )}
        </ul>
      </nav>
      <PlanSection production={p} />
      <TeamSection production={p} />
      <FeedbackSection production={p} />
      <QualitySection production={p} />
      <VideoSection production={p} />
      {(launchedOrRetired || (p.maintenanceTasks?.length ?? 0) > 0) && <MaintenanceSection production={p} />}
    </article>
  );
}
