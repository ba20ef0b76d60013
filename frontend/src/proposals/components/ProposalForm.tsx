import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import type { Proposal, ProposalInput } from '../api/types';
import { upcomingSemesters } from '../../shared/i18n/format';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field } from '../../shared/components/FormField';
import {
  EMPTY_FORM,
  errorOrder,
  toProposalInput,
  validateProposal,
  type ErrorKey,
  type FieldErrors,
  type FormVariant,
  type ProposalFormValues,
  type TextField,
} from './proposalForm';
import {
  errorTarget,
  fieldId,
  mapServerErrors,
} from './proposalFormErrors';
import { ContentFieldset, NumberInput, ResourcesFieldset, SemesterField } from './ProposalFormFields';
import { TeamEditor } from './TeamEditor';

interface Props {
  /** create: a new draft (the form empties itself after success); edit: an existing draft. */
  mode?: 'create' | 'edit';
  /** short: the essentials; full: every field. Default: short to create, full to edit. */
  variant?: FormVariant;
  initialValues?: ProposalFormValues;
  /** Sends the proposal; rejects with an ApiError whose field errors are shown next to the fields. */
  onSave: (input: ProposalInput) => Promise<Proposal>;
  /** Called after a successful save (e.g. to navigate to the proposal or leave the edit mode). */
  onSaved?: (proposal: Proposal) => void;
  /** Edit mode: leaves the form without saving. */
  onCancel?: () => void;
  /** Edit mode: loads the latest version after someone else changed the proposal. */
  onReload?: () => void;
  /** Level of the form's heading; the error summary's heading is one below. With `labelledBy`: the named heading's level. */
  headingLevel?: 1 | 2 | 3;
  /** Prefix of the element ids; there is one form per page, so the ids are stable. */
  idPrefix?: string;
  /** The id of a heading elsewhere that names the form; the form then shows no heading of its own. */
  labelledBy?: string;
  /** The form's heading; default "Edit the draft" (edit) or "Create a draft proposal" (create). */
  headingKey?: MessageKey;
  /** Shown after the uniqueness field of the full form, from the values as typed (the similar Coursera courses). */
  besideUniqueness?: (values: ProposalFormValues) => ReactNode;
}

type Conflict = 'stale' | 'notDraft';

const TEXT_HINTS: Partial<Record<TextField, MessageKey>> = {
  title: 'form.title.hint',
  topic: 'form.topic.hint',
  summary: 'form.summary.hint',
  targetLearners: 'form.targetLearners.hint',
  impactPotential: 'form.impactPotential.hint',
  uniqueness: 'form.uniqueness.hint',
  researchEnvironment: 'form.researchEnvironment.hint',
  teacherBackground: 'form.teacherBackground.hint',
  phases: 'form.phases.hint',
};

const TEXT_LABELS: Record<TextField, MessageKey> = {
  title: 'form.title.label',
  topic: 'form.topic.label',
  summary: 'form.summary.label',
  targetLearners: 'form.targetLearners.label',
  impactPotential: 'form.impactPotential.label',
  uniqueness: 'form.uniqueness.label',
  researchEnvironment: 'form.researchEnvironment.label',
  teacherBackground: 'form.teacherBackground.label',
  phases: 'form.phases.label',
};

export function ProposalForm({
  mode = 'create',
  variant,
  initialValues,
  onSave,
  onSaved,
  onCancel,
  onReload,
  headingLevel = 2,
  idPrefix = 'proposal',
  labelledBy,
  headingKey,
  besideUniqueness,
}: Props) {
  const { t, locale } = useI18n();
  const uid = idPrefix;
  const formVariant: FormVariant = variant ?? (mode === 'edit' ? 'full' : 'short');
  const full = formVariant === 'full';
  const headingId = labelledBy ?? `${uid}-heading`;
  const [values, setValues] = useState<ProposalFormValues>(initialValues ?? EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The failed request and any server messages not tied to a field; rendered in the current language.
  const [formError, setFormError] = useState<{ error: unknown; extra: string[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [createdTitle, setCreatedTitle] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const semesters = useMemo(() => {
    const upcoming = upcomingSemesters(new Date());
    const current = initialValues?.plannedLaunchSemester;
    return current && !upcoming.includes(current) ? [current, ...upcoming] : upcoming;
  }, [initialValues?.plannedLaunchSemester]);

  const Heading = `h${headingLevel}` as 'h1' | 'h2' | 'h3';
  const SubHeading = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';

  // After a failed attempt, move focus to the summary (or the conflict message); both are role="alert".
  useEffect(() => {
    if (focusRequest > 0) (conflictRef.current ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  function set<K extends keyof ProposalFormValues>(key: K, value: ProposalFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function showErrors(fieldErrors: FieldErrors, general: { error: unknown; extra: string[] } | null) {
    setErrors(fieldErrors);
    setFormError(general);
    setConflict(null);
    setFocusRequest((n) => n + 1);
  }

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    setCreatedTitle(null);
    const clientErrors = validateProposal(values, formVariant);
    if (Object.keys(clientErrors).length > 0) {
      showErrors(clientErrors, null);
      return;
    }
    setPending(true);
    try {
      const proposal = await onSave(toProposalInput(values, formVariant));
      setErrors({});
      setFormError(null);
      setConflict(null);
      if (mode === 'create') {
        setValues(EMPTY_FORM);
        setCreatedTitle(proposal.title);
      }
      onSaved?.(proposal);
    } catch (err) {
      if (mode === 'edit' && err instanceof ApiError && (err.isStaleVersion || err.isIllegalTransition)) {
        setErrors({});
        setFormError(null);
        setConflict(err.isStaleVersion ? 'stale' : 'notDraft');
        setFocusRequest((n) => n + 1);
        return;
      }
      const { fieldErrors, unmatched } = mapServerErrors(err, values, formVariant);
      showErrors(fieldErrors, { error: err, extra: unmatched });
    } finally {
      setPending(false);
    }
  }

  const errorText = (key: ErrorKey) => (errors[key] ? renderMessage(t, errors[key], locale) : undefined);
  const errorEntries = errorOrder(values, formVariant)
    .filter((key) => errors[key])
    .map((key) => ({ key, target: errorTarget(uid, key, values) }))
    .filter((e): e is { key: string; target: NonNullable<ReturnType<typeof errorTarget>> } => e.target !== null)
    .map(({ key, target }) => ({
      key,
      href: target.target,
      text: t('form.errorSummaryItem', { field: target.label(t), message: errorText(key)! }),
    }));
  const hasErrors = !conflict && (errorEntries.length > 0 || formError !== null);

  function textField(field: TextField, { required = false, rows }: { required?: boolean; rows?: number } = {}) {
    const id = fieldId(uid, field);
    const error = errorText(field);
    const hintKey = TEXT_HINTS[field];
    return (
      <Field id={id} label={t(TEXT_LABELS[field])} hint={hintKey && t(hintKey)} error={error} required={required}>
        {(describedBy) => {
          const common = {
            id,
            name: field,
            required: required || undefined,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy,
            value: values[field],
          };
          return rows ? (
            <textarea {...common} rows={rows} onChange={(e) => set(field, e.target.value)} />
          ) : (
            <input {...common} type="text" autoComplete="off" onChange={(e) => set(field, e.target.value)} />
          );
        }}
      </Field>
    );
  }

  const fieldProps = { uid, values, set, errorText };
  const contentFieldset = <ContentFieldset {...fieldProps} />;
  const semesterField = <SemesterField {...fieldProps} semesters={semesters} />;
  const resourcesFieldset = <ResourcesFieldset {...fieldProps} />;

  const enrolmentsField = (
    <Field
      id={fieldId(uid, 'expectedEnrolments')}
      label={t('form.enrolments.label')}
      hint={t('form.enrolments.hint')}
      error={errorText('expectedEnrolments')}
    >
      {(describedBy) => (
        <NumberInput
          id={fieldId(uid, 'expectedEnrolments')}
          name="expectedEnrolments"
          value={values.expectedEnrolments}
          onChange={(v) => set('expectedEnrolments', v)}
          error={errorText('expectedEnrolments')}
          describedBy={describedBy}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby={headingId} data-testid={mode === 'edit' ? 'proposal-edit' : undefined}>
      {!labelledBy && (
        <Heading id={headingId} tabIndex={-1}>
          {t(headingKey ?? (mode === 'edit' ? 'edit.heading' : 'form.heading'))}
        </Heading>
      )}
      <p className="form-intro">{t(full ? 'form.introFull' : 'form.intro')}</p>

      {conflict && (
        <div
          className="alert alert-error"
          role="alert"
          tabIndex={-1}
          ref={conflictRef}
          data-testid="form-conflict"
          aria-labelledby={`${uid}-conflict-title`}
        >
          <SubHeading id={`${uid}-conflict-title`} className="alert-title">
            {t(conflict === 'stale' ? 'edit.conflict.title' : 'edit.notDraft.title')}
          </SubHeading>
          <p>{t(conflict === 'stale' ? 'edit.conflict.body' : 'edit.notDraft.body')}</p>
          {onReload && (
            <button type="button" className="button" onClick={onReload} data-testid="reload-proposal">
              {t('edit.reload')}
            </button>
          )}
        </div>
      )}

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
              {errorEntries.map((entry) => (
                <li key={entry.key}>
                  <a
                    href={`#${entry.href}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(entry.href)?.focus();
                    }}
                  >
                    {entry.text}
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
        {full ? (
          <>
            <fieldset className="form-group">
              <legend>{t('section.application')}</legend>
              {textField('title', { required: true })}
              {textField('topic')}
              {textField('summary', { rows: 5 })}
              {textField('targetLearners', { rows: 3 })}
              {textField('impactPotential', { rows: 4 })}
              {enrolmentsField}
              {textField('uniqueness', { rows: 4 })}
              {besideUniqueness?.(values)}
              {textField('researchEnvironment', { rows: 4 })}
              {textField('teacherBackground', { rows: 4 })}
            </fieldset>
            <fieldset className="form-group">
              <legend>{t('section.planning')}</legend>
              {contentFieldset}
              {semesterField}
              {textField('phases', { rows: 5 })}
            </fieldset>
            <TeamEditor idPrefix={uid} rows={values.team} onChange={(team) => set('team', team)} errorText={errorText} />
            {resourcesFieldset}
          </>
        ) : (
          <>
            {textField('title', { required: true })}
            {textField('summary', { rows: 5 })}
            {contentFieldset}
            {semesterField}
            {enrolmentsField}
          </>
        )}

        <div className="form-actions">
          {mode === 'edit' ? (
            <>
              <button type="submit" className="button" disabled={pending} data-testid="save-proposal">
                {pending ? t('edit.saving') : t('edit.save')}
              </button>
              {onCancel && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={onCancel}
                  data-testid="cancel-edit-proposal"
                >
                  {t('edit.cancel')}
                </button>
              )}
            </>
          ) : (
            <button type="submit" className="button" disabled={pending} data-testid="create-proposal">
              {pending ? t('form.submitting') : t('form.submit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
