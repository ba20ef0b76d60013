import { NavLink } from 'react-router-dom';
import type { Role } from '../auth/roles';
import { useI18n } from '../i18n/useI18n';
import { navItemsFor } from './navigation';

export function MainNav({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  const items = navItemsFor(roles);
  return (
    <nav className="main-nav" aria-label={t('nav.label')} data-testid="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {/* NavLink sets aria-current="page" on the active entry. */}
            <NavLink to={item.to} end={item.to === '/'} data-testid={`nav-${item.id}`}>
              {t(item.labelKey)}
              {item.comingSoon && <span className="nav-note"> {t('nav.comingSoonSuffix')}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
