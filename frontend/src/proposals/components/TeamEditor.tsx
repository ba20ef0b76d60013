import { useEffect, useRef, useState } from 'react';
import { TEAM_ROLES, type TeamRole } from '../api/types';
import { formatTeamRole } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { Field, FieldError } from '../../shared/components/FormField';
import {
  TEAM_MAX,
  newTeamRow,
  teamErrorKey,
  type ErrorKey,
  type TeamColumn,
  type TeamRow,
} from './proposalForm';
import {
  teamAddId,
  teamFieldId,
} from './proposalFormErrors';

interface Props {
  idPrefix: string;
  rows: TeamRow[];
  onChange: (rows: TeamRow[]) => void;
  /** The translated error of a field, if any. */
  errorText: (key: ErrorKey) => string | undefined;
}

type Announcement = { kind: 'added' | 'removed'; n: number };

/**
 * The team as a list of rows (name, e-mail, role), each in its own fieldset, with real buttons to add
 * and remove rows. Focus moves to the new row after "Add", and to a neighbouring row (or "Add") after
 * "Remove"; both are announced politely.
 */
export function TeamEditor({ idPrefix, rows, onChange, errorText }: Props) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const focusNext = useRef<string | null>(null);
  const full = rows.length >= TEAM_MAX;
  const listError = errorText('team');

  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  }, [rows]);

  function update(index: number, column: TeamColumn, value: string) {
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  }

  function add() {
    if (full) return;
    focusNext.current = teamFieldId(idPrefix, rows.length, 'name');
    setAnnouncement({ kind: 'added', n: rows.length + 1 });
    onChange([...rows, newTeamRow()]);
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    if (next.length === 0) focusNext.current = teamAddId(idPrefix);
    else focusNext.current = teamFieldId(idPrefix, Math.min(index, next.length - 1), 'name');
    setAnnouncement({ kind: 'removed', n: index + 1 });
    onChange(next);
  }

  return (
    <fieldset className="form-group" data-testid="team-editor" aria-describedby={`${idPrefix}-team-intro`}>
      <legend>{t('section.team')}</legend>
      <p className="hint" id={`${idPrefix}-team-intro`}>
        {t('team.intro', { max: TEAM_MAX })}
      </p>
      {listError && <FieldError id={`${idPrefix}-team-error`}>{listError}</FieldError>}

      {rows.length === 0 ? (
        <p className="muted">{t('team.empty')}</p>
      ) : (
        <ol className="team-list" role="list">
          {rows.map((row, index) => {
            const n = index + 1;
            const ids = {
              name: teamFieldId(idPrefix, index, 'name'),
              email: teamFieldId(idPrefix, index, 'email'),
              role: teamFieldId(idPrefix, index, 'role'),
            };
            const err = {
              name: errorText(teamErrorKey(row.key, 'name')),
              email: errorText(teamErrorKey(row.key, 'email')),
              role: errorText(teamErrorKey(row.key, 'role')),
            };
            return (
              <li key={row.key} data-testid="team-member-row">
                <fieldset className="team-member">
                  <legend>{t('team.member', { n })}</legend>
                  <div className="team-member-fields">
                    <Field id={ids.name} label={t('team.name.label')} error={err.name} required>
                      {(describedBy) => (
                        <input
                          id={ids.name}
                          type="text"
                          autoComplete="off"
                          required
                          aria-invalid={err.name ? true : undefined}
                          aria-describedby={describedBy}
                          value={row.name}
                          onChange={(e) => update(index, 'name', e.target.value)}
                        />
                      )}
                    </Field>
                    <Field id={ids.email} label={t('team.email.label')} error={err.email}>
                      {(describedBy) => (
                        <input
                          id={ids.email}
                          type="email"
                          autoComplete="off"
                          aria-invalid={err.email ? true : undefined}
                          aria-describedby={describedBy}
                          value={row.email}
                          onChange={(e) => update(index, 'email', e.target.value)}
                        />
                      )}
                    </Field>
                    <Field id={ids.role} label={t('team.role.label')} error={err.role} required>
                      {(describedBy) => (
                        <select
                          id={ids.role}
                          required
                          aria-invalid={err.role ? true : undefined}
                          aria-describedby={describedBy}
                          value={row.role}
                          onChange={(e) => update(index, 'role', e.target.value as TeamRole | '')}
                        >
                          <option value="">{t('team.role.choose')}</option>
                          {TEAM_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {formatTeamRole(t, role)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    data-testid="remove-team-member"
                    onClick={() => remove(index)}
                  >
                    {t('team.remove', { n })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}

      <button
        type="button"
        id={teamAddId(idPrefix)}
        className="button button-secondary"
        data-testid="add-team-member"
        onClick={add}
        disabled={full}
        aria-describedby={full ? `${idPrefix}-team-full` : undefined}
      >
        {t('team.add')}
      </button>
      {full && (
        <p className="hint" id={`${idPrefix}-team-full`}>
          {t('team.full', { max: TEAM_MAX })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="team-announcement">
        {announcement && t(announcement.kind === 'added' ? 'team.added' : 'team.removed', { n: announcement.n })}
      </p>
    </fieldset>
  );
}
