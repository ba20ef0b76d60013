import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useProposalDiff, useProposalVersions } from '../api/queries';
import type { ProposalDiff, ProposalVersion } from '../api/types';
import {
  formatDateTime,
  formatFieldName,
  formatNumber,
  formatSemester,
  formatTeamRole,
  shortHash,
} from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

type T = ReturnType<typeof useI18n>['t'];

const RESOURCE_KEYS: Record<string, MessageKey> = {
  staffHours: 'resources.staffHours.label',
  assistants: 'resources.assistants.label',
  videoBudgetDkk: 'resources.videoBudget.label',
};

/**
 * A field's value in a comparison, in words: empty values say so, the launch semester and the kind of
 * content are named, the team lists its members and the resources their figures. Anything else is
 * shown as the server sent it.
 */
export function formatFieldValue(t: T, locale: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('diff.empty');
  if (field === 'newContent' && typeof value === 'boolean') {
    return t(value ? 'form.content.new' : 'form.content.existing');
  }
  if (field === 'plannedLaunchSemester' && typeof value === 'string') return formatSemester(t, value);
  if (typeof value === 'boolean') return t(value ? 'diff.yes' : 'diff.no');
  if (typeof value === 'number') return formatNumber(locale, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('diff.empty');
    return value
      .map((item) => {
        if (item && typeof item === 'object' && 'name' in item) {
          const m = item as { name?: unknown; email?: unknown; role?: unknown };
          const name = [m.name, m.email].filter((v) => typeof v === 'string' && v).join(', ');
          return typeof m.role === 'string' ? t('diff.teamMember', { name, role: formatTeamRole(t, m.role) }) : name;
        }
        return formatFieldValue(t, locale, '', item);
      })
      .join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${RESOURCE_KEYS[key] ? t(RESOURCE_KEYS[key]) : key}: ${formatFieldValue(t, locale, key, v)}`)
      .join('; ');
  }
  return String(value);
}

function versionLabel(t: T, number: number | null): string {
  return number === null ? t('diff.currentContent') : t('versions.item', { number });
}

/** The changed fields as a table, and which endorsements the changes need again. */
export function VersionDiff({ diff }: { diff: ProposalDiff }) {
  const { t, locale } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  const count = diff.changes.length;
  const caption = t('diff.caption', { from: versionLabel(t, diff.from), to: versionLabel(t, diff.to) });
  return (
    <div className="version-diff" data-testid="version-diff" data-from={diff.from} data-to={diff.to ?? 'current'}>
      <p role="status" className="results-count" data-testid="diff-count">
        {count === 0 ? t('diff.none') : count === 1 ? t('diff.count.one') : t('diff.count.other', { count })}
      </p>
      {count > 0 && (
        <div className="table-wrap">
          <table ref={cardLabels} className={`data-table diff-table ${CARD_TABLE_CLASS}`} data-testid="diff-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diff.col.field')}</th>
                <th scope="col">{t('diff.col.before')}</th>
                <th scope="col">{t('diff.col.after')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changes.map((change, i) => (
                <tr key={`${change.field}-${i}`} data-testid="diff-row" data-field={change.field}>
                  <th scope="row">{formatFieldName(t, change.field)}</th>
                  <td className="prose-value">{formatFieldValue(t, locale, change.field, change.before)}</td>
                  <td className="prose-value">{formatFieldValue(t, locale, change.field, change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="diff-needs">
        <li data-testid="diff-board-needed" data-needed={String(diff.boardApprovalNeeded)}>
          {t(diff.boardApprovalNeeded ? 'diff.boardNeeded' : 'diff.boardNotNeeded')}
        </li>
        <li data-testid="diff-head-needed" data-needed={String(diff.headSignatureNeeded)}>
          {t(diff.headSignatureNeeded ? 'diff.headNeeded' : 'diff.headNotNeeded')}
        </li>
      </ul>
    </div>
  );
}

/** Default comparison: the last frozen version before the newest, against the newest. */
function defaults(versions: ProposalVersion[]): { from: string; to: string } {
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const last = sorted[sorted.length - 1];
  const before = sorted[sorted.length - 2] ?? last;
  return { from: String(before.number), to: String(last.number) };
}

/**
 * The versions of the application (version 1 as first submitted, one more per revision) and a form to
 * compare two of them.
 */
export function VersionsSection({ proposalId }: { proposalId: string }) {
  const { t, locale } = useI18n();
  const versions = useProposalVersions(proposalId);
  const list = [...(versions.data ?? [])].sort((a, b) => a.number - b.number);
  const [choice, setChoice] = useState<{ from: string; to: string } | null>(null);
  const [compare, setCompare] = useState<{ from: number; to: number | undefined } | null>(null);
  const diff = useProposalDiff(proposalId, compare?.from ?? null, compare?.to);
  const selected = choice ?? (list.length > 0 ? defaults(list) : { from: '', to: '' });

  function handleCompare(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const to = list.find((v) => String(v.number) === selected.to);
    // The current version is "the current content": `to` is left out.
    setCompare({ from: Number(selected.from), to: !to || to.current ? undefined : to.number });
  }

  return (
    <section className="card detail-section" aria-labelledby="section-versions-heading" data-testid="section-versions">
      <h2 id="section-versions-heading">{t('versions.heading')}</h2>
      {versions.isPending && <Skeleton shape="text" count={2} label={t('versions.loading')} />}
      {versions.isError && (
        <ErrorAlert>
          <p>
            {t('versions.loadError')} {errorMessage(t, versions.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void versions.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {versions.data && list.length === 0 && <p className="muted">{t('versions.empty')}</p>}
      {list.length > 0 && (
        <ol className="versions-list" aria-labelledby="section-versions-heading" data-testid="versions-list">
          {list.map((v) => (
            <li key={v.number} data-testid="version-item" data-number={v.number} data-current={String(v.current)}>
              <strong>{t('versions.item', { number: v.number })}</strong>
              {v.current && <> ({t('versions.current')})</>}
              {' – '}
              {v.submittedAt ? (
                t('versions.submittedAt', { date: formatDateTime(locale, v.submittedAt) })
              ) : (
                <span className="muted">{t('versions.notSubmitted')}</span>
              )}{' '}
              <span className="mono muted" title={v.contentHash}>
                {shortHash(v.contentHash)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {list.length === 1 && <p className="muted">{t('versions.single')}</p>}
      {list.length > 1 && (
        <form className="compare-form" onSubmit={handleCompare} data-testid="versions-compare">
          <fieldset className="filter-group">
            <legend>{t('versions.compare.legend')}</legend>
            <div className="filter-fields">
              <div className="field">
                <label htmlFor="versions-from">{t('versions.from')}</label>
                <select
                  id="versions-from"
                  value={selected.from}
                  onChange={(e) => setChoice({ ...selected, from: e.target.value })}
                  data-testid="versions-from"
                >
                  {list.map((v) => (
                    <option key={v.number} value={String(v.number)}>
                      {t('versions.item', { number: v.number })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="versions-to">{t('versions.to')}</label>
                <select
                  id="versions-to"
                  value={selected.to}
                  onChange={(e) => setChoice({ ...selected, to: e.target.value })}
                  data-testid="versions-to"
                >
                  {list.map((v) => (
                    <option key={v.number} value={String(v.number)}>
                      {t('versions.item', { number: v.number })}
                      {v.current ? ` (${t('versions.current')})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <button type="submit" className="button button-secondary" data-testid="compare-versions">
            {t('versions.compare')}
          </button>
        </form>
      )}
      {compare && diff.isPending && <Skeleton shape="text" label={t('diff.loading')} />}
      {compare && diff.isError && (
        <ErrorAlert testId="diff-error">
          <p>
            {t('diff.loadError')} {errorMessage(t, diff.error)}
          </p>
        </ErrorAlert>
      )}
      {compare && diff.data && <VersionDiff diff={diff.data} />}
    </section>
  );
}
