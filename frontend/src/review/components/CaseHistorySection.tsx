import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { mayCall } from '../../shared/auth/operationRoles';
import type { Role } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { Skeleton } from '../../shared/components/Skeleton';
import { formatDateTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { useCaseHistory, type CaseHistoryEntry } from '../api/reviewQueries';
import { formatCaseHistoryStep } from '../i18n/reviewCodes';

const HEADING_ID = 'case-history-heading';
const BODY_ID = 'case-history-body';

/** The steps as a timeline, oldest first: what happened (worded from its code and values), by whom, when. */
export function CaseHistoryTimeline({ entries }: { entries: readonly CaseHistoryEntry[] }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="case-history-empty">
        {t('caseHistory.empty')}
      </p>
    );
  }
  return (
    // The proposal history's timeline look; the wording is the case's own (docs/codes.md).
    <ol className="timeline" role="list" aria-labelledby={HEADING_ID} data-testid="case-history-timeline">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="timeline-item" data-testid="case-history-entry" data-action={entry.action}>
          <p className="timeline-head">
            <strong className="timeline-action">{formatCaseHistoryStep(t, entry.action, entry.params)}</strong>{' '}
            <span className="timeline-actor">
              {/* No actor: the platform acted (opened the case, closed it when superseded or withdrawn). */}
              {entry.actor ? t('history.by', { name: entry.actor.name }) : t('caseHistory.byPlatform')}
            </span>
          </p>
          <p className="timeline-time">
            <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The case's history – opened, members assigned or volunteering, declarations, hand-overs, assessments (never their
 * scores), the decision and why a case closed – collapsed until asked for, and read only then. Shown only to the
 * roles the review document allows to read it (`listReviewCaseHistory`).
 */
export function CaseHistorySection({ caseId, roles }: { caseId: string; roles: readonly Role[] }) {
  const { t } = useI18n();
  const allowed = mayCall('listReviewCaseHistory', roles);
  const [open, setOpen] = useState(false);
  const history = useCaseHistory(caseId, allowed && open);
  if (!allowed) return null;

  return (
    <section className="card detail-section case-history" aria-labelledby={HEADING_ID} data-testid="case-history">
      <h2 id={HEADING_ID}>{t('caseHistory.heading')}</h2>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={BODY_ID}
        onClick={() => setOpen(!open)}
        data-testid="case-history-toggle"
      >
        {t(open ? 'caseHistory.hide' : 'caseHistory.show')}
      </button>
      <div id={BODY_ID} hidden={!open}>
        {open && (
          <>
            <p className="muted">{t('caseHistory.intro')}</p>
            {history.isPending && <Skeleton shape="text" label={t('caseHistory.loading')} testId="case-history-loading" />}
            {history.isError && (
              <ErrorAlert testId="case-history-error">
                <p>
                  {t('caseHistory.loadError')} {errorMessage(t, history.error)}
                </p>
                <button type="button" className="button button-secondary" onClick={() => void history.refetch()}>
                  {t('app.retry')}
                </button>
              </ErrorAlert>
            )}
            {history.data && <CaseHistoryTimeline entries={history.data} />}
          </>
        )}
      </div>
    </section>
  );
}
