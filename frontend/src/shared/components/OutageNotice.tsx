import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { partName } from '../api/errorMessage';
import { currentOutage, refetchStalled, type Outage } from '../api/outage';
import { useI18n } from '../i18n/useI18n';

/**
 * One polite notice while reads fail because a part of the platform is down for a moment: it names the parts and
 * says the page refreshes itself; once the reads have used up their tries it offers to try again. It goes away when
 * the reads succeed. Not a modal: the rest of the page stays usable.
 */
export function OutageNotice() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot: equal outages compare equal, so unrelated cache updates do not render the notice again.
  const snapshot = useSyncExternalStore(subscribe, () => JSON.stringify(currentOutage(cache)));
  const outage = JSON.parse(snapshot) as Outage;

  const retrying = outage.retrying.length > 0;
  const services = retrying ? outage.retrying : outage.stalled;
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).format(services.map((s) => partName(t, s)));

  const shown = services.length > 0;
  // The live region stays in the document, so that screen readers announce the text when it appears.
  return (
    <div className={shown ? 'outage-notice no-print alert alert-warning' : 'outage-notice no-print'} data-testid="outage-region">
      <div role="status" aria-live="polite" aria-atomic="true">
        {shown && (
          <p data-testid="outage-notice" data-state={retrying ? 'retrying' : 'stalled'}>
            {t(retrying ? 'outage.retrying' : 'outage.stalled', { parts })}
          </p>
        )}
      </div>
      {shown && !retrying && (
        <button
          type="button"
          className="button button-secondary"
          data-testid="outage-retry"
          onClick={() => void refetchStalled(queryClient)}
        >
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
