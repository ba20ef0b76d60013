import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { can } from '../../shared/api/permissions';
import { useReplaceTeam } from '../api/productionQueries';
import { PRODUCTION_TEAM_ROLES, type Production, type ProductionTeamRole } from '../api/productionTypes';
import { renderMessage, type Message } from '../../shared/i18n/message';
import { formatProductionRole, responsibilitiesOf } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorSummary, type SummaryEntry } from '../../shared/components/ErrorSummary';
import { Field } from '../../shared/components/FormField';
import { PendingSignIn } from '../../shared/components/PendingSignIn';
import { TEAM_MAX, validateTeam, type Errors, type TeamRow } from './productionModel';
import { useSteps } from './productionSteps';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';

type RowField = 'name' | 'email' | 'role';

/**
 * The team with each member's role and responsibilities. With MANAGE_TEAM the members are edited (name,
 * e-mail, role; exactly one instructor) and the whole team is replaced with the production's version as If-Match.
 */
export function TeamSection({ production: p }: { production: Production }) {
  const { t } = useI18n();
  const teamTable = useCardLabels<HTMLTableElement>();
  const steps = useSteps();
  const [editing, setEditing] = useState(false);
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const team = p.team ?? [];

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  return (
    <section className="card detail-section" aria-labelledby="production-team-heading" data-testid="section-production-team">
      <h2 id="production-team-heading">{t('productionTeam.heading')}</h2>
      {team.length === 0 ? (
        <p className="empty" data-testid="production-team-empty">
          {t('team.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table ref={teamTable} className={`data-table ${CARD_TABLE_CLASS}`} data-testid="production-team-table">
            <caption>{t('productionTeam.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.col.name')}</th>
                <th scope="col">{t('team.col.email')}</th>
                <th scope="col">{t('team.col.role')}</th>
                <th scope="col">{t('productionTeam.col.responsibilities')}</th>
              </tr>
            </thead>
            <tbody>
              {team.map((member, i) => (
                <tr key={`${member.email ?? member.name}-${i}`} data-testid="production-team-member" data-role={member.role}>
                  <th scope="row">
                    {member.name}
                    <PendingSignIn pending={member.pending} />
                  </th>
                  <td>{member.email ? <a href={`mailto:${member.email}`}>{member.email}</a> : ''}</td>
                  <td data-testid="production-team-role">{formatProductionRole(t, member.role)}</td>
                  <td>
                    <ul className="plain-list" data-testid="production-team-responsibilities">
                      {responsibilitiesOf(t, member.role, member.responsibilities).map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can(p, 'MANAGE_TEAM') &&
        (editing ? (
          <TeamForm
            production={p}
            // After saving, the notice takes focus; after cancelling, the button that opened the form.
            onSaved={() => setEditing(false)}
            onCancel={() => {
              setEditing(false);
              setFocus((f) => ({ id: 'edit-team', n: (f?.n ?? 0) + 1 }));
            }}
          />
        ) : (
          <button
            type="button"
            id="edit-team"
            className="button button-secondary"
            data-testid="edit-team"
            disabled={steps.pending !== null}
            onClick={() => {
              steps.clear();
              setEditing(true);
              setFocus((f) => ({ id: 'team-form-heading', n: (f?.n ?? 0) + 1 }));
            }}
          >
            {t('productionTeam.edit')}
          </button>
        ))}
    </section>
  );
}

function TeamForm({ production: p, onSaved, onCancel }: { production: Production; onSaved: () => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const replace = useReplaceTeam();
  const [rows, setRows] = useState<TeamRow[]>(() =>
    (p.team ?? []).map((m) => ({ name: m.name, email: m.email ?? '', role: m.role })),
  );
  const [errors, setErrors] = useState<{ rows: Errors<RowField>[]; team: Message | null }>({ rows: [], team: null });
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const moveFocus = (id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  const set = (i: number, field: RowField, value: string) =>
    setRows((all) => all.map((row, j) => (j === i ? { ...row, [field]: value } : row)));

  async function save(e: FormEvent) {
    e.preventDefault();
    const found = validateTeam(rows);
    setErrors(found);
    if (found.team || found.rows.some((r) => Object.keys(r).length > 0)) {
      setAttempt((n) => n + 1);
      return;
    }
    const ok = await steps.run(
      'team',
      'productionTeam.failed',
      () =>
        replace
          .mutateAsync({
            id: p.moocId,
            version: p.version,
            // a validated team: every row has its role
            input: { members: rows.map((r) => ({ name: r.name.trim(), email: r.email.trim(), role: r.role as ProductionTeamRole })) },
          })
          .catch((err: unknown) => {
            // Someone else changed the production: the form closes and the current team is shown.
            if (err instanceof ApiError && err.isStaleVersion) onSaved();
            throw err;
          }),
      () => ({ key: 'productionTeam.saved' }),
    );
    if (ok) onSaved();
  }

  const text = (m: Message | undefined) => (m ? renderMessage(t, m, locale) : undefined);
  const label = (field: RowField, i: number) =>
    `${t(field === 'name' ? 'team.name.label' : field === 'email' ? 'productionTeam.email.label' : 'team.role.label')} (${t('team.member', { n: i + 1 })})`;
  const entries: SummaryEntry[] = [
    ...(errors.team ? [{ fieldId: 'team-add', label: t('productionTeam.heading'), message: text(errors.team)! }] : []),
    ...errors.rows.flatMap((rowErrors, i) =>
      (['name', 'email', 'role'] as const)
        .filter((f) => rowErrors[f])
        .map((f) => ({ fieldId: `team-${f}-${i}`, label: label(f, i), message: text(rowErrors[f])! })),
    ),
  ];

  return (
    <form noValidate onSubmit={(e) => void save(e)} aria-labelledby="team-form-heading" data-testid="team-form" className="team-form">
      <h3 id="team-form-heading" tabIndex={-1}>
        {t('productionTeam.form.heading')}
      </h3>
      <p className="form-intro">{t('productionTeam.form.intro')}</p>
      <ErrorSummary id="team-errors" testId="team-error-summary" entries={entries} attempt={attempt} headingLevel={4} />
      <p aria-live="polite" className="visually-hidden" data-testid="team-form-announcement">
        {announcement}
      </p>
      {rows.map((row, i) => (
        <fieldset key={i} className="team-member-fields" data-testid="team-form-row">
          <legend>{t('team.member', { n: i + 1 })}</legend>
          <Field id={`team-name-${i}`} label={t('team.name.label')} error={text(errors.rows[i]?.name)} required>
            {(describedBy) => (
              <input
                id={`team-name-${i}`}
                type="text"
                autoComplete="off"
                aria-required="true"
                aria-invalid={errors.rows[i]?.name ? true : undefined}
                aria-describedby={describedBy}
                value={row.name}
                onChange={(e) => set(i, 'name', e.target.value)}
                data-testid={`team-name-${i}`}
              />
            )}
          </Field>
          <Field id={`team-email-${i}`} label={t('productionTeam.email.label')} error={text(errors.rows[i]?.email)} required>
            {(describedBy) => (
              <input
                id={`team-email-${i}`}
                type="email"
                autoComplete="off"
                aria-required="true"
                aria-invalid={errors.rows[i]?.email ? true : undefined}
                aria-describedby={describedBy}
                value={row.email}
                onChange={(e) => set(i, 'email', e.target.value)}
                data-testid={`team-email-${i}`}
              />
            )}
          </Field>
          <Field id={`team-role-${i}`} label={t('team.role.label')} error={text(errors.rows[i]?.role)} required>
            {(describedBy) => (
              <select
                id={`team-role-${i}`}
                aria-required="true"
                aria-invalid={errors.rows[i]?.role ? true : undefined}
                aria-describedby={describedBy}
                value={row.role}
                onChange={(e) => set(i, 'role', e.target.value as ProductionTeamRole)}
                data-testid={`team-role-${i}`}
              >
                <option value="">{t('team.role.choose')}</option>
                {[...PRODUCTION_TEAM_ROLES, ...(row.role && !PRODUCTION_TEAM_ROLES.includes(row.role as never) ? [row.role] : [])].map(
                  (role) => (
                    <option key={role} value={role}>
                      {formatProductionRole(t, role)}
                    </option>
                  ),
                )}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid={`team-remove-${i}`}
            onClick={() => {
              setRows((all) => all.filter((_, j) => j !== i));
              setErrors((e) => ({ ...e, rows: e.rows.filter((_, j) => j !== i) }));
              setAnnouncement(t('team.removed', { n: i + 1 }));
              moveFocus(rows.length > 1 ? `team-name-${Math.min(i, rows.length - 2)}` : 'team-add');
            }}
          >
            {t('team.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          id="team-add"
          className="button button-secondary"
          data-testid="team-add"
          disabled={rows.length >= TEAM_MAX}
          onClick={() => {
            setRows((all) => [...all, { name: '', email: '', role: '' }]);
            setAnnouncement(t('team.added', { n: rows.length + 1 }));
            moveFocus(`team-name-${rows.length}`);
          }}
        >
          {t('team.add')}
        </button>
        <button type="submit" className="button" disabled={steps.pending !== null} data-testid="team-save">
          {steps.pending === 'team' ? t('edit.saving') : t('productionTeam.save')}
        </button>
        <button type="button" className="button button-secondary" data-testid="team-cancel" onClick={onCancel}>
          {t('proposals.cancel')}
        </button>
      </div>
    </form>
  );
}
