import type { Role } from '../auth/roles';
import type { MessageKey } from '../i18n/translate';

export type PageId =
  | 'home'
  | 'proposals'
  | 'review-cases'
  | 'meetings'
  | 'medialab'
  | 'productions'
  | 'network-meetings'
  | 'courses'
  | 'semester-reviews'
  | 'portfolio';

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
  /** Roles that see the page in the menu (and may open it); `null` = every signed-in user. */
  roles: readonly Role[] | null;
  /** Roles that may open the page although the menu does not offer it to them (e.g. from a link). */
  alsoOpenFor?: readonly Role[];
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
  { id: 'medialab', to: '/medialab', labelKey: 'nav.medialab', roles: ['medialab', 'admin'], comingSoon: false },
  {
    id: 'productions',
    to: '/productions',
    labelKey: 'nav.productions',
    roles: ['instructor', 'consultant', 'medialab', 'board', 'admin'],
    comingSoon: false,
  },
  {
    id: 'network-meetings',
    to: '/network-meetings',
    labelKey: 'nav.networkMeetings',
    roles: ['instructor', 'consultant', 'admin'],
    // production-service lists the network's meetings to MediaLab and the study board too.
    alsoOpenFor: ['medialab', 'board'],
    comingSoon: false,
  },
  {
    id: 'courses',
    to: '/courses',
    labelKey: 'nav.courses',
    roles: ['instructor', 'consultant', 'committee', 'board', 'head', 'admin'],
    comingSoon: false,
  },
  {
    id: 'semester-reviews',
    to: '/semester-reviews',
    labelKey: 'nav.semesterReviews',
    roles: ['board', 'admin'],
    // analytics-service shows the reviews to the head, the instructor (own MOOCs), consultants and the committee too.
    alsoOpenFor: ['head', 'instructor', 'consultant', 'committee'],
    comingSoon: false,
  },
  { id: 'portfolio', to: '/portfolio', labelKey: 'nav.portfolio', roles: ['committee', 'admin'], comingSoon: false },
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

/** Whether the menu offers the page to these roles. */
function inMenu(def: PageDef, roles: readonly Role[]): boolean {
  return def.roles === null || def.roles.some((role) => roles.includes(role));
}

export function canAccess(page: PageId, roles: readonly Role[]): boolean {
  const def = PAGES.find((p) => p.id === page);
  if (!def) return false;
  return inMenu(def, roles) || (def.alsoOpenFor ?? []).some((role) => roles.includes(role));
}

/**
 * Whether the production list holds only the user's own productions: an instructor without a role that sees
 * them all (production-service scopes the list the same way).
 */
export function ownProductionsOnly(roles: readonly Role[]): boolean {
  return roles.includes('instructor') && !(['consultant', 'medialab', 'board', 'admin'] as const).some((r) => roles.includes(r));
}

/**
 * Whether the course list holds only the user's own courses: an instructor without a role that sees a department's
 * or all courses (analytics-service scopes the list the same way).
 */
export function ownCoursesOnly(roles: readonly Role[]): boolean {
  return roles.includes('instructor') && !(['consultant', 'committee', 'board', 'head', 'admin'] as const).some((r) => roles.includes(r));
}

/** The menu entries for a user with the given realm roles. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return PAGES.filter((page) => inMenu(page, roles)).map((page) => ({
    id: page.id,
    to: page.to,
    // The proposals and productions entries are named after what their lists show for these roles.
    labelKey:
      page.id === 'proposals'
        ? SCOPE_LABELS[proposalScope(roles) ?? 'mine']
        : page.id === 'productions' && ownProductionsOnly(roles)
          ? 'nav.myProductions'
          : page.id === 'courses' && ownCoursesOnly(roles)
            ? 'nav.myCourses'
            : page.labelKey,
    comingSoon: page.comingSoon,
  }));
}
