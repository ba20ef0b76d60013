import type { KpiChange, SemesterKpis, TrendKpi } from '../api/analyticsTypes';
import { formatDecimal, formatNumber, formatPercent, formatSemester, formatSigned } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { previousSemester, scale, trendDirection } from './analyticsModel';
import { ScrollRegion } from '../../shared/components/ScrollRegion';
import { CHART_FONT } from './ChartFrame';

type Unit = 'count' | 'percent' | 'stars' | 'nps';

interface KpiDef {
  kpi: TrendKpi;
  testId: string;
  label: MessageKey;
  unit: Unit;
}

/** The five KPIs with a trend, in the order the panel shows them. */
export const KPI_DEFS: readonly KpiDef[] = [
  { kpi: 'enrolledLearners', testId: 'kpi-enrolled', label: 'kpi.enrolled', unit: 'count' },
  { kpi: 'activeLearners', testId: 'kpi-active', label: 'kpi.active', unit: 'count' },
  { kpi: 'completionRate', testId: 'kpi-completion', label: 'kpi.completion', unit: 'percent' },
  { kpi: 'averageRating', testId: 'kpi-rating', label: 'kpi.rating', unit: 'stars' },
  { kpi: 'nps', testId: 'kpi-nps', label: 'kpi.nps', unit: 'nps' },
];

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A KPI's value in words for its unit; a missing value (no enrolments, no ratings) says so. */
export function formatKpiValue(t: T, locale: string, unit: Unit, value: number | null | undefined): string {
  if (value === null || value === undefined) return t(unit === 'percent' ? 'kpi.value.noEnrolments' : unit === 'count' ? 'kpi.value.none' : 'kpi.value.noRatings');
  switch (unit) {
    case 'count':
      return formatNumber(locale, value);
    case 'percent':
      return formatPercent(locale, value);
    case 'stars':
      return t('kpi.value.stars', { value: formatDecimal(locale, value, 2) });
    case 'nps':
      return formatSigned(locale, value);
  }
}

/** The size of a change in the KPI's unit: "3", "2.5 percentage points", "0.2 stars", "12 points". */
function formatChange(t: T, locale: string, unit: Unit, change: number): string {
  const size = formatDecimal(locale, Math.abs(change), unit === 'stars' ? 2 : 1);
  switch (unit) {
    case 'count':
      return size;
    case 'percent':
      return t('kpi.change.points', { value: size });
    case 'stars':
      return t('kpi.change.stars', { value: size });
    case 'nps':
      return t('kpi.change.npsPoints', { value: size });
  }
}

/** The trend against the previous semester in words ("Up by 1 from 5 in Autumn 2027 (+20%)"). */
export function trendText(t: T, locale: string, unit: Unit, change: KpiChange | null | undefined, previous: string): string {
  const semester = formatSemester(t, previous);
  const direction = trendDirection(change);
  if (!change || change.previous === null || change.previous === undefined) return t('kpi.trend.none', { semester });
  const before = formatKpiValue(t, locale, unit, change.previous);
  if (direction === 'none') return t('kpi.trend.noValue', { previous: before, semester });
  if (direction === 'same') return t('kpi.trend.same', { previous: before, semester });
  const text = t(direction === 'up' ? 'kpi.trend.up' : 'kpi.trend.down', {
    change: formatChange(t, locale, unit, change.change as number),
    previous: before,
    semester,
  });
  return typeof change.relativeChange === 'number'
    ? `${text} ${t('kpi.trend.relative', { relative: formatPercent(locale, change.relativeChange, 1, true) })}`
    : text;
}

const ARROWS = { up: '▲', down: '▼', same: '▬', none: '–' } as const;

/** One KPI: its value, a detail line and the trend with an arrow (the words carry the meaning, not the colour). */
function KpiTile({ def, kpis }: { def: KpiDef; kpis: SemesterKpis }) {
  const { t, locale } = useI18n();
  const value = kpis[def.kpi];
  const change = kpis.trend?.[def.kpi] ?? null;
  const direction = trendDirection(change);
  const previous = kpis.previousSemester ?? previousSemester(kpis.semester);
  let detail: string | null = null;
  if (def.kpi === 'completionRate') {
    detail = t('kpi.detail.passed', { passed: formatNumber(locale, kpis.passedLearners), enrolled: formatNumber(locale, kpis.enrolledLearners) });
  } else if (def.kpi === 'averageRating') {
    detail = t(kpis.ratings === 1 ? 'kpi.detail.ratings.one' : 'kpi.detail.ratings', { count: formatNumber(locale, kpis.ratings) });
  } else if (def.kpi === 'nps') {
    detail = t('kpi.detail.nps', {
      promoters: formatNumber(locale, kpis.promoters),
      passives: formatNumber(locale, kpis.passives),
      detractors: formatNumber(locale, kpis.detractors),
    });
  }
  return (
    <div className="kpi-tile" data-testid={def.testId} data-value={value ?? ''} data-trend={direction}>
      <dt className="kpi-label">{t(def.label)}</dt>
      <dd className="kpi-value" data-testid={`${def.testId}-value`}>
        {formatKpiValue(t, locale, def.unit, value)}
      </dd>
      {detail && <dd className="kpi-detail muted">{detail}</dd>}
      <dd className={`kpi-trend kpi-trend-${direction}`} data-testid={`${def.testId}-trend`}>
        <span className="kpi-arrow" aria-hidden="true">
          {ARROWS[direction]}
        </span>{' '}
        {trendText(t, locale, def.unit, change, previous)}
      </dd>
    </div>
  );
}

/**
 * The KPI panel of one semester: enrolled and active learners, completion rate, average rating and NPS, each with
 * its trend against the previous semester; then the proposal's expected enrolments beside the actual ones.
 */
export function KpiPanel({ kpis, headingLevel = 2, idPrefix = 'kpi' }: { kpis: SemesterKpis; headingLevel?: 2 | 3; idPrefix?: string }) {
  const { t } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${idPrefix}-heading`;
  return (
    <section className="card detail-section kpi-panel" aria-labelledby={headingId} data-testid="kpi-panel" data-semester={kpis.semester}>
      <H id={headingId}>{t('kpi.heading', { semester: formatSemester(t, kpis.semester) })}</H>
      <dl className="kpi-grid">
        {KPI_DEFS.map((def) => (
          <KpiTile key={def.kpi} def={def} kpis={kpis} />
        ))}
      </dl>
      <ExpectedEnrolments kpis={kpis} headingLevel={headingLevel === 2 ? 3 : 4} />
    </section>
  );
}

const BAR = { label: 150, width: 450, height: 18 };

/** Expected enrolments (the proposal's) beside the learners enrolled since the launch. */
function ExpectedEnrolments({ kpis, headingLevel }: { kpis: SemesterKpis; headingLevel: 3 | 4 }) {
  const { t, locale } = useI18n();
  const e = kpis.expected;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (!e) return null;
  const expected = e.expectedEnrolments ?? null;
  const share = e.shareOfExpected ?? null;
  const max = Math.max(expected ?? 0, e.enrolledToDate, 1);
  return (
    <div className="kpi-expected" data-testid="kpi-expected" data-share={share ?? ''}>
      <H>{t('kpi.expected.heading')}</H>
      <dl className="facts-list">
        <div>
          <dt>{t('kpi.expected.expected')}</dt>
          <dd data-testid="kpi-expected-enrolments">{expected === null ? t('kpi.expected.notGiven') : formatNumber(locale, expected)}</dd>
        </div>
        <div>
          <dt>{t('kpi.expected.actual', { semester: formatSemester(t, kpis.semester) })}</dt>
          <dd data-testid="kpi-enrolled-to-date">{formatNumber(locale, e.enrolledToDate)}</dd>
        </div>
        <div>
          <dt>{t('kpi.expected.share')}</dt>
          <dd data-testid="kpi-share-of-expected">{share === null ? '–' : formatPercent(locale, share)}</dd>
        </div>
        <div>
          <dt>{t('kpi.expected.launch')}</dt>
          <dd>
            {t('kpi.expected.launchValue', {
              planned: e.plannedLaunchSemester ? formatSemester(t, e.plannedLaunchSemester) : '–',
              actual: e.launchSemester ? formatSemester(t, e.launchSemester) : '–',
            })}
          </dd>
        </div>
      </dl>
      {expected !== null && (
        // The same figures as the list above, for the eye.
        <ScrollRegion label={t('chart.region.expected')}>
          <svg
            className="expected-bars"
            viewBox={`0 0 ${BAR.label + BAR.width} ${BAR.height * 2 + 8}`}
            width={BAR.label + BAR.width}
            height={BAR.height * 2 + 8}
            aria-hidden="true"
            focusable="false"
          >
            <text x={BAR.label - 8} y={BAR.height - 4} textAnchor="end" className="chart-label" fontSize={CHART_FONT.label}>
              {t('kpi.expected.barExpected')}
            </text>
            <rect x={BAR.label} y={0} width={scale(expected, max, BAR.width)} height={BAR.height} className="bar-expected" />
            <text x={BAR.label - 8} y={BAR.height * 2 + 4} textAnchor="end" className="chart-label" fontSize={CHART_FONT.label}>
              {t('kpi.expected.barActual')}
            </text>
            <rect x={BAR.label} y={BAR.height + 8} width={scale(e.enrolledToDate, max, BAR.width)} height={BAR.height} className="bar-actual" />
          </svg>
        </ScrollRegion>
      )}
    </div>
  );
}
