import { useEffect, useRef } from 'react';
import { errorMessage } from '../api/errorMessage';
import { useI18n } from '../i18n/useI18n';

export interface SummaryEntry {
  /** The control to focus, or undefined for an error that belongs to no field on the form. */
  fieldId?: string;
  label: string;
  message: string;
}

interface Props {
  id: string;
  testId: string;
  /** A failure without field errors (network, 403, 409, …), explained by the server's detail. */
  formError?: unknown;
  entries: SummaryEntry[];
  /** Increases with every failed attempt; the summary then takes focus. */
  attempt: number;
  headingLevel?: 3 | 4;
}

/**
 * A form's error summary: `role="alert"`, takes focus after every failed attempt, and links each error to
 * its field.
 */
export function ErrorSummary({ id, testId, formError, entries, attempt, headingLevel = 3 }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const visible = entries.length > 0 || (formError !== undefined && formError !== null);

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (!visible) return null;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-title`} data-testid={testId}>
      <Heading id={`${id}-title`}>{t('form.errorSummary')}</Heading>
      {formError !== undefined && formError !== null && <p>{errorMessage(t, formError)}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map((entry, i) => {
            const text = t('form.errorSummaryItem', { field: entry.label, message: entry.message });
            return (
              <li key={`${entry.fieldId ?? 'form'}-${i}`}>
                {entry.fieldId ? (
                  <a
                    href={`#${entry.fieldId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(entry.fieldId!)?.focus();
                    }}
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
