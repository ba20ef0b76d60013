import type { Dictionary } from './en';
import { analyticsDa } from '../../analytics/i18n/analytics.da';
import { productionDa } from '../../production/i18n/production.da';
import { reviewDa } from '../../review/i18n/review.da';
import { proposalsDa } from '../../proposals/i18n/proposals.da';
import { inboxDa } from '../inbox/inbox.da';
import { appSharedDa } from './parts/app.da';
import { proposalSharedDa } from './parts/proposal.da';
import { reviewSharedDa } from './parts/review.da';

/** Danish dictionary. Typed against the English keys, so a missing key fails the build. */
export const da: Dictionary = {
  ...appSharedDa,
  ...proposalSharedDa,
  ...reviewSharedDa,
  ...proposalsDa,
  ...productionDa,
  ...analyticsDa,
  ...reviewDa,
  ...inboxDa,
};
