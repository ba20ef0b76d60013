import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import type { CaseMember, DeclarationInput, ReviewCase } from '../../review/api/reviewTypes';
import { formatDeclaration } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { renderMessage } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { formatAutomaticConflict } from '../i18n/reviewCodes';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field, FieldError, RequiredMarker } from '../../shared/components/FormField';

/** At most this many characters in the reason (as review-service checks). */
export const DECLARATION_REASON_MAX = 2000;

type Choice = 'no-conflict' | 'conflict' | '';

/** The two answers, in the order offered; the radio's id is also its test id. */
const CHOICES: readonly { value: Exclude<Choice, ''>; id: string; labelKey: MessageKey }[] = [
  { value: 'no-conflict', id: 'declare-no-conflict', labelKey: 'declaration.noConflict' },
  { value: 'conflict', id: 'declare-conflict', labelKey: 'declaration.conflict' },
];
type Errors = Partial<Record<'conflict' | 'reason', Message>>;

/** A choice is needed, and a reason with a conflict. */
export function validateDeclaration(choice: Choice, reason: string): Errors {
  const errors: Errors = {};
  if (!choice) errors.conflict = { key: 'declaration.error.choose' };
  if (choice === 'conflict' && !reason.trim()) errors.reason = { key: 'declaration.error.reasonRequired' };
  else if (reason.length > DECLARATION_REASON_MAX) errors.reason = { key: 'form.error.tooLong', params: { max: DECLARATION_REASON_MAX } };
  return errors;
}

function initialChoice(member: CaseMember | undefined): Choice {
  if (member?.declaration === 'NO_CONFLICT') return 'no-conflict';
  if (member?.declaration === 'CONFLICT') return 'conflict';
  return '';
}

interface Props {
  member: CaseMember | undefined;
  onDeclare: (input: DeclarationInput) => Promise<ReviewCase>;
  onDeclared: (reviewCase: ReviewCase, conflict: boolean) => void;
  /** A failure that is not about a field (409, 403, network): the page explains it and reads the case again. */
  onFailed: (error: unknown) => void;
}

/**
 * An assigned member declares whether they have a conflict of interest in the case; a conflict needs a
 * reason. A conflict flagged automatically (department, team) is shown, and declaring one withdraws an
 * assessment already given.
 */
export function DeclarationForm({ member, onDeclare, onDeclared, onFailed }: Props) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState<Choice>(initialChoice(member));
  const [reason, setReason] = useState(member?.declarationReason ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateDeclaration(choice, reason);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const conflict = choice === 'conflict';
    setPending(true);
    try {
      const updated = await onDeclare({ conflict, reason: conflict ? reason.trim() : null });
      onDeclared(updated, conflict);
    } catch (err) {
      const server: Errors = {};
      if (err instanceof ApiError) {
        const map = err.fieldErrorMap();
        if (map.conflict) server.conflict = { text: map.conflict };
        if (map.reason) server.reason = { text: map.reason };
      }
      setErrors(server);
      if (!server.conflict && !server.reason) onFailed(err);
      else setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  const text = (field: 'conflict' | 'reason') => (errors[field] ? renderMessage(t, errors[field], locale) : undefined);
  const entries: SummaryEntry[] = [];
  if (text('conflict')) entries.push({ fieldId: 'declare-no-conflict', label: t('declaration.legend'), message: text('conflict')! });
  if (text('reason')) entries.push({ fieldId: 'declaration-reason', label: t('declaration.reason.label'), message: text('reason')! });
  const declared = member && member.declaration !== 'NOT_DECLARED';

  return (
    <section className="card detail-section" aria-labelledby="declaration-heading" data-testid="declaration-section">
      <h2 id="declaration-heading">{t('declaration.heading')}</h2>
      <p className="form-intro">{t('declaration.intro')}</p>
      {member?.automaticConflict && (
        <p className="alert alert-warning" data-testid="declaration-automatic-conflict">
          {t('declaration.automatic', { reason: formatAutomaticConflict(t, member.automaticConflict, member.department) })}
        </p>
      )}
      {declared && (
        <p data-testid="declaration-current" data-declaration={member.declaration}>
          {t('declaration.current', { declaration: formatDeclaration(t, member.declaration) })}
        </p>
      )}
      <ErrorSummary id="declaration-errors" testId="declaration-error-summary" entries={entries} attempt={attempt} />
      <form noValidate onSubmit={(e) => void handleSubmit(e)} aria-labelledby="declaration-heading" data-testid="declaration-form">
        <fieldset
          className={`field${errors.conflict ? ' field-invalid' : ''}`}
          aria-describedby={errors.conflict ? 'declaration-conflict-error' : undefined}
        >
          <legend>
            {t('declaration.legend')}
            <RequiredMarker />
          </legend>
          {errors.conflict && <FieldError id="declaration-conflict-error">{text('conflict')}</FieldError>}
          {CHOICES.map(({ value, id, labelKey }) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={id}
                name="declaration"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                data-testid={id}
              />
              <label htmlFor={id}>{t(labelKey)}</label>
            </div>
          ))}
        </fieldset>
        <Field
          id="declaration-reason"
          label={t('declaration.reason.label')}
          hint={t(member?.assessed ? 'declaration.reason.hintAssessed' : 'declaration.reason.hint', { max: DECLARATION_REASON_MAX })}
          error={text('reason')}
          required={choice === 'conflict'}
        >
          {(describedBy) => (
            <textarea
              id="declaration-reason"
              rows={3}
              aria-required={choice === 'conflict' ? 'true' : undefined}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={describedBy}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="declaration-reason"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={pending} data-testid="submit-declaration">
          {pending ? t('workflow.working') : t('declaration.submit')}
        </button>
      </form>
    </section>
  );
}
