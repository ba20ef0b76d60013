import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Receives the ids (hint, error) the control must name in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled form control with its hint and error message, linked by aria-describedby. */
export function Field({ id, label, hint, error, required, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMarker />}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
      {children(describedBy)}
    </div>
  );
}

export function RequiredMarker() {
  return (
    <span className="required-marker" aria-hidden="true">
      {' '}*
    </span>
  );
}

/** An error message next to a field; screen readers hear "Error:" before it. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <p className="field-error" id={id} data-testid={id}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {children}
    </p>
  );
}
