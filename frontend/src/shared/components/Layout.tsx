import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { CurrentUser } from '../auth/roles';
import { useI18n } from '../i18n/useI18n';
import { Icon } from './Icon';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { useScrollToHash } from './useScrollToHash';

interface Props {
  user: CurrentUser | null;
  onSignOut?: () => void;
  children: ReactNode;
}

export const MAIN_ID = 'main-content';
const NAV_ID = 'main-nav';
const TOOLS_ID = 'header-tools';

export function Layout({ user, onSignOut, children }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);
  // On a phone the menu (with the language and the user's box) folds away behind a button. It is open on the page
  // it was opened on: following a link closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpenOn(null);
      menuButton.current?.focus();
    }
  };

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
  // After the heading's focus above: a link to a part of the page (`#part`) takes the reader there instead.
  useScrollToHash();

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="site-header" data-menu={user ? (menuOpen ? 'open' : 'closed') : undefined} onKeyDown={closeMenuOnEscape}>
        <div className="header-bar container">
          <Link to="/" className="brand" data-testid="brand">
            <span className="brand-mark" aria-hidden="true">
              M
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          {user && (
            <button
              ref={menuButton}
              type="button"
              className="button button-secondary menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={`${TOOLS_ID} ${NAV_ID}`}
              onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
              data-testid="menu-toggle"
            >
              <Icon name={menuOpen ? 'x' : 'menu'} />
              {t('nav.menu')}
            </button>
          )}
          <div className="header-tools" id={TOOLS_ID}>
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
          // A link to the page already shown closes the menu too.
          <div className="nav-bar" id={NAV_ID} onClick={(e) => (e.target as Element).closest('a') && setMenuOpenOn(null)}>
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
