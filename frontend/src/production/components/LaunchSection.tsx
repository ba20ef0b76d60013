import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { can } from '../../shared/api/permissions';
import { useLaunch, useRequestLaunchApproval } from '../api/productionQueries';
import type { Gate, LaunchApproval, Production } from '../api/productionTypes';
import { formatDateTime } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import { formatGate, formatGateReason, formatLaunchApproval, personName } from '../i18n/productionFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { MaintenanceSection } from './MaintenanceSection';
import { productionTabPath, type ProductionTab } from './ProductionTabs';
import { serverFieldErrors } from './QualitySection';
import { validateLaunch, type Errors, type LaunchValues } from './productionModel';
import { useSteps } from './productionSteps';

/** The study board's launch approval: its state, when it was requested and decided, by whom, and the comment. */
export function LaunchApprovalState({ approval }: { approval: LaunchApproval | null | undefined }) {
  const { t, locale } = useI18n();
  const status = approval?.status ?? 'NOT_REQUESTED';
  return (
    <div data-testid="launch-approval-state" data-state={status}>
      <p>
        {t('launchApproval.state')}{' '}
        <span className={`badge badge-approval-${String(status).toLowerCase().replace(/_/g, '-')}`}>
          {formatLaunchApproval(t, status)}
        </span>
      </p>
      {approval?.requestedAt && (
        <p className="muted">{t('launchApproval.requestedAt', { when: formatDateTime(locale, approval.requestedAt) })}</p>
      )}
      {approval?.decidedAt && (
        <p className="muted" data-testid="launch-approval-decided">
          {t('launchApproval.decidedAt', { when: formatDateTime(locale, approval.decidedAt), who: personName(approval.decidedBy) || '–' })}
        </p>
      )}
      {approval?.comment && (
        <p data-testid="launch-approval-comment">
          {t('launchApproval.comment')} {approval.comment}
        </p>
      )}
    </div>
  );
}


/**
 * The launch: the study board's launch approval (requested with REQUEST_LAUNCH_APPROVAL; with
 * DECIDE_LAUNCH_APPROVAL a link to the decision page), what still stands in the way of the launch (the blocking
 * gates not met, each with a link to the section where it is settled), the launch form (LAUNCH; its button is
 * disabled while a blocking gate is not met) and after the launch the maintenance tasks. A launch the server
 * refuses anyway lists the unmet gates in the page's alert; a launch with warnings lists them in the notice.
 */
export function LaunchSection({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const steps = useSteps();
  const request = useRequestLaunchApproval();
  const approvalStatus = p.launchApproval?.status ?? 'NOT_REQUESTED';
  const launched = p.status === 'LAUNCHED' || p.status === 'RETIRED';

  return (
    <>
      <section className="card detail-section" aria-labelledby="launch-section-heading" data-testid="section-launch">
        <h2 id="launch-section-heading">{t('launchSection.heading')}</h2>
        <h3 id="launch-approval-heading">{t('launchApproval.heading')}</h3>
        <LaunchApprovalState approval={p.launchApproval} />
        {can(p, 'REQUEST_LAUNCH_APPROVAL') && (
          <p>
            <button
              type="button"
              className="button"
              data-testid="request-launch-approval"
              disabled={steps.pending !== null}
              onClick={() =>
                void steps.run('requestApproval', 'launchApproval.failed.request', () => request.mutateAsync({ id: p.moocId }), () => ({
                  key: 'launchApproval.done.request',
                  params: { department: p.department },
                }))
              }
            >
              {steps.pending === 'requestApproval'
                ? t('workflow.working')
                : t(approvalStatus === 'DECLINED' ? 'launchApproval.requestAgain' : 'launchApproval.request')}
            </button>
          </p>
        )}
        {can(p, 'DECIDE_LAUNCH_APPROVAL') && (
          <p>
            <Link to={`/productions/${encodeURIComponent(p.moocId)}/launch-approval`} data-testid="open-launch-approval">
              {t('launchApproval.open')}
            </Link>
          </p>
        )}

        {(can(p, 'LAUNCH') || !launched) && <h3 id="launch-heading">{t('launchForm.heading')}</h3>}
        {!launched && <LaunchReadiness production={p} />}
        {!launched && !can(p, 'LAUNCH') && <p className="muted">{t('launchForm.notYet')}</p>}
        {can(p, 'LAUNCH') && <LaunchForm production={p} />}
      </section>
      {(launched || (p.maintenanceTasks?.length ?? 0) > 0) && <MaintenanceSection production={p} />}
    </>
  );
}

/** Where each gate is settled: the section to open. */
const GATE_TAB: Record<string, ProductionTab> = {
  MANDATORY_MILESTONES: 'plan',
  FEEDBACK_TEACHING_PLAN: 'feedback',
  FEEDBACK_MATERIAL: 'feedback',
  USER_TEST: 'quality',
  BOARD_LAUNCH_APPROVAL: 'launch',
};

/** The blocking gates not met. */
export function unmetGates(p: Pick<Production, 'gates'>): Gate[] {
  return (p.gates ?? []).filter((g) => !g.met && g.blocking);
}

/**
 * What stands in the way of the launch, in words: the blocking gates not met (each with a link to where it is
 * settled), or that every blocking gate is met; gates that only warn are listed apart.
 */
function LaunchReadiness({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const blocking = unmetGates(p);
  const warnings = (p.gates ?? []).filter((g) => !g.met && !g.blocking);
  const where = (g: Gate) => {
    const tab = GATE_TAB[g.key];
    if (!tab) return null;
    // The study board's approval is settled in this section: its heading, not a new address.
    if (tab === 'launch') return <a href="#launch-approval-heading">{t('launchReadiness.goTo.launch')}</a>;
    return <Link to={productionTabPath(p.moocId, tab)}>{t(`launchReadiness.goTo.${tab}` as MessageKey)}</Link>;
  };
  return (
    <div className="launch-readiness" data-testid="launch-readiness" data-ready={blocking.length === 0 ? 'true' : 'false'}>
      {blocking.length === 0 ? (
        <p data-testid="launch-ready">{t('launchReadiness.ready')}</p>
      ) : (
        <>
          <p id="launch-unmet-intro">{t('launchReadiness.blocked', { count: blocking.length })}</p>
          <ul id="launch-unmet-gates" aria-labelledby="launch-unmet-intro" data-testid="launch-unmet-gates">
            {blocking.map((g) => (
              <li key={g.key} data-testid="launch-unmet-gate" data-key={g.key}>
                <strong>{formatGate(t, g.key)}</strong>
                {g.code ? ` – ${formatGateReason(t, locale, g.code, g.params)}` : ''} {where(g)}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p id="launch-warnings-intro">{t('launchReadiness.warnings')}</p>
          <ul aria-labelledby="launch-warnings-intro" data-testid="launch-warning-gates">
            {warnings.map((g) => (
              <li key={g.key} data-key={g.key}>
                <strong>{formatGate(t, g.key)}</strong>
                {g.code ? ` – ${formatGateReason(t, locale, g.code, g.params)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const LAUNCH_IDS: Record<keyof LaunchValues, string> = { courseUrl: 'launch-url-input', launchDate: 'launch-date-input' };
const LAUNCH_LABELS: Record<keyof LaunchValues, MessageKey> = {
  courseUrl: 'launchForm.url.label',
  launchDate: 'launchForm.date.label',
};

function LaunchForm({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const launch = useLaunch();
  const [values, setValues] = useState<LaunchValues>(() => ({
    courseUrl: p.launch?.courseUrl ?? '',
    launchDate: p.launch?.launchDate ?? '',
  }));
  const [errors, setErrors] = useState<Errors<keyof LaunchValues>>({});
  const [attempt, setAttempt] = useState(0);
  const fields = ['courseUrl', 'launchDate'] as const;
  const blocked = unmetGates(p).length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (blocked) return;
    const found = validateLaunch(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const input = { courseUrl: values.courseUrl.trim(), launchDate: values.launchDate };
    await steps.run(
      'launch',
      'launchForm.failed',
      () =>
        launch.mutateAsync({ id: p.moocId, input }).catch((err: unknown) => {
          const server = serverFieldErrors(err, fields);
          if (Object.keys(server).length > 0) {
            setErrors(server);
            setAttempt((n) => n + 1);
          }
          throw err;
        }),
      (answer) => {
        // the keys of the unmet gates that did not block the launch, each by why it is not met (else its name)
        const warnings = (answer?.warnings ?? []).filter(Boolean);
        const why = (key: string) => {
          const gate = (answer?.gates ?? p.gates ?? []).find((g) => g.key === key);
          return gate?.code ? formatGateReason(t, locale, gate.code, gate.params) : formatGate(t, key);
        };
        return {
          message: { key: warnings.length ? 'launchForm.doneWithWarnings' : 'launchForm.done', params: { title: p.title } },
          list: warnings.map(why),
          listTestId: 'launch-warnings',
        };
      },
    );
  }

  const text = (f: keyof LaunchValues) => (errors[f] ? renderMessage(t, errors[f]!, locale) : undefined);
  const entries: SummaryEntry[] = fields
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: LAUNCH_IDS[f], label: t(LAUNCH_LABELS[f]), message: text(f)! }));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="launch-heading" data-testid="launch-form">
      <p className="form-intro">{t('launchForm.intro')}</p>
      <ErrorSummary id="launch-errors" testId="launch-error-summary" entries={entries} attempt={attempt} headingLevel={4} />
      <Field id={LAUNCH_IDS.courseUrl} label={t('launchForm.url.label')} hint={t('launchForm.url.hint')} error={text('courseUrl')} required>
        {(describedBy) => (
          <input
            id={LAUNCH_IDS.courseUrl}
            type="url"
            inputMode="url"
            autoComplete="url"
            aria-required="true"
            aria-invalid={errors.courseUrl ? true : undefined}
            aria-describedby={describedBy}
            value={values.courseUrl}
            onChange={(e) => setValues((v) => ({ ...v, courseUrl: e.target.value }))}
            data-testid={LAUNCH_IDS.courseUrl}
          />
        )}
      </Field>
      <Field id={LAUNCH_IDS.launchDate} label={t('launchForm.date.label')} error={text('launchDate')} required>
        {(describedBy) => (
          <input
            id={LAUNCH_IDS.launchDate}
            type="date"
            className="input-short"
            aria-required="true"
            aria-invalid={errors.launchDate ? true : undefined}
            aria-describedby={describedBy}
            value={values.launchDate}
            onChange={(e) => setValues((v) => ({ ...v, launchDate: e.target.value }))}
            data-testid={LAUNCH_IDS.launchDate}
          />
        )}
      </Field>
      {/* Disabled while a blocking gate is not met: the list above the form says which, and the button points to it. */}
      <button
        type="submit"
        className="button"
        disabled={blocked || steps.pending !== null}
        aria-describedby={blocked ? 'launch-unmet-intro' : undefined}
        data-testid="launch-submit"
      >
        {steps.pending === 'launch' ? t('workflow.working') : t('launchForm.submit')}
      </button>
    </form>
  );
}

