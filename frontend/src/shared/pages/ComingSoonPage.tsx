import { PageHeading } from '../components/PageHeading';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';

/** A placeholder for a part of the platform that is not built yet – and says so. */
export function ComingSoonPage({ titleKey, bodyKey }: { titleKey: MessageKey; bodyKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <div data-testid="coming-soon">
      <PageHeading title={t(titleKey)}>{t(titleKey)}</PageHeading>
      <p>
        <span className="badge badge-soon">{t('comingSoon.badge')}</span>
      </p>
      <p>{t(bodyKey)}</p>
    </div>
  );
}
