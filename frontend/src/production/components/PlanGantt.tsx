import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { can } from '../../shared/api/permissions';
import { useChangeMilestone } from '../api/productionQueries';
import type { Milestone, Production } from '../api/productionTypes';
import { formatDate } from '../../shared/i18n/format';
import { formatMilestoneName } from '../i18n/productionFormat';
import { useI18n } from '../../shared/i18n/useI18n';
import { ganttMonths, ganttRange, ganttRows, ganttWeeks, rescheduleStep, type GanttRow } from './ganttModel';
import { addDays, daysBetween, isDone, localDate } from './productionModel';
import { useSteps } from './productionSteps';

type Zoom = 'week' | 'month';
/** Pixels per day: a week is wide enough for its Monday's date, a month for its name. */
const DAY_PX: Record<Zoom, number> = { week: 16, month: 5 };

const shortDate = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const monthName = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function barState(m: Milestone): 'done' | 'overdue' | 'active' | 'planned' {
  return isDone(m) ? 'done' : m.overdue ? 'overdue' : m.status === 'IN_PROGRESS' ? 'active' : 'planned';
}

/**
 * The plan as a Gantt chart: a month and week time axis (weeks or months in view), today as a line, each milestone's
 * current bar with its baseline bar beneath it and a proposed new due date marked. Whoever may move a milestone
 * (EDIT_PLAN and the milestone's MOVE_DUE) reschedules it from the keyboard: its bar is a slider – the arrow keys
 * move the due date a day, with Shift a week; Enter saves it (with the production's version as If-Match) and
 * Escape puts it back. The milestone list below the chart says the same in words. On a phone the chart scrolls
 * sideways under its sticky names.
 */
export function PlanGantt({ production: p }: { production: Production }) {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const change = useChangeMilestone();
  const [zoom, setZoom] = useState<Zoom>('week');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const scroller = useRef<HTMLDivElement>(null);
  const milestones = p.milestones ?? [];
  const planStart = p.approvedOn ?? p.startedAt?.slice(0, 10) ?? null;
  const rows = ganttRows(milestones, planStart, drafts);
  const { first, last } = ganttRange(rows, planStart);
  const px = DAY_PX[zoom];
  const x = (date: string) => daysBetween(first, date) * px;
  const width = (daysBetween(first, last) + 1) * px;
  const today = localDate();
  const todayShown = today >= first && today <= last;
  const hasBaseline = milestones.some((m) => m.baselineDueDate);
  const mayMove = (m: Milestone) => can(p, 'EDIT_PLAN') && (m.permissions ? m.permissions.includes('MOVE_DUE') : true) && !isDone(m);
  const anyMovable = milestones.some(mayMove);

  // Today (or the plan's start) in view when the chart opens or changes scale.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, (todayShown ? x(today) : 0) - el.clientWidth / 3);
  }, [zoom]);

  async function save(m: Milestone, dueDate: string) {
    const name = formatMilestoneName(t, m);
    await steps.run(
      `milestone-${m.key}`,
      'plan.failed.change',
      () => change.mutateAsync({ id: p.moocId, version: p.version, key: m.key, change: { dueDate } }),
      () => ({ key: 'gantt.done.move', params: { name, date: formatDate(locale, dueDate) } }),
    );
    // Saved, or refused (the production is read again): either way the chart shows the plan as it now is.
    setDrafts(({ [m.key]: _, ...rest }) => rest);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>, m: Milestone) {
    const draft = drafts[m.key];
    const step = rescheduleStep(e.key, e.shiftKey);
    if (step !== null) {
      e.preventDefault();
      const moved = addDays(draft ?? m.dueDate, step);
      setDrafts((d) => ({ ...d, [m.key]: moved }));
    } else if (e.key === 'Enter' && draft && draft !== m.dueDate && steps.pending === null) {
      e.preventDefault();
      void save(m, draft);
    } else if (e.key === 'Escape' && draft) {
      e.preventDefault();
      setDrafts(({ [m.key]: _, ...rest }) => rest);
    }
  }

  const bar = (from: string, to: string) => ({ left: x(from), width: Math.max(px, x(to) - x(from) + px) });

  return (
    <figure className="plan-gantt" data-testid="plan-gantt" data-zoom={zoom} aria-labelledby="plan-gantt-caption">
      <div className="gantt-toolbar">
        <div className="gantt-zoom" role="group" aria-label={t('gantt.zoom')}>
          {(['week', 'month'] as const).map((z) => (
            <button
              key={z}
              type="button"
              className="button button-small button-secondary"
              aria-pressed={zoom === z}
              onClick={() => setZoom(z)}
              data-testid={`gantt-zoom-${z}`}
            >
              {t(z === 'week' ? 'gantt.zoom.week' : 'gantt.zoom.month')}
            </button>
          ))}
        </div>
        <GanttLegend hasBaseline={hasBaseline} />
      </div>
      {anyMovable && (
        <p id="gantt-keys-hint" className="hint" data-testid="gantt-keys-hint">
          {t('gantt.keysHint')}
        </p>
      )}
      {/* a focusable region: the time line scrolls sideways, and a keyboard must reach what is off screen */}
      <div className="gantt-scroll" ref={scroller} data-testid="gantt-scroll" role="region" tabIndex={0} aria-label={t('gantt.scrollLabel')}>
        <div className="gantt-grid" style={{ width: `calc(var(--gantt-label) + ${width}px)` }}>
          <div className="gantt-axis-row" aria-hidden="true">
            <div className="gantt-name gantt-corner" />
            <div className="gantt-track" style={{ width }}>
              {ganttMonths(first, last).map((mo) => (
                <span key={mo.start} className="gantt-month" style={{ left: x(mo.start), width: mo.days * px }}>
                  {mo.days * px >= 56 ? monthName(locale, mo.start) : ''}
                </span>
              ))}
            </div>
          </div>
          <div className="gantt-axis-row" aria-hidden="true">
            <div className="gantt-name gantt-corner" />
            <div className="gantt-track" style={{ width }}>
              {ganttWeeks(first, last).map((w) => (
                <span key={w} className="gantt-week" style={{ left: x(w), width: 7 * px }}>
                  {zoom === 'week' ? shortDate(locale, w) : ''}
                </span>
              ))}
              {todayShown && (
                <span className="gantt-today-label" style={{ left: x(today) }}>
                  {t('gantt.today')}
                </span>
              )}
            </div>
          </div>
          {milestones.map((m, i) => (
            <GanttRowView
              key={m.key}
              milestone={m}
              row={rows[i]}
              draft={drafts[m.key]}
              movable={mayMove(m)}
              bar={bar}
              trackWidth={width}
              first={first}
              last={last}
              onKeyDown={(e) => onKeyDown(e, m)}
            />
          ))}
          {todayShown && (
            <div className="gantt-today" aria-hidden="true" style={{ left: `calc(var(--gantt-label) + ${x(today) + px / 2}px)` }} data-testid="gantt-today" />
          )}
        </div>
      </div>
      <figcaption id="plan-gantt-caption" className="muted small">
        {t('gantt.caption', { from: formatDate(locale, first), to: formatDate(locale, last) })}
        {todayShown ? ` ${t('gantt.caption.today', { today: formatDate(locale, today) })}` : ''}
      </figcaption>
    </figure>
  );
}

function GanttRowView({
  milestone: m,
  row,
  draft,
  movable,
  bar,
  trackWidth,
  first,
  last,
  onKeyDown,
}: {
  milestone: Milestone;
  row: GanttRow;
  draft: string | undefined;
  movable: boolean;
  bar: (from: string, to: string) => { left: number; width: number };
  trackWidth: number;
  first: string;
  last: string;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}) {
  const { t, locale } = useI18n();
  const name = formatMilestoneName(t, m);
  const state = barState(m);
  const moved = draft !== undefined && draft !== m.dueDate;
  const current = bar(row.start, row.end);
  const stateWord = state === 'done' ? t('gantt.state.done') : state === 'overdue' ? t('plan.overdue') : null;
  return (
    <div className="gantt-row" data-testid={`gantt-row-${m.key}`} data-state={state}>
      <div className="gantt-name" id={`gantt-name-${m.key}`}>
        <span className="gantt-name-text">{name}</span>
        {stateWord && <span className="gantt-name-state">{stateWord}</span>}
      </div>
      <div className="gantt-track" style={{ width: trackWidth }}>
        {row.baselineStart && row.baselineEnd && (
          <span className="gantt-bar-baseline" aria-hidden="true" style={bar(row.baselineStart, row.baselineEnd)} data-testid={`gantt-baseline-${m.key}`} />
        )}
        {movable ? (
          <div
            role="slider"
            tabIndex={0}
            className={`gantt-bar gantt-bar-${state}${moved ? ' gantt-bar-moved' : ''}`}
            style={current}
            aria-label={t('gantt.bar.label', { name })}
            aria-describedby="gantt-keys-hint"
            aria-valuemin={0}
            aria-valuemax={daysBetween(first, last)}
            aria-valuenow={daysBetween(first, row.end)}
            aria-valuetext={
              moved
                ? t('gantt.bar.moved', { date: formatDate(locale, row.end), saved: formatDate(locale, m.dueDate) })
                : formatDate(locale, row.end)
            }
            onKeyDown={onKeyDown}
            data-testid={`gantt-bar-${m.key}`}
            data-start={row.start}
            data-end={row.end}
          />
        ) : (
          <span className={`gantt-bar gantt-bar-${state}`} aria-hidden="true" style={current} data-testid={`gantt-bar-${m.key}`} data-start={row.start} data-end={row.end} />
        )}
        {moved && (
          <span className="gantt-draft-label" style={{ left: current.left + current.width + 4 }} data-testid={`gantt-draft-${m.key}`}>
            {t('gantt.draft', { date: formatDate(locale, row.end) })}
          </span>
        )}
        {row.proposed && !moved && (
          <span className="gantt-proposed" aria-hidden="true" style={bar(row.end < row.proposed ? row.end : row.proposed, row.end < row.proposed ? row.proposed : row.end)} />
        )}
      </div>
    </div>
  );
}

/** What the marks mean, in words beside each (no meaning by colour alone). */
function GanttLegend({ hasBaseline }: { hasBaseline: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="gantt-legend" data-testid="gantt-legend">
      <li>
        <span className="gantt-swatch gantt-swatch-current" aria-hidden="true" /> {t('gantt.legend.current')}
      </li>
      <li>
        <span className="gantt-swatch gantt-swatch-baseline" aria-hidden="true" />{' '}
        {hasBaseline ? t('gantt.legend.baseline') : t('gantt.legend.noBaseline')}
      </li>
      <li>
        <span className="gantt-swatch gantt-swatch-proposed" aria-hidden="true" /> {t('gantt.legend.proposed')}
      </li>
      <li>
        <span className="gantt-swatch gantt-swatch-today" aria-hidden="true" /> {t('gantt.legend.today')}
      </li>
    </ul>
  );
}
