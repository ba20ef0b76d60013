import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { canAccess, navItemsFor, proposalScope } from './navigation';

const ids = (roles: Role[]) => navItemsFor(roles).map((item) => item.id);

describe('navItemsFor', () => {
  it('gives an instructor their proposals, production and analytics', () => {
    expect(ids(['instructor'])).toEqual(['home', 'proposals', 'production', 'analytics']);
    expect(navItemsFor(['instructor']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.myProposals');
  });

  it('gives the committee the submitted proposals, the review cases and the meetings', () => {
    expect(ids(['committee'])).toEqual(['home', 'proposals', 'review-cases', 'meetings', 'analytics']);
    expect(ids(['committee', 'committee-chair'])).toEqual(['home', 'proposals', 'review-cases', 'meetings', 'analytics']);
    expect(navItemsFor(['committee']).find((i) => i.id === 'meetings')?.labelKey).toBe('nav.meetings');
    expect(navItemsFor(['committee']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.submittedProposals');
  });

  it('gives an administrator everything, with all proposals', () => {
    expect(ids(['admin'])).toEqual(['home', 'proposals', 'review-cases', 'meetings', 'production', 'analytics']);
    expect(navItemsFor(['admin']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.allProposals');
  });

  it('gives MediaLab production only; consultants, board and head their proposals too', () => {
    expect(ids(['medialab'])).toEqual(['home', 'production']);
    expect(ids(['consultant'])).toEqual(['home', 'proposals', 'production']);
    expect(ids(['board'])).toEqual(['home', 'proposals', 'analytics']);
    expect(ids(['head'])).toEqual(['home', 'proposals', 'analytics']);
    expect(navItemsFor(['consultant']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.consultationProposals');
    expect(navItemsFor(['board']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.departmentProposals');
    expect(navItemsFor(['head']).find((i) => i.id === 'proposals')?.labelKey).toBe('nav.departmentProposals');
  });

  it('gives a user without roles only the overview', () => {
    expect(ids([])).toEqual(['home']);
  });

  it('marks the pages that are not built yet', () => {
    const soon = navItemsFor(['admin'])
      .filter((i) => i.comingSoon)
      .map((i) => i.id);
    expect(soon).toEqual(['production', 'analytics']);
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
