import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewCase } from '../api/reviewTypes';
import { attachment, caseMember, reviewCase } from '../../test/fixtures';
import { fakeGateway, json, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ReviewCasePage } from './ReviewCasePage';

const ID = 'rc-1';
const URL = `/api/review/review-cases/${ID}`;
const MOOC = '7b0e3c1e-0000-4000-8000-000000000002';
const PROPOSAL = `/api/proposal/proposals/${MOOC}`;

/** Version 3 as proposal-service froze it: the fields the review case itself does not keep. */
const VERSION_3 = {
  title: 'Wind Energy Basics',
  topic: 'Wind energy',
  summary: 'The physics and engineering of wind turbines.',
  targetLearners: 'Engineering students worldwide',
  impactPotential: 'Trains the engineers the energy transition needs.',
  expectedEnrolments: 4000,
  uniqueness: 'No Coursera course covers turbine aerodynamics.',
  researchEnvironment: 'The department’s wind tunnel and test site.',
  teacherBackground: 'Ten years of teaching aerodynamics; 40 papers.',
  newContent: true,
  courseCode: null,
  phases: 'Spring: scripts. Autumn: recordings.',
  plannedLaunchSemester: '2027-autumn',
  team: [{ name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' }],
  resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
};

interface Options {
  version?: 'ok' | 'missing';
  /** The proposal has a version after the case's (a revision being written). */
  movedOn?: boolean;
}

/** review-service and proposal-service behind the real client: the case, and the application's versions and files. */
function server(reviewCaseState: { current: ReviewCase }, { version = 'ok', movedOn = false }: Options = {}, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === URL) return json(reviewCaseState.current);
    if (url === `${URL}/discussion`) return json([]);
    if (url === '/api/review/committee/members') return json([]);
    if (url === `${PROPOSAL}/versions/3` && version === 'ok') return json(VERSION_3);
    if (url === `${PROPOSAL}/versions`) {
      return json([
        { number: 1, contentHash: 'a'.repeat(64), submittedAt: '2026-05-01T10:00:00Z', current: false },
        { number: 2, contentHash: 'b'.repeat(64), submittedAt: '2026-08-01T10:00:00Z', current: false },
        { number: 3, contentHash: 'c'.repeat(64), submittedAt: '2026-11-01T10:00:00Z', current: !movedOn },
        ...(movedOn ? [{ number: 4, contentHash: 'd'.repeat(64), submittedAt: null, current: true }] : []),
      ]);
    }
    if (url === `${PROPOSAL}/diff?from=2&to=3`) {
      return json({
        from: 2,
        to: 3,
        changes: [{ field: 'resources', before: { staffHours: 200, assistants: 1, videoBudgetDkk: 20000 }, after: VERSION_3.resources }],
        boardApprovalNeeded: false,
        headSignatureNeeded: true,
      });
    }
    if (url === `${PROPOSAL}/attachments`) return json([attachment()]);
    return undefined;
  });
}

const secondRound = (overrides: Partial<ReviewCase> = {}) =>
  reviewCase({
    round: 3,
    proposalVersion: 3,
    previousRound: { round: 2, outcome: 'REVISION_REQUESTED', comments: 'Strengthen the resource plan.' },
    ...overrides,
  });

function renderCase(gw: ReturnType<typeof server>, username: string, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ReviewCasePage id={ID} username={username} />, { api: gw.api, language, route: `/review-cases/${ID}` });
}

describe('ReviewCasePage: the evidence beside the assessment', () => {
  it('shows the whole application of the round’s version, per criterion, with the changes since the previous round and the files', async () => {
    const state = { current: secondRound({ members: [caseMember({ declaration: 'NO_CONFLICT' })], permissions: ['DECLARE', 'ASSESS', 'DISCUSS'] }) };
    const gw = server(state);
    renderCase(gw, 'cathy');
    const evidence = await screen.findByTestId('case-proposal');
    await within(evidence).findByText('Engineering students worldwide');
    for (const text of [
      'Trains the engineers the energy transition needs.',
      'No Coursera course covers turbine aerodynamics.',
      'The department’s wind tunnel and test site.',
      'Ten years of teaching aerodynamics; 40 papers.',
      'Spring: scripts. Autumn: recordings.',
    ]) {
      expect(evidence.textContent, text).toContain(text);
    }
    // Each criterion's fields under its own heading.
    const topic = within(evidence).getByRole('region', { name: 'Scored under “Topic”' });
    expect(within(topic).getByTestId('evidence-uniqueness').textContent).toContain('No Coursera course covers turbine aerodynamics.');
    const teacher = within(evidence).getByRole('region', { name: 'Scored under “Teacher”' });
    expect(within(teacher).getByTestId('evidence-teacherBackground')).toBeTruthy();
    expect(within(teacher).getByTestId('team-table')).toBeTruthy();

    // The changes since round 2, and the changed field marked in words.
    const changes = await within(evidence).findByTestId('evidence-change');
    expect(changes.getAttribute('data-field')).toBe('resources');
    expect(changes.textContent).toContain('20,000');
    expect(within(evidence).getByTestId('evidence-changes-count').textContent).toBe(
      '1 field changed since version 2, which the previous round decided on.',
    );
    expect(within(evidence).getByTestId('evidence-resources').getAttribute('data-changed')).toBe('true');
    expect(within(within(evidence).getByTestId('evidence-resources')).getByTestId('changed-tag').textContent).toBe('Changed since the last round');
    expect(within(evidence).getByTestId('evidence-uniqueness').getAttribute('data-changed')).toBeNull();

    // The attached files, to download.
    const file = await within(evidence).findByTestId('evidence-attachment');
    expect(file.textContent).toContain('course-outline.pdf');
    expect(within(file).getByRole('button', { name: 'Download “course-outline.pdf”' })).toBeTruthy();
    expect(screen.queryByTestId('attachments-moved-on')).toBeNull();

    // The application and the assessment are two columns of one workspace, the application first.
    const workspace = screen.getByTestId('case-workspace');
    const [first, second] = Array.from(workspace.children);
    expect(first.getAttribute('data-testid')).toBe('case-evidence-column');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('aria-labelledby')).toBe('case-proposal-heading');
    expect(within(second as HTMLElement).getByTestId('assessment-form')).toBeTruthy();
  });

  it('falls back on the case’s own fields when the version cannot be read, leaving out what it does not know', async () => {
    const state = { current: reviewCase({ proposalVersion: 3 }) };
    const gw = server(state, { version: 'missing' });
    renderCase(gw, 'someone');
    const evidence = await screen.findByTestId('case-proposal');
    expect((await within(evidence).findByTestId('evidence-error')).textContent).toContain('The whole application could not be loaded');
    expect(within(evidence).getByTestId('evidence-summary').textContent).toContain('The physics and engineering of wind turbines.');
    expect(within(evidence).queryByTestId('evidence-targetLearners')).toBeNull();
    expect(within(evidence).queryByTestId('evidence-uniqueness')).toBeNull();
    // A first round has no changes to show.
    expect(within(evidence).queryByTestId('evidence-changes')).toBeNull();
  });
});

describe('ReviewCasePage: the attached files', () => {
  const FILE = `${PROPOSAL}/attachments/${attachment().id}`;
  const created: Blob[] = [];

  afterEach(() => {
    created.length = 0;
    delete (globalThis.URL as { createObjectURL?: unknown }).createObjectURL;
    delete (globalThis.URL as { revokeObjectURL?: unknown }).revokeObjectURL;
    vi.restoreAllMocks();
  });

  it('downloads a file with the token, and says when the proposal has moved on since the round', async () => {
    Object.defineProperty(globalThis.URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => (created.push(blob), 'blob:x') });
    Object.defineProperty(globalThis.URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const gw = server({ current: reviewCase({ proposalVersion: 3 }) }, { movedOn: true }, (method, url) =>
      method === 'GET' && url === FILE ? new Response('%PDF-1.7 outline', { status: 200, headers: { 'Content-Type': 'application/pdf' } }) : undefined,
    );
    renderCase(gw, 'cathy');
    expect((await screen.findByTestId('attachments-moved-on')).textContent).toBe(
      'The proposal has changed since this round: these are the files attached to it now.',
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Download “course-outline.pdf”' }));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect(gw.gets(`/attachments/${attachment().id}`)[0].headers.Authorization).toBe('Bearer token');
    expect(await created[0].text()).toBe('%PDF-1.7 outline');
    expect(screen.queryByTestId('evidence-download-error')).toBeNull();
  });

  it('says why a download failed', async () => {
    const gw = server({ current: reviewCase({ proposalVersion: 3 }) }, {}, (method, url) =>
      method === 'GET' && url === FILE ? json({ status: 404, title: 'Not Found', detail: 'The file is gone' }, 404, 'application/problem+json') : undefined,
    );
    renderCase(gw, 'cathy');
    await userEvent.setup().click(await screen.findByTestId('evidence-download'));
    const alert = await screen.findByTestId('evidence-download-error');
    expect(alert.textContent).toContain('The file could not be downloaded');
    expect(alert.textContent).toContain('The file is gone');
  });
});

describe('ReviewCasePage: what’s next, written to the reader', () => {
  it('tells a declared member that they assess next, and takes them to the first score', async () => {
    const state = { current: secondRound({ members: [caseMember({ declaration: 'NO_CONFLICT' })], permissions: ['DECLARE', 'ASSESS', 'DISCUSS'] }) };
    renderCase(server(state), 'cathy');
    const next = await screen.findByTestId('case-next-step');
    expect(within(next).getByRole('heading', { level: 2, name: 'What’s next for you' })).toBeTruthy();
    expect(screen.getByTestId('case-next-text').textContent).toBe('You assess next: score the three criteria with the application beside you.');
    await userEvent.setup().click(within(next).getByRole('link', { name: 'Go to your assessment' }));
    expect(document.activeElement).toBe(screen.getByTestId('score-TOPIC-1'));
  });

  it('lets a committee member volunteer from it', async () => {
    const state = { current: reviewCase({ permissions: ['VOLUNTEER'] }) };
    const gw = server(state, {}, (method, url) => {
      if (method !== 'POST' || url !== `${URL}/members/me`) return undefined;
      state.current = reviewCase({ members: [caseMember({ username: 'kirsten', name: 'Kirsten Holt', volunteered: true })], permissions: ['DECLARE'] });
      return json(state.current);
    });
    renderCase(gw, 'kirsten');
    expect((await screen.findByTestId('case-next-text')).textContent).toBe('You can volunteer to assess this case.');
    await userEvent.setup().click(screen.getByTestId('next-volunteer'));
    await waitFor(() => expect(screen.getByTestId('case-next-text').textContent).toBe('You declare next whether you have a conflict of interest; then you assess the case.'));
    expect(gw.posts(`${URL}/members/me`)).toHaveLength(1);
  });

  it('speaks Danish', async () => {
    const state = { current: reviewCase({ members: [caseMember()], permissions: ['DECLARE'] }) };
    renderCase(server(state), 'cathy', 'da');
    expect((await screen.findByTestId('case-next-text')).textContent).toBe('Du erklærer som det næste, om du er inhabil; derefter bedømmer du sagen.');
    expect(screen.getByRole('link', { name: 'Gå til din erklæring' })).toBeTruthy();
  });
});

describe('ReviewCasePage: a conflict of interest, told to the reader', () => {
  it('tells the chair flagged in a case why they can’t decide it and takes them to the hand-over', async () => {
    const state = {
      current: reviewCase({
        members: [caseMember({ declaration: 'NO_CONFLICT' })],
        permissions: ['ASSIGN', 'HAND_OVER', 'VOLUNTEER'],
      }),
    };
    renderCase(server(state), 'chris');
    const notice = await screen.findByTestId('conflict-notice');
    expect(within(notice).getByRole('heading', { level: 2, name: 'You have a conflict of interest in this case' })).toBeTruthy();
    expect(notice.textContent).toContain('So you can’t assess or decide the case');
    expect(screen.getByTestId('conflict-how').textContent).toContain('Hand the case over to a member without a conflict of interest');
    expect(screen.getByTestId('case-next-text').textContent).toBe(
      'You hand this case over next: with your conflict of interest, a member without one decides it.',
    );
    await userEvent.setup().click(within(notice).getByRole('link', { name: 'Go to handing the case over' }));
    expect(document.activeElement).toBe(screen.getByTestId('acting-chair-select'));
  });

  it('tells a member the reason they declared and that they can change a mistaken declaration', async () => {
    const state = {
      current: reviewCase({
        members: [caseMember({ declaration: 'CONFLICT', declarationReason: 'I co-supervise the instructor’s student.', conflicted: true })],
        chair: { username: 'kirsten', name: 'Kirsten Holt' },
        permissions: ['DECLARE'],
      }),
    };
    renderCase(server(state), 'cathy');
    const notice = await screen.findByTestId('conflict-notice');
    expect(screen.getByTestId('conflict-why').textContent).toBe('You declared it: “I co-supervise the instructor’s student.”.');
    expect(notice.textContent).toContain('So you can’t assess the case');
    expect(screen.getByTestId('conflict-how').textContent).toContain('If you declared it by mistake, change your declaration.');
    expect(screen.getByTestId('case-next-text').textContent).toBe(
      'Nothing waits for you: the other members assess the case and Kirsten Holt decides it, as acting chair.',
    );
  });

  it('shows no notice without a conflict', async () => {
    const state = { current: reviewCase({ permissions: ['ASSIGN', 'HAND_OVER', 'DECIDE'] }) };
    renderCase(server(state), 'chris');
    await screen.findByTestId('case-next-step');
    expect(screen.queryByTestId('conflict-notice')).toBeNull();
  });
});

describe('ReviewCasePage: a decision below the quorum', () => {
  it('says so before sending, requires the reason and sends it as belowQuorumReason', async () => {
    const state = {
      current: reviewCase({
        members: [caseMember({ declaration: 'NO_CONFLICT', assessed: true }), caseMember({ username: 'kirsten', name: 'Kirsten Holt' })],
        quorum: 2,
        permissions: ['DECIDE'],
      }),
    };
    const gw = server(state, {}, (method, url) =>
      method === 'POST' && url === `${URL}/decision` ? json({ ...state.current, status: 'DECIDED', permissions: [] }) : undefined,
    );
    renderCase(gw, 'chris');
    const user = userEvent.setup();
    expect((await screen.findByTestId('case-next-text')).textContent).toBe(
      'You decide next. The quorum asks for 2 assessments, and so far 1 in all: wait for more, or decide now and say why.',
    );
    expect(screen.getByTestId('decision-below-quorum').textContent).toContain('The case has 1 of the 2 assessments');
    await user.click(screen.getByTestId('outcome-APPROVED'));
    await user.type(screen.getByTestId('decision-letter'), 'Dear Ida, approved.');
    await user.click(screen.getByTestId('send-decision'));
    expect((await screen.findByTestId('decision-error-summary')).textContent).toContain(
      'Say why you decide with fewer assessments than the quorum.',
    );
    expect(screen.queryByTestId('confirm-decision')).toBeNull();

    await user.click(within(screen.getByTestId('decision-below-quorum')).getByRole('link', { name: 'Write the reason' }));
    expect(document.activeElement).toBe(screen.getByTestId('decision-below-quorum-reason'));
    await user.type(screen.getByTestId('decision-below-quorum-reason'), 'The launch semester cannot wait.');
    await user.click(screen.getByTestId('send-decision'));
    await user.click(await screen.findByTestId('confirm-decision'));
    await screen.findByTestId('decision-sent');
    expect(gw.posts(`${URL}/decision`)[0].body).toEqual({
      outcome: 'APPROVED',
      comments: null,
      letter: 'Dear Ida, approved.',
      belowQuorumReason: 'The launch semester cannot wait.',
    });
  });
});
