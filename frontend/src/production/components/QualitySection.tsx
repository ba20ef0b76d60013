import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { can } from '../../shared/api/permissions';
import { useRecordUserTest } from '../api/productionQueries';
import type { Gate, Production } from '../api/productionTypes';
import { formatDate, formatNumber } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import { formatGate, formatGateReason, gateState } from '../i18n/productionFormat';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { Icon, type IconName } from '../../shared/components/Icon';
import {
  FINDINGS_MAX,
  localDate,
  validateUserTest,
  type Errors,
  type UserTestValues,
} from './productionModel';
import { useSteps } from './productionSteps';

const GATE_STATE_TEXT: Record<ReturnType<typeof gateState>, MessageKey> = {
  met: 'gate.state.met',
  notMet: 'gate.state.notMet',
  warning: 'gate.state.warning',
};

const GATE_ICON: Record<ReturnType<typeof gateState>, IconName> = { met: 'check', notMet: 'x', warning: 'alert' };

/** The QA gates as a checklist: met, not met, or a warning (not met, not blocking), each in words with its detail. */
export function GateChecklist({ gates, headingId }: { gates: readonly Gate[]; headingId: string }) {
  const { t, locale } = useI18n();
  if (gates.length === 0) {
    return (
      <p className="empty" data-testid="gates-empty">
        {t('gate.none')}
      </p>
    );
  }
  return (
    <ul className="gate-list" aria-labelledby={headingId} data-testid="gate-list">
      {gates.map((g) => {
        const state = gateState(g);
        return (
          <li
            key={g.key}
            className={`gate gate-${state}`}
            data-testid={`gate-${g.key}`}
            data-state={state}
            data-met={g.met ? 'true' : 'false'}
            data-blocking={g.blocking ? 'true' : 'false'}
          >
            <span className="gate-icon" aria-hidden="true">
              <Icon name={GATE_ICON[state]} />
            </span>{' '}
            <strong>{formatGate(t, g.key)}</strong>{' '}
            <span className={`gate-state gate-state-${state}`} data-testid="gate-state">
              {t(GATE_STATE_TEXT[state])}
            </span>
            {g.code && (
              <span className="gate-detail" data-testid="gate-detail" data-code={g.code}>
                {' – '}
                {formatGateReason(t, locale, g.code, g.params)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Quality assurance: the gate checklist and the user test (recorded, or its form with RECORD_USER_TEST). The
 * launch approval and the launch itself are the launch section's.
 */
export function QualitySection({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();

  return (
    <section className="card detail-section" aria-labelledby="quality-heading" data-testid="section-quality">
      <h2 id="quality-heading">{t('quality.heading')}</h2>
      <h3 id="gates-heading">{t('gate.heading')}</h3>
      <GateChecklist gates={p.gates ?? []} headingId="gates-heading" />

      <h3 id="user-test-heading">{t('userTest.heading')}</h3>
      <p className="muted">{t(p.newContent ? 'userTest.mandatory' : 'userTest.recommended')}</p>
      {p.userTest ? (
        <dl className="facts-list" data-testid="user-test-recorded">
          <div>
            <dt>{t('userTest.testedOn')}</dt>
            <dd>
              <time dateTime={p.userTest.testedOn}>{formatDate(locale, p.userTest.testedOn)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('userTest.students')}</dt>
            <dd>{formatNumber(locale, p.userTest.students)}</dd>
          </div>
          <div>
            <dt>{t('userTest.colleagues')}</dt>
            <dd>{formatNumber(locale, p.userTest.colleagues)}</dd>
          </div>
          {p.userTest.recordedBy && (
            <div>
              <dt>{t('userTest.recordedBy')}</dt>
              <dd>{p.userTest.recordedBy}</dd>
            </div>
          )}
          <div className="detail-item">
            <dt>{t('userTest.findings')}</dt>
            <dd className="prose-value">{p.userTest.findings}</dd>
          </div>
        </dl>
      ) : (
        <p className="empty" data-testid="user-test-none">
          {t('userTest.none')}
        </p>
      )}
      {can(p, 'RECORD_USER_TEST') && <UserTestForm production={p} />}
    </section>
  );
}

const USER_TEST_IDS: Record<keyof UserTestValues, string> = {
  testedOn: 'user-test-date',
  students: 'user-test-students',
  colleagues: 'user-test-colleagues',
  findings: 'user-test-findings',
};

const USER_TEST_LABELS: Record<keyof UserTestValues, MessageKey> = {
  testedOn: 'userTest.testedOn',
  students: 'userTest.students',
  colleagues: 'userTest.colleagues',
  findings: 'userTest.findings',
};

/** The fields a 400's problem names, as the form's errors. */
export function serverFieldErrors<F extends string>(err: unknown, fields: readonly F[]): Errors<F> {
  const found: Errors<F> = {};
  if (err instanceof ApiError) {
    const map = err.fieldErrorMap();
    for (const f of fields) if (map[f]) found[f] = { text: map[f] };
  }
  return found;
}

function UserTestForm({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const record = useRecordUserTest();
  const [values, setValues] = useState<UserTestValues>(() => ({
    testedOn: p.userTest?.testedOn ?? '',
    students: p.userTest ? String(p.userTest.students) : '0',
    colleagues: p.userTest ? String(p.userTest.colleagues) : '0',
    findings: p.userTest?.findings ?? '',
  }));
  const [errors, setErrors] = useState<Errors<keyof UserTestValues>>({});
  const [attempt, setAttempt] = useState(0);
  const fields = Object.keys(USER_TEST_IDS) as (keyof UserTestValues)[];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateUserTest(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    await steps.run(
      'userTest',
      'userTest.failed',
      () =>
        record
          .mutateAsync({
            id: p.moocId,
            input: {
              testedOn: values.testedOn,
              students: Number(values.students),
              colleagues: Number(values.colleagues),
              findings: values.findings.trim(),
            },
          })
          .catch((err: unknown) => {
            const server = serverFieldErrors(err, fields);
            if (Object.keys(server).length > 0) {
              setErrors(server);
              setAttempt((n) => n + 1);
            }
            throw err;
          }),
      () => ({ key: 'userTest.done' }),
    );
  }

  const text = (f: keyof UserTestValues) => (errors[f] ? renderMessage(t, errors[f]!, locale) : undefined);
  const entries: SummaryEntry[] = fields
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: USER_TEST_IDS[f], label: t(USER_TEST_LABELS[f]), message: text(f)! }));
  const input = (f: 'testedOn' | 'students' | 'colleagues') => (
    <Field id={USER_TEST_IDS[f]} label={t(USER_TEST_LABELS[f])} error={text(f)} required>
      {(describedBy) => (
        <input
          id={USER_TEST_IDS[f]}
          type={f === 'testedOn' ? 'date' : 'number'}
          min={f === 'testedOn' ? undefined : 0}
          max={f === 'testedOn' ? localDate() : 9999}
          inputMode={f === 'testedOn' ? undefined : 'numeric'}
          className="input-short"
          aria-required="true"
          aria-invalid={errors[f] ? true : undefined}
          aria-describedby={describedBy}
          value={values[f]}
          onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
          data-testid={USER_TEST_IDS[f]}
        />
      )}
    </Field>
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="user-test-form-heading" data-testid="user-test-form">
      <h4 id="user-test-form-heading">{t(p.userTest ? 'userTest.form.headingUpdate' : 'userTest.form.heading')}</h4>
      <p className="form-intro">{t('userTest.form.intro')}</p>
      <ErrorSummary id="user-test-errors" testId="user-test-error-summary" entries={entries} attempt={attempt} headingLevel={4} />
      {input('testedOn')}
      {input('students')}
      {input('colleagues')}
      <Field
        id={USER_TEST_IDS.findings}
        label={t('userTest.findings')}
        hint={t('userTest.findings.hint', { max: FINDINGS_MAX })}
        error={text('findings')}
        required
      >
        {(describedBy) => (
          <textarea
            id={USER_TEST_IDS.findings}
            rows={4}
            aria-required="true"
            aria-invalid={errors.findings ? true : undefined}
            aria-describedby={describedBy}
            value={values.findings}
            onChange={(e) => setValues((v) => ({ ...v, findings: e.target.value }))}
            data-testid={USER_TEST_IDS.findings}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={steps.pending !== null} data-testid="user-test-submit">
        {steps.pending === 'userTest' ? t('edit.saving') : t('userTest.submit')}
      </button>
    </form>
  );
}
