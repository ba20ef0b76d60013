import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errorMessage';
import type { NewProposal, Proposal } from '../api/types';
import { formatSemester, upcomingSemesters } from '../i18n/format';
import { renderMessage } from '../i18n/message';
import { useI18n } from '../i18n/useI18n';
import {
  EMPTY_FORM,
  FIELD_ORDER,
  toNewProposal,
  validateProposal,
  type FieldErrors,
  type FieldName,
  type ProposalFormValues,
} from './proposalForm';

interface Props {
  onCreate: (proposal: NewProposal) => Promise<Proposal>;
  headingLevel?: 2 | 3;
  /** Prefix of the element ids; there is one form per page, so the ids are stable. */
  idPrefix?: string;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

function Field({ id, label, hint, error, required, children }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-marker" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} data-testid={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

export function ProposalForm({ onCreate, headingLevel = 2, idPrefix = 'proposal' }: Props) {
  const { t } = useI18n();
  const uid = idPrefix;
  const ids = useMemo(
    () =>
      ({
        title: `${uid}-title`,
        summary: `${uid}-summary`,
        courseCode: `${uid}-course-code`,
        plannedLaunchSemester: `${uid}-semester`,
        expectedEnrolments: `${uid}-enrolments`,
      }) satisfies Record<FieldName, string>,
    [uid],
  );
  const headingId = `${uid}-heading`;
  const [values, setValues] = useState<ProposalFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The failed request and any server messages not tied to a field; rendered in the current language.
  const [formError, setFormError] = useState<{ error: unknown; extra: string[] } | null>(null);
  const [createdTitle, setCreatedTitle] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const semesters = useMemo(() => upcomingSemesters(new Date()), []);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  function set<K extends keyof ProposalFormValues>(key: K, value: ProposalFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function showErrors(fieldErrors: FieldErrors, general: { error: unknown; extra: string[] } | null) {
    setErrors(fieldErrors);
    setFormError(general);
    // Let React render the summary, then move focus to it (it is also role="alert").
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    setCreatedTitle(null);
    const clientErrors = validateProposal(values);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, null);
      return;
    }
    setPending(true);
    try {
      const proposal = await onCreate(toNewProposal(values));
      setValues(EMPTY_FORM);
      setErrors({});
      setFormError(null);
      setCreatedTitle(proposal.title);
    } catch (err) {
      const serverErrors: FieldErrors = {};
      let unmatched: string[] = [];
      if (err instanceof ApiError) {
        const map = err.fieldErrorMap();
        for (const [field, message] of Object.entries(map)) {
          if ((FIELD_ORDER as readonly string[]).includes(field)) serverErrors[field as FieldName] = { text: message };
          else if (field === 'newContent') serverErrors.courseCode = { text: message };
          else unmatched = [...unmatched, message];
        }
      }
      showErrors(serverErrors, { error: err, extra: unmatched });
    } finally {
      setPending(false);
    }
  }

  const errorEntries = FIELD_ORDER.filter((f) => errors[f]).map(
    (f) => [f, renderMessage(t, errors[f]!)] as const,
  );
  const errorText = (field: FieldName) => (errors[field] ? renderMessage(t, errors[field]) : undefined);
  const hasErrors = errorEntries.length > 0 || formError !== null;

  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('form.heading')}</Heading>
      <p className="form-intro">{t('form.intro')}</p>

      {hasErrors && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          data-testid="form-error-summary"
          aria-labelledby={`${uid}-error-summary-title`}
        >
          <SubHeading id={`${uid}-error-summary-title`}>{t('form.errorSummary')}</SubHeading>
          {formError && <p>{[errorMessage(t, formError.error), ...formError.extra].join(' ')}</p>}
          {errorEntries.length > 0 && (
            <ul>
              {errorEntries.map(([field, message]) => (
                <li key={field}>
                  <a
                    href={`#${ids[field]}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(ids[field])?.focus();
                    }}
                  >
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div aria-live="polite" className="live-region">
        {createdTitle !== null && (
          <p className="alert alert-success" data-testid="form-success">
            {t('form.created', { title: createdTitle })}
          </p>
        )}
      </div>

      <form noValidate onSubmit={handleSubmit} data-testid="proposal-form" aria-labelledby={headingId}>
        <Field
          id={ids.title}
          label={t('form.title.label')}
          hint={t('form.title.hint')}
          error={errorText('title')}
          required
        >
          {(describedBy) => (
            <input
              id={ids.title}
              name="title"
              type="text"
              autoComplete="off"
              required
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy}
              value={values.title}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>

        <Field
          id={ids.summary}
          label={t('form.summary.label')}
          hint={t('form.summary.hint')}
          error={errorText('summary')}
          required
        >
          {(describedBy) => (
            <textarea
              id={ids.summary}
              name="summary"
              rows={5}
              required
              aria-invalid={errors.summary ? true : undefined}
              aria-describedby={describedBy}
              value={values.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </Field>

        <fieldset className="field">
          <legend>
            {t('form.content.legend')}
            <span className="required-marker" aria-hidden="true">
              {' '}*
            </span>
          </legend>
          <div className="radio">
            <input
              type="radio"
              id={`${uid}-content-new`}
              name="newContent"
              value="new"
              checked={values.newContent}
              onChange={() => set('newContent', true)}
            />
            <label htmlFor={`${uid}-content-new`}>{t('form.content.new')}</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id={`${uid}-content-existing`}
              name="newContent"
              value="existing"
              checked={!values.newContent}
              onChange={() => set('newContent', false)}
            />
            <label htmlFor={`${uid}-content-existing`}>{t('form.content.existing')}</label>
          </div>
          {!values.newContent && (
            <div className="conditional">
              <Field
                id={ids.courseCode}
                label={t('form.courseCode.label')}
                hint={t('form.courseCode.hint')}
                error={errorText('courseCode')}
                required
              >
                {(describedBy) => (
                  <input
                    id={ids.courseCode}
                    name="courseCode"
                    type="text"
                    className="input-short"
                    autoComplete="off"
                    required
                    aria-invalid={errors.courseCode ? true : undefined}
                    aria-describedby={describedBy}
                    value={values.courseCode}
                    onChange={(e) => set('courseCode', e.target.value)}
                  />
                )}
              </Field>
            </div>
          )}
        </fieldset>

        <Field
          id={ids.plannedLaunchSemester}
          label={t('form.semester.label')}
          error={errorText('plannedLaunchSemester')}
          required
        >
          {(describedBy) => (
            <select
              id={ids.plannedLaunchSemester}
              name="plannedLaunchSemester"
              required
              aria-invalid={errors.plannedLaunchSemester ? true : undefined}
              aria-describedby={describedBy}
              value={values.plannedLaunchSemester}
              onChange={(e) => set('plannedLaunchSemester', e.target.value)}
            >
              <option value="">{t('form.semester.choose')}</option>
              {semesters.map((s) => (
                <option key={s} value={s}>
                  {formatSemester(t, s)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id={ids.expectedEnrolments}
          label={t('form.enrolments.label')}
          hint={t('form.enrolments.hint')}
          error={errorText('expectedEnrolments')}
          required
        >
          {(describedBy) => (
            <input
              id={ids.expectedEnrolments}
              name="expectedEnrolments"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              className="input-short"
              required
              aria-invalid={errors.expectedEnrolments ? true : undefined}
              aria-describedby={describedBy}
              value={values.expectedEnrolments}
              onChange={(e) => set('expectedEnrolments', e.target.value)}
            />
          )}
        </Field>

        <button type="submit" className="button" disabled={pending} data-testid="create-proposal">
          {pending ? t('form.submitting') : t('form.submit')}
        </button>
      </form>
    </section>
  );
}
