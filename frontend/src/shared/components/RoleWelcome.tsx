import type { Role } from '../auth/roles';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';

/** Roles whose pages are not built yet: they get a card that explains their part in the programme. */
export const WELCOME_ROLES = ['medialab'] as const satisfies readonly Role[];
type WelcomeRole = (typeof WELCOME_ROLES)[number];

const TEXT: Record<WelcomeRole, { title: MessageKey; body: MessageKey }> = {
  medialab: { title: 'welcome.medialab.title', body: 'welcome.medialab.body' },
};

export function RoleWelcome({ role }: { role: WelcomeRole }) {
  const { t } = useI18n();
  const headingId = `welcome-${role}-heading`;
  return (
    <section className="card welcome-card" aria-labelledby={headingId} data-testid={`welcome-${role}`}>
      <h2 id={headingId}>{t(TEXT[role].title)}</h2>
      <p>{t(TEXT[role].body)}</p>
    </section>
  );
}
