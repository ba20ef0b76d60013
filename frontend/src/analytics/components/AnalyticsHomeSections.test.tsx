import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { HomePage } from '../../shared/pages/HomePage';
import { API, portfolio, reviewSummary } from '../../test/analyticsFixtures';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { PortfolioSummary, SemesterReviewsToDecide } from './AnalyticsHomeSections';

describe('SemesterReviewsToDecide', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the open reviews of the latest two ended semesters', async () => {
    const gw = fakeGateway((_m, url) => {
      if (url === `${API}/semester-reviews?semester=2026-spring`) {
        return json([reviewSummary({ semester: '2026-spring' }), reviewSummary({ id: 'r-done', status: 'COMPLETED', outcome: 'CONTINUE' })]);
      }
      if (url === `${API}/semester-reviews?semester=2025-autumn`) return json([reviewSummary({ id: 'r-old', semester: '2025-autumn', title: 'Wind Energy Basics' })]);
      return undefined;
    });
    renderWithProviders(<SemesterReviewsToDecide />, { api: gw.api });
    const section = screen.getByTestId('semester-reviews-to-decide');
    expect(within(section).getByRole('heading', { level: 2, name: 'Semester reviews to decide' })).toBeTruthy();
    const rows = await within(section).findAllByTestId('semester-review-row');
    expect(rows.map((r) => r.getAttribute('data-review-id'))).toEqual([reviewSummary().id, 'r-old']);
    expect(rows.every((r) => r.getAttribute('data-status') === 'OPEN')).toBe(true);
  });

  it('says when nothing waits', async () => {
    const gw = fakeGateway(() => json([]));
    renderWithProviders(<SemesterReviewsToDecide />, { api: gw.api, language: 'da' });
    expect((await screen.findByTestId('semester-reviews-to-decide-empty')).textContent).toBe(
      'Ingen semesterevaluering fra dit institut venter på en afgørelse.',
    );
  });
});

describe('PortfolioSummary', () => {
  it('shows the committee the counts by stage with the way to the portfolio', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio` ? json(portfolio()) : undefined));
    renderWithProviders(<PortfolioSummary />, { api: gw.api });
    expect((await screen.findByTestId('portfolio-summary-stage-PRODUCTION')).getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('portfolio-summary-stage-RETIRED').getAttribute('data-count')).toBe('0');
    expect(screen.getByTestId('open-portfolio').getAttribute('href')).toBe('/portfolio');
  });

  it('is on the committee’s overview, and the board’s overview has its reviews to decide', async () => {
    const gw = fakeGateway((_m, url) => (url.startsWith(`${API}/portfolio`) ? json(portfolio()) : url.startsWith(`${API}/semester-reviews`) ? json([]) : json({ items: [], page: 0, size: 20, total: 0 })));
    const committee: CurrentUser = { id: 'c', name: 'Chris Chair', username: 'chris', roles: ['committee'] };
    const { unmount } = renderWithProviders(<HomePage user={committee} />, { api: gw.api });
    expect(await screen.findByTestId('portfolio-summary')).toBeTruthy();
    expect(screen.queryByTestId('semester-reviews-to-decide')).toBeNull();
    unmount();
    const board: CurrentUser = { id: 'b', name: 'Bo Board', username: 'bo', roles: ['board'], department: 'Compute' };
    renderWithProviders(<HomePage user={board} />, { api: gw.api });
    expect(await screen.findByTestId('semester-reviews-to-decide')).toBeTruthy();
    expect(screen.queryByTestId('portfolio-summary')).toBeNull();
  });
});
