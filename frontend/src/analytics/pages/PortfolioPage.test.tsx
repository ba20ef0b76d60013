import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, COURSE_ID, portfolio, timeline } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { PortfolioMoocPage } from './PortfolioMoocPage';
import { PortfolioPage } from './PortfolioPage';
import { expectCardTable } from '../test/cardTables';

const dkk = (value: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);

describe('PortfolioPage', () => {
  it('shows the counts by stage, the departments as a table and a stacked bar chart, and the resources', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio` ? json(portfolio()) : undefined));
    renderWithProviders(<PortfolioPage />, { api: gw.api, route: '/portfolio' });
    expect(screen.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeTruthy();
    expect((await screen.findByTestId('portfolio-stage-LAUNCHED')).getAttribute('data-count')).toBe('4');
    expect(screen.getByTestId('portfolio-stage-PROPOSAL').textContent).toBe('3 Proposal');
    expect(screen.getByTestId('portfolio-stage-REVIEW').textContent).toBe('1 Committee review');
    expect(screen.getByRole('heading', { level: 2, name: 'MOOCs by stage (11 in all)' })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'MOOCs per department by stage' });
    const compute = within(table).getAllByTestId('portfolio-department')[0];
    expect(within(compute).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '1', '3', '0', '0', '0', '7']);

    const chart = screen.getByTestId('chart-portfolio');
    const svg = within(chart).getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Stacked bar chart of the MOOCs of 2 departments by stage; the table above gives the same numbers.',
    );
    expect(svg.getAttribute('aria-describedby')).toBe('portfolio-stage-table');
    expect(within(chart).getByRole('list', { name: 'Stages, in the order of the bars’ segments' }).textContent).toContain('Production');
    expect(chart.querySelector('[style]')).toBeNull();

    const resources = screen.getAllByTestId('portfolio-resources')[0];
    expect(within(resources).getByTestId('portfolio-committed').textContent).toBe(`Staff hours 400, assistants 3, video budget ${dkk(70000)}`);
    expect(within(resources).getByTestId('portfolio-requested').textContent).toBe(`Staff hours 120, assistants 1, video budget ${dkk(20000)}`);
  });

  it('lists the MOOCs with stage, planned semester, launch slip and overdue milestones, filtered by stage', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio` ? json(portfolio()) : undefined));
    renderWithProviders(<PortfolioPage />, { api: gw.api, route: '/portfolio' });
    const rows = await screen.findAllByTestId('portfolio-mooc');
    expectCardTable(screen.getByTestId('portfolio-moocs'));
    expectCardTable(screen.getByTestId('portfolio-stage-table'));
    expectCardTable(screen.getByTestId('portfolio-resources-table'));
    expect(rows.map((r) => [r.getAttribute('data-mooc-id'), r.getAttribute('data-stage')])).toEqual([
      [COURSE_ID, 'LAUNCHED'],
      ['m-2', 'PRODUCTION'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(`/portfolio/${COURSE_ID}`);
    expect(within(rows[0]).getByTestId('portfolio-mooc-slip').textContent).toBe('14 days late');
    expect(within(rows[0]).getByTestId('portfolio-mooc-overdue').textContent).toBe('2 milestones, up to 5 days overdue');
    expect(within(rows[1]).getByTestId('portfolio-mooc-slip').textContent).toBe('Not launched');
    expect(within(rows[1]).getByTestId('portfolio-mooc-overdue').textContent).toBe('None');
    expect(within(rows[1]).getByText('Spring 2028')).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByLabelText('Show'), 'PRODUCTION');
    expect(screen.getAllByTestId('portfolio-mooc').map((r) => r.getAttribute('data-mooc-id'))).toEqual(['m-2']);
    expect(screen.getByTestId('portfolio-moocs-count').textContent).toBe('1 MOOC');
    expect(screen.getByTestId('location').textContent).toBe('/portfolio?stage=PRODUCTION');
  });

  it('speaks Danish', async () => {
    const gw = fakeGateway(() => json(portfolio()));
    renderWithProviders(<PortfolioPage />, { api: gw.api, route: '/portfolio', language: 'da' });
    expect(screen.getByRole('heading', { level: 1, name: 'Portefølje' })).toBeTruthy();
    expect((await screen.findByTestId('portfolio-stage-WITHDRAWN')).textContent).toBe('1 Trukket tilbage');
    expect(screen.getAllByTestId('portfolio-mooc-slip')[0].textContent).toBe('14 dage forsinket');
  });
});

describe('PortfolioMoocPage', () => {
  it('shows the MOOC’s stage and its timeline as an ordered list with the services in words', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio/${COURSE_ID}/timeline` ? json(timeline()) : undefined));
    renderWithProviders(<PortfolioMoocPage moocId={COURSE_ID} />, { api: gw.api, route: `/portfolio/${COURSE_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Quantum Computing for Engineers' })).toBeTruthy();
    expect(screen.getByTestId('portfolio-mooc-page').getAttribute('data-stage')).toBe('LAUNCHED');
    const list = screen.getByTestId('timeline');
    expect(list.tagName).toBe('OL');
    const entries = within(list).getAllByTestId('timeline-entry');
    expect(entries.map((e) => e.getAttribute('data-service'))).toEqual(['proposal', 'review', 'production', 'analytics']);
    expect(entries[0].textContent).toContain('Proposal drafted by Ida Instructor');
    expect(entries[1].textContent).toContain('Committee review');
    expect(entries[1].textContent).toContain('Steering committee decided: approved (round 1)');
    expect(entries[3].textContent).toContain('Analytics');
    expect(entries[3].textContent).toContain('Semester review Spring 2028: revise');
    expect(within(entries[0]).getByText((_, el) => el?.tagName === 'TIME').getAttribute('datetime')).toBe('2026-09-01');
    expect(screen.getByTestId('back-to-portfolio').getAttribute('href')).toBe('/portfolio');
  });

  it('dates each entry by when it happened in business terms (a launch on its launch date), in Danish', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio/${COURSE_ID}/timeline` ? json(timeline()) : undefined));
    renderWithProviders(<PortfolioMoocPage moocId={COURSE_ID} />, { api: gw.api, route: `/portfolio/${COURSE_ID}`, language: 'da' });
    const entries = within(await screen.findByTestId('timeline')).getAllByTestId('timeline-entry');
    const launched = entries[2];
    const day = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 8, 14)));
    // recorded a week later (2027-09-21), shown on the launch date
    const time = within(launched).getByText((_, el) => el?.tagName === 'TIME');
    expect(time.getAttribute('datetime')).toBe('2027-09-14');
    expect(time.textContent).toBe(day);
    expect(launched.textContent).toContain(`Lanceret på Coursera den ${day}`);
    expect(launched.textContent).not.toContain('2027-09-14');
    expect(entries[0].textContent).toContain('Forslag påbegyndt af Ida Instructor');
    expect(entries[1].textContent).toContain('Styregruppen har truffet afgørelse: godkendt (runde 1)');
    expect(entries[3].textContent).toContain('Semesterevaluering Forår 2028: revidér');
    expect(entries[3].textContent).not.toContain('REVISE');
  });

  it('words an entry whose code this client does not know neutrally, with its values', async () => {
    const data = timeline();
    data.events = [{ ...data.events[0], code: 'COURSE_RENAMED' as never, params: { title: 'Quantum Basics' } }];
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio/${COURSE_ID}/timeline` ? json(data) : undefined));
    renderWithProviders(<PortfolioMoocPage moocId={COURSE_ID} />, { api: gw.api, route: `/portfolio/${COURSE_ID}`, language: 'da' });
    const [entry] = within(await screen.findByTestId('timeline')).getAllByTestId('timeline-entry');
    expect(entry.textContent).toContain('Opdatering: Quantum Basics');
    expect(entry.textContent).not.toContain('COURSE_RENAMED');
  });

  it('says when the MOOC is not in the portfolio', async () => {
    const gw = fakeGateway(() => problem({ title: 'Not found' }, 404));
    renderWithProviders(<PortfolioMoocPage moocId="nope" />, { api: gw.api, route: '/portfolio/nope' });
    expect(await screen.findByTestId('portfolio-mooc-not-found')).toBeTruthy();
  });
});
