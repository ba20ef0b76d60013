import type { ReactNode } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatFieldName } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { useNextStep } from '../api/queries';
import type { NextAction, Proposal } from '../api/types';
import { NextStepCard } from './NextStepCard';
import { describeStep, isReadersStep, whoActs } from './nextStepWording';
import { Skeleton } from '../../shared/components/Skeleton';

interface Props {
  proposal: Proposal;
  reader: CurrentUser | null;
  /** The control that takes the step, for a step that is the reader's (null: the page has none for it). */
  actionFor?: (action: NextAction) => ReactNode;
}

/**
 * "What's next" for a proposal, written to the reader: who acts next and what they do ("You sign next."), with the
 * control for it when it is theirs; everyone else the proposal waits for, and the application fields still empty.
 */
export function NextStepPanel({ proposal: p, reader, actionFor }: Props) {
  const { t } = useI18n();
  const next = useNextStep(p.id);
  const step = next.data;

  if (!step) {
    const status = next.isError ? (
      <ErrorAlert>
        <p>
          {t('next.loadError')} {errorMessage(t, next.error)}
        </p>
        <button type="button" className="button button-secondary" onClick={() => void next.refetch()}>
          {t('app.retry')}
        </button>
      </ErrorAlert>
    ) : (
      <Skeleton shape="text" count={2} label={t('next.loading')} />
    );
    return <NextStepCard who="" mine={false} what="" status={status} />;
  }

  const first = { actor: step.nextActor, action: step.nextAction };
  const mine = isReadersStep(first, p, reader);
  const waiting = step.waitingFor ?? [];
  const missing = step.missing ?? [];
  return (
    <NextStepCard
      who={whoActs(t, first, p, mine)}
      mine={mine}
      what={describeStep(t, first, p, mine)}
      action={mine ? actionFor?.(step.nextAction) : undefined}
      actor={step.nextActor}
      stepAction={step.nextAction}
    >
      {waiting.length > 1 && (
        <>
          <h3 id="next-step-waiting">{t('next.waitingFor')}</h3>
          <ul aria-labelledby="next-step-waiting" data-testid="next-step-waiting">
            {waiting.map((w, i) => {
              const theirs = isReadersStep(w, p, reader);
              return (
                <li key={`${w.actor}-${w.action}-${i}`} data-testid="waiting-for" data-actor={w.actor} data-action={w.action} data-mine={String(theirs)}>
                  {describeStep(t, w, p, theirs)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <>
          <h3 id="next-step-missing">{t('next.missing')}</h3>
          <ul aria-labelledby="next-step-missing" data-testid="next-step-missing">
            {missing.map((field) => (
              <li key={field} data-testid="missing-field" data-field={field}>
                {formatFieldName(t, field)}
              </li>
            ))}
          </ul>
        </>
      )}
    </NextStepCard>
  );
}
