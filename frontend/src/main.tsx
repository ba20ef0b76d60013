import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { StatusMessage } from './shared/components/Alert';
import { loadConfig, type AppConfig } from './config';
import { I18nProvider } from './shared/i18n/I18nProvider';
import { useI18n } from './shared/i18n/useI18n';
import { StartupErrorPage } from './shared/pages/StartupErrorPage';
import './styles.css';
import './analytics/components/analytics.css';
import './analytics/components/analytics-reviews.css';

type State = { kind: 'loading' } | { kind: 'ready'; config: AppConfig } | { kind: 'error' };

/** Loads /config.json, then starts the app; offers a retry if the file cannot be read. */
function Root() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    loadConfig()
      .then((config) => setState({ kind: 'ready', config }))
      .catch((err: unknown) => {
        console.error('Could not load /config.json', err);
        setState({ kind: 'error' });
      });
  }, []);

  useEffect(load, [load]);

  if (state.kind === 'ready') return <App config={state.config} />;
  if (state.kind === 'error') return <StartupErrorPage onRetry={load} />;
  return (
    <div className="container main">
      <StatusMessage>{t('app.loading')}</StatusMessage>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Root />
    </I18nProvider>
  </StrictMode>,
);
