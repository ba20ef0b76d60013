import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { CurrentUser } from '../auth/roles';
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

interface Props {
  user: CurrentUser | null;
  onSignOut?: () => void;
  children: ReactNode;
}

export const MAIN_ID = 'main-content';

export function Layout({ user, onSignOut, children }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading so that
  // keyboard and screen-reader users start reading at the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>(`#${MAIN_ID} h1`);
    (heading ?? document.getElementById(MAIN_ID))?.focus();
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar container">
          <Link to="/" className="brand" data-testid="brand">
            <span className="brand-mark" aria-hidden="true">
              M
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitcher />
            {user && (
              <div className="user-box">
                <span className="user-label">
                  {t('auth.signedInAs')}{' '}
                  <strong data-testid="user-name">{user.name}</strong>
                </span>
                <button type="button" className="button button-secondary" onClick={onSignOut} data-testid="sign-out">
                  {t('auth.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
        {user && (
          <div className="nav-bar">
            <div className="container">
              <MainNav roles={user.roles} />
            </div>
          </div>
        )}
      </header>
      <main id={MAIN_ID} className="container main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
