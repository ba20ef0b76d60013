import { useI18n } from '../i18n/useI18n';

/**
 * "Not signed in yet" beside a team member or an invited colleague whose entry is not yet bound to an account: the
 * entry grants access to the first person who signs in with that verified address, and nothing until then.
 */
export function PendingSignIn({ pending }: { pending?: boolean | null }) {
  const { t } = useI18n();
  if (!pending) return null;
  return (
    <>
      {' '}
      <span className="badge badge-draft" title={t('team.pending.hint')} data-testid="pending-sign-in">
        {t('team.pending')}
      </span>
    </>
  );
}
