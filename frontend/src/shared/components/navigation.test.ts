import { describe, expect, it } from 'vitest';
import { OPERATION_ROLES } from '../api/generated/roles';
import { isRole, ROLES, type Role } from '../auth/roles';
import { canAccess, navItemsFor, PAGES, proposalScope } from './navigation';

const ids = (roles: Role[]) => navItemsFor(roles).map((item) => item.id);

describe('navItemsFor', () => {
  it('gives an instructor their proposals, their productions, the network meetings and their courses', () => {
    expect(ids(['instructor'])).toEqual(['home', 'proposals', 'productions', 'network-meetings', 'courses']);
    expect(navItemsFor(['instructor']).find((i) => i.id === 'courses')?.labelKey).toBe('nav.myCourses');
    expect(navItemsFor(['instructor']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.myProposals');
    expect(navItemsFor(['instructor']).find((i) => i.id === 'productions')?.labelKey).toBe('nav.myProductions');
    expect(navItemsFor(['instructor']).find((i) => i.id === 'network-meetings')?.labelKey).toBe('nav.networkMeetings');
  });

  it('gives the committee the submitted proposals, the review cases and the meetings', () => {
    expect(ids(['committee'])).toEqual(['home', 'proposals', 'review-cases', 'meetings', 'courses', 'portfolio']);
    expect(ids(['committee', 'committee-chair'])).toEqual(['home', 'proposals', 'review-cases', 'meetings', 'courses', 'portfolio']);
    expect(navItemsFor(['committee']).find((i) => i.id === 'courses')?.labelKey).toBe('nav.courses');
    expect(navItemsFor(['committee']).find((i) => i.id === 'portfolio')?.labelKey).toBe('nav.portfolio');
    expect(navItemsFor(['committee']).find((i) => i.id === 'meetings')?.labelKey).toBe('nav.meetings');
    expect(navItemsFor(['committee']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.submittedProposals');
  });

  it('gives an administrator everything production-service lets them read, with all proposals', () => {
    expect(ids(['admin'])).toEqual([
      'home',
      'proposals',
      'review-cases',
      'meetings',
      'productions',
      'network-meetings',
      'courses',
      'semester-reviews',
      'portfolio',
    ]);
    expect(navItemsFor(['admin']).find((i) => i.id === 'productions')?.labelKey).toBe('nav.productions');
    expect(navItemsFor(['admin']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.allProposals');
  });

  it('gives MediaLab its queue and the productions; consultants, board and head their proposals too', () => {
    expect(ids(['medialab'])).toEqual(['home', 'medialab', 'productions']);
    expect(navItemsFor(['medialab']).find((i) => i.id === 'medialab')?.labelKey).toBe('nav.medialab');
    expect(navItemsFor(['medialab']).find((i) => i.id === 'productions')?.labelKey).toBe('nav.productions');
    expect(ids(['consultant'])).toEqual(['home', 'proposals', 'productions', 'network-meetings', 'courses']);
    expect(navItemsFor(['consultant']).find((i) => i.id === 'productions')?.labelKey).toBe('nav.productions');
    expect(ids(['board'])).toEqual(['home', 'proposals', 'productions', 'courses', 'semester-reviews']);
    expect(navItemsFor(['board']).find((i) => i.id === 'semester-reviews')?.labelKey).toBe('nav.semesterReviews');
    // An instructor on the study board sees the department's courses, not only their own.
    expect(navItemsFor(['instructor', 'board']).find((i) => i.id === 'courses')?.labelKey).toBe('nav.courses');
    // An instructor who also sits on the study board sees every production, not only their own.
    expect(navItemsFor(['instructor', 'board']).find((i) => i.id === 'productions')?.labelKey).toBe('nav.productions');
    expect(ids(['head'])).toEqual(['home', 'proposals', 'courses']);
    expect(navItemsFor(['consultant']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.consultationProposals');
    expect(navItemsFor(['board']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.departmentProposals');
    expect(navItemsFor(['head']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.departmentProposals');
  });

  it('gives a user without roles only the overview', () => {
    expect(ids([])).toEqual(['home']);
  });

  it('marks no page as not built yet', () => {
    expect(navItemsFor(['admin']).filter((i) => i.comingSoon)).toEqual([]);
  });
});

describe('canAccess', () => {
  it('guards pages by role', () => {
    expect(canAccess('review-cases', ['instructor'])).toBe(false);
    expect(canAccess('review-cases', ['committee'])).toBe(true);
    expect(canAccess('meetings', ['committee'])).toBe(true);
    expect(canAccess('meetings', ['admin'])).toBe(true);
    for (const role of ['instructor', 'consultant', 'board', 'head', 'medialab'] as const) {
      expect(canAccess('meetings', [role]), role).toBe(false);
    }
    expect(canAccess('proposals', ['medialab'])).toBe(false);
    expect(canAccess('proposals', ['board'])).toBe(true);
    expect(canAccess('proposals', ['committee'])).toBe(true);
    expect(canAccess('home', [])).toBe(true);
  });

  it('opens the production pages to the roles production-service serves', () => {
    for (const role of ['instructor', 'consultant', 'medialab', 'board', 'admin'] as const) {
      expect(canAccess('productions', [role]), role).toBe(true);
      expect(canAccess('network-meetings', [role]), role).toBe(true);
    }
    for (const role of ['committee', 'head'] as const) {
      expect(canAccess('productions', [role]), role).toBe(false);
      expect(canAccess('network-meetings', [role]), role).toBe(false);
    }
    expect(canAccess('medialab', ['medialab'])).toBe(true);
    // production-service's queue is MediaLab's alone: an administrator would get 403.
    expect(canAccess('medialab', ['admin'])).toBe(false);
    expect(canAccess('medialab', ['instructor'])).toBe(false);
    // MediaLab and the board may open the network meetings, though their menu does not offer them.
    expect(navItemsFor(['medialab']).map((i) => i.id)).not.toContain('network-meetings');
  });

  it('opens the analytics pages to the roles analytics-service serves', () => {
    for (const role of ['instructor', 'consultant', 'committee', 'board', 'head', 'admin'] as const) {
      expect(canAccess('courses', [role]), role).toBe(true);
      // The head, an instructor (own MOOCs), consultants and the committee open the reviews from a link or a mail.
      expect(canAccess('semester-reviews', [role]), role).toBe(true);
    }
    expect(canAccess('courses', ['medialab'])).toBe(false);
    expect(canAccess('semester-reviews', ['medialab'])).toBe(false);
    expect(canAccess('portfolio', ['committee'])).toBe(true);
    expect(canAccess('portfolio', ['admin'])).toBe(true);
    for (const role of ['instructor', 'consultant', 'board', 'head', 'medialab'] as const) {
      expect(canAccess('portfolio', [role]), role).toBe(false);
    }
    expect(navItemsFor(['head']).map((i) => i.id)).not.toContain('semester-reviews');
  });
});

describe('the menu and the services\' documented roles', () => {
  it('names, for every page but the home page, an operation the documents know', () => {
    for (const page of PAGES) {
      if (page.id === 'home') expect(page.operation).toBeNull();
      else expect(page.operation !== null && page.operation in OPERATION_ROLES, page.id).toBe(true);
    }
  });

  it('documents only realm roles the SPA knows', () => {
    for (const [operation, roles] of Object.entries(OPERATION_ROLES)) {
      for (const role of roles ?? []) expect(isRole(role), `${operation}: ${role}`).toBe(true);
    }
  });

  it('never offers or opens a page to a role the page\'s operation refuses', () => {
    for (const role of ROLES) {
      const offered = navItemsFor([role]).map((item) => item.id);
      for (const page of PAGES) {
        const documented: readonly string[] | null = page.operation === null ? null : OPERATION_ROLES[page.operation];
        const refused = documented !== null && !documented.includes(role);
        if (refused) {
          expect(offered, `${page.id} offered to ${role}`).not.toContain(page.id);
          expect(canAccess(page.id, [role]), `${page.id} opens for ${role}`).toBe(false);
        } else {
          // Whoever the service serves may open the page, even when the menu leaves it out.
          expect(canAccess(page.id, [role]), `${page.id} closed to ${role}`).toBe(true);
        }
      }
    }
  });

  it('does not let a narrower menu list widen the documented roles', () => {
    // menuFor names admin for the semester reviews; admin is documented, so it is offered, but medialab never is.
    expect(ids(['medialab', 'board'])).toContain('semester-reviews');
    expect(ids(['medialab'])).not.toContain('semester-reviews');
  });
});

describe('proposalScope', () => {
  it('matches what the proposal service lists for the roles', () => {
    expect(proposalScope(['instructor'])).toBe('mine');
    expect(proposalScope(['committee'])).toBe('submitted');
    expect(proposalScope(['instructor', 'admin'])).toBe('all');
    expect(proposalScope(['board'])).toBe('department');
    expect(proposalScope(['head'])).toBe('department');
    expect(proposalScope(['consultant'])).toBe('consultations');
    expect(proposalScope(['medialab'])).toBeNull();
  });
});
