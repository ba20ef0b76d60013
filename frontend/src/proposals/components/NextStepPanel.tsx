import { errorMessage } from '../../shared/api/errorMessage';
import { useNextStep } from '../api/queries';
import { formatFieldName, formatNextStep } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert, StatusMessage } from '../../shared/components/Alert';

/**
 * "What's next" for a proposal: who acts next and what they do, everyone the proposal waits for,
 * and the application fields still empty (by their labels).
 */
export function NextStepPanel({ proposalId }: { proposalId: string }) {
  const { t } = useI18n();
  const next = useNextStep(proposalId);
  const step = next.data;
  const waiting = step?.waitingFor ?? [];
  const missing = step?.missing ?? [];

  return (
    <section
      className="card next-step"
      aria-labelledby="next-step-heading"
      data-testid="next-step"
      data-actor={step?.nextActor}
      data-action={step?.nextAction}
    >
      <h2 id="next-step-heading">{t('next.heading')}</h2>
      {next.isPending && <StatusMessage>{t('next.loading')}</StatusMessage>}
      {next.isError && (
        <ErrorAlert>
          <p>
            {t('next.loadError')} {errorMessage(t, next.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void next.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {step && (
        <>
          <p className="next-step-main" data-testid="next-step-text">
            {formatNextStep(t, step.nextActor, step.nextAction)}
          </p>
          {waiting.length > 1 && (
            <>
              <h3 id="next-step-waiting">{t('next.waitingFor')}</h3>
              <ul aria-labelledby="next-step-waiting" data-testid="next-step-waiting">
                {waiting.map((w, i) => (
                  <li key={`${w.actor}-${w.action}-${i}`} data-testid="waiting-for" data-actor={w.actor} data-action={w.action}>
                    {formatNextStep(t, w.actor, w.action)}
                  </li>
                ))}
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
        </>
      )}
    </section>
  );
}
