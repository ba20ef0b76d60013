import { Link } from 'react-router-dom';
import { can } from '../../shared/api/permissions';
import type { Proposal } from '../api/types';
import { formatDateTime, formatEndorsementState, formatSemester } from '../../shared/i18n/format';
import { formatProposalStatus, proposalStatusBadgeClass } from './proposalStatus';
import { useI18n } from '../../shared/i18n/useI18n';
import { ConfirmButton } from '../../shared/components/ConfirmButton';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

interface Props {
  proposals: Proposal[];
  caption: string;
  /** Show the instructor column (the administrator's view of all proposals). */
  showInstructor?: boolean;
  /** Offer "Submit to committee" on the rows whose permissions include SUBMIT. */
  canSubmit?: boolean;
  /** Show the state of the study board's approval or the head's signature (the endorsers' queues). */
  endorsementColumn?: 'board' | 'head';
  /** Called once the person has confirmed the submission. */
  onSubmit?: (proposal: Proposal) => void;
  /** The id of the proposal whose submission is in flight. */
  submittingId?: string | null;
}

export function ProposalsTable({
  proposals,
  caption,
  showInstructor,
  canSubmit,
  endorsementColumn,
  onSubmit,
  submittingId,
}: Props) {
  const { t, locale } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  // The column appears only if some row can be submitted: the server says so per proposal.
  const showActions = Boolean(canSubmit) && proposals.some((p) => can(p, 'SUBMIT'));

  return (
    <div className="table-wrap">
      <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="proposals-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.col.title')}</th>
            {showInstructor && <th scope="col">{t('proposals.col.instructor')}</th>}
            <th scope="col">{t('proposals.col.status')}</th>
            {endorsementColumn && (
              <th scope="col">
                {t(endorsementColumn === 'board' ? 'proposals.col.boardApproval' : 'proposals.col.headSignature')}
              </th>
            )}
            <th scope="col">{t('proposals.col.semester')}</th>
            <th scope="col">{t('proposals.col.updated')}</th>
            {showActions && <th scope="col">{t('proposals.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => {
            const submittable = can(p, 'SUBMIT');
            const endorsementState =
              (endorsementColumn === 'board' ? p.boardApproval?.state : p.headSignature?.state) ?? 'NOT_REQUESTED';
            const submitting = submittingId === p.id;
            return (
              <tr key={p.id} data-testid="proposal-row" data-proposal-id={p.id}>
                <th scope="row" className="cell-title">
                  <Link to={`/proposals/${encodeURIComponent(p.id)}`} data-testid="proposal-link">
                    {p.title}
                  </Link>
                </th>
                {showInstructor && <td>{p.instructor?.name}</td>}
                <td data-testid="proposal-status" data-status={p.status}>
                  <span className={proposalStatusBadgeClass(p)}>{formatProposalStatus(t, p)}</span>
                </td>
                {endorsementColumn && (
                  <td data-testid="endorsement-state" data-state={endorsementState}>
                    {formatEndorsementState(t, endorsementState)}
                  </td>
                )}
                <td>{formatSemester(t, p.plannedLaunchSemester)}</td>
                <td>
                  <time dateTime={p.updatedAt}>{formatDateTime(locale, p.updatedAt)}</time>
                </td>
                {showActions && (
                  <td className="cell-actions">
                    {submittable && (
                      // The question and its two buttons stand in the cell, where the button stood.
                      <ConfirmButton
                        variant="primary"
                        question={t('proposals.submitConfirm', { title: p.title })}
                        confirmLabel={t('proposals.confirmSubmit')}
                        cancelLabel={t('proposals.cancel')}
                        disabled={submitting}
                        onConfirm={() => onSubmit?.(p)}
                        testId="submit-proposal"
                      >
                        {submitting ? t('proposals.submitting') : t('proposals.submit')}
                        {/* The title makes each button's accessible name unique. */}
                        <span className="visually-hidden">: {p.title}</span>
                      </ConfirmButton>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
