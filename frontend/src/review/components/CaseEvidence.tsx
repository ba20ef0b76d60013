import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { useProposalDiff, useProposalVersions } from '../../proposals/api/queries';
import type { ReviewCase } from '../api/reviewTypes';
import { ResourcesList, TeamTable } from '../../proposals/components/ProposalDetails';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatCriterion, formatNumber, formatSemester } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { previousSubmittedVersion, proposalMovedOn, useApplicationVersion, type ApplicationContent } from '../api/evidenceQueries';
import { CaseAttachments } from './CaseAttachments';
import { CaseChanges } from './CaseChanges';
import { FrozenSimilarCourses } from '../../analytics/components/SimilarCoursesPanels';
import { Skeleton } from '../../shared/components/Skeleton';

export const EVIDENCE_HEADING_ID = 'case-proposal-heading';

/**
 * The application as the committee reads it: the frozen version the case was opened for. Until (or unless) it is
 * read, the review case's own snapshot stands in; the fields only the version has are then left out, never shown
 * as empty.
 */
type Application = Partial<ApplicationContent> & Pick<ApplicationContent, 'title'>;

function fromCase(c: ReviewCase): Application {
  return {
    title: c.title,
    topic: c.topic,
    summary: c.summary,
    newContent: c.newContent,
    courseCode: c.courseCode,
    plannedLaunchSemester: c.plannedLaunchSemester,
    expectedEnrolments: c.expectedEnrolments,
    team: c.team?.map((m) => ({ name: m.name, email: m.email, role: m.role as NonNullable<ApplicationContent['team']>[number]['role'] })) ?? null,
    resources: c.resources,
  };
}

/**
 * The whole application the criteria are about, beside the assessment: what changed since the previous round, the
 * course, then per criterion the fields it is scored on, and the attached files. Read-only.
 */
export function CaseEvidence({ reviewCase: c }: { reviewCase: ReviewCase }) {
  const { t, locale } = useI18n();
  const content = useApplicationVersion(c.moocId, c.proposalVersion);
  // The version's dossier brings the versions and files along: their own reads wait for it (and run only if it failed).
  const partsReady = !content.isPending;
  const versions = useProposalVersions(c.moocId, { enabled: partsReady });
  const previous = c.previousRound && versions.data ? previousSubmittedVersion(versions.data, c.proposalVersion) : null;
  const diff = useProposalDiff(c.moocId, previous, c.proposalVersion);
  const changed = new Set((diff.data?.changes ?? []).map((change) => change.field));
  const app: Application = content.data ?? fromCase(c);
  const movedOn = versions.data ? proposalMovedOn(versions.data, c.proposalVersion) : false;

  return (
    // The column around it is the region named by this heading (and scrolls on a wide screen): no second region here.
    <div className="case-evidence" data-testid="case-proposal">
      <h2 id={EVIDENCE_HEADING_ID}>{t('case.proposal.heading', { version: c.proposalVersion })}</h2>
      <p className="muted">
        {t('evidence.intro')}{' '}
        <Link to={`/proposals/${encodeURIComponent(c.moocId)}`} data-testid="case-proposal-page-link">
          {t('case.proposal.link')}
        </Link>
      </p>
      {content.isPending && <Skeleton shape="detail" label={t('evidence.loading')} testId="evidence-loading" />}
      {content.isError && (
        <ErrorAlert testId="evidence-error">
          <p>
            {t('evidence.loadError')} {errorMessage(t, content.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void content.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}

      {c.previousRound && (
        <CaseChanges
          round={c.previousRound.round}
          previousVersion={previous}
          versionsFailed={versions.isError}
          diff={diff}
          waiting={versions.isPending}
        />
      )}

      <EvidenceGroup id="evidence-group-course" title={t('evidence.course')}>
        <Item label={t('form.title.label')} field="title" changed={changed}>
          {app.title}
        </Item>
        <Text label="form.topic.label" field="topic" app={app} changed={changed} />
        <Text label="form.summary.label" field="summary" app={app} changed={changed} />
        <Text label="form.targetLearners.label" field="targetLearners" app={app} changed={changed} />
        <Text label="form.impactPotential.label" field="impactPotential" app={app} changed={changed} />
        <Item label={t('form.enrolments.label')} field="expectedEnrolments" changed={changed} known={'expectedEnrolments' in app}>
          {app.expectedEnrolments === null || app.expectedEnrolments === undefined ? null : formatNumber(locale, app.expectedEnrolments)}
        </Item>
        <Item label={t('detail.instructor')} changed={changed}>
          {c.instructor?.name}
        </Item>
        <Item label={t('detail.department')} changed={changed}>
          {c.department}
        </Item>
        <Item label={t('form.content.legend')} field="newContent" changed={changed} known={'newContent' in app}>
          {app.newContent === null || app.newContent === undefined
            ? null
            : app.newContent
              ? t('form.content.new')
              : t('planning.existing', { code: app.courseCode ?? '' })}
        </Item>
        <Item label={t('form.semester.label')} field="plannedLaunchSemester" changed={changed} known={'plannedLaunchSemester' in app}>
          {app.plannedLaunchSemester ? formatSemester(t, app.plannedLaunchSemester) : null}
        </Item>
      </EvidenceGroup>

      <EvidenceGroup
        id="evidence-group-topic"
        title={t('evidence.criterion', { criterion: formatCriterion(t, 'TOPIC') })}
        hint={t('criterion.TOPIC.description')}
        after={<FrozenSimilarCourses moocId={c.moocId} version={c.proposalVersion} />}
      >
        <Text label="form.uniqueness.label" field="uniqueness" app={app} changed={changed} />
        <Text label="form.researchEnvironment.label" field="researchEnvironment" app={app} changed={changed} />
      </EvidenceGroup>

      <EvidenceGroup id="evidence-group-teacher" title={t('evidence.criterion', { criterion: formatCriterion(t, 'TEACHER') })} hint={t('criterion.TEACHER.description')}>
        <Text label="form.teacherBackground.label" field="teacherBackground" app={app} changed={changed} />
        <Item label={t('section.team')} field="team" changed={changed} block>
          <TeamTable team={(app.team ?? []).map((m) => ({ name: m.name ?? '', email: m.email, role: m.role }))} />
        </Item>
      </EvidenceGroup>

      <EvidenceGroup id="evidence-group-resources" title={t('evidence.criterion', { criterion: formatCriterion(t, 'RESOURCES') })} hint={t('criterion.RESOURCES.description')}>
        <Item label={t('section.resources')} field="resources" changed={changed} block>
          <ResourcesList resources={app.resources ?? { staffHours: null, assistants: null, videoBudgetDkk: null }} />
        </Item>
        <Text label="form.phases.label" field="phases" app={app} changed={changed} />
      </EvidenceGroup>

      <CaseAttachments moocId={c.moocId} movedOn={movedOn} enabled={partsReady} />
    </div>
  );
}

/** `after`: evidence beside the fields, below them (criterion (a)'s similar Coursera courses). */
function EvidenceGroup({ id, title, hint, after, children }: { id: string; title: string; hint?: string; after?: ReactNode; children: ReactNode }) {
  return (
    <section className="card evidence-group" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {hint && <p className="muted evidence-hint">{hint}</p>}
      <dl className="detail-list">{children}</dl>
      {after}
    </section>
  );
}

interface ItemProps {
  label: string;
  /** The field's name as proposal-service's comparison names it, to mark it changed since the previous round. */
  field?: string;
  changed: ReadonlySet<string>;
  /** False when the field is not known (only the version has it, and it is not read): the item is left out. */
  known?: boolean;
  /** The value is a block of its own (a table, a list), not prose. */
  block?: boolean;
  children: ReactNode;
}

/** One field of the application, "Not filled in" when empty, with a marker (in words) when it changed. */
function Item({ label, field, changed, known = true, block = false, children }: ItemProps) {
  const { t } = useI18n();
  if (!known) return null;
  const empty = children === null || children === undefined || children === '';
  const isChanged = field !== undefined && changed.has(field);
  return (
    <div className={`detail-item${block ? ' detail-item-block' : ''}`} data-testid={field ? `evidence-${field}` : undefined} data-changed={isChanged ? 'true' : undefined}>
      <dt>
        {label}
        {isChanged && (
          <span className="changed-tag" data-testid="changed-tag">
            {t('evidence.changed')}
          </span>
        )}
      </dt>
      <dd className={empty ? 'muted' : block ? undefined : 'prose-value'}>{empty ? t('detail.notProvided') : children}</dd>
    </div>
  );
}

type TextField = 'topic' | 'summary' | 'targetLearners' | 'impactPotential' | 'uniqueness' | 'researchEnvironment' | 'teacherBackground' | 'phases';

function Text({ label, field, app, changed }: { label: MessageKey; field: TextField; app: Application; changed: ReadonlySet<string> }) {
  const { t } = useI18n();
  const value = app[field];
  return (
    <Item label={t(label)} field={field} changed={changed} known={field in app}>
      {value?.trim() ? value : null}
    </Item>
  );
}
