import { useEffect } from 'react';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useI18n } from '../i18n/useI18n';

/** Shown when /config.json cannot be loaded; the router and sign-in are not available yet. */
export function StartupErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('app.startError.title') });
  }, [t]);
  return (
    <div className="app">
      <header className="site-header">
        <div className="header-bar container">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              M
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </span>
          <div className="header-tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main-content" className="container main" tabIndex={-1}>
        <div className="alert alert-error" role="alert" data-testid="startup-error">
          <h1>{t('app.startError.title')}</h1>
          <p>{t('app.startError.body')}</p>
          <button type="button" className="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      </main>
    </div>
  );
}
