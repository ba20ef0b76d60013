import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n/useI18n';

export interface NextStepCardProps {
  /** Who acts next, as the reader knows them: "You", "Ida Jensen (instructor)", "The study board". */
  who: string;
  /** Whether that is the reader: then the card says "Your turn" and carries the action. */
  mine: boolean;
  /** The step as a sentence written to the reader: "You sign next.", "The study board approves next." */
  what: string;
  /** The control that takes the step (a button or a link), offered only when the step is the reader's. */
  action?: ReactNode;
  /** Codes for tests and styles: who and what, as the server names them. */
  actor?: string | null;
  stepAction?: string | null;
  /** Details below the step: everyone else awaited, what is still missing. */
  children?: ReactNode;
  /** The heading's id; the card is a region labelled by it. */
  headingId?: string;
  testId?: string;
  /** Loading and failure messages, shown instead of the step while it is not known. */
  status?: ReactNode;
}

/**
 * "What's next" on an object's page: who acts next and what they do, written to the reader, with the control that
 * takes the step when it is theirs. Not tied to proposals: a review case or a production gives its own words.
 */
export function NextStepCard({
  who,
  mine,
  what,
  action,
  actor,
  stepAction,
  children,
  headingId = 'next-step-heading',
  testId = 'next-step',
  status,
}: NextStepCardProps) {
  const { t } = useI18n();
  return (
    <section
      className={mine ? 'card next-step next-step-mine' : 'card next-step'}
      aria-labelledby={headingId}
      data-testid={testId}
      data-actor={actor ?? undefined}
      data-action={stepAction ?? undefined}
      data-mine={status ? undefined : String(mine)}
      data-who={status ? undefined : who}
    >
      <h2 id={headingId}>{t('next.heading')}</h2>
      {status ?? (
        <>
          <div className="next-step-row">
            <p className="next-step-main">
              {/* Whose turn it is in words, not only by the card's colour; the sentence names anyone else. */}
              {mine && (
                <>
                  <span className="badge next-step-turn" data-testid="next-step-turn">
                    {t('next.yourTurn')}
                  </span>{' '}
                </>
              )}
              <span data-testid="next-step-text">{what}</span>
            </p>
            {mine && action && (
              <div className="next-step-action" data-testid="next-step-action">
                {action}
              </div>
            )}
          </div>
          {children}
        </>
      )}
    </section>
  );
}
