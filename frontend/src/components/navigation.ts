import type { Role } from '../auth/roles';
import type { MessageKey } from '../i18n/translate';

export type PageId = 'home' | 'proposals' | 'review-cases' | 'meetings' | 'production' | 'analytics';

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
  {
    id: 'proposals',
    to: '/proposals',
    labelKey: 'nav.myProposals',
    roles: ['instructor', 'consultant', 'committee', 'board', 'head', 'admin'],
    comingSoon: false,
  },
  { id: 'review-cases', to: '/review-cases', labelKey: 'nav.reviewCases', roles: ['committee', 'admin'], comingSoon: false },
  { id: 'meetings', to: '/meetings', labelKey: 'nav.meetings', roles: ['committee', 'admin'], comingSoon: false },
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

/**
 * Which proposals the API lists for these roles (the proposal service decides the same way):
 * an administrator sees all, the steering committee the submitted ones, an instructor their own,
 * the study board and the head their department's once endorsements were requested, a consultant
 * the queue and their own consultations.
 */
export type ProposalScope = 'all' | 'submitted' | 'mine' | 'department' | 'consultations';

export function proposalScope(roles: readonly Role[]): ProposalScope | null {
  if (roles.includes('admin')) return 'all';
  if (roles.includes('committee')) return 'submitted';
  if (roles.includes('instructor')) return 'mine';
  if (roles.includes('board') || roles.includes('head')) return 'department';
  if (roles.includes('consultant')) return 'consultations';
  return null;
}

const SCOPE_LABELS: Record<ProposalScope, MessageKey> = {
  all: 'nav.allProposals',
  submitted: 'nav.submittedProposals',
  mine: 'nav.myProposals',
  department: 'nav.departmentProposals',
  consultations: 'nav.consultationProposals',
};

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
    // The proposals entry is named after what the list shows for these roles.
    labelKey: page.id === 'proposals' ? SCOPE_LABELS[proposalScope(roles) ?? 'mine'] : page.labelKey,
    comingSoon: page.comingSoon,
  }));
}
