import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { useColleagueSuggestions, useInviteColleague } from '../api/productionQueries';
import type { FeedbackRound, Production } from '../api/productionTypes';
import { formatDate } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatRound } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field } from '../../shared/components/FormField';
import { isEmail } from './productionModel';
import { useSteps } from './productionSteps';
import { Skeleton } from '../../shared/components/Skeleton';

/**
 * Inviting an experienced colleague to a round's feedback: one of the suggested colleagues who launched a MOOC, or
 * a name and e-mail address typed in.
 */
export function InviteForm({ round: r, production: p }: { round: FeedbackRound; production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const invite = useInviteColleague();
  const suggestions = useColleagueSuggestions(p.moocId, true);
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ name?: Message; email?: Message }>({});
  const prefix = `colleague-${r.round}`;

  function choose(value: string) {
    setChoice(value);
    const s = suggestions.data?.find((x) => x.email === value);
    if (s) {
      setName(s.name);
      setEmail(s.email);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: { name?: Message; email?: Message } = {};
    if (!name.trim()) found.name = { key: 'form.error.teamNameRequired' };
    if (!email.trim()) found.email = { key: 'productionTeam.error.emailRequired' };
    else if (!isEmail(email)) found.email = { key: 'form.error.emailInvalid' };
    setErrors(found);
    if (found.name || found.email) {
      document.getElementById(found.name ? `${prefix}-name` : `${prefix}-email`)?.focus();
      return;
    }
    const colleague = { name: name.trim(), email: email.trim() };
    const ok = await steps.run(
      `invite-${r.round}`,
      'feedback.failed.invite',
      () =>
        invite.mutateAsync({ id: p.moocId, round: r.round, colleague }).catch((err: unknown) => {
          if (err instanceof ApiError) {
            const map = err.fieldErrorMap();
            setErrors({ name: map.name ? { text: map.name } : undefined, email: map.email ? { text: map.email } : undefined });
          }
          throw err;
        }),
      () => ({ key: 'feedback.done.invite', params: { name: colleague.name, round: formatRound(t, r.round) } }),
    );
    if (ok) {
      setChoice('');
      setName('');
      setEmail('');
    }
  }

  const text = (m?: Message) => (m ? renderMessage(t, m, locale) : undefined);
  return (
    <form noValidate className="invite-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${prefix}-heading`} data-testid={`invite-form-${r.round}`}>
      <h4 id={`${prefix}-heading`}>{t(r.colleague ? 'feedback.invite.headingChange' : 'feedback.invite.heading')}</h4>
      <p className="hint">{t('feedback.invite.intro')}</p>
      {suggestions.isPending && <Skeleton shape="text" count={2} label={t('feedback.suggestions.loading')} />}
      {suggestions.isError && <p className="muted">{t('feedback.suggestions.loadError')}</p>}
      {suggestions.data && suggestions.data.length > 0 && (
        <Field id={`${prefix}-suggestion`} label={t('feedback.suggestions.label')} hint={t('feedback.suggestions.hint')}>
          {(describedBy) => (
            <select
              id={`${prefix}-suggestion`}
              aria-describedby={describedBy}
              value={choice}
              onChange={(e) => choose(e.target.value)}
              data-testid={`colleague-suggestion-${r.round}`}
            >
              <option value="">{t('feedback.suggestions.choose')}</option>
              {suggestions.data.map((s) => (
                <option key={s.email} value={s.email}>
                  {t('feedback.suggestions.option', {
                    name: s.name,
                    mooc: s.moocTitle ?? '–',
                    department: s.department ?? '–',
                    launched: s.launchDate ? formatDate(locale, s.launchDate) : '–',
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {suggestions.data && suggestions.data.length === 0 && (
        <p className="muted" data-testid={`colleague-suggestions-empty-${r.round}`}>
          {t('feedback.suggestions.none')}
        </p>
      )}
      <Field id={`${prefix}-name`} label={t('feedback.colleague.name')} error={text(errors.name)} required>
        {(describedBy) => (
          <input
            id={`${prefix}-name`}
            type="text"
            aria-required="true"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid={`colleague-name-${r.round}`}
          />
        )}
      </Field>
      <Field id={`${prefix}-email`} label={t('feedback.colleague.email')} error={text(errors.email)} required>
        {(describedBy) => (
          <input
            id={`${prefix}-email`}
            type="email"
            aria-required="true"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid={`colleague-email-${r.round}`}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={steps.pending !== null} data-testid={`invite-submit-${r.round}`}>
        {steps.pending === `invite-${r.round}` ? t('workflow.working') : t('feedback.invite.submit')}
      </button>
    </form>
  );
}
