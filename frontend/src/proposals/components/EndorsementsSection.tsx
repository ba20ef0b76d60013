import { Link } from 'react-router-dom';
import { can } from '../../shared/api/permissions';
import type { Endorsement, Proposal } from '../api/types';
import { formatDateTime, formatEndorsementState, shortHash } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';

export type EndorsementKind = 'board' | 'head';

const TEST_IDS: Record<EndorsementKind, string> = {
  board: 'board-approval-state',
  head: 'head-signature-state',
};

/** The page where the board member or the head decides, opened with the hash of the content they will see. */
export function decisionPagePath(proposal: Pick<Proposal, 'id' | 'contentHash'>, kind: EndorsementKind): string {
  const page = kind === 'board' ? 'board-approval' : 'signature';
  const query = proposal.contentHash ? `?hash=${encodeURIComponent(proposal.contentHash)}` : '';
  return `/proposals/${encodeURIComponent(proposal.id)}/${page}${query}`;
}

export function endorsementOf(proposal: Proposal, kind: EndorsementKind): Endorsement | null | undefined {
  return kind === 'board' ? proposal.boardApproval : proposal.headSignature;
}

/**
 * One endorsement: its state, who decided and when, the comment and the version it was given for.
 * A void endorsement says why it no longer holds.
 */
export function EndorsementSummary({
  kind,
  endorsement,
  headingLevel = 3,
}: {
  kind: EndorsementKind;
  endorsement: Endorsement | null | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const headingId = `endorsement-${kind}-heading`;
  const state = endorsement?.state ?? 'NOT_REQUESTED';
  const e = endorsement;
  return (
    <div className="endorsement" role="group" aria-labelledby={headingId} data-testid={TEST_IDS[kind]} data-state={state}>
      <Heading id={headingId}>{t(kind === 'board' ? 'endorsements.board' : 'endorsements.head')}</Heading>
      <dl className="facts-list">
        <div>
          <dt>{t('endorsements.state')}</dt>
          <dd>
            <span className={`badge badge-endorsement-${state.toLowerCase()}`} data-testid="endorsement-state-label">
              {formatEndorsementState(t, state)}
            </span>
          </dd>
        </div>
        {e?.requestedAt && (
          <div>
            <dt>{t('endorsements.requestedAt')}</dt>
            <dd>
              <time dateTime={e.requestedAt}>{formatDateTime(locale, e.requestedAt)}</time>
            </dd>
          </div>
        )}
        {e?.decidedBy && (
          <div>
            <dt>{t('endorsements.decidedBy')}</dt>
            <dd data-testid="endorsement-decided-by">{e.decidedBy.name}</dd>
          </div>
        )}
        {e?.decidedAt && (
          <div>
            <dt>{t('endorsements.decidedAt')}</dt>
            <dd>
              <time dateTime={e.decidedAt}>{formatDateTime(locale, e.decidedAt)}</time>
            </dd>
          </div>
        )}
        {e?.revision !== null && e?.revision !== undefined && (
          <div>
            <dt>{t('endorsements.revision')}</dt>
            <dd>
              {t('endorsements.revisionValue', { revision: e.revision })}
              {e.contentHash && (
                <>
                  {' '}
                  <span className="mono" title={e.contentHash}>
                    ({shortHash(e.contentHash)})
                  </span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {e?.comment && (
        <dl className="detail-list">
          <div className="detail-item">
            <dt>{t('endorsements.comment')}</dt>
            <dd className="prose-value" data-testid="endorsement-comment">
              {e.comment}
            </dd>
          </div>
        </dl>
      )}
      {state === 'VOID' && (
        <p className="alert alert-warning" data-testid="endorsement-void">
          {t('endorsements.voidExplained')}
        </p>
      )}
    </div>
  );
}

/** The study board's approval and the Head of Department's signature, with links to decide for those who may. */
export function EndorsementsSection({ proposal: p }: { proposal: Proposal }) {
  const { t } = useI18n();
  const mayApprove = can(p, 'DECIDE_BOARD_APPROVAL');
  const maySign = can(p, 'SIGN');
  return (
    <section className="card detail-section" aria-labelledby="section-endorsements-heading" data-testid="section-endorsements">
      <h2 id="section-endorsements-heading">{t('endorsements.heading')}</h2>
      <div className="endorsements">
        <EndorsementSummary kind="board" endorsement={p.boardApproval} />
        <EndorsementSummary kind="head" endorsement={p.headSignature} />
      </div>
      {p.readyToSubmit && (
        <p className="alert alert-success" data-testid="ready-to-submit">
          {t('endorsements.ready')}
        </p>
      )}
      {(mayApprove || maySign) && (
        <p className="actions">
          {mayApprove && (
            <Link className="button" to={decisionPagePath(p, 'board')} data-testid="open-board-approval">
              {t('endorsements.openBoardPage')}
            </Link>
          )}
          {maySign && (
            <Link className="button" to={decisionPagePath(p, 'head')} data-testid="open-signature">
              {t('endorsements.openSignaturePage')}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
