import type { CurrentUser } from '../auth/roles';
import { PortfolioSummary } from '../../analytics/components/AnalyticsHomeSections';
import { PageHeading } from '../components/PageHeading';
import { MyProductionsSection } from '../../production/components/ProductionHomeSections';
import { ProposalQueueSection } from '../../proposals/components/ProposalQueueSection';
import { ProposalsSection } from '../../proposals/components/ProposalsSection';
import { ReviewCasesSection } from '../../review/components/ReviewCasesSection';
import { RoleWelcome, WELCOME_ROLES } from '../components/RoleWelcome';
import { TaskInbox } from '../inbox/TaskInbox';
import { useI18n } from '../i18n/useI18n';

/**
 * The overview: first the task inbox (everything waiting for the user across the services), then what their roles
 * give them to follow. What the inbox lists is not listed again: the LearningLab's queue of consultations, the study
 * board's approvals and launch approvals, the head's signatures, the semester reviews to decide and MediaLab's
 * bookings are tasks there, each with its action.
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

      {/* an instructor's production tasks and her productions are one read of production-service */}
      {user.roles.length > 0 && <TaskInbox roles={user.roles} withMyProductions={has('instructor')} />}

      {has('instructor') && <ProposalsSection mode="mine" />}
      {has('instructor') && <MyProductionsSection />}
      {isAdmin && !has('instructor') && <ProposalsSection mode="all" />}
      {has('consultant') && (
        // The consultations they took, also the recorded ones: the inbox lists only the one still to record.
        <ProposalQueueSection
          testId="my-consultations"
          heading="home.myConsultations.heading"
          caption="home.myConsultations.caption"
          empty="home.myConsultations.empty"
          filter={{ consultant: 'me' }}
        />
      )}
      {has('committee') && <PortfolioSummary />}
      {(has('committee') || isAdmin) && <ReviewCasesSection />}
      {welcomeRoles.map((role) => (
        <RoleWelcome key={role} role={role} />
      ))}
    </>
  );
}
