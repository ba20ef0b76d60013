import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../../shared/api/errorMessage';
import type { ProposalDiff } from '../../proposals/api/types';
import { formatFieldValue } from '../../proposals/components/VersionsSection';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatFieldName } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { Skeleton } from '../../shared/components/Skeleton';

interface Props {
  /** The previous round's number. */
  round: number;
  /** The version the previous round decided on; null when the versions do not show one. */
  previousVersion: number | null;
  /** The versions are still being read. */
  waiting: boolean;
  versionsFailed: boolean;
  diff: UseQueryResult<ProposalDiff>;
}

/**
 * What the instructor changed since the previous round's decision, field by field (before and now), so that a
 * reviewer of a resubmission reads the answer to the committee's comments first.
 */
export function CaseChanges({ round, previousVersion, waiting, versionsFailed, diff }: Props) {
  const { t, locale } = useI18n();
  const changes = diff.data?.changes ?? [];
  return (
    <section className="card evidence-group evidence-changes" aria-labelledby="evidence-changes-heading" data-testid="evidence-changes">
      <h3 id="evidence-changes-heading">{t('evidence.changes.heading', { round })}</h3>
      {(waiting || (previousVersion !== null && diff.isPending)) && <Skeleton shape="text" label={t('evidence.changes.loading')} />}
      {(versionsFailed || diff.isError) && (
        <ErrorAlert testId="evidence-changes-error">
          <p>
            {t('evidence.changes.loadError')} {diff.isError ? errorMessage(t, diff.error) : ''}
          </p>
        </ErrorAlert>
      )}
      {!waiting && !versionsFailed && previousVersion === null && <p className="muted">{t('evidence.changes.unknown')}</p>}
      {diff.data && changes.length === 0 && (
        <p data-testid="evidence-no-changes">{t('evidence.changes.none', { from: previousVersion ?? '' })}</p>
      )}
      {diff.data && changes.length > 0 && (
        <>
          <p data-testid="evidence-changes-count">
            {changes.length === 1
              ? t('evidence.changes.one', { from: previousVersion ?? '' })
              : t('evidence.changes.other', { count: changes.length, from: previousVersion ?? '' })}
          </p>
          <ul className="change-list">
            {changes.map((change, i) => (
              <li key={`${change.field}-${i}`} data-testid="evidence-change" data-field={change.field}>
                <h4>{formatFieldName(t, change.field)}</h4>
                <dl className="change-values">
                  <div>
                    <dt>{t('evidence.changes.before')}</dt>
                    <dd className="prose-value">{formatFieldValue(t, locale, change.field, change.before)}</dd>
                  </div>
                  <div>
                    <dt>{t('evidence.changes.after')}</dt>
                    <dd className="prose-value">{formatFieldValue(t, locale, change.field, change.after)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
