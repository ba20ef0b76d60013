/**
 * The Coursera catalogue's API types (docs/catalogue.md), taken from analytics-service's committed OpenAPI document:
 * the catalogue's status and syncs, the courses most like a proposal, and the similarity snapshot frozen when a
 * version was submitted.
 */
import type { components } from '../../shared/api/generated/analytics';
import type { Input, Present, View, With } from '../../shared/api/wire';

type Schemas = components['schemas'];

/** API: the scheduled sync from Coursera's API; FILE: a file the LearningLab imported. */
export type CatalogueSource = Schemas['CatalogueSource'];
export type CatalogueSyncOutcome = Schemas['CatalogueSyncOutcome'];
export type CatalogueSync = Present<View<Schemas['CatalogueSync']>, 'id' | 'source' | 'outcome' | 'startedAt' | 'courses'>;
export type CatalogueStatus = With<
  Present<View<Schemas['CatalogueStatus']>, 'courses' | 'apiConfigured' | 'stale' | 'staleAfterDays'>,
  { lastSuccessfulSync: CatalogueSync | null; lastSync: CatalogueSync | null }
>;

/** A catalogue course like the proposal: with its partners, languages, link and why it matched. */
export type SimilarCourse = Present<
  View<Schemas['SimilarCourse']>,
  'courseraId' | 'slug' | 'name' | 'partners' | 'languages' | 'link' | 'ownUniversity' | 'matchedTerms' | 'score'
>;
export type SimilarCourses = With<Present<View<Schemas['SimilarCourses']>, 'catalogueCourses' | 'stale'>, { courses: SimilarCourse[] }>;
/** The proposal's words the catalogue is compared with (at least a title, topic or summary). */
export type SimilarityRequest = Input<Schemas['SimilarityRequest']>;
/** What was compared and found when a version was submitted; never changes afterwards. */
export type SimilaritySnapshot = With<
  Present<
    View<Schemas['SimilaritySnapshot']>,
    'id' | 'moocId' | 'proposalVersion' | 'computedAt' | 'catalogueCourses' | 'catalogueStale' | 'staleAfterDays'
  >,
  { matches: SimilarCourse[] }
>;

/** Until the catalogue's own status is read, the documented default age after which it is stale. */
export const DEFAULT_STALE_AFTER_DAYS = 14;
