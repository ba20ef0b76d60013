import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { API, REVIEW_ID, reviewSummary } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { SemesterReviewsPage } from './SemesterReviewsPage';
import { expectCardTable } from '../test/cardTables';

const BOARD: CurrentUser = { id: 'sub-bo', name: 'Bo Board', username: 'bo', roles: ['board'], department: 'Compute' };
const ADMIN: CurrentUser = { id: 'sub-ann', name: 'Ann Admin', username: 'ann', roles: ['admin'] };

describe('SemesterReviewsPage', () => {
  beforeEach(() => {
    // Only the clock is fake: the latest ended semester on 29 November 2026 is 2026-spring.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the latest ended semester’s reviews with status and outcome', async () => {
    const decided = reviewSummary({ id: 'r-2', moocId: 'm-2', title: 'Wind Energy Basics', status: 'COMPLETED', outcome: 'REVISE', completedAt: '2026-08-15T13:00:00Z' });
    const gw = fakeGateway((_m, url) => (url.startsWith(`${API}/semester-reviews?`) ? json([reviewSummary({ semester: '2026-spring' }), decided]) : undefined));
    renderWithProviders(<SemesterReviewsPage user={BOARD} />, { api: gw.api, route: '/semester-reviews' });
    expect(screen.getByRole('heading', { level: 1, name: 'Semester reviews' })).toBeTruthy();
    expect(screen.getByText(/The semester reviews of Compute’s launched MOOCs/)).toBeTruthy();
    const rows = await screen.findAllByTestId('semester-review-row');
    expectCardTable(screen.getByTestId('semester-reviews-table'));
    expect(rows.map((r) => [r.getAttribute('data-review-id'), r.getAttribute('data-status'), r.getAttribute('data-outcome')])).toEqual([
      [REVIEW_ID, 'OPEN', ''],
      ['r-2', 'COMPLETED', 'REVISE'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(`/semester-reviews/${REVIEW_ID}`);
    expect(within(rows[0]).getByTestId('semester-review-status').textContent).toBe('Open');
    expect(within(rows[0]).getByTestId('semester-review-outcome').textContent).toBe('Not decided yet');
    expect(within(rows[1]).getByTestId('semester-review-outcome').textContent).toBe('Revise');
    expect(screen.getByTestId('semester-reviews-count').textContent).toBe('2 reviews for Spring 2026, 1 of them open.');
    expect(gw.calls[0].url).toBe(`${API}/semester-reviews?semester=2026-spring`);
  });

  it('reads another ended semester from the picker and keeps it in the address', async () => {
    const gw = fakeGateway((_m, url) => (url.startsWith(`${API}/semester-reviews?`) ? json([]) : undefined));
    renderWithProviders(<SemesterReviewsPage user={ADMIN} />, { api: gw.api, route: '/semester-reviews' });
    const picker = screen.getByLabelText('Semester');
    expect(within(picker).getAllByRole('option').slice(0, 3).map((o) => o.getAttribute('value'))).toEqual(['2026-spring', '2025-autumn', '2025-spring']);
    await userEvent.setup().selectOptions(picker, '2025-autumn');
    await waitFor(() => expect(gw.calls.map((c) => c.url)).toContain(`${API}/semester-reviews?semester=2025-autumn`));
    expect(screen.getByTestId('location').textContent).toBe('/semester-reviews?semester=2025-autumn');
    expect((await screen.findByTestId('semester-reviews-empty')).textContent).toBe(
      'There is no semester review for Autumn 2025: no MOOC you can see ran in it.',
    );
  });

  it('shows the server’s reason when the list cannot be read', async () => {
    const gw = fakeGateway(() => problem({ type: 'urn:mooc:problem:validation', detail: '2026-autumn has not ended yet' }, 400));
    renderWithProviders(<SemesterReviewsPage user={BOARD} />, { api: gw.api, route: '/semester-reviews?semester=2026-autumn' });
    // A semester that has not ended is not offered: the latest ended one is read instead.
    expect((await screen.findByTestId('semester-reviews-error')).textContent).toContain('2026-autumn has not ended yet');
    expect(gw.calls[0].url).toBe(`${API}/semester-reviews?semester=2026-spring`);
  });
});
