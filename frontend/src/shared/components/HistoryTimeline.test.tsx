import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { history } from '../../test/fixtures';
import { renderWithI18n } from '../../test/render';
import { HistoryTimeline } from './HistoryTimeline';

describe('HistoryTimeline', () => {
  it('is an ordered list, oldest first, with translated actions, dates per locale and details', () => {
    renderWithI18n(
      <>
        <h2 id="h">History</h2>
        <HistoryTimeline entries={history()} labelledBy="h" />
      </>,
    );
    const list = screen.getByRole('list', { name: 'History' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.querySelector('.timeline-action')?.textContent)).toEqual([
      'Draft created',
      'Edited',
      'Submitted to the steering committee',
    ]);
    expect(items[0].textContent).toContain('by Ida Instructor');
    expect(items[1].textContent).toContain('Changed: Title, Team');

    const time = items[2].querySelector('time')!;
    expect(time.getAttribute('dateTime')).toBe('2026-11-03T08:15:00Z');
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-11-03T08:15:00Z'),
    );
    expect(time.textContent).toBe(expected);
  });

  it('renders in Danish and copes with unknown actions and missing details', () => {
    renderWithI18n(
      <HistoryTimeline
        entries={[
          ...history(),
          { at: '2026-12-01T09:00:00Z', actorName: 'Carl Chair', action: 'ARCHIVED', detail: null },
          { at: '2026-12-02T09:00:00Z', actorName: 'Hans Head', action: 'HEAD_SIGNED', detail: null },
          { at: '2026-12-03T09:00:00Z', actorName: 'Ida Instructor', action: 'SIGNATURE_VOIDED', detail: 'Changed: summary' },
        ]}
      />,
      'da',
    );
    const items = screen.getAllByTestId('history-entry');
    expect(items[0].textContent).toContain('Kladde oprettet');
    expect(items[0].textContent).toContain('af Ida Instructor');
    expect(items[1].textContent).toContain('Ændret: Titel, Team');
    expect(items[3].textContent).toContain('Anden hændelse (ARCHIVED)');
    expect(items[4].textContent).toContain('Underskrevet af institutlederen');
    expect(items[5].textContent).toContain('Institutlederens underskrift bortfaldt efter en ændring');
    expect(items[5].textContent).toContain('Ændret: Resumé');
    expect(items[3].querySelector('.timeline-detail')).toBeNull();
    const expected = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-12-01T09:00:00Z'),
    );
    expect(items[3].querySelector('time')!.textContent).toBe(expected);
  });

  it('says so when nothing has happened', () => {
    renderWithI18n(<HistoryTimeline entries={[]} />);
    expect(screen.getByTestId('history-empty').textContent).toBe('Nothing has happened yet.');
  });
});
