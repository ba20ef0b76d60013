import { analyticsEn } from '../../analytics/i18n/analytics.en';
import { productionEn } from '../../production/i18n/production.en';
import { reviewEn } from '../../review/i18n/review.en';
import { proposalsEn } from '../../proposals/i18n/proposals.en';
import { inboxEn } from '../inbox/inbox.en';
import { appSharedEn } from './parts/app.en';
import { proposalSharedEn } from './parts/proposal.en';
import { reviewSharedEn } from './parts/review.en';

/**
 * English dictionary: the reference set of message keys.
 * Placeholders are written {name} and filled in by `t(key, { name })`.
 */
export const en = {
  ...appSharedEn,
  ...proposalSharedEn,
  ...reviewSharedEn,
  ...proposalsEn,
  ...productionEn,
  ...analyticsEn,
  ...reviewEn,
  ...inboxEn,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
