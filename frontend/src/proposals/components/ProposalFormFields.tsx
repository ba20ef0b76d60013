import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';
import { formatSemester } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { RESOURCE_FIELDS, resourceErrorKey, type ErrorKey, type ProposalFormValues, type ResourceField } from './proposalForm';
import { RESOURCE_LABELS, fieldId } from './proposalFormErrors';

/** What every part of the proposal form is given: the id prefix, the values, how to change one, and its error. */
export interface FieldProps {
  uid: string;
  values: ProposalFormValues;
  set: <K extends keyof ProposalFormValues>(key: K, value: ProposalFormValues[K]) => void;
  errorText: (key: ErrorKey) => string | undefined;
}

const RESOURCE_HINTS: Record<ResourceField, MessageKey> = {
  staffHours: 'resources.staffHours.hint',
  assistants: 'resources.assistants.hint',
  videoBudgetDkk: 'resources.videoBudget.hint',
};

/** A whole number typed as text (inputmode numeric), so that the form checks it and says what is wrong. */
export function NumberInput({
  id,
  name,
  value,
  onChange,
  error,
  describedBy,
}: {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  describedBy: string | undefined;
}) {
  return (
    <input
      id={id}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="input-short"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** New content or an existing course (with its code). */
export function ContentFieldset({ uid, values, set, errorText }: FieldProps) {
  const { t } = useI18n();
  const contentError = errorText('newContent');
  return (
    <fieldset className={`field${contentError ? ' field-invalid' : ''}`}>
      <legend>
        {t('form.content.legend')}
        <RequiredMarker />
      </legend>
      {contentError && <FieldError id={`${uid}-content-error`}>{contentError}</FieldError>}
      <div className="radio">
        <input
          type="radio"
          id={`${uid}-content-new`}
          name="newContent"
          value="new"
          checked={values.newContent}
          aria-describedby={contentError ? `${uid}-content-error` : undefined}
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
          aria-describedby={contentError ? `${uid}-content-error` : undefined}
          onChange={() => set('newContent', false)}
        />
        <label htmlFor={`${uid}-content-existing`}>{t('form.content.existing')}</label>
      </div>
      {!values.newContent && (
        <div className="conditional">
          <Field
            id={fieldId(uid, 'courseCode')}
            label={t('form.courseCode.label')}
            hint={t('form.courseCode.hint')}
            error={errorText('courseCode')}
            required
          >
            {(describedBy) => (
              <input
                id={fieldId(uid, 'courseCode')}
                name="courseCode"
                type="text"
                className="input-short"
                autoComplete="off"
                required
                aria-invalid={errorText('courseCode') ? true : undefined}
                aria-describedby={describedBy}
                value={values.courseCode}
                onChange={(e) => set('courseCode', e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}

/** The planned launch semester, from the coming semesters (and the one already chosen). */
export function SemesterField({ uid, values, set, errorText, semesters }: FieldProps & { semesters: string[] }) {
  const { t } = useI18n();
  return (
    <Field
      id={fieldId(uid, 'plannedLaunchSemester')}
      label={t('form.semester.label')}
      error={errorText('plannedLaunchSemester')}
      required
    >
      {(describedBy) => (
        <select
          id={fieldId(uid, 'plannedLaunchSemester')}
          name="plannedLaunchSemester"
          required
          aria-invalid={errorText('plannedLaunchSemester') ? true : undefined}
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
  );
}

/** What the department allocates: staff hours, assistants and the video budget. */
export function ResourcesFieldset({ uid, values, set, errorText }: FieldProps) {
  const { t } = useI18n();
  const resourcesError = errorText('resources');
  return (
    <fieldset className="form-group" aria-describedby={`${uid}-resources-intro`} data-testid="resources-fieldset">
      <legend>{t('section.resources')}</legend>
      <p className="hint" id={`${uid}-resources-intro`}>
        {t('resources.intro')}
      </p>
      {resourcesError && <FieldError id={`${uid}-resources-error`}>{resourcesError}</FieldError>}
      {RESOURCE_FIELDS.map((field) => {
        const id = fieldId(uid, field);
        const error = errorText(resourceErrorKey(field));
        return (
          <Field key={field} id={id} label={t(RESOURCE_LABELS[field])} hint={t(RESOURCE_HINTS[field])} error={error}>
            {(describedBy) => (
              <NumberInput
                id={id}
                name={`resources.${field}`}
                value={values.resources[field]}
                onChange={(v) => set('resources', { ...values.resources, [field]: v })}
                error={error}
                describedBy={describedBy}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
