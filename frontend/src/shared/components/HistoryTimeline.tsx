import type { HistoryEntry } from '../../proposals/api/types';
import { formatProposalHistoryDetail } from '../../proposals/i18n/historyWording';
import { formatDateTime, formatHistoryAction } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

/** A proposal's history as an ordered list, oldest first: what happened, when, by whom, and the detail from its parameters. */
export function HistoryTimeline({ entries, labelledBy }: { entries: HistoryEntry[]; labelledBy?: string }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="history-empty">
        {t('history.empty')}
      </p>
    );
  }
  return (
    <ol className="timeline" role="list" aria-labelledby={labelledBy} data-testid="history-timeline">
      {entries.map((entry, index) => {
        const detail = formatProposalHistoryDetail(t, locale, entry.action, entry.params);
        return (
          <li key={`${entry.at}-${index}`} className="timeline-item" data-testid="history-entry" data-action={entry.action}>
            <p className="timeline-head">
              <strong className="timeline-action">{formatHistoryAction(t, entry.action)}</strong>{' '}
              <span className="timeline-actor">{t('history.by', { name: entry.actorName })}</span>
            </p>
            <p className="timeline-time">
              <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
            </p>
            {detail && <p className="timeline-detail">{detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}
