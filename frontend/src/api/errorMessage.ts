import type { MessageKey } from '../i18n/translate';
import { ApiError } from './client';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The text to show a person for a failed request: the server's `detail` where there is one. */
export function errorMessage(t: T, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('error.network');
    if (error.status === 401) return t('error.unauthorized');
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 403) return t('error.forbidden');
    return error.problem.title ?? t('error.generic');
  }
  return t('error.generic');
}
