import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { Icon, ICON_NAMES } from './Icon';
import { Skeleton } from './Skeleton';

describe('Skeleton', () => {
  it('is one polite status for screen readers, its shapes hidden from them', () => {
    renderWithI18n(<Skeleton shape="list" count={4} label="Loading proposals…" testId="loading" />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Loading proposals…');
    expect(status.querySelector('.skeleton-body')?.getAttribute('aria-hidden')).toBe('true');
    // A list: a heading, a toolbar and the asked-for rows of four cells.
    expect(status.querySelectorAll('.skeleton-row')).toHaveLength(4);
    expect(status.querySelectorAll('.skeleton-row .skeleton-cell')).toHaveLength(16);
  });

  it('is shaped like the page it stands for, and says "Loading" in the reader’s language by default', () => {
    renderWithI18n(<Skeleton shape="cards" count={2} />, 'da');
    expect(screen.getByRole('status').textContent).toBe('Indlæser…');
    expect(screen.getByRole('status').querySelectorAll('.skeleton-card')).toHaveLength(2);
    expect(screen.getByRole('status').querySelector('.skeleton-row')).toBeNull();
  });
});

describe('Icon', () => {
  it('is decoration without a label and an image with one', () => {
    renderWithI18n(
      <p>
        <Icon name="warning" testId="plain" /> Overdue <Icon name="check" label="Met" testId="labelled" />
      </p>,
    );
    expect(screen.getByTestId('plain').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTestId('plain').getAttribute('focusable')).toBe('false');
    expect(screen.getByRole('img', { name: 'Met' })).toBe(screen.getByTestId('labelled'));
  });

  it('draws every icon with paths only (no text, no emoji)', () => {
    renderWithI18n(
      <div data-testid="all">
        {ICON_NAMES.map((name) => (
          <Icon key={name} name={name} />
        ))}
      </div>,
    );
    const icons = screen.getByTestId('all').querySelectorAll('svg');
    expect(icons).toHaveLength(ICON_NAMES.length);
    for (const icon of Array.from(icons)) {
      expect(icon.querySelectorAll('path').length, icon.getAttribute('data-icon') ?? '').toBeGreaterThan(0);
      expect(icon.textContent).toBe('');
    }
  });
});
