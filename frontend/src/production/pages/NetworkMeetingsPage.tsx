import type { CurrentUser } from '../../shared/auth/roles';
import { PageHeading } from '../../shared/components/PageHeading';
import { StepPage } from '../../shared/components/StepPage';
import { useI18n } from '../../shared/i18n/useI18n';
import { NetworkMeetingForm } from '../components/NetworkMeetingForm';
import { NetworkMeetingList } from '../components/NetworkMeetingList';
import { useStepOutcome } from '../../shared/components/useStepOutcome';

/** Consultants (the LearningLab) and administrators organise the network's meetings. */
export function organisesNetwork(user: CurrentUser): boolean {
  return user.roles.includes('consultant') || user.roles.includes('admin');
}

/**
 * `/network-meetings`: the "Online Teaching and MOOCs" network's upcoming and past meetings; sign up or withdraw
 * for an upcoming one. Organisers (consultant, admin) plan meetings, see the registrations and, once a meeting has
 * started, record who attended.
 */
export function NetworkMeetingsPage({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const organiser = organisesNetwork(user);
  const outcome = useStepOutcome();
  const heading = t('network.heading');
  const report = { done: outcome.succeed, failed: outcome.fail, clear: outcome.clear };

  return (
    <StepPage
      className="network-page"
      notice={outcome.noticeElement('network-notice')}
      failure={outcome.failureElement('network-error')}
    >
      <div data-testid="network-meetings-page">
        <PageHeading title={heading}>{heading}</PageHeading>
        <p className="lead">{t('network.intro')}</p>
        <NetworkMeetingList when="upcoming" organiser={organiser} report={report} />
        {organiser && <NetworkMeetingForm report={report} />}
        <NetworkMeetingList when="past" organiser={organiser} report={report} />
      </div>
    </StepPage>
  );
}
