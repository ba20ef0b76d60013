import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errorMessage';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { ErrorAlert } from './Alert';
import { PageHeading } from './PageHeading';

export interface LoadFailureTexts {
  notFoundTitle: MessageKey;
  notFoundBody: MessageKey;
  /** The heading when loading failed for another reason (network, 5xx). */
  loadError: MessageKey;
  /** The link back to the list. */
  back: MessageKey;
}

interface Props {
  /** The query's error. 404 and 403 read "not found" (the API answers so when the caller may not see it). */
  error: unknown;
  /** The id of the page's `<h1>`, so that the page can focus it. */
  headingId: string;
  testIds: { notFound: string; error: string };
  texts: LoadFailureTexts;
  /** Where the back link leads. */
  backTo: string;
  /** Loads again (offered only for a failure that is not "not found"). */
  onRetry: () => void;
}

/**
 * A page whose subject could not be loaded: "not found" (404, or 403 – the API does not tell what the
 * caller may not see), or the reason with a retry button; then a link back to the list.
 */
export function LoadFailure({ error, headingId, testIds, texts, backTo, onRetry }: Props) {
  const { t } = useI18n();
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
  const title = t(notFound ? texts.notFoundTitle : texts.loadError);
  return (
    <div data-testid={notFound ? testIds.notFound : testIds.error}>
      <PageHeading id={headingId} title={title}>
        {title}
      </PageHeading>
      {notFound ? (
        <p>{t(texts.notFoundBody)}</p>
      ) : (
        <ErrorAlert>
          <p>{errorMessage(t, error)}</p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      <p>
        <Link to={backTo}>{t(texts.back)}</Link>
      </p>
    </div>
  );
}
