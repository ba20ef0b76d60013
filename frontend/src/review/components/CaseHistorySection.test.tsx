import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/translate';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import type { CaseHistoryEntry } from '../api/reviewQueries';
import { CaseHistorySection } from './CaseHistorySection';

const URL = '/api/review/review-cases/rc-1/history';

const STEPS: CaseHistoryEntry[] = [
  { at: '2026-11-03T09:00:00Z', actor: null, action: 'OPENED', params: { round: '2', version: '3' } },
  {
    at: '2026-11-04T10:15:00Z',
    actor: { username: 'chris', name: 'Chris Chair' },
    action: 'MEMBER_ASSIGNED',
    params: { member: 'Kirsten Holt', automaticConflict: 'ON_TEAM' },
  },
  {
    at: '2026-11-20T14:30:00Z',
    actor: { username: 'chris', name: 'Chris Chair' },
    action: 'DECIDED_BELOW_QUORUM',
    params: { outcome: 'APPROVED', assessments: '1', quorum: '2', reason: 'Two members fell ill.' },
  },
];

function renderHistory(roles: Role[], language: Language = 'en') {
  const gw = fakeGateway((method, url) => (method === 'GET' && url === URL ? json(STEPS) : undefined));
  renderWithProviders(<CaseHistorySection caseId="rc-1" roles={roles} />, { api: gw.api, language });
  return gw;
}

/** Each entry as "what · who · when". */
async function entries() {
  const items = await screen.findAllByTestId('case-history-entry');
  return items.map((li) =>
    [li.querySelector('.timeline-action')!.textContent, li.querySelector('.timeline-actor')!.textContent, li.querySelector('time')!.textContent].join(' · '),
  );
}

describe('CaseHistorySection', () => {
  it('is collapsed and unread until opened, then tells who did what when in English', async () => {
    const gw = renderHistory(['committee']);
    const section = screen.getByTestId('case-history');
    expect(within(section).getByRole('heading', { level: 2, name: 'History' })).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Show the case’s history' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(gw.calls.filter((c) => c.url === URL)).toHaveLength(0);

    await userEvent.setup().click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the case’s history');
    expect(await entries()).toEqual([
      `Round 2 opened on version 3 of the proposal · by the platform · ${formatDateTime('en-GB', STEPS[0].at)}`,
      `Kirsten Holt assigned. Conflict of interest flagged: On the proposal’s team · by Chris Chair · ${formatDateTime('en-GB', STEPS[1].at)}`,
      `Approved with 1 of 2 assessments, below the quorum. Reason: Two members fell ill. · by Chris Chair · ${formatDateTime('en-GB', STEPS[2].at)}`,
    ]);
    expect(screen.getAllByTestId('case-history-entry').map((li) => li.getAttribute('data-action'))).toEqual(['OPENED', 'MEMBER_ASSIGNED', 'DECIDED_BELOW_QUORUM']);
    expect(screen.getAllByTestId('case-history-entry')[2].querySelector('time')!.getAttribute('dateTime')).toBe('2026-11-20T14:30:00Z');
    expect(gw.calls.filter((c) => c.url === URL)).toHaveLength(1);
  });

  it('speaks Danish, with Danish dates', async () => {
    renderHistory(['admin'], 'da');
    expect(screen.getByRole('heading', { level: 2, name: 'Historik' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vis sagens historik' }));
    const danish = await entries();
    expect(danish).toEqual([
      `Runde 2 åbnet for version 3 af forslaget · af platformen · ${formatDateTime('da-DK', STEPS[0].at)}`,
      `Kirsten Holt tilknyttet. Inhabilitet markeret: På forslagets team · af Chris Chair · ${formatDateTime('da-DK', STEPS[1].at)}`,
      `Godkendt med 1 af 2 bedømmelser, under beslutningsdygtigheden. Begrundelse: Two members fell ill. · af Chris Chair · ${formatDateTime('da-DK', STEPS[2].at)}`,
    ]);
    // The locale's own date, not the English one.
    expect(formatDateTime('da-DK', STEPS[2].at)).not.toBe(formatDateTime('en-GB', STEPS[2].at));
  });

  it('is not offered to roles the review document does not allow to read it', () => {
    const gw = renderHistory(['instructor', 'board']);
    expect(screen.queryByTestId('case-history')).toBeNull();
    expect(gw.calls).toHaveLength(0);
  });
});
