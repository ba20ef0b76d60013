import { useState } from 'react';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useCommitteeMembers } from '../api/reviewQueries';
import type { ReviewCase } from '../api/reviewTypes';
import { formatDeclaration } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { formatAutomaticConflict } from '../i18n/reviewCodes';
import { ErrorAlert } from '../../shared/components/Alert';
import { Field } from '../../shared/components/FormField';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

export type MemberStep = 'assign' | 'volunteer' | 'handOver';

interface Props {
  reviewCase: ReviewCase;
  /** The signed-in user's `preferred_username`. */
  username: string;
  pendingStep: string | null;
  /** A server error for a step's select (`username`), shown at the select. */
  fieldErrors: Partial<Record<MemberStep, string>>;
  onAssign: (username: string) => void;
  onVolunteer: () => void;
  onHandOver: (username: string) => void;
}

/**
 * The case's members with their declarations, automatic conflicts and progress, and the chair. With
 * ASSIGN the chair adds members from the roster, with VOLUNTEER a member joins, with HAND_OVER the chair
 * hands the case to a non-conflicted member.
 */
export function CaseMembersSection({ reviewCase: c, username, pendingStep, fieldErrors, onAssign, onVolunteer, onHandOver }: Props) {
  const { t } = useI18n();
  const cardLabels = useCardLabels<HTMLTableElement>();
  const members = c.members ?? [];
  const busy = pendingStep !== null;

  return (
    <section className="card detail-section" aria-labelledby="case-members-heading" data-testid="case-members-section">
      <h2 id="case-members-heading">{t('case.members.heading')}</h2>
      <p data-testid="case-chair" data-username={c.chair?.username ?? ''}>
        <strong>{t('case.chair')}</strong>{' '}
        {c.chair ? (
          <>
            {c.chair.name}
            {c.chair.username === username && <span className="muted"> {t('case.members.you')}</span>}
          </>
        ) : (
          <span className="muted">{t('case.chair.none')}</span>
        )}
      </p>
      {members.length === 0 ? (
        <p className="muted" data-testid="case-members-empty">
          {t('case.members.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table ref={cardLabels} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="case-members">
            <caption>{t('case.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.members.col.name')}</th>
                <th scope="col">{t('case.members.col.department')}</th>
                <th scope="col">{t('case.members.col.joined')}</th>
                <th scope="col">{t('case.members.col.declaration')}</th>
                <th scope="col">{t('case.members.col.conflict')}</th>
                <th scope="col">{t('case.members.col.assessed')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr
                  key={m.username}
                  data-testid="case-member"
                  data-username={m.username}
                  data-conflicted={m.conflicted ? 'true' : 'false'}
                  data-declaration={m.declaration}
                  data-assessed={m.assessed ? 'true' : 'false'}
                >
                  <th scope="row">
                    {m.name}
                    {m.username === username && <span className="muted"> {t('case.members.you')}</span>}
                    {m.email && (
                      <>
                        <br />
                        <a href={`mailto:${m.email}`} className="small">
                          {m.email}
                        </a>
                      </>
                    )}
                  </th>
                  <td>{m.department ?? <span className="muted">–</span>}</td>
                  <td>{t(m.volunteered ? 'case.members.volunteered' : 'case.members.assigned')}</td>
                  <td>
                    {formatDeclaration(t, m.declaration)}
                    {m.declarationReason && <span className="prose-value block muted">{m.declarationReason}</span>}
                  </td>
                  <td data-testid="member-conflict">
                    {m.conflicted ? (
                      <strong>{t('case.members.conflicted')}</strong>
                    ) : (
                      <span>{t('case.members.notConflicted')}</span>
                    )}
                    {m.automaticConflict && (
                      <span className="block" data-testid="automatic-conflict">
                        {t('case.members.automaticConflict', { reason: formatAutomaticConflict(t, m.automaticConflict, m.department) })}
                      </span>
                    )}
                  </td>
                  <td>{t(m.assessed ? 'case.members.assessedYes' : 'case.members.assessedNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {can(c, 'VOLUNTEER') && (
        <div className="actions section-actions">
          <button
            type="button"
            id="volunteer"
            className="button"
            disabled={busy}
            onClick={onVolunteer}
            data-testid="volunteer"
          >
            {pendingStep === 'volunteer' ? t('workflow.working') : t('case.volunteer')}
          </button>
          <p className="hint">{t('case.volunteer.hint')}</p>
        </div>
      )}
      {can(c, 'ASSIGN') && <AssignForm reviewCase={c} busy={busy} pending={pendingStep === 'assign'} serverError={fieldErrors.assign} onAssign={onAssign} />}
      {can(c, 'HAND_OVER') && (
        <MemberSelectForm
          id="acting-chair"
          headingKey="case.handOver.heading"
          hintKey="case.handOver.hint"
          labelKey="case.handOver.label"
          buttonKey="case.handOver.submit"
          buttonTestId="hand-over"
          options={members
            .filter((m) => !m.conflicted && m.username !== c.chair?.username)
            .map((m) => ({ username: m.username, label: m.name }))}
          emptyKey="case.handOver.none"
          busy={busy}
          pending={pendingStep === 'handOver'}
          serverError={fieldErrors.handOver}
          onChoose={onHandOver}
        />
      )}
    </section>
  );
}

function AssignForm({
  reviewCase: c,
  busy,
  pending,
  serverError,
  onAssign,
}: {
  reviewCase: ReviewCase;
  busy: boolean;
  pending: boolean;
  serverError?: string;
  onAssign: (username: string) => void;
}) {
  const { t } = useI18n();
  const roster = useCommitteeMembers();
  const assigned = new Set((c.members ?? []).map((m) => m.username));

  if (roster.isPending) return <Skeleton shape="text" count={1} label={t('case.assign.loading')} />;
  if (roster.isError) {
    return (
      <ErrorAlert testId="roster-error">
        <p>
          {t('case.assign.loadError')} {errorMessage(t, roster.error)}
        </p>
        <button type="button" className="button button-secondary" onClick={() => void roster.refetch()}>
          {t('app.retry')}
        </button>
      </ErrorAlert>
    );
  }
  return (
    <MemberSelectForm
      id="assign-member"
      headingKey="case.assign.heading"
      hintKey="case.assign.hint"
      labelKey="case.assign.label"
      buttonKey="case.assign.submit"
      buttonTestId="assign-member"
      options={roster.data
        .filter((m) => !assigned.has(m.username))
        .map((m) => ({ username: m.username, label: m.department ? t('case.assign.option', { name: m.name, department: m.department }) : m.name }))}
      emptyKey="case.assign.none"
      busy={busy}
      pending={pending}
      serverError={serverError}
      onChoose={onAssign}
    />
  );
}

interface SelectFormProps {
  /** Prefix of the ids: `<id>-select` is the select (and its test id). */
  id: string;
  headingKey: MessageKey;
  hintKey: MessageKey;
  labelKey: MessageKey;
  buttonKey: MessageKey;
  buttonTestId: string;
  options: { username: string; label: string }[];
  emptyKey: MessageKey;
  busy: boolean;
  pending: boolean;
  serverError?: string;
  onChoose: (username: string) => void;
}

/** Choose a member in a select and act on them; choosing nobody is stopped in the browser. */
function MemberSelectForm(props: SelectFormProps) {
  const { t } = useI18n();
  const { id, options } = props;
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const selectId = `${id}-select`;
  const error = missing ? t('case.select.required') : props.serverError;
  // A member just assigned (or handed the case) leaves the options: the choice starts again.
  const value = options.some((o) => o.username === chosen) ? chosen : '';

  return (
    <div className="member-action" data-testid={`${id}-form`}>
      <h3 id={`${id}-heading`}>{t(props.headingKey)}</h3>
      {options.length === 0 ? (
        <p className="muted" data-testid={`${id}-none`}>
          {t(props.emptyKey)}
        </p>
      ) : (
        <form
          noValidate
          aria-labelledby={`${id}-heading`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!value) {
              setMissing(true);
              document.getElementById(selectId)?.focus();
              return;
            }
            setMissing(false);
            props.onChoose(value);
          }}
        >
          <Field id={selectId} label={t(props.labelKey)} hint={t(props.hintKey)} error={error}>
            {(describedBy) => (
              <select
                id={selectId}
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setMissing(false);
                }}
                data-testid={selectId}
              >
                <option value="">{t('case.select.choose')}</option>
                {options.map((o) => (
                  <option key={o.username} value={o.username}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" id={props.buttonTestId} className="button" disabled={props.busy} data-testid={props.buttonTestId}>
            {props.pending ? t('workflow.working') : t(props.buttonKey)}
          </button>
        </form>
      )}
    </div>
  );
}
