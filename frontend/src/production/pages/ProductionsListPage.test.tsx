import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway, json } from '../../test/gateway';
import { MOOC_ID, PRODUCTION_URL, production } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { ProductionsListPage } from './ProductionsListPage';
import { expectCardTable } from '../../analytics/test/cardTables';

const LIST = '/api/production/productions';
const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };
const CONSULTANT: CurrentUser = { id: 'sub-carla', name: 'Carla Consultant', username: 'carla', roles: ['consultant'] };

const dateText = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

describe('ProductionsListPage', () => {
  it('lists a consultant every production with department, status, next milestone and overdue count', async () => {
    const summarised = production({
      moocId: 'm-2',
      title: 'Wind Energy Basics',
      department: 'Wind',
      status: 'PLANNING',
      milestones: undefined,
      nextMilestone: { key: 'PLAN_AGREED', name: 'Plan agreed with the consultant', dueDate: '2027-01-14', overdue: null },
      overdueMilestones: 0,
    });
    const planning = production({
      moocId: 'm-3',
      title: 'Ocean Acoustics',
      status: 'PLANNING',
      milestones: undefined,
      nextMilestone: null,
      overdueMilestones: 0,
    });
    const gw = fakeGateway((_method, url) => {
      if (url.startsWith(`${LIST}?`)) return json({ items: [production({ milestones: undefined }), summarised, planning], page: 0, size: 20, total: 3, totalExact: true });
      // The first item carries no plan: the production is read for it.
      if (url === PRODUCTION_URL) return json(production());
      return undefined;
    });
    renderWithProviders(<ProductionsListPage user={CONSULTANT} />, { api: gw.api, route: '/productions' });
    expect(screen.getByRole('heading', { level: 1, name: 'Productions' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Productions with department, status/ });
    const rows = within(table).getAllByTestId('production-row');
    expectCardTable(table);
    expect(rows.map((r) => r.getAttribute('data-mooc-id'))).toEqual([MOOC_ID, 'm-2', 'm-3']);
    // production-service names no next milestone while the plan is being agreed.
    expect(within(rows[2]).getByTestId('production-next-milestone').textContent).toBe('The plan is being agreed');
    expect(within(rows[0]).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(`/productions/${MOOC_ID}`);
    expect(within(rows[0]).getByTestId('production-row-status').textContent).toBe('In production');
    await waitFor(() => expect(within(rows[0]).getByTestId('production-next-milestone').getAttribute('data-key')).toBe('COURSE_OUTLINE'));
    expect(within(rows[0]).getByTestId('production-next-milestone').textContent).toBe(`Course outline, due ${dateText('en-GB', '2027-02-11')} Overdue`);
    expect(within(rows[0]).getByTestId('production-overdue').textContent).toBe('1 overdue');
    expect(within(rows[1]).getByTestId('production-row-status').textContent).toBe('Planning');
    expect(within(rows[1]).getByTestId('production-next-milestone').textContent).toBe(
      `Plan agreed with the consultant, due ${dateText('en-GB', '2027-01-14')}`,
    );
    expect(within(rows[1]).getByTestId('production-overdue').textContent).toBe('None');
    expect(within(rows[1]).getByRole('cell', { name: 'Wind' })).toBeTruthy();
    expect(gw.gets('/productions/m-2')).toHaveLength(0);
    expect(gw.gets('/productions/m-3')).toHaveLength(0);
    expect(gw.gets('/productions')[0].url).toBe(`${LIST}?page=0&size=20`);
  });

  it('calls the instructor’s list “My productions”, in Danish too, and says when it is empty', async () => {
    const gw = fakeGateway(() => json({ items: [], page: 0, size: 20, total: 0, totalExact: true }));
    renderWithProviders(<ProductionsListPage user={INSTRUCTOR} />, { api: gw.api, route: '/productions', language: 'da' });
    expect(screen.getByRole('heading', { level: 1, name: 'Mine produktioner' })).toBeTruthy();
    expect((await screen.findByTestId('productions-empty')).textContent).toBe(
      'Du har ingen MOOC i produktion endnu. Produktionen begynder, når styregruppen godkender et forslag.',
    );
  });
});
