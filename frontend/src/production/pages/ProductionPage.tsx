import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useProduction } from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import type { CurrentUser } from '../../shared/auth/roles';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { canAccess } from '../../shared/components/navigation';
import { PageHeading } from '../../shared/components/PageHeading';
import { FeedbackSection } from '../components/FeedbackSection';
import { LaunchSection, unmetGates } from '../components/LaunchSection';
import { PlanSection } from '../components/PlanSection';
import { ProductionFacts } from '../components/ProductionFacts';
import { ProductionNextStepCard } from '../components/ProductionNextStepCard';
import { ProductionTabPanel, ProductionTabs, tabOf, type ProductionTab } from '../components/ProductionTabs';
import { QualitySection } from '../components/QualitySection';
import { TeamSection } from '../components/TeamSection';
import { VideoSection } from '../components/VideoSection';
import {
  StepFailureAlert,
  StepNoticeMessage,
  StepsContext,
  type StepNotice,
  type Steps,
} from '../components/productionSteps';
import { StepPage } from '../../shared/components/StepPage';
import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'production-heading';

/** `/productions/:id?tab=…`: a new page (fresh state) for every production; the section from the address. */
export function ProductionRoute({ user }: { user: CurrentUser }) {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  return <ProductionPage key={id} id={id} user={user} tab={tabOf(search)} />;
}

/**
 * One production: status and facts (and the launch) above its sections as tabs, each with its own address
 * (`/productions/{id}/{tab}`): the development plan with the team, the feedback rounds, video production, the QA
 * gates with the user test, and the study board's launch approval with the launch (after it the maintenance tasks). Every action comes from the production's `permissions`; its outcome is announced
 * in the polite live region (`production-notice`, which takes focus), a failure is an alert that takes focus
 * (`production-action-error`) and the production is read again.
 */
export function ProductionPage({ id, user, tab = 'plan' }: { id: string; user: CurrentUser; tab?: ProductionTab }) {
  const { t } = useI18n();
  const query = useProduction(id);
  const outcome = useStepOutcome();
  const { clear: clearOutcome, succeed, fail } = outcome;
  const [pending, setPending] = useState<string | null>(null);
  // What a notice lists below its message (the launch's warnings); said with the notice, gone with it.
  const [noticeList, setNoticeList] = useState<Pick<StepNotice, 'list' | 'listTestId'> | null>(null);
  const noticeRef = useFocusWhenShown<HTMLDivElement>(outcome.notice);
  const failureRef = useFocusWhenShown<HTMLDivElement>(outcome.failure);
  const p = query.data;

  useFocusHeadingWhenLoaded(HEADING_ID, p);

  const announce = useCallback<Steps['announce']>(
    (next) => {
      setNoticeList({ list: next.list, listTestId: next.listTestId });
      succeed(next.message);
    },
    [succeed],
  );

  const clear = useCallback(() => {
    setNoticeList(null);
    clearOutcome();
  }, [clearOutcome]);

  const run = useCallback<Steps['run']>(
    async (step, failed, call, done) => {
      clear();
      setPending(step);
      try {
        const answer = await call();
        const said = done(answer);
        announce('message' in said ? said : { message: said as Message });
        return true;
      } catch (error) {
        fail(failed, error);
        return false;
      } finally {
        setPending(null);
      }
    },
    [clear, announce, fail],
  );

  const steps = useMemo<Steps>(() => ({ pending, run, clear, announce }), [pending, run, clear, announce]);
  const notice: StepNotice | null = outcome.notice && { ...outcome.notice, ...noticeList };

  const page = (content: ReactNode) => (
    <StepsContext.Provider value={steps}>
      <StepPage
        className="production-page"
        notice={<StepNoticeMessage notice={notice} noticeRef={noticeRef} testId="production-notice" />}
        failure={<StepFailureAlert failure={outcome.failure} failureRef={failureRef} testId="production-action-error" />}
      >
        {content}
      </StepPage>
    </StepsContext.Provider>
  );

  if (query.isPending) return page(<Skeleton shape="detail" testId="production-loading" label={t('production.loading')} />);

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

  return page(<ProductionContent production={p} user={user} tab={tab} />);
}

function ProductionContent({ production: p, user, tab }: { production: Production; user: CurrentUser; tab: ProductionTab }) {
  const { t, locale } = useI18n();
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const overdue = (p.milestones ?? []).filter((m) => m.overdue).length;
  const gatesOpen = unmetGates(p).length;
  const launched = p.status === 'LAUNCHED' || p.status === 'RETIRED';
  // A short note on a tab says what waits there, in words (part of the tab's name).
  const extra: Partial<Record<ProductionTab, string>> = {
    ...(overdue > 0 ? { plan: t('productionTabs.overdue', { count: count(overdue) }) } : {}),
    ...(!launched && gatesOpen > 0 ? { quality: t('productionTabs.gatesOpen', { count: count(gatesOpen) }) } : {}),
    ...(launched ? { launch: t('productionTabs.launched') } : {}),
  };
  return (
    <article className="production-detail" data-testid="production-page" data-status={p.status} data-tab={tab} aria-labelledby={HEADING_ID}>
      <p className="back-link">
        <Link to="/productions" data-testid="back-to-productions">
          {t('production.backToList')}
        </Link>
      </p>
      <PageHeading id={HEADING_ID} title={`${p.title} – ${t(TAB_TITLE[tab])}`}>
        {p.title}
      </PageHeading>
      <ProductionFacts production={p} showProposalLink={canAccess('proposals', user.roles)} />
      <ProductionNextStepCard production={p} user={user} />
      <ProductionTabs moocId={p.moocId} active={tab} extra={extra} />
      <ProductionTabPanel tab="plan" active={tab}>
        {() => (
          <>
            <PlanSection production={p} />
            <TeamSection production={p} />
          </>
        )}
      </ProductionTabPanel>
      <ProductionTabPanel tab="feedback" active={tab}>
        {() => <FeedbackSection production={p} />}
      </ProductionTabPanel>
      <ProductionTabPanel tab="video" active={tab}>
        {() => <VideoSection production={p} />}
      </ProductionTabPanel>
      <ProductionTabPanel tab="quality" active={tab}>
        {() => <QualitySection production={p} />}
      </ProductionTabPanel>
      <ProductionTabPanel tab="launch" active={tab}>
        {() => <LaunchSection production={p} />}
      </ProductionTabPanel>
    </article>
  );
}

/** The document's title names the open section. */
const TAB_TITLE: Record<ProductionTab, MessageKey> = {
  plan: 'productionTabs.plan',
  feedback: 'productionTabs.feedback',
  video: 'productionTabs.video',
  quality: 'productionTabs.quality',
  launch: 'productionTabs.launch',
};
