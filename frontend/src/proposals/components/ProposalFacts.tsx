import type { ReactNode } from 'react';
import { formatDateTime, shortHash } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import type { Proposal } from '../api/types';
import { formatProposalStatus, proposalStatusBadgeClass } from './proposalStatus';

function When({ iso }: { iso: string }) {
  const { locale } = useI18n();
  return <time dateTime={iso}>{formatDateTime(locale, iso)}</time>;
}

/** A proposal's status and facts; `children` are the steps the reader may take below them. */
export function ProposalFacts({ proposal: p, children }: { proposal: Proposal; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="card facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {t('detail.facts')}
      </h2>
      <dl className="facts-list">
        <div>
          <dt>{t('detail.status')}</dt>
          <dd data-testid="proposal-status" data-status={p.status}>
            <span className={proposalStatusBadgeClass(p)}>{formatProposalStatus(t, p)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.instructor')}</dt>
          <dd>{p.instructor?.name}</dd>
        </div>
        <div>
          <dt>{t('detail.department')}</dt>
          <dd>{p.department}</dd>
        </div>
        <div>
          <dt>{t('detail.created')}</dt>
          <dd>
            <When iso={p.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.updated')}</dt>
          <dd>
            <When iso={p.updatedAt} />
          </dd>
        </div>
        {p.submittedAt && (
          <div>
            <dt>{t('detail.submitted')}</dt>
            <dd>
              <When iso={p.submittedAt} />
            </dd>
          </div>
        )}
        {p.withdrawnAt && (
          <div>
            <dt>{t('detail.withdrawn')}</dt>
            <dd>
              <When iso={p.withdrawnAt} />
            </dd>
          </div>
        )}
        {p.revision !== undefined && (
          <div>
            <dt>{t('detail.revision')}</dt>
            <dd data-testid="proposal-revision">{p.revision}</dd>
          </div>
        )}
        {p.contentHash && (
          <div>
            <dt>{t('detail.contentHash')}</dt>
            <dd className="mono" data-testid="content-hash" data-hash={p.contentHash}>
              {shortHash(p.contentHash)}
              <span className="visually-hidden"> {t('detail.contentHashFull', { hash: p.contentHash })}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('detail.moocId')}</dt>
          <dd className="mono">{p.id}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
