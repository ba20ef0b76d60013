import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import type { CurrentUser } from '../../shared/auth/roles';
import { PageHeading } from '../../shared/components/PageHeading';
import { StepPage } from '../../shared/components/StepPage';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { NetworkMeetingForm } from '../components/NetworkMeetingForm';
import { NetworkMeetingList } from '../components/NetworkMeetingList';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

/** Consultants (the LearningLab) and administrators organise the network's meetings. */
export function organisesNetwork(user: CurrentUser): boolean {
  return user.roles.includes('consultant') || user.roles.includes('admin');
}

interface Notice {
  message: Message;
  n: number;
}

interface Failure {
  title: MessageKey;
  error: unknown;
  n: number;
}

/**
 * `/network-meetings`: the "Online Teaching and MOOCs" network's upcoming and past meetings; sign up or withdraw
 * for an upcoming one. Organisers (consultant, admin) plan meetings, see the registrations and, once a meeting has
 * started, record who attended.
 */
export function NetworkMeetingsPage({ user }: { user: CurrentUser }) {
  const { t, locale } = useI18n();
  const organiser = organisesNetwork(user);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const noticeRef = useFocusWhenShown<HTMLParagraphElement>(notice);
  const failureRef = useFocusWhenShown<HTMLDivElement>(failure);
  const heading = t('network.heading');

  const report = {
    done: (message: Message) => {
      setFailure(null);
      setNotice((n) => ({ message, n: (n?.n ?? 0) + 1 }));
    },
    failed: (title: MessageKey, error: unknown) => {
      setNotice(null);
      setFailure((f) => ({ title, error, n: (f?.n ?? 0) + 1 }));
    },
    clear: () => {
      setNotice(null);
      setFailure(null);
    },
  };

  return (
    <StepPage
      className="network-page"
      notice={
        notice && (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="network-notice">
            {renderMessage(t, notice.message, locale)}
          </p>
        )
      }
      failure={
        failure && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={failureRef} data-testid="network-error">
            <p className="alert-title">
              <strong>{t(failure.title)}</strong>
            </p>
            <p>{errorMessage(t, failure.error)}</p>
          </div>
        )
      }
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
