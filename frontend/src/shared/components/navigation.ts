import type { Role } from '../auth/roles';
import { mayCall, type OperationId } from '../auth/operationRoles';
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

export interface PageDef {
  id: PageId;
  to: string;
  labelKey: MessageKey;
  /**
   * The service operation the page is built on (its list or read call): whoever the service's OpenAPI document
   * refuses for it cannot open the page. `null` = every signed-in user.
   */
  operation: OperationId | null;
  /**
   * The roles the menu offers the page to, when fewer than the operation allows (the others open it from a link:
   * a mail, the home page). Absent = every role the operation allows.
   */
  menuFor?: readonly Role[];
  comingSoon: boolean;
}

/** Every page of the SPA with the operation that gates it, in menu order: the one table the menu and the routes read. */
export const PAGES: readonly PageDef[] = [
  { id: 'home', to: '/', labelKey: 'nav.home', operation: null, comingSoon: false },
  { id: 'proposals', to: '/proposals', labelKey: 'nav.myProposals', operation: 'listProposals', comingSoon: false },
  { id: 'review-cases', to: '/review-cases', labelKey: 'nav.reviewCases', operation: 'listReviewCases', comingSoon: false },
  { id: 'meetings', to: '/meetings', labelKey: 'nav.meetings', operation: 'listCommitteeMeetings', comingSoon: false },
  { id: 'medialab', to: '/medialab', labelKey: 'nav.medialab', operation: 'listMediaLabQueue', comingSoon: false },
  { id: 'productions', to: '/productions', labelKey: 'nav.productions', operation: 'listProductions', comingSoon: false },
  {
    id: 'network-meetings',
    to: '/network-meetings',
    labelKey: 'nav.networkMeetings',
    operation: 'listNetworkMeetings',
    // MediaLab and the study board may sign up too, but the network is the instructors' and consultants' own.
    menuFor: ['instructor', 'consultant', 'admin'],
    comingSoon: false,
  },
  { id: 'courses', to: '/courses', labelKey: 'nav.courses', operation: 'listCourses', comingSoon: false },
  {
    id: 'semester-reviews',
    to: '/semester-reviews',
    labelKey: 'nav.semesterReviews',
    operation: 'listSemesterReviews',
    // The study board holds the reviews; the others reach one from its mail or their home page.
    menuFor: ['board', 'admin'],
    comingSoon: false,
  },
  { id: 'portfolio', to: '/portfolio', labelKey: 'nav.portfolio', operation: 'getPortfolio', comingSoon: false },
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

/** Whether these roles may open the page: the service allows its operation to one of them. */
function allowed(def: PageDef, roles: readonly Role[]): boolean {
  return def.operation === null || mayCall(def.operation, roles);
}

/** Whether the menu offers the page to these roles: never to a role the service refuses. */
function inMenu(def: PageDef, roles: readonly Role[]): boolean {
  if (!allowed(def, roles)) return false;
  const offered = def.menuFor;
  return offered === undefined || offered.some((role) => roles.includes(role) && (def.operation === null || mayCall(def.operation, [role])));
}

export function canAccess(page: PageId, roles: readonly Role[]): boolean {
  const def = PAGES.find((p) => p.id === page);
  return def !== undefined && allowed(def, roles);
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
