import { renderMessage } from '../../shared/i18n/message';
import { useI18n } from '../../shared/i18n/useI18n';
import type { ReviewCase } from '../api/reviewTypes';
import { caseNextStep } from './caseNextStep';
import { goToForm } from './goToForm';

interface Props {
  reviewCase: ReviewCase;
  username: string;
  /** A member step is under way: the volunteer button waits. */
  busy: boolean;
  onVolunteer: () => void;
}

/** "What's next" on the case, written to the reader, with the button for their step when it is theirs. */
export function CaseNextStepPanel({ reviewCase, username, busy, onVolunteer }: Props) {
  const { t, locale } = useI18n();
  const next = caseNextStep(reviewCase, username);
  const action = next.action;
  return (
    <section className="card next-step case-next-step" aria-labelledby="case-next-heading" data-testid="case-next-step" data-actor={next.actor}>
      <h2 id="case-next-heading">{t('next.case.heading')}</h2>
      <p className="next-step-main" data-testid="case-next-text">
        {renderMessage(t, next.message, locale)}
      </p>
      {action?.kind === 'volunteer' && (
        <button type="button" className="button" disabled={busy} onClick={onVolunteer} data-testid="next-volunteer">
          {t('case.volunteer')}
        </button>
      )}
      {action?.kind === 'goto' && (
        <a
          href={`#${action.target}`}
          className="button"
          onClick={(e) => {
            if (goToForm(action.target)) e.preventDefault();
          }}
          data-testid="case-next-action"
          data-target={action.target}
        >
          {t(action.label)}
        </a>
      )}
    </section>
  );
}
