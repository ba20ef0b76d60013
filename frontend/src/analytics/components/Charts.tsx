import { useId, useMemo, useState } from 'react';
import { TREND_SEMESTERS, useKpiSeries } from '../api/analyticsQueries';
import type { CountryShare, SemesterKpis, TrendKpi } from '../api/analyticsTypes';
import { errorMessage } from '../../shared/api/errorMessage';
import { formatCountry } from '../i18n/analyticsFormat';
import { formatNumber, formatPercent, formatSemester } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import { niceMax, scale, semesterOrder, valueRange } from './analyticsModel';
import { KPI_DEFS, formatKpiValue } from './KpiPanel';
import { CHART_FONT, ChartFrame } from './ChartFrame';
import { CARD_TABLE_CLASS, useCardLabels } from '../../shared/components/cardTable';
import { Skeleton } from '../../shared/components/Skeleton';

const BARS = { width: 640, label: 170, row: 26, value: 70, top: 4 };

/**
 * Enrolled learners by country as a bar chart (an SVG image), with a table of the same numbers below it: the top
 * countries, then the rest ("Other countries") and those without a country ("Unknown").
 */
export function CountryChart({ countries, semester, headingLevel = 3 }: { countries: readonly CountryShare[]; semester: string; headingLevel?: 3 | 4 }) {
  const { t, locale } = useI18n();
  const dataTable = useCardLabels<HTMLTableElement>();
  const id = useId();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const semesterText = formatSemester(t, semester);
  const max = niceMax(Math.max(1, ...countries.map((c) => c.learners)));
  const plot = BARS.width - BARS.label - BARS.value;
  const height = BARS.top * 2 + countries.length * BARS.row;
  return (
    <figure className="chart" data-testid="chart-countries" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`}>{t('chart.countries.heading', { semester: semesterText })}</H>
      {countries.length === 0 ? (
        <p className="empty" data-testid="chart-countries-empty">
          {t('chart.countries.empty')}
        </p>
      ) : (
        <>
          <ChartFrame
            region={t('chart.region.countries', { semester: semesterText })}
            width={BARS.width}
            height={height}
            axisWidth={BARS.label}
            label={t('chart.countries.label', { semester: semesterText, count: countries.length })}
            describedBy={`${id}-table`}
            testId="chart-countries-region"
            axis={countries.map((c, i) => (
              <text key={c.country} x={BARS.label - 8} y={BARS.top + i * BARS.row + 17} textAnchor="end" className="chart-label" fontSize={CHART_FONT.label}>
                {formatCountry(t, locale, c.country)}
              </text>
            ))}
          >
            {countries.map((c, i) => {
              const y = BARS.top + i * BARS.row;
              const w = scale(c.learners, max, plot);
              return (
                <g key={c.country}>
                  <rect x={BARS.label} y={y + 4} width={Math.max(w, c.learners > 0 ? 2 : 0)} height={BARS.row - 8} className={`chart-bar chart-bar-${c.country === 'OTHER' || c.country === 'UNKNOWN' ? 'rest' : 'country'}`} />
                  <text x={BARS.label + w + 6} y={y + 17} className="chart-value" fontSize={CHART_FONT.label}>
                    {formatNumber(locale, c.learners)}
                  </text>
                </g>
              );
            })}
          </ChartFrame>
          <div className="table-wrap">
            <table ref={dataTable} className={`data-table chart-table ${CARD_TABLE_CLASS}`} id={`${id}-table`} data-testid="chart-countries-table">
              <caption>{t('chart.countries.caption', { semester: semesterText })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.countries.country')}</th>
                  <th scope="col" className="numeric">
                    {t('chart.countries.learners')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('chart.countries.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.country} data-testid="country-row" data-country={c.country} data-learners={c.learners}>
                    <th scope="row">{formatCountry(t, locale, c.country)}</th>
                    <td className="numeric">{formatNumber(locale, c.learners)}</td>
                    <td className="numeric">{c.share === null || c.share === undefined ? '–' : formatPercent(locale, c.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}

export interface TrendPoint {
  semester: string;
  value: number | null;
}

const LINE = { width: 640, height: 260, left: 90, right: 60, top: 20, bottom: 40 };

/** One KPI across semesters as a line chart (an SVG image), with a table of the same numbers below it. */
export function TrendChart({ kpi, points, id }: { kpi: TrendKpi; points: readonly TrendPoint[]; id: string }) {
  const { t, locale } = useI18n();
  const dataTable = useCardLabels<HTMLTableElement>();
  const def = KPI_DEFS.find((d) => d.kpi === kpi)!;
  const label = t(def.label);
  const { min, max } = valueRange(points.map((p) => p.value));
  const plotW = LINE.width - LINE.left - LINE.right;
  const plotH = LINE.height - LINE.top - LINE.bottom;
  const x = (i: number) => LINE.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => LINE.top + plotH - ((v - min) / (max - min)) * plotH;
  // A line through the semesters with a value; a semester without one (no ratings) breaks it.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(`${x(i)},${y(p.value)}`);
    }
  });
  if (current.length > 1) segments.push(current.join(' '));
  const first = points[0]?.semester;
  const last = points[points.length - 1]?.semester;
  const ticks = [min, (min + max) / 2, max];
  return (
    <>
      <ChartFrame
        region={t('chart.region.trend', { kpi: label })}
        width={LINE.width}
        height={LINE.height}
        axisWidth={LINE.left}
        label={t('chart.trend.label', { kpi: label, from: formatSemester(t, first), to: formatSemester(t, last) })}
        describedBy={`${id}-table`}
        testId="chart-trend-region"
        axis={ticks.map((v) => (
          <text key={v} x={LINE.left - 6} y={y(v) + 4} textAnchor="end" className="chart-axis" fontSize={CHART_FONT.axis}>
            {formatKpiValue(t, locale, def.unit, v)}
          </text>
        ))}
      >
        {ticks.map((v) => (
          <line key={v} x1={LINE.left} x2={LINE.width - LINE.right} y1={y(v)} y2={y(v)} className="chart-grid" />
        ))}
        {segments.map((s) => (
          <polyline key={s} points={s} className="chart-line" />
        ))}
        {points.map((p, i) => (
          <g key={p.semester}>
            {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r={4} className="chart-point" />}
            <text x={x(i)} y={LINE.height - 12} textAnchor="middle" className="chart-axis" fontSize={CHART_FONT.axis}>
              {formatSemester(t, p.semester)}
            </text>
          </g>
        ))}
      </ChartFrame>
      <div className="table-wrap">
        <table ref={dataTable} className={`data-table chart-table ${CARD_TABLE_CLASS}`} id={`${id}-table`} data-testid="chart-trend-table">
          <caption>{t('chart.trend.caption', { kpi: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.trend.semester')}</th>
              <th scope="col" className="numeric">
                {label}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.semester} data-testid="trend-row" data-semester={p.semester} data-value={p.value ?? ''}>
                <th scope="row">{formatSemester(t, p.semester)}</th>
                <td className="numeric">{formatKpiValue(t, locale, def.unit, p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The semesters a trend shows: those up to `upTo` (all when left out), the newest `TREND_SEMESTERS`, oldest first.
 * `upTo` itself is always shown: a review's semester without data is not among the course's listed semesters.
 */
export function trendSemesters(semesters: readonly string[], upTo?: string): string[] {
  const limit = upTo ? semesterOrder(upTo) : Infinity;
  return [...semesters, ...(upTo && !semesters.includes(upTo) ? [upTo] : [])]
    .filter((s) => !(semesterOrder(s) > limit))
    .sort((a, b) => semesterOrder(a) - semesterOrder(b))
    .slice(-TREND_SEMESTERS);
}

/**
 * A KPI's trend across the course's semesters (up to `upTo`): a choice of the KPI, then the chart and its table. The
 * KPIs of each semester are read (and cached) one by one; `known` are KPIs the page has already.
 */
export function KpiTrend({
  moocId,
  semesters,
  upTo,
  known,
  headingLevel = 3,
}: {
  moocId: string;
  semesters: readonly string[];
  upTo?: string;
  known?: SemesterKpis;
  headingLevel?: 3 | 4;
}) {
  const { t } = useI18n();
  const id = useId();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const [kpi, setKpi] = useState<TrendKpi>('enrolledLearners');
  const shown = useMemo(() => trendSemesters(semesters, upTo), [semesters, upTo]);
  const toRead = shown.filter((s) => s !== known?.semester);
  const results = useKpiSeries(moocId, toRead);
  const failed = results.find((r) => r.isError);
  const loading = results.some((r) => r.isPending);
  const bySemester = new Map<string, SemesterKpis>();
  if (known) bySemester.set(known.semester, known);
  results.forEach((r, i) => {
    if (r.data) bySemester.set(toRead[i], r.data);
  });
  const points: TrendPoint[] = shown.map((semester) => ({ semester, value: bySemester.get(semester)?.[kpi] ?? null }));

  return (
    <figure className="chart" data-testid="chart-trend" data-kpi={kpi} aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`}>{t('chart.trend.heading')}</H>
      <div className="field field-inline no-print">
        <label htmlFor={`${id}-kpi`}>{t('chart.trend.choose')}</label>
        <select id={`${id}-kpi`} value={kpi} onChange={(e) => setKpi(e.target.value as TrendKpi)} data-testid="chart-trend-kpi">
          {KPI_DEFS.map((d) => (
            <option key={d.kpi} value={d.kpi}>
              {t(d.label)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="empty" data-testid="chart-trend-empty">
          {t('chart.trend.empty')}
        </p>
      ) : failed ? (
        <ErrorAlert testId="chart-trend-error">
          <p>
            {t('chart.trend.loadError')} {errorMessage(t, failed.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => results.forEach((r) => r.isError && void r.refetch())}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      ) : loading ? (
        <Skeleton shape="text" count={4} testId="chart-trend-loading" label={t('chart.trend.loading')} />
      ) : (
        <TrendChart kpi={kpi} points={points} id={id} />
      )}
    </figure>
  );
}
