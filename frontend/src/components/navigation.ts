import type { Role } from '../auth/roles';
import type { MessageKey } from '../i18n/translate';

export type PageId = 'home' | 'proposals' | 'review-cases' | 'production' | 'analytics';

export interface NavItem {
  id: PageId;
  to: string;
  labelKey: MessageKey;
  /** A page that is announced but not built yet. */
  comingSoon: boolean;
}

interface PageDef {
  id: PageId;
  to: string;
  labelKey: MessageKey;
  /** Roles that may open the page; `null` = every signed-in user. */
  roles: readonly Role[] | null;
  comingSoon: boolean;
}

/** Every page of the SPA with the roles that see it, in menu order. */
export const PAGES: readonly PageDef[] = [
  { id: 'home', to: '/', labelKey: 'nav.home', roles: null, comingSoon: false },
  { id: 'proposals', to: '/proposals', labelKey: 'nav.myProposals', roles: ['instructor', 'admin'], comingSoon: false },
  { id: 'review-cases', to: '/review-cases', labelKey: 'nav.reviewCases', roles: ['committee', 'admin'], comingSoon: false },
  {
    id: 'production',
    to: '/production',
    labelKey: 'nav.production',
    roles: ['instructor', 'consultant', 'medialab', 'admin'],
    comingSoon: true,
  },
  {
    id: 'analytics',
    to: '/analytics',
    labelKey: 'nav.analytics',
    roles: ['instructor', 'committee', 'board', 'head', 'admin'],
    comingSoon: true,
  },
];

export function canAccess(page: PageId, roles: readonly Role[]): boolean {
  const def = PAGES.find((p) => p.id === page);
  if (!def) return false;
  return def.roles === null || def.roles.some((role) => roles.includes(role));
}

/** The menu entries for a user with the given realm roles. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return PAGES.filter((page) => canAccess(page.id, roles)).map((page) => ({
    id: page.id,
    to: page.to,
    // An administrator who is not an instructor sees everyone's proposals.
    labelKey: page.id === 'proposals' && !roles.includes('instructor') ? 'nav.allProposals' : page.labelKey,
    comingSoon: page.comingSoon,
  }));
}
