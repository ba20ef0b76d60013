import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { HomePage } from '../../shared/pages/HomePage';
import { API, portfolio } from '../../test/analyticsFixtures';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { PortfolioSummary } from './AnalyticsHomeSections';

describe('PortfolioSummary', () => {
  it('shows the committee the counts by stage with the way to the portfolio', async () => {
    const gw = fakeGateway((_m, url) => (url === `${API}/portfolio` ? json(portfolio()) : undefined));
    renderWithProviders(<PortfolioSummary />, { api: gw.api });
    expect((await screen.findByTestId('portfolio-summary-stage-PRODUCTION')).getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('portfolio-summary-stage-RETIRED').getAttribute('data-count')).toBe('0');
    expect(screen.getByTestId('open-portfolio').getAttribute('href')).toBe('/portfolio');
  });

  it('is on the committee’s overview, not the board’s, whose reviews to decide are tasks in the inbox', async () => {
    const gw = fakeGateway((_m, url) => (url.startsWith(`${API}/portfolio`) ? json(portfolio()) : url.startsWith(`${API}/semester-reviews`) ? json([]) : json({ items: [], page: 0, size: 20, total: 0, totalExact: true })));
    const committee: CurrentUser = { id: 'c', name: 'Chris Chair', username: 'chris', roles: ['committee'] };
    const { unmount } = renderWithProviders(<HomePage user={committee} />, { api: gw.api });
    expect(await screen.findByTestId('portfolio-summary')).toBeTruthy();
    expect(screen.queryByTestId('semester-reviews-to-decide')).toBeNull();
    unmount();
    const board: CurrentUser = { id: 'b', name: 'Bo Board', username: 'bo', roles: ['board'], department: 'Compute' };
    renderWithProviders(<HomePage user={board} />, { api: gw.api });
    expect(await screen.findByTestId('task-inbox')).toBeTruthy();
    expect(screen.queryByTestId('portfolio-summary')).toBeNull();
    expect(screen.queryByTestId('semester-reviews-to-decide')).toBeNull();
    // The board's overview reads no list of semester reviews: its inbox asks analytics-service for the tasks.
    await screen.findByTestId('inbox-count');
    expect(gw.calls.map((c) => c.url).filter((url) => url.includes('/semester-reviews'))).toEqual([]);
  });
});
