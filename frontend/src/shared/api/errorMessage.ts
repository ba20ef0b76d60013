import type { MessageKey } from '../i18n/translate';
import { ApiError } from './client';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The parts of the platform, by the service in the API path (`/api/<service>/…`). */
const PART_NAMES: Record<string, MessageKey> = {
  proposal: 'outage.part.proposal',
  review: 'outage.part.review',
  production: 'outage.part.production',
  analytics: 'outage.part.analytics',
};

/**
 * The part of the platform a service serves, in words ("proposals"). A service the SPA has no words for goes by its
 * name in the path; a failure that does not tell its service by "a service".
 */
export function partName(t: T, service: string | undefined): string {
  if (!service) return t('outage.part.unnamed');
  const key = PART_NAMES[service];
  return key ? t(key) : service;
}

/**
 * A part of the platform was down for a moment. A read says so; a write says whether it went through: a 502 or 503
 * means the service did not do it, while a 504 means the service may have done it after the gateway stopped waiting.
 */
function unavailableMessage(t: T, error: ApiError): string {
  const part = partName(t, error.service);
  if (error.wasRead) return t('error.unavailable.read', { part });
  return error.status === 504 ? t('error.unavailable.writeUnknown', { part }) : t('error.unavailable.write', { part });
}

/** The text to show a person for a failed request: the server's `detail` where there is one. */
export function errorMessage(t: T, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('error.network');
    if (error.isUnavailable) return unavailableMessage(t, error);
    if (error.status === 401) return t('error.unauthorized');
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 403) return t('error.forbidden');
    return error.problem.title ?? t('error.generic');
  }
  return t('error.generic');
}
