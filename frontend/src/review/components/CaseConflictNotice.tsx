import { can } from '../../shared/api/permissions';
import { useI18n } from '../../shared/i18n/useI18n';
import { formatAutomaticConflict } from '../i18n/reviewCodes';
import type { ReviewCase } from '../api/reviewTypes';
import { TARGETS, conflictOf, handOverCandidates } from './caseNextStep';
import { goToForm } from './goToForm';

/**
 * Tells a reader with a conflict of interest in an open case why they may not assess (or, as the chair, decide) it,
 * and what they can do: the chair hands the case to a member without a conflict (assigning one first if need be); a
 * member changes a declaration made by mistake, or tells the chair about a wrong automatic flag.
 */
export function CaseConflictNotice({ reviewCase: c, username }: { reviewCase: ReviewCase; username: string }) {
  const { t } = useI18n();
  const conflict = conflictOf(c, username);
  if (!conflict) return null;
  const chair = conflict.as === 'chair' || conflict.chair;
  const candidates = handOverCandidates(c);
  const link = (target: string, label: string) => (
    <a
      href={`#${target}`}
      onClick={(e) => {
        if (goToForm(target)) e.preventDefault();
      }}
      data-testid="conflict-action"
      data-target={target}
    >
      {label}
    </a>
  );

  return (
    <section className="alert alert-warning conflict-notice" aria-labelledby="conflict-heading" data-testid="conflict-notice" data-as={conflict.as}>
      <h2 id="conflict-heading" className="alert-title">
        {t('conflict.heading')}
      </h2>
      <p data-testid="conflict-why">
        {conflict.as === 'chair'
          ? t('conflict.why.chairFlagged')
          : conflict.declared !== null
            ? t('conflict.why.declared', { reason: conflict.declared })
            : t('conflict.why.automatic', {
                reason: formatAutomaticConflict(t, conflict.automatic, c.members?.find((m) => m.username === username)?.department),
              })}
      </p>
      <p>{t(chair ? 'conflict.consequence.chair' : 'conflict.consequence.member')}</p>
      <p data-testid="conflict-how">
        {chair ? (
          candidates > 0 ? (
            <>
              {t('conflict.how.handOver')} {link(TARGETS.handOver, t('next.case.go.handOver'))}
            </>
          ) : (
            <>
              {t('conflict.how.assignFirst')} {can(c, 'ASSIGN') && link(TARGETS.assign, t('next.case.go.assign'))}
            </>
          )
        ) : conflict.as === 'member' && conflict.declared !== null && !conflict.automatic ? (
          <>
            {t('conflict.how.redeclare')} {link(TARGETS.declare, t('next.case.go.declare'))}
          </>
        ) : (
          t('conflict.how.tellChair')
        )}
      </p>
    </section>
  );
}
