import type { CurrentUser } from '../auth/roles';
import { PageHeading } from '../components/PageHeading';
import { ProposalsSection } from '../components/ProposalsSection';
import { ReviewCasesSection } from '../components/ReviewCasesSection';
import { RoleWelcome, WELCOME_ROLES } from '../components/RoleWelcome';
import { useI18n } from '../i18n/useI18n';

/** The overview: what the signed-in user's roles give them to do. */
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

      {has('instructor') && <ProposalsSection mode="mine" />}
      {isAdmin && !has('instructor') && <ProposalsSection mode="all" />}
      {(has('committee') || isAdmin) && <ReviewCasesSection />}
      {welcomeRoles.map((role) => (
        <RoleWelcome key={role} role={role} />
      ))}
      {welcomeRoles.length > 0 && <p className="muted">{t('welcome.comingSoon')}</p>}
    </>
  );
}
