import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { kpis, portfolio } from '../../test/analyticsFixtures';
import { fakeGateway } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { CountryChart, TrendChart } from './Charts';
import { PortfolioChart } from './PortfolioChart';

/** Node's file reading, without giving the app's sources Node's types (the tests run in Node, in frontend/). */
const node = (globalThis as unknown as {
  process: { cwd(): string; getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string; readdirSync(path: string): string[] } };
}).process;

/** The styles the charts use, their own and the shared ones (the test run leaves CSS imports empty). */
const STYLES = ['src/analytics/components/analytics.css', 'src/analytics/components/analytics-reviews.css', ...node.getBuiltinModule('node:fs').readdirSync(`${node.cwd()}/src/styles`).map((f) => `src/styles/${f}`)].map((file) => node.getBuiltinModule('node:fs').readFileSync(`${node.cwd()}/${file}`, 'utf8'));

const render = (ui: React.ReactElement, language: 'en' | 'da' = 'en') => renderWithProviders(ui, { api: fakeGateway().api, language });

/** Every text of a chart carries its size, and none is under 11 (one SVG unit is one CSS pixel). */
function expectLegibleText(root: HTMLElement) {
  const texts = [...root.querySelectorAll('text')];
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    const size = Number(text.getAttribute('font-size'));
    expect(size, `“${text.textContent}”`).toBeGreaterThanOrEqual(11);
  }
}

/** The chart scrolls in a region that the keyboard reaches and screen readers name; its axis stays in view. */
function expectScrollRegion(region: HTMLElement, label: string) {
  expect(region.getAttribute('role')).toBe('region');
  expect(region.getAttribute('tabindex')).toBe('0');
  expect(region.getAttribute('aria-label')).toBe(label);
  const axis = region.querySelector('svg.chart-frame-axis')!;
  expect(axis.getAttribute('aria-hidden')).toBe('true');
  // Drawn one unit to a pixel: the plot is as wide as its view box, so nothing is shrunk to the screen.
  const plot = within(region).getByRole('img');
  expect(plot.getAttribute('width')).toBe(plot.getAttribute('viewBox')!.split(' ')[2]);
}

describe('charts on a phone', () => {
  it('the country chart scrolls in a labelled region with the countries’ names beside it', () => {
    render(<CountryChart countries={kpis().countries ?? []} semester="2028-spring" />);
    const region = screen.getByTestId('chart-countries-region');
    expectScrollRegion(region, 'Chart: learners by country, Spring 2028');
    expect(region.querySelector('svg.chart-frame-axis')!.textContent).toContain('Denmark');
    expectLegibleText(region);
  });

  it('the trend chart keeps its value axis in view', () => {
    const points = [
      { semester: '2027-autumn', value: 5 },
      { semester: '2028-spring', value: 6 },
    ];
    render(<TrendChart kpi="enrolledLearners" points={points} id="trend" />, 'da');
    const region = screen.getByRole('region', { name: /^Diagram: .* over semestrene$/ });
    expectScrollRegion(region, region.getAttribute('aria-label')!);
    expect(region.querySelector('svg.chart-frame-axis')!.querySelectorAll('text')).toHaveLength(3);
    expectLegibleText(region);
  });

  it('the portfolio chart keeps the departments in view', () => {
    render(<PortfolioChart departments={portfolio().departments} tableId="portfolio-stage-table" />);
    const region = screen.getByTestId('chart-portfolio-region');
    expectScrollRegion(region, 'Chart: MOOCs per department by stage');
    expect(region.querySelector('svg.chart-frame-axis')!.textContent).toContain(portfolio().departments[0].department);
    expectLegibleText(region);
  });

  it('the charts’ styles set no text under 11 px', () => {
    // Rules for the charts' text: the analytics charts and the plan's Gantt chart (rem: 16 px each).
    const chartRules = STYLES.flatMap((css) => [...css.matchAll(/([^{}]*(?:chart|gantt|likert)[^{}]*)\{([^}]*)\}/g)].map((m) => m[2]));
    const sizes = chartRules.flatMap((body) =>
      [...body.matchAll(/font-size:\s*([\d.]+)(px|rem)/g)].map((m) => Number(m[1]) * (m[2] === 'rem' ? 16 : 1)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((px) => px < 11)).toEqual([]);
  });
});
