import type { ReactElement } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import type { Role } from '../../shared/auth/roles';
import type { CatalogueStatus, CatalogueSync, SimilarCourse, SimilarCourses, SimilaritySnapshot } from '../api/catalogueTypes';

/** analytics-service's catalogue answers as docs/catalogue.md describes them. */
export const CATALOGUE = '/api/analytics/catalogue';

/** A signed-in user with these realm roles (in the access token, as Keycloak puts them). */
export function signedInAs(roles: readonly Role[], ui: ReactElement): ReactElement {
  const payload = btoa(JSON.stringify({ sub: 'sub-reader', preferred_username: 'reader', realm_access: { roles } }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const value = {
    isAuthenticated: true,
    user: { profile: { sub: 'sub-reader', name: 'Reader' }, access_token: `e30.${payload}.sig` },
  } as unknown as AuthContextProps;
  return <AuthContext.Provider value={value}>{ui}</AuthContext.Provider>;
}

export function similarCourse(overrides: Partial<SimilarCourse> = {}): SimilarCourse {
  return {
    courseraId: 'wind-1',
    slug: 'wind-energy',
    name: 'Wind Energy',
    partners: ['Technical University of Denmark (DTU)'],
    languages: ['en'],
    domainTypes: ['physical-science-and-engineering/electrical-engineering'],
    link: 'https://www.coursera.org/learn/wind-energy',
    ownUniversity: false,
    matchedTerms: ['wind', 'energy', 'turbin'],
    nameSimilarity: 0.72,
    nameResembles: 'TITLE',
    textRank: 0.31,
    score: 0.52,
    ...overrides,
  };
}

export function ownCourse(overrides: Partial<SimilarCourse> = {}): SimilarCourse {
  return similarCourse({
    courseraId: 'own-1',
    slug: 'aerodynamics-of-wind-turbines',
    name: 'Aerodynamics of Wind Turbines',
    partners: ['Demo University'],
    languages: ['da', 'en'],
    ownUniversity: true,
    matchedTerms: ['turbin'],
    nameResembles: null,
    score: 0.31,
    ...overrides,
  });
}

export function catalogueSync(overrides: Partial<CatalogueSync> = {}): CatalogueSync {
  return {
    id: 'sync-1',
    source: 'API',
    outcome: 'SUCCEEDED',
    startedAt: '2026-11-20T02:00:00Z',
    finishedAt: '2026-11-20T02:01:05Z',
    courses: 9874,
    errorCode: null,
    startedBy: null,
    ...overrides,
  };
}

export function catalogueStatus(overrides: Partial<CatalogueStatus> = {}): CatalogueStatus {
  return {
    courses: 9874,
    apiConfigured: true,
    stale: false,
    staleAfterDays: 14,
    lastSuccessfulSync: catalogueSync(),
    lastSync: catalogueSync(),
    ...overrides,
  };
}

export function similarCourses(overrides: Partial<SimilarCourses> = {}): SimilarCourses {
  return { catalogueCourses: 9874, stale: false, courses: [similarCourse(), ownCourse()], ...overrides };
}

export function snapshot(overrides: Partial<SimilaritySnapshot> = {}): SimilaritySnapshot {
  return {
    id: 'snap-3',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    proposalVersion: 3,
    contentHash: 'c'.repeat(64),
    submittedAt: '2026-11-01T10:00:00Z',
    computedAt: '2026-11-01T10:00:02Z',
    catalogueSyncedAt: '2026-10-28T02:01:05Z',
    catalogueCourses: 240,
    catalogueStale: false,
    staleAfterDays: 14,
    proposal: { title: 'Wind Energy Basics', topic: 'Wind energy', summary: null, targetLearners: null, uniqueness: null },
    matches: [similarCourse(), ownCourse()],
    ...overrides,
  };
}
