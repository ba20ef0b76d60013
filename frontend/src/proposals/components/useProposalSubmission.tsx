import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { useSubmitProposal } from '../api/queries';
import type { Proposal } from '../api/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

/** The outcome of a submission, kept as data so that it follows a language switch. */
export type SubmitOutcome = { kind: 'success'; title: string } | { kind: 'error'; title: string; error: unknown };

/** Submits a draft to the steering committee and keeps the outcome for {@link SubmitNotice}. */
export function useProposalSubmission() {
  const submit = useSubmitProposal();
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);

  async function submitProposal(proposal: Proposal, version?: number): Promise<Proposal | null> {
    setOutcome(null);
    try {
      const submitted = await submit.mutateAsync({ id: proposal.id, version });
      setOutcome({ kind: 'success', title: proposal.title });
      return submitted;
    } catch (err) {
      setOutcome({ kind: 'error', title: proposal.title, error: err });
      return null;
    }
  }

  return {
    outcome,
    clear: () => setOutcome(null),
    submit: submitProposal,
    submittingId: submit.isPending ? (submit.variables?.id ?? null) : null,
  };
}

/**
 * The outcome of a submission in a polite live region. It takes focus when it appears, because the
 * button that was pressed disappears.
 */
export function SubmitNotice({ outcome }: { outcome: SubmitOutcome | null }) {
  const { t } = useI18n();
  const ref = useFocusWhenShown<HTMLParagraphElement>(outcome);
  return (
    <div aria-live="polite" className="live-region">
      {outcome && (
        <p
          ref={ref}
          tabIndex={-1}
          className={`alert ${outcome.kind === 'success' ? 'alert-success' : 'alert-error'}`}
          data-testid="proposal-notice"
        >
          {outcome.kind === 'success'
            ? t('proposals.submitted', { title: outcome.title })
            : t('proposals.submitError', { title: outcome.title, detail: errorMessage(t, outcome.error) })}
        </p>
      )}
    </div>
  );
}
