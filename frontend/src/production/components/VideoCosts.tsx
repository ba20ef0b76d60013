import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { usePlanVideoHours, useVideoCosts } from '../api/productionQueries';
import type { Production, VideoCosts } from '../api/productionTypes';
import { formatDkk, formatNumber } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { useSteps } from './productionSteps';
import { Skeleton } from '../../shared/components/Skeleton';

const WARNING_TEXT: Record<string, MessageKey> = {
  NEAR_LIMIT: 'videoCosts.warning.NEAR_LIMIT',
  EXCEEDED: 'videoCosts.warning.EXCEEDED',
};

/** The MOOC's video costs against its budget, with a warning in words near or over it. */
export function VideoCostsPanel({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const costs = useVideoCosts(p.moocId);
  const dkk = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatDkk(locale, value));
  const c: VideoCosts | undefined = costs.data;
  return (
    <div className="video-costs" data-testid="video-costs" aria-labelledby="video-costs-heading" role="group">
      <h3 id="video-costs-heading">{t('videoCosts.heading')}</h3>
      {costs.isPending && <Skeleton shape="text" count={3} label={t('videoCosts.loading')} />}
      {costs.isError && (
        <ErrorAlert testId="video-costs-error">
          <p>
            {t('videoCosts.loadError')} {errorMessage(t, costs.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void costs.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {c && (
        <>
          {c.warning !== 'NONE' && (
            <div className="alert alert-warning" role="alert" data-testid="video-costs-warning" data-warning={c.warning}>
              <p>{WARNING_TEXT[c.warning] ? t(WARNING_TEXT[c.warning]) : t('videoCosts.warning.other', { code: c.warning })}</p>
            </div>
          )}
          <dl className="facts-list">
            <div>
              <dt>{t('videoCosts.budget')}</dt>
              <dd data-testid="video-costs-budget">{dkk(c.budgetDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.planned')}</dt>
              <dd data-testid="video-costs-planned">
                {t('videoCosts.plannedValue', { hours: formatNumber(locale, c.plannedHours ?? 0), amount: dkk(c.plannedDkk ?? 0) })}
              </dd>
            </div>
            <div>
              <dt>{t('videoCosts.booked')}</dt>
              <dd data-testid="video-costs-booked">{dkk(c.bookedDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.confirmed')}</dt>
              <dd data-testid="video-costs-confirmed">{dkk(c.confirmedDkk)}</dd>
            </div>
            <div>
              <dt>{t('videoCosts.remaining')}</dt>
              <dd data-testid="video-costs-remaining">{dkk(c.remainingDkk)}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}

/** The MediaLab hours the production plans to use (they count towards the planned costs). */
export function PlannedHoursForm({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const costs = useVideoCosts(p.moocId);
  const plan = usePlanVideoHours();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = value ?? (costs.data?.plannedHours !== null && costs.data?.plannedHours !== undefined ? String(costs.data.plannedHours) : '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const hours = Number(shown.replace(',', '.'));
    if (shown.trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 10_000 || Math.round(hours * 2) !== hours * 2) {
      setError(t('videoPlan.error'));
      document.getElementById('planned-hours')?.focus();
      return;
    }
    setError(null);
    const ok = await steps.run(
      'videoPlan',
      'videoPlan.failed',
      () => plan.mutateAsync({ id: p.moocId, plannedHours: hours }),
      () => ({ key: 'videoPlan.done', params: { hours: new Intl.NumberFormat(locale).format(hours) } }),
    );
    if (ok) setValue(null);
  }

  return (
    <form noValidate className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="video-plan-heading" data-testid="video-plan-form">
      <h3 id="video-plan-heading">{t('videoPlan.heading')}</h3>
      <Field id="planned-hours" label={t('videoPlan.label')} hint={t('videoPlan.hint')} error={error ?? undefined}>
        {(describedBy) => (
          <input
            id="planned-hours"
            type="number"
            min={0}
            step={0.5}
            inputMode="decimal"
            className="input-short"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            value={shown}
            onChange={(e) => setValue(e.target.value)}
            data-testid="planned-hours"
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={steps.pending !== null} data-testid="save-planned-hours">
        {steps.pending === 'videoPlan' ? t('edit.saving') : t('videoPlan.save')}
      </button>
    </form>
  );
}
