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

  it('renders in Danish with the parameters, and an unknown action neutrally with its values', () => {
    renderWithI18n(
      <HistoryTimeline
        entries={[
          ...history(),
          { at: '2026-12-01T09:00:00Z', actorName: 'Carl Chair', action: 'ARCHIVED', params: { box: '7' } },
          { at: '2026-12-02T09:00:00Z', actorName: 'Hans Head', action: 'HEAD_SIGNED', params: { version: '2', contentHash: '3f9a0c4e1b2d', comment: 'Fint.' } },
          { at: '2026-12-03T09:00:00Z', actorName: 'Ida Instructor', action: 'SIGNATURE_VOIDED', params: null },
          { at: '2026-12-04T09:00:00Z', actorName: 'Ida Instructor', action: 'CONSULTATION_RECORDED', params: { date: '2026-12-04' } },
          { at: '2026-12-05T09:00:00Z', actorName: 'Ida Instructor', action: 'ENDORSEMENTS_REQUESTED', params: { version: '3', requested: 'STUDY_BOARD' } },
          { at: '2026-12-06T09:00:00Z', actorName: 'Ida Instructor', action: 'ARCHIVED', params: null },
        ]}
      />,
      'da',
    );
    const items = screen.getAllByTestId('history-entry');
    const detail = (i: number) => items[i].querySelector('.timeline-detail')?.textContent;
    expect(items[0].textContent).toContain('Kladde oprettet');
    expect(items[0].textContent).toContain('af Ida Instructor');
    expect(detail(0)).toBeUndefined();
    expect(detail(1)).toBe('Ændret: Titel, Team');
    expect(detail(2)).toBe('Version 1');
    // an action of a newer server: a neutral word and its values, never the code
    expect(items[3].querySelector('.timeline-action')?.textContent).toBe('Opdatering');
    expect(detail(3)).toBe('7');
    expect(items[3].textContent).not.toContain('ARCHIVED');
    expect(items[4].textContent).toContain('Underskrevet af institutlederen');
    expect(detail(4)).toBe('Version 2 (SHA-256 3f9a0c4e1b2d…): Fint.');
    expect(items[5].textContent).toContain('Institutlederens underskrift bortfaldt efter en ændring');
    expect(detail(5)).toBe('Den underskrevne version blev ændret');
    // a date parameter in the reader's locale, never ISO
    expect(detail(6)).toBe(`Konsultation holdt den ${new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 4)))}`);
    expect(detail(6)).not.toContain('2026-12-04');
    expect(detail(7)).toBe('Version 3 sendt til studienævnet (institutlederens underskrift gælder stadig)');
    expect(items[8].querySelector('.timeline-action')?.textContent).toBe('Opdatering');
    expect(detail(8)).toBeUndefined();
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
