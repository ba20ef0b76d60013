import { useAuth } from 'react-oidc-context';
import { ErrorAlert, StatusMessage } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { returnState } from '../auth/oidc';

const STEPS: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'landing.step.proposal.title', body: 'landing.step.proposal.body' },
  { title: 'landing.step.review.title', body: 'landing.step.review.body' },
  { title: 'landing.step.production.title', body: 'landing.step.production.body' },
  { title: 'landing.step.launch.title', body: 'landing.step.launch.body' },
];

/** What an anonymous visitor sees: what the platform is for, and a Sign in button. */
export function LandingPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const busy = auth.isLoading || auth.activeNavigator !== undefined;

  return (
    <div className="landing">
      <section className="hero" aria-labelledby="landing-heading">
        <PageHeading id="landing-heading" title={t('landing.title')}>
          {t('landing.title')}
        </PageHeading>
        <p className="lead">{t('landing.lead')}</p>
        {auth.error && (
          <ErrorAlert testId="auth-error">
            <h2 className="alert-title">{t('auth.error.title')}</h2>
            <p>{t('auth.error.body', { message: auth.error.message })}</p>
          </ErrorAlert>
        )}
        {busy ? (
          <StatusMessage testId="auth-loading">{t('auth.signingIn')}</StatusMessage>
        ) : (
          <>
            <p>{t('landing.signInHint')}</p>
            <button
              type="button"
              className="button button-large"
              data-testid="sign-in"
              onClick={() => void auth.signinRedirect({ state: returnState() })}
            >
              {t('auth.signIn')}
            </button>
          </>
        )}
      </section>

      <section className="steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('landing.stepsHeading')}</h2>
        <ol className="step-list">
          {STEPS.map((step) => (
            <li key={step.title} className="card step">
              <h3>{t(step.title)}</h3>
              <p>{t(step.body)}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
