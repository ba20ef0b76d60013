import { Link } from 'react-router-dom';
import { useAgenda } from '../api/reviewQueries';
import type { AgendaCase } from '../api/reviewTypes';
import { CaseSummaryTable } from '../components/AssessmentsSection';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { CaseCount, MeetingTime, meetingPath } from '../components/MeetingsSection';
import { PageHeading } from '../../shared/components/PageHeading';
import { DetailItem, ResourcesList } from '../../proposals/components/ProposalDetails';
import { formatDecisionOutcome, formatDeclaration, formatNumber, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { useFocusHeadingWhenLoaded } from '../../shared/components/useFocusHeadingWhenLoaded';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'agenda-heading';

/**
 * The printable agenda pack of a meeting (`/meetings/:id/agenda`): the meeting, then per case in agenda
 * order the proposal as submitted, the round and the previous round's outcome, the members with their
 * declarations, and the assessment summary – or, for a case where the reader has a conflict of interest,
 * only that the scores are hidden. "Print" prints it; the print style sheet leaves out the site's frame and
 * the buttons and starts every case on a new page.
 */
export function AgendaPage({ id }: { id: string }) {
  const { t } = useI18n();
  const agendaQuery = useAgenda(id);
  const agenda = agendaQuery.data;
  useFocusHeadingWhenLoaded(HEADING_ID, agenda);

  if (agendaQuery.isPending) {
    return <Skeleton shape="detail" label={t('agenda.loading')} testId="agenda-loading" />;
  }

  if (agendaQuery.isError || !agenda) {
    return (
      <LoadFailure
        error={agendaQuery.error}
        headingId={HEADING_ID}
        testIds={{ notFound: 'agenda-not-found', error: 'agenda-error' }}
        texts={{ notFoundTitle: 'meeting.notFound.title', notFoundBody: 'meeting.notFound.body', loadError: 'agenda.loadError', back: 'meeting.backToList' }}
        backTo="/meetings"
        onRetry={() => void agendaQuery.refetch()}
      />
    );
  }

  const { meeting: m, cases } = agenda;
  return (
    <article className="agenda" data-testid="agenda-page" aria-labelledby={HEADING_ID}>
      <p className="back-link no-print">
        <Link to={meetingPath(m.id)} data-testid="back-to-meeting">
          {t('agenda.backToMeeting')}
        </Link>
      </p>
      <header className="agenda-header">
        <p className="agenda-kicker">{t('agenda.kicker')}</p>
        <PageHeading id={HEADING_ID} title={t('agenda.documentTitle', { title: m.title })}>
          {m.title}
        </PageHeading>
        <dl className="facts-list">
          <div>
            <dt>{t('meeting.when')}</dt>
            <dd data-testid="agenda-when">
              <MeetingTime startsAt={m.startsAt} />
            </dd>
          </div>
          <div>
            <dt>{t('meeting.where')}</dt>
            <dd data-testid="agenda-location">
              {m.location?.trim() ? m.location : <span className="muted">{t('meeting.noLocation')}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('meeting.cases')}</dt>
            <dd>
              <CaseCount count={cases.length} />
            </dd>
          </div>
        </dl>
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => window.print()} data-testid="print-agenda">
            {t('agenda.print')}
          </button>
          <p className="hint">{t('agenda.print.hint')}</p>
        </div>
      </header>

      {cases.length === 0 ? (
        <p className="empty" data-testid="agenda-empty">
          {t('agenda.empty')}
        </p>
      ) : (
        <div className="agenda-cases">
          {cases.map((c, i) => (
            <AgendaCaseSection key={c.caseId} agendaCase={c} index={i} />
          ))}
        </div>
      )}
    </article>
  );
}

function AgendaCaseSection({ agendaCase: c, index }: { agendaCase: AgendaCase; index: number }) {
  const { t, locale } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  const prefix = `agenda-case-${index + 1}`;
  const members = c.members ?? [];
  const summary = c.scoresHidden ? null : c.assessmentSummary;

  return (
    <section
      className="card agenda-case"
      aria-labelledby={`${prefix}-heading`}
      data-testid="agenda-case"
      data-case-id={c.caseId}
      data-scores-hidden={c.scoresHidden ? 'true' : 'false'}
    >
      <h2 id={`${prefix}-heading`}>{t('agenda.caseHeading', { number: index + 1, title: c.title })}</h2>
      <dl className="detail-list">
        <DetailItem label={t('form.topic.label')}>{c.topic?.trim() ? c.topic : null}</DetailItem>
        <DetailItem label={t('form.summary.label')}>{c.summary?.trim() ? c.summary : null}</DetailItem>
        <DetailItem label={t('detail.department')}>{c.department}</DetailItem>
        <DetailItem label={t('detail.instructor')}>
          {c.instructor?.name ? (
            <>
              {c.instructor.name}
              {c.instructor.email && <> ({c.instructor.email})</>}
            </>
          ) : null}
        </DetailItem>
        <DetailItem label={t('form.semester.label')}>
          {c.plannedLaunchSemester ? formatSemester(t, c.plannedLaunchSemester) : null}
        </DetailItem>
        <DetailItem label={t('form.enrolments.label')}>
          {c.expectedEnrolments === null || c.expectedEnrolments === undefined ? null : formatNumber(locale, c.expectedEnrolments)}
        </DetailItem>
        <DetailItem label={t('review.col.round')} testId="agenda-round">
          {String(c.round)}
        </DetailItem>
        <div className="detail-item" data-testid="agenda-previous-round" data-outcome={c.previousRound?.outcome ?? ''}>
          <dt>{t('agenda.previousRound')}</dt>
          <dd className={c.previousRound ? 'prose-value' : 'muted'}>
            {c.previousRound ? (
              <>
                {t('agenda.previousRound.value', {
                  round: c.previousRound.round,
                  outcome: formatDecisionOutcome(t, c.previousRound.outcome),
                })}
                {c.previousRound.comments && <span className="block">{c.previousRound.comments}</span>}
              </>
            ) : (
              t('agenda.previousRound.none')
            )}
          </dd>
        </div>
      </dl>

      <h3>{t('section.resources')}</h3>
      <ResourcesList resources={c.resources ?? { staffHours: null, assistants: null, videoBudgetDkk: null }} />

      <h3 id={`${prefix}-members-heading`}>{t('agenda.members.heading')}</h3>
      {members.length === 0 ? (
        <p className="muted">{t('case.members.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} aria-labelledby={`${prefix}-members-heading`} data-testid="agenda-members">
            <thead>
              <tr>
                <th scope="col">{t('case.members.col.name')}</th>
                <th scope="col">{t('case.members.col.declaration')}</th>
                <th scope="col">{t('case.members.col.conflict')}</th>
                <th scope="col">{t('case.members.col.assessed')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr
                  key={member.username}
                  data-testid="agenda-member"
                  data-username={member.username}
                  data-declaration={member.declaration}
                  data-conflicted={member.conflicted ? 'true' : 'false'}
                >
                  <th scope="row">{member.name}</th>
                  <td>{formatDeclaration(t, member.declaration)}</td>
                  <td>{t(member.conflicted ? 'case.members.conflicted' : 'case.members.notConflicted')}</td>
                  <td>{t(member.assessed ? 'case.members.assessedYes' : 'case.members.assessedNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {summary ? (
        <CaseSummaryTable
          summary={summary}
          members={members.filter((member) => !member.conflicted).length}
          headingId={`${prefix}-summary-heading`}
        />
      ) : (
        <div className="case-summary">
          <h3>{t('summary.heading')}</h3>
          {c.scoresHidden ? (
            <p className="alert alert-info" data-testid="agenda-scores-hidden">
              {t('agenda.scoresHidden')}
            </p>
          ) : (
            <p className="muted" data-testid="agenda-no-assessments">
              {t('overview.noAssessments')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
