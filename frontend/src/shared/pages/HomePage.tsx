import type { CurrentUser } from '../auth/roles';
import { PortfolioSummary, SemesterReviewsToDecide } from '../../analytics/components/AnalyticsHomeSections';
import { PageHeading } from '../components/PageHeading';
import { LaunchApprovalQueue, MedialabQueueSummary, MyProductionsSection } from '../../production/components/ProductionHomeSections';
import { ProposalQueueSection } from '../../proposals/components/ProposalQueueSection';
import { ProposalsSection } from '../../proposals/components/ProposalsSection';
import { ReviewCasesSection } from '../../review/components/ReviewCasesSection';
import { RoleWelcome, WELCOME_ROLES } from '../components/RoleWelcome';
import { TaskInbox } from '../inbox/TaskInbox';
import { useI18n } from '../i18n/useI18n';

/**
 * The overview: first the task inbox (everything waiting for the user across the services), then what their roles
 * give them to follow.
 */
export function HomePage({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const has = (role: CurrentUser['roles'][number]) => user.roles.includes(role);
  const isAdmin = has('admin');
  const welcomeRoles = WELCOME_ROLES.filter((role) => has(role));

  return (
    <>
      <div className="page-intro">
        <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
        <p className="lead" data-testid="greeting">
          {t('home.greeting', { name: user.name })}
        </p>
        {user.roles.length > 0 ? (
          <p className="muted" data-testid="user-roles">
            {t('home.yourRoles', { roles: user.roles.map((r) => t(`role.${r}` as const)).join(', ') })}
            {user.department && (
              <>
                <br />
                {t('home.department', { department: user.department })}
              </>
            )}
          </p>
        ) : (
          <p className="alert alert-info" data-testid="no-roles">
            {t('home.noRoles')}
          </p>
        )}
      </div>

      {user.roles.length > 0 && <TaskInbox roles={user.roles} />}

      {has('instructor') && <ProposalsSection mode="mine" />}
      {has('instructor') && <MyProductionsSection />}
      {has('medialab') && <MedialabQueueSummary />}
      {isAdmin && !has('instructor') && <ProposalsSection mode="all" />}
      {has('consultant') && (
        <>
          <ProposalQueueSection
            testId="consultation-queue"
            heading="home.consultationQueue.heading"
            intro="home.consultationQueue.intro"
            caption="home.consultationQueue.caption"
            empty="home.consultationQueue.empty"
            filter={{ consultant: 'unassigned' }}
          />
          <ProposalQueueSection
            testId="my-consultations"
            heading="home.myConsultations.heading"
            caption="home.myConsultations.caption"
            empty="home.myConsultations.empty"
            filter={{ consultant: 'me' }}
          />
        </>
      )}
      {has('board') && (
        <ProposalQueueSection
          testId="board-queue"
          heading="home.boardQueue.heading"
          intro="home.boardQueue.intro"
          caption="home.boardQueue.caption"
          empty="home.boardQueue.empty"
          filter={{ status: 'ENDORSEMENT' }}
          endorsementColumn="board"
        />
      )}
      {has('head') && (
        <ProposalQueueSection
          testId="signature-queue"
          heading="home.signatureQueue.heading"
          intro="home.signatureQueue.intro"
          caption="home.signatureQueue.caption"
          empty="home.signatureQueue.empty"
          filter={{ status: 'ENDORSEMENT' }}
          endorsementColumn="head"
        />
      )}
      {has('board') && <LaunchApprovalQueue user={user} />}
      {has('board') && <SemesterReviewsToDecide />}
      {has('committee') && <PortfolioSummary />}
      {(has('committee') || isAdmin) && <ReviewCasesSection />}
      {welcomeRoles.map((role) => (
        <RoleWelcome key={role} role={role} />
      ))}
    </>
  );
}
