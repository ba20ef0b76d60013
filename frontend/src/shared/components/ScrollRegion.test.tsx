import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { ScrollRegion } from './ScrollRegion';

describe('ScrollRegion', () => {
  it('is a named region the keyboard reaches, wide enough for its chart’s text', async () => {
    renderWithI18n(
      <ScrollRegion label="Enrolled learners by country" minWidth="chart">
        <svg role="img" aria-label="chart" />
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Enrolled learners by country' });
    expect(region.className).toBe('scroll-region scroll-region-chart');
    await userEvent.setup().tab();
    expect(document.activeElement).toBe(region);
  });
});
