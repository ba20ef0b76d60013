import type { ReactNode } from 'react';
import type { Proposal, Resources, TeamMember } from '../api/types';
import type { ReviewCase } from '../../review/api/reviewTypes';
import { formatDkk, formatNumber, formatSemester, formatTeamRole } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { PendingSignIn } from '../../shared/components/PendingSignIn';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

interface Props {
  proposal: Proposal;
}

/** One field of the application: a term and its value, or "Not filled in yet". */
export function DetailItem({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useI18n();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="detail-item" data-testid={testId}>
      <dt>{label}</dt>
      <dd className={empty ? 'muted' : 'prose-value'}>{empty ? t('detail.notProvided') : children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card detail-section" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The application's content, read-only, in the same sections as the form. */
export function ProposalDetails({ proposal: p }: Props) {
  const { t, locale } = useI18n();
  const text = (key: MessageKey, value: string | null | undefined, testId?: string) => (
    <DetailItem label={t(key)} testId={testId}>
      {value?.trim() ? value : null}
    </DetailItem>
  );
  const team = p.team ?? [];
  const resources = p.resources ?? { staffHours: null, assistants: null, videoBudgetDkk: null };

  return (
    <>
      <Section id="section-application" title={t('section.application')}>
        <dl className="detail-list">
          {text('form.topic.label', p.topic)}
          {text('form.summary.label', p.summary)}
          {text('form.targetLearners.label', p.targetLearners)}
          {text('form.impactPotential.label', p.impactPotential)}
          <DetailItem label={t('form.enrolments.label')}>
            {p.expectedEnrolments === null || p.expectedEnrolments === undefined
              ? null
              : formatNumber(locale, p.expectedEnrolments)}
          </DetailItem>
          {text('form.uniqueness.label', p.uniqueness)}
          {text('form.researchEnvironment.label', p.researchEnvironment)}
          {text('form.teacherBackground.label', p.teacherBackground)}
        </dl>
      </Section>

      <Section id="section-planning" title={t('section.planning')}>
        <dl className="detail-list">
          <DetailItem label={t('form.content.legend')}>
            {p.newContent ? t('form.content.new') : t('planning.existing', { code: p.courseCode ?? '' })}
          </DetailItem>
          <DetailItem label={t('form.semester.label')}>{formatSemester(t, p.plannedLaunchSemester)}</DetailItem>
          {text('form.phases.label', p.phases)}
        </dl>
      </Section>

      <Section id="section-team" title={t('section.team')}>
        <TeamTable team={team} />
      </Section>

      <Section id="section-resources" title={t('section.resources')}>
        <ResourcesList resources={resources} />
      </Section>
    </>
  );
}

/** The team as a table (name, e-mail, role), or "No team members yet". */
/** A row of a team table: a proposal's team member, or one of a review case's snapshot (which has no `pending`). */
type TeamRow = NonNullable<ReviewCase['team']>[number] & Partial<Pick<TeamMember, 'pending'>>;

export function TeamTable({ team }: { team: readonly TeamRow[] }) {
  const { t } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  if (team.length === 0) return <p className="muted">{t('team.empty')}</p>;
  return (
    <div className="table-wrap">
      <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="team-table">
        <caption>{t('team.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.col.name')}</th>
            <th scope="col">{t('team.col.email')}</th>
            <th scope="col">{t('team.col.role')}</th>
          </tr>
        </thead>
        <tbody>
          {team.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <th scope="row">
                {m.name}
                <PendingSignIn pending={m.pending} />
              </th>
              <td>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : <span className="muted">–</span>}</td>
              <td>{formatTeamRole(t, m.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the department allocates: staff hours, assistants and the video budget. */
export function ResourcesList({ resources }: { resources: Resources }) {
  const { t, locale } = useI18n();
  const hours = resources.staffHours;
  return (
    <dl className="detail-list">
      <DetailItem label={t('resources.staffHours.label')}>
        {hours === null
          ? null
          : hours === 1
            ? t('resources.hours.one')
            : t('resources.hours', { hours: formatNumber(locale, hours) })}
      </DetailItem>
      <DetailItem label={t('resources.assistants.label')}>
        {resources.assistants === null ? null : formatNumber(locale, resources.assistants)}
      </DetailItem>
      <DetailItem label={t('resources.videoBudget.label')} testId="video-budget">
        {resources.videoBudgetDkk === null ? null : formatDkk(locale, resources.videoBudgetDkk)}
      </DetailItem>
    </dl>
  );
}
