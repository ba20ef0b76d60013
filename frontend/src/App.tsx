import { lazy, Suspense, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { BrowserRouter, Navigate, Route, Routes, useParams } from 'react-router-dom';
import { ApiProvider } from './shared/api/ApiProvider';
import { createQueryClient } from './shared/api/queryClient';
import { buildOidcConfig } from './shared/auth/oidc';
import { mayCall } from './shared/auth/operationRoles';
import type { CurrentUser } from './shared/auth/roles';
import { useCurrentUser } from './shared/auth/useCurrentUser';
import type { EndorsementKind } from './proposals/components/EndorsementsSection';
import { Layout } from './shared/components/Layout';
import { canAccess, type PageId } from './shared/components/navigation';
import { OutageNotice } from './shared/components/OutageNotice';
import { Skeleton } from './shared/components/Skeleton';
import type { AppConfig } from './config';
import { useI18n } from './shared/i18n/useI18n';
import { AgendaPage } from './review/pages/AgendaPage';
import { EndorsementDecisionPage } from './proposals/pages/EndorsementDecisionPage';
import { HomePage } from './shared/pages/HomePage';
import { LandingPage } from './shared/pages/LandingPage';
import { LaunchApprovalPage } from './production/pages/LaunchApprovalPage';
import { MedialabPage } from './production/pages/MedialabPage';
import { MeetingPage } from './review/pages/MeetingPage';
import { MeetingsPage } from './review/pages/MeetingsPage';
import { NetworkMeetingsPage } from './production/pages/NetworkMeetingsPage';
import { NewProposalPage } from './proposals/pages/NewProposalPage';
import { NotFoundPage } from './shared/pages/NotFoundPage';
import { ProductionRoute } from './production/pages/ProductionPage';
import { ProductionsListPage } from './production/pages/ProductionsListPage';
import { ProposalDetailPage } from './proposals/pages/ProposalDetailPage';
import { ProposalsListPage } from './proposals/pages/ProposalsListPage';
import { ReviewCasePage } from './review/pages/ReviewCasePage';
import { ReviewCasesPage } from './review/pages/ReviewCasesPage';

function Guard({ page, user, children }: { page: PageId; user: CurrentUser; children: ReactNode }) {
  // Suspense: the analytics pages' scripts load when they are first opened.
  return canAccess(page, user.roles) ? <Suspense fallback={<PageLoading />}>{children}</Suspense> : <NotFoundPage forbidden />;
}

/** A new page (fresh state) for every proposal id. */
function ProposalDetailRoute() {
  const { id = '' } = useParams();
  return <ProposalDetailPage key={id} id={id} />;
}

/** The study board's approval or the head's signature of one proposal (the e-mail's link). */
function EndorsementDecisionRoute({ kind }: { kind: EndorsementKind }) {
  const { id = '' } = useParams();
  return <EndorsementDecisionPage key={`${kind}-${id}`} id={id} kind={kind} />;
}

/** A new page (fresh state) for every review case id. */
function ReviewCaseRoute({ username }: { username: string }) {
  const { id = '' } = useParams();
  return <ReviewCasePage key={id} id={id} username={username} />;
}

/** A new page (fresh state) for every meeting id. */
function MeetingRoute() {
  const { id = '' } = useParams();
  return <MeetingPage key={id} id={id} />;
}

function AgendaRoute() {
  const { id = '' } = useParams();
  return <AgendaPage key={id} id={id} />;
}

/** The study board's decision on a launch (the e-mail's link). */
function LaunchApprovalRoute() {
  const { id = '' } = useParams();
  return <LaunchApprovalPage key={id} id={id} />;
}

/*
 * The analytics pages (courses, semester reviews, the portfolio) are loaded when first opened: a separate script of
 * the same origin, so the main script stays small.
 */
const CoursesPage = lazy(() => import('./analytics/pages/CoursesPage').then((m) => ({ default: m.CoursesPage })));
const CoursePage = lazy(() => import('./analytics/pages/CoursePage').then((m) => ({ default: m.CoursePage })));
const SemesterReviewsPage = lazy(() => import('./analytics/pages/SemesterReviewsPage').then((m) => ({ default: m.SemesterReviewsPage })));
const SemesterReviewPage = lazy(() => import('./analytics/pages/SemesterReviewPage').then((m) => ({ default: m.SemesterReviewPage })));
const PortfolioPage = lazy(() => import('./analytics/pages/PortfolioPage').then((m) => ({ default: m.PortfolioPage })));
const PortfolioMoocPage = lazy(() => import('./analytics/pages/PortfolioMoocPage').then((m) => ({ default: m.PortfolioMoocPage })));

/** While a page's script loads. */
function PageLoading() {
  const { t } = useI18n();
  return <Skeleton shape="detail" label={t('app.loading')} testId="page-loading" />;
}

/** A new page (fresh state) for every launched course. */
function CourseRoute({ user }: { user: CurrentUser }) {
  const { id = '' } = useParams();
  return <CoursePage key={id} id={id} user={user} />;
}

/** A semester review's pack (also the link in analytics-service's mails). */
function SemesterReviewRoute() {
  const { id = '' } = useParams();
  return <SemesterReviewPage key={id} id={id} />;
}

/** One MOOC's place in the portfolio and its timeline. */
function PortfolioMoocRoute() {
  const { moocId = '' } = useParams();
  return <PortfolioMoocPage key={moocId} moocId={moocId} />;
}

function AppRoutes() {
  const auth = useAuth();
  const user = useCurrentUser();
  const { t } = useI18n();

  const signOut = () => {
    void auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` });
  };

  if (!user) {
    // While the stored session is being read, do not flash the Sign in button.
    if (auth.isLoading && !auth.error && !auth.activeNavigator) {
      return (
        <Layout user={null}>
          <Skeleton shape="cards" label={t('app.loading')} testId="app-loading" />
        </Layout>
      );
    }
    return (
      <Layout user={null}>
        <LandingPage />
      </Layout>
    );
  }

  return (
    <Layout user={user} onSignOut={signOut}>
      <OutageNotice />
      <Routes>
        <Route path="/" element={<HomePage user={user} />} />
        <Route
          path="/proposals"
          element={
            <Guard page="proposals" user={user}>
              <ProposalsListPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/proposals/new"
          element={mayCall('createProposal', user.roles) ? <NewProposalPage /> : <NotFoundPage forbidden />}
        />
        <Route
          path="/proposals/:id"
          element={
            <Guard page="proposals" user={user}>
              <ProposalDetailRoute />
            </Guard>
          }
        />
        <Route
          path="/proposals/:id/board-approval"
          element={
            <Guard page="proposals" user={user}>
              <EndorsementDecisionRoute kind="board" />
            </Guard>
          }
        />
        <Route
          path="/proposals/:id/signature"
          element={
            <Guard page="proposals" user={user}>
              <EndorsementDecisionRoute kind="head" />
            </Guard>
          }
        />
        <Route
          path="/review-cases"
          element={
            <Guard page="review-cases" user={user}>
              <ReviewCasesPage />
            </Guard>
          }
        />
        <Route
          path="/review-cases/:id"
          element={
            <Guard page="review-cases" user={user}>
              <ReviewCaseRoute username={user.username} />
            </Guard>
          }
        />
        <Route
          path="/meetings"
          element={
            <Guard page="meetings" user={user}>
              <MeetingsPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/meetings/:id"
          element={
            <Guard page="meetings" user={user}>
              <MeetingRoute />
            </Guard>
          }
        />
        <Route
          path="/meetings/:id/agenda"
          element={
            <Guard page="meetings" user={user}>
              <AgendaRoute />
            </Guard>
          }
        />
        <Route
          path="/productions"
          element={
            <Guard page="productions" user={user}>
              <ProductionsListPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/productions/:id"
          element={
            <Guard page="productions" user={user}>
              <ProductionRoute user={user} />
            </Guard>
          }
        />
        <Route
          path="/productions/:id/launch-approval"
          element={
            <Guard page="productions" user={user}>
              <LaunchApprovalRoute />
            </Guard>
          }
        />
        {/* The placeholder's old address. */}
        <Route path="/production" element={<Navigate to="/productions" replace />} />
        <Route
          path="/medialab"
          element={
            <Guard page="medialab" user={user}>
              <MedialabPage />
            </Guard>
          }
        />
        {/* The address in production-service's mail to MediaLab. */}
        <Route path="/medialab/queue" element={<Navigate to="/medialab" replace />} />
        <Route
          path="/network-meetings"
          element={
            <Guard page="network-meetings" user={user}>
              <NetworkMeetingsPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/courses"
          element={
            <Guard page="courses" user={user}>
              <CoursesPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/courses/:id"
          element={
            <Guard page="courses" user={user}>
              <CourseRoute user={user} />
            </Guard>
          }
        />
        <Route
          path="/semester-reviews"
          element={
            <Guard page="semester-reviews" user={user}>
              <SemesterReviewsPage user={user} />
            </Guard>
          }
        />
        <Route
          path="/semester-reviews/:id"
          element={
            <Guard page="semester-reviews" user={user}>
              <SemesterReviewRoute />
            </Guard>
          }
        />
        <Route
          path="/portfolio"
          element={
            <Guard page="portfolio" user={user}>
              <PortfolioPage />
            </Guard>
          }
        />
        <Route
          path="/portfolio/:moocId"
          element={
            <Guard page="portfolio" user={user}>
              <PortfolioMoocRoute />
            </Guard>
          }
        />
        {/* The placeholder's old address. */}
        <Route path="/analytics" element={<Navigate to="/courses" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}

/**
 * One query cache per signed-in user: cached data never leaks from one session to the
 * next in the same tab, and signing out drops everything.
 */
function DataProviders({ apiBase, children }: { apiBase: string; children: ReactNode }) {
  const subject = useAuth().user?.profile.sub;
  // Keyed by the user's subject: a new, empty cache for every user.
  const [cache, setCache] = useState(() => ({ subject, client: createQueryClient() }));
  let queryClient = cache.client;
  if (cache.subject !== subject) {
    queryClient = createQueryClient();
    setCache({ subject, client: queryClient });
  }
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider baseUrl={apiBase}>{children}</ApiProvider>
    </QueryClientProvider>
  );
}

export function App({ config }: { config: AppConfig }) {
  const [oidcConfig] = useState(() => buildOidcConfig(config));
  return (
    <AuthProvider {...oidcConfig}>
      <DataProviders apiBase={config.apiBase}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </DataProviders>
    </AuthProvider>
  );
}
