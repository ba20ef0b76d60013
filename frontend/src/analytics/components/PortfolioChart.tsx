import { useId } from 'react';
import { PORTFOLIO_STAGES, type PortfolioDepartment } from '../api/analyticsTypes';
import { formatStage } from '../i18n/analyticsFormat';
import { formatNumber } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { niceMax, stack } from './analyticsModel';
import { CHART_FONT, ChartFrame } from './ChartFrame';

const CHART = { width: 680, label: 150, row: 34, top: 8, total: 50 };

/** The stages a stacked bar shows, in the programme's order; an unknown stage the server sends is added at the end. */
export function stagesOf(departments: readonly PortfolioDepartment[]): string[] {
  const extra = new Set<string>();
  for (const d of departments) for (const s of Object.keys(d.byStage ?? {})) if (!(PORTFOLIO_STAGES as readonly string[]).includes(s)) extra.add(s);
  return [...PORTFOLIO_STAGES, ...extra];
}

/**
 * Per department its MOOCs by stage as a stacked bar (an SVG image), with a legend in words and the number in each
 * segment; the table above it gives the same numbers.
 */
export function PortfolioChart({ departments, tableId }: { departments: readonly PortfolioDepartment[]; tableId: string }) {
  const { t, locale } = useI18n();
  const id = useId();
  const stages = stagesOf(departments);
  const max = niceMax(Math.max(1, ...departments.map((d) => d.moocs)));
  const plot = CHART.width - CHART.label - CHART.total;
  const height = CHART.top * 2 + departments.length * CHART.row;
  return (
    <figure className="chart" data-testid="chart-portfolio" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('portfolio.chart.heading')}</h3>
      <ul className="chart-legend" aria-label={t('portfolio.chart.legend')}>
        {stages.map((s, i) => (
          <li key={s}>
            <span className={`legend-swatch stage-fill-${i}`} aria-hidden="true" /> {formatStage(t, s)}
          </li>
        ))}
      </ul>
      <ChartFrame
        region={t('chart.region.portfolio')}
        width={CHART.width}
        height={height}
        axisWidth={CHART.label}
        label={t('portfolio.chart.label', { count: departments.length })}
        describedBy={tableId}
        testId="chart-portfolio-region"
        axis={departments.map((d, row) => (
          <text key={d.department} x={CHART.label - 8} y={CHART.top + row * CHART.row + 21} textAnchor="end" className="chart-label" fontSize={CHART_FONT.label}>
            {d.department}
          </text>
        ))}
      >
        {departments.map((d, row) => {
          const y = CHART.top + row * CHART.row;
          const parts = stages.map((s) => d.byStage?.[s] ?? 0);
          const segments = stack(parts, max, plot);
          const end = segments.reduce((x, s) => Math.max(x, s.x + s.width), 0);
          return (
            <g key={d.department}>
              {segments.map((seg, i) =>
                seg.width > 0 ? (
                  <g key={stages[i]}>
                    <rect x={CHART.label + seg.x} y={y + 5} width={seg.width} height={CHART.row - 10} className={`stage-fill-${i} stage-segment`} />
                    {seg.width >= 18 && (
                      <text x={CHART.label + seg.x + seg.width / 2} y={y + 22} textAnchor="middle" className={`chart-segment-text stage-text-${i}`} fontSize={CHART_FONT.segment}>
                        {formatNumber(locale, parts[i])}
                      </text>
                    )}
                  </g>
                ) : null,
              )}
              <text x={CHART.label + end + 6} y={y + 21} className="chart-value" fontSize={CHART_FONT.label}>
                {formatNumber(locale, d.moocs)}
              </text>
            </g>
          );
        })}
      </ChartFrame>
    </figure>
  );
}
