import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCreateMeeting } from '../api/reviewQueries';
import type { CurrentUser } from '../../shared/auth/roles';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingsSection } from '../components/MeetingsSection';
import { PageHeading } from '../../shared/components/PageHeading';
import { StepPage } from '../../shared/components/StepPage';
import { formatMeetingTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';

/**
 * The committee's meetings (`/meetings`, `?past=true` for the past ones), each linking to its page; the
 * chair (`committee-chair`) also plans new ones. The server checks again (403 for anyone else).
 */
export function MeetingsPage({ user }: { user: CurrentUser }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const past = params.get('past') === 'true';
  const create = useCreateMeeting();
  const [created, setCreated] = useState<{ title: string; startsAt: string } | null>(null);
  const noticeRef = useFocusWhenShown<HTMLParagraphElement>(created);
  const isChair = user.roles.includes('committee-chair');
  const heading = t('meetings.heading');

  return (
    <StepPage
      className="meetings-page"
      notice={
        created && (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid="meeting-notice">
            {t('meetingForm.created', { title: created.title, when: formatMeetingTime(locale, created.startsAt) })}
          </p>
        )
      }
      failure={null}
    >
      <div data-testid="meetings-page">
        <div className="page-intro">
          <PageHeading title={heading}>{heading}</PageHeading>
          <p className="lead">{t('meetings.intro')}</p>
        </div>
        <MeetingsSection past={past} />
        {isChair && (
          <MeetingForm
            onCreate={(input) => create.mutateAsync(input)}
            onCreated={(meeting) => setCreated({ title: meeting.title, startsAt: meeting.startsAt })}
          />
        )}
      </div>
    </StepPage>
  );
}
