import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentInput, DiscussionPost, ReviewCase, ReviewDecisionInput, ReviewPermission } from '../api/reviewTypes';
import { assessment, caseMember, discussionPost, newCode, reviewCase, roster } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ReviewCasePage } from './ReviewCasePage';

const ID = 'rc-1';
const URL = `/api/review/review-cases/${ID}`;

interface State {
  reviewCase: ReviewCase;
  assessments?: Assessment[];
  posts?: DiscussionPost[];
}

/** review-service behind the real client: the case, its assessments and discussion from `state`, the roster. */
function server(state: State, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === URL) return json(state.reviewCase);
    if (url === `${URL}/assessments`) {
      return state.assessments
        ? json(state.assessments)
        : problem({ title: 'Forbidden', detail: 'You see the others’ assessments after submitting your own' }, 403);
    }
    if (url === `${URL}/discussion`) return json(state.posts ?? []);
    if (url === '/api/review/committee/members') return json(roster());
    return undefined;
  });
}

function renderCase(gw: ReturnType<typeof server>, username = 'cathy', language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ReviewCasePage id={ID} username={username} />, { api: gw.api, language, route: `/review-cases/${ID}` });
}

const puts = (gw: ReturnType<typeof server>) => gw.calls.filter((c) => c.method === 'PUT');

describe('ReviewCasePage: the case', () => {
  it('shows the facts, the previous round, the members with their conflicts, the chair and the proposal as submitted', async () => {
    const gw = server({
      reviewCase: reviewCase({
        round: 2,
        proposalVersion: 3,
        previousRound: { round: 1, outcome: 'REVISION_REQUESTED', comments: 'Strengthen the resource plan.' },
        chair: { username: 'chris', name: 'Chris Chair' },
        members: [
          caseMember({ declaration: 'NO_CONFLICT' }),
          caseMember({
            username: 'kirsten',
            name: 'Kirsten Holt',
            department: 'Wind',
            volunteered: true,
            automaticConflict: 'SAME_DEPARTMENT',
            conflicted: true,
          }),
        ],
      }),
    });
    renderCase(gw);
    // Until the case arrives, a placeholder shaped like the page, named for screen readers.
    const loading = screen.getByTestId('review-case-loading');
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent).toBe('Loading the review case…');
    expect(loading.getAttribute('data-shape')).toBe('detail');
    const page = await screen.findByTestId('review-case-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Wind Energy Basics' })).toBeTruthy();
    expect(document.title).toBe('Review: Wind Energy Basics – MOOC Programme Platform');
    expect(screen.getByTestId('case-status').textContent).toBe('Open');
    expect(screen.getByTestId('case-round').textContent).toBe('2');
    expect(screen.getByTestId('case-proposal-link').getAttribute('href')).toBe('/proposals/7b0e3c1e-0000-4000-8000-000000000002');

    const previous = screen.getByTestId('previous-round');
    expect(within(previous).getByRole('heading', { level: 2, name: 'The previous round (round 1)' })).toBeTruthy();
    expect(previous.textContent).toContain('Revision requested');
    expect(previous.textContent).toContain('Strengthen the resource plan.');

    expect(screen.getByTestId('case-chair').textContent).toBe('Deciding chair: Chris Chair');
    const table = screen.getByRole('table', { name: /The members of this case/ });
    expect(table).toBe(screen.getByTestId('case-members'));
    const [cathy, kirsten] = within(table).getAllByTestId('case-member');
    expect(cathy.getAttribute('data-username')).toBe('cathy');
    expect(cathy.getAttribute('data-conflicted')).toBe('false');
    expect(cathy.textContent).toContain('(you)');
    expect(cathy.textContent).toContain('No conflict of interest');
    expect(kirsten.getAttribute('data-conflicted')).toBe('true');
    expect(within(kirsten).getByTestId('automatic-conflict').textContent).toBe(
      'Flagged automatically: Member of the applicant’s department (Wind)',
    );
    expect(kirsten.textContent).toContain('Volunteered');

    const snapshot = within(page).getByTestId('case-proposal');
    expect(within(snapshot).getByRole('heading', { level: 2, name: 'The proposal as submitted (version 3)' })).toBeTruthy();
    expect(snapshot.textContent).toContain('The physics and engineering of wind turbines.');
    expect(within(snapshot).getByTestId('team-table')).toBeTruthy();
    expect(within(snapshot).getByTestId('video-budget').textContent).toContain('35,000');
  });

  it('offers no action without permissions', async () => {
    const gw = server({ reviewCase: reviewCase({ members: [caseMember()], permissions: [] }) });
    renderCase(gw, 'someone');
    await screen.findByTestId('review-case-page');
    for (const testId of [
      'volunteer',
      'assign-member',
      'assign-member-select',
      'hand-over',
      'acting-chair-select',
      'declaration-form',
      'assessment-form',
      'decision-form',
      'discussion-form',
      'assessments',
    ]) {
      expect(screen.queryByTestId(testId), testId).toBeNull();
    }
    expect(screen.getByTestId('assessments-hidden')).toBeTruthy();
    expect(gw.gets('/assessments')).toHaveLength(0);
    expect(gw.gets('/committee/members')).toHaveLength(0);
  });

  it('offers each action exactly with its permission', async () => {
    const member = caseMember({ declaration: 'NO_CONFLICT' });
    const cases: [ReviewPermission, string[]][] = [
      ['VOLUNTEER', ['volunteer']],
      ['ASSIGN', ['assign-member-select', 'assign-member']],
      ['HAND_OVER', ['acting-chair-select', 'hand-over']],
      ['DECLARE', ['declaration-form', 'declare-no-conflict', 'declare-conflict', 'declaration-reason', 'submit-declaration']],
      ['ASSESS', ['assessment-form', 'score-TOPIC-4', 'comment-RESOURCES', 'recommend-REVISE', 'submit-assessment']],
      ['DISCUSS', ['discussion', 'discussion-text', 'post-discussion']],
      ['DECIDE', ['decision-form', 'outcome-APPROVED', 'draft-letter', 'decision-letter', 'decision-comments', 'send-decision']],
    ];
    for (const [permission, testIds] of cases) {
      const other = caseMember({ username: 'kirsten', name: 'Kirsten Holt', declaration: 'NO_CONFLICT' });
      const gw = server({ reviewCase: reviewCase({ members: [member, other], permissions: [permission] }) });
      const { unmount } = renderCase(gw);
      await screen.findByTestId('review-case-page');
      for (const testId of testIds) expect(await screen.findByTestId(testId), `${permission}: ${testId}`).toBeTruthy();
      const others = cases.filter(([p]) => p !== permission).flatMap(([, ids]) => ids);
      for (const testId of others.filter((id) => !testIds.includes(id))) {
        expect(screen.queryByTestId(testId), `${permission} must not show ${testId}`).toBeNull();
      }
      unmount();
    }
  });

  it('explains a review case that does not exist', async () => {
    const gw = fakeGateway();
    renderWithProviders(<ReviewCasePage id="nope" username="cathy" />, { api: gw.api });
    expect(await screen.findByTestId('review-case-not-found')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Review case not found' })).toBeTruthy();
  });

  it('shows values it does not know with generic labels, without failing', async () => {
    const gw = server({
      reviewCase: reviewCase({
        status: newCode('ARCHIVED'),
        members: [caseMember({ declaration: newCode('MAYBE') })],
        previousRound: { round: 1, outcome: newCode('POSTPONED'), comments: null },
        permissions: ['READ_ASSESSMENTS', newCode('TELEPORT')],
        assessmentSummary: {
          criteria: [{ criterion: newCode('IMPACT'), average: 3, spread: 1, count: 2 }],
          average: 3,
          recommendations: { ABSTAIN: 2 },
          assessments: 2,
        },
      }),
      assessments: [assessment({ recommendation: newCode('ABSTAIN'), scores: [{ criterion: newCode('IMPACT'), score: 3, comment: 'Fine.' }] })],
    });
    renderCase(gw);
    expect((await screen.findByTestId('case-status')).textContent).toBe('Other status (ARCHIVED)');
    expect(screen.getByTestId('case-member').textContent).toContain('Other declaration (MAYBE)');
    expect(screen.getByTestId('previous-round').textContent).toContain('Other decision (POSTPONED)');
    const assessments = await screen.findByTestId('assessments');
    expect(await within(assessments).findByTestId('assessment-recommendation')).toBeTruthy();
    expect(within(assessments).getByTestId('assessment-recommendation').textContent).toBe('Other recommendation (ABSTAIN)');
    expect(within(assessments).getAllByText('Other criterion (IMPACT)').length).toBeGreaterThan(0);
  });
});

describe('ReviewCasePage: members and the chair', () => {
  it('assigns a member from the roster, leaving out those already assigned', async () => {
    const state: State = { reviewCase: reviewCase({ members: [caseMember()], permissions: ['ASSIGN'] }) };
    const gw = server(state, (method, url, body) => {
      if (method !== 'POST' || url !== `${URL}/members`) return undefined;
      const { username } = body as { username: string };
      state.reviewCase = reviewCase({
        members: [caseMember(), caseMember({ username, name: 'Kirsten Holt', department: 'Wind' })],
        permissions: ['ASSIGN'],
      });
      return json(state.reviewCase);
    });
    renderCase(gw, 'chris');
    const select = (await screen.findByLabelText(/^Committee member/)) as HTMLSelectElement;
    expect(select).toBe(screen.getByTestId('assign-member-select'));
    await waitFor(() => expect(select.options.length).toBe(3));
    expect([...select.options].map((o) => o.value)).toEqual(['', 'chris', 'kirsten']);

    const user = userEvent.setup();
    await user.click(screen.getByTestId('assign-member'));
    expect(screen.getByTestId('assign-member-select-error').textContent).toContain('Choose a member first.');
    expect(gw.posts()).toHaveLength(0);

    await user.selectOptions(select, 'kirsten');
    await user.click(screen.getByTestId('assign-member'));
    const notice = await screen.findByTestId('case-notice');
    expect(notice.textContent).toBe('Kirsten Holt was assigned to the case.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(gw.posts(`${URL}/members`)[0].body).toEqual({ username: 'kirsten' });
    await waitFor(() => expect(screen.getAllByTestId('case-member')).toHaveLength(2));
    expect([...(screen.getByTestId('assign-member-select') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'chris']);
  });

  it('does not re-read the assessments once the change took the right to read them (the chair joins as a member)', async () => {
    const state: State = {
      reviewCase: reviewCase({ members: [caseMember()], permissions: ['ASSIGN', 'READ_ASSESSMENTS', 'DISCUSS', 'DECIDE'] }),
      assessments: [],
    };
    const gw = server(state, (method, url, body) => {
      if (method !== 'POST' || url !== `${URL}/members`) return undefined;
      const { username } = body as { username: string };
      // a member now, whose own assessment is not in: the scores are hidden from the chair until then
      state.reviewCase = reviewCase({
        members: [caseMember(), caseMember({ username, name: 'Chris Chair', department: 'Compute' })],
        permissions: ['ASSIGN', 'DECLARE', 'DISCUSS', 'DECIDE'],
      });
      state.assessments = undefined;
      return json(state.reviewCase);
    });
    renderCase(gw, 'chris');
    await waitFor(() => expect(gw.gets('/assessments')).toHaveLength(1));
    const select = (await screen.findByLabelText(/^Committee member/)) as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBe(3));
    const user = userEvent.setup();
    await user.selectOptions(select, 'chris');
    await user.click(screen.getByTestId('assign-member'));
    await waitFor(() => expect(screen.getAllByTestId('case-member')).toHaveLength(2));
    expect(gw.gets('/assessments')).toHaveLength(1);
  });

  it('shows the server’s refusal as an alert that takes focus, and at the select', async () => {
    const gw = server({ reviewCase: reviewCase({ permissions: ['ASSIGN'] }) }, (method) =>
      method === 'POST'
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              title: 'Bad Request',
              detail: 'The request is not valid',
              errors: [{ field: 'username', message: 'is not on the committee’s roster' }],
            },
            400,
          )
        : undefined,
    );
    renderCase(gw, 'chris');
    const select = await screen.findByTestId('assign-member-select');
    await waitFor(() => expect((select as HTMLSelectElement).options.length).toBe(4));
    const user = userEvent.setup();
    await user.selectOptions(select, 'cathy');
    await user.click(screen.getByTestId('assign-member'));
    const alert = await screen.findByTestId('case-action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The member could not be assigned');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('assign-member-select-error').textContent).toContain('is not on the committee’s roster');
  });

  it('volunteers and hands the case over to a member without a conflict', async () => {
    const members = [
      caseMember({ declaration: 'NO_CONFLICT' }),
      caseMember({ username: 'kirsten', name: 'Kirsten Holt', conflicted: true, declaration: 'CONFLICT' }),
    ];
    const state: State = { reviewCase: reviewCase({ members, permissions: ['VOLUNTEER', 'HAND_OVER'] }) };
    const gw = server(state, (method, url) => {
      if (method === 'POST' && url === `${URL}/members/me`) {
        state.reviewCase = reviewCase({
          members: [...members, caseMember({ username: 'chris', name: 'Chris Chair', volunteered: true })],
          permissions: ['HAND_OVER', 'DECLARE'],
        });
        return json(state.reviewCase);
      }
      if (method === 'PUT' && url === `${URL}/acting-chair`) {
        state.reviewCase = { ...state.reviewCase, chair: { username: 'cathy', name: 'Cathy Committee' } };
        return json(state.reviewCase);
      }
      return undefined;
    });
    renderCase(gw, 'chris');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Volunteer for this case' }));
    expect((await screen.findByTestId('case-notice')).textContent).toContain('You have joined the case.');
    expect(gw.posts(`${URL}/members/me`)).toHaveLength(1);
    expect(gw.posts(`${URL}/members/me`)[0].body).toBeUndefined();
    expect(screen.queryByTestId('volunteer')).toBeNull();

    const select = screen.getByTestId('acting-chair-select') as HTMLSelectElement;
    // Kirsten has a conflict of interest: she cannot take over.
    expect([...select.options].map((o) => o.value)).toEqual(['', 'cathy', 'chris']);
    await user.selectOptions(select, 'cathy');
    await user.click(screen.getByTestId('hand-over'));
    expect((await screen.findByTestId('case-notice')).textContent).toBe(
      'The case was handed over to Cathy Committee, who now decides it.',
    );
    expect(puts(gw)[0]).toMatchObject({ url: `${URL}/acting-chair`, body: { username: 'cathy' } });
    expect(screen.getByTestId('case-chair').textContent).toBe('Deciding chair: Cathy Committee');
  });
});

describe('ReviewCasePage: declaring a conflict of interest', () => {
  it('requires a reason with a conflict, then sends it', async () => {
    const state: State = { reviewCase: reviewCase({ members: [caseMember()], permissions: ['DECLARE'] }) };
    const gw = server(state, (method, url, body) => {
      if (method !== 'PUT' || url !== `${URL}/members/me/declaration`) return undefined;
      const { conflict, reason } = body as { conflict: boolean; reason: string | null };
      state.reviewCase = reviewCase({
        members: [caseMember({ declaration: conflict ? 'CONFLICT' : 'NO_CONFLICT', declarationReason: reason, conflicted: conflict })],
        permissions: ['DECLARE'],
      });
      return json(state.reviewCase);
    });
    renderCase(gw);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Conflict of interest' });
    expect(form).toBe(screen.getByTestId('declaration-form'));

    await user.click(screen.getByTestId('submit-declaration'));
    const summary = await screen.findByTestId('declaration-error-summary');
    expect(summary.textContent).toContain('Choose whether you have a conflict of interest.');

    await user.click(screen.getByLabelText('I have a conflict of interest'));
    await user.click(screen.getByTestId('submit-declaration'));
    await waitFor(() => expect(screen.getByTestId('declaration-error-summary').textContent).toContain('Explain your conflict of interest.'));
    const reason = screen.getByTestId('declaration-reason');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('declaration-reason-error');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('declaration-error-summary')));
    expect(puts(gw)).toHaveLength(0);

    await user.type(reason, ' I co-supervise a PhD student with the applicant. ');
    await user.click(screen.getByTestId('submit-declaration'));
    expect((await screen.findByTestId('case-notice')).textContent).toContain('you have a conflict of interest');
    expect(puts(gw)[0].body).toEqual({ conflict: true, reason: 'I co-supervise a PhD student with the applicant.' });
    expect(screen.getByTestId('case-member').getAttribute('data-conflicted')).toBe('true');
  });

  it('declares no conflict without a reason', async () => {
    const gw = server({ reviewCase: reviewCase({ members: [caseMember()], permissions: ['DECLARE'] }) }, (method) =>
      method === 'PUT'
        ? json(reviewCase({ members: [caseMember({ declaration: 'NO_CONFLICT' })], permissions: ['DECLARE', 'ASSESS'] }))
        : undefined,
    );
    renderCase(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('declare-no-conflict'));
    await user.click(screen.getByTestId('submit-declaration'));
    expect((await screen.findByTestId('case-notice')).textContent).toBe(
      'Your declaration was saved: no conflict of interest. You can assess the case now.',
    );
    expect(puts(gw)[0].body).toEqual({ conflict: false, reason: null });
    expect(await screen.findByTestId('assessment-form')).toBeTruthy();
  });
});

describe('ReviewCasePage: the assessment', () => {
  const open = () => reviewCase({ members: [caseMember({ declaration: 'NO_CONFLICT' })], permissions: ['ASSESS', 'DISCUSS'] });

  it('has a fieldset per criterion with its description and the scale, and requires every score, comment and the recommendation', async () => {
    const gw = server({ reviewCase: open() });
    renderCase(gw);
    const form = await screen.findByRole('form', { name: 'Your assessment' });
    const topic = within(form).getByRole('group', { name: 'Topic' });
    expect(topic.getAttribute('aria-describedby')).toBe('criterion-TOPIC-description');
    expect(document.getElementById('criterion-TOPIC-description')?.textContent).toBe(
      '(a) The topic is unique in a Coursera context and/or anchored in a strong research environment.',
    );
    const scale = within(topic).getByRole('group', { name: 'Topic: score' });
    expect(within(scale).getAllByRole('radio').map((r) => r.closest('.radio')?.textContent)).toEqual([
      '1 – insufficient',
      '2 – weak',
      '3 – adequate',
      '4 – strong',
      '5 – excellent',
    ]);
    expect(within(form).getByRole('group', { name: 'Teacher' })).toBeTruthy();
    expect(within(form).getByRole('group', { name: 'Resources' })).toBeTruthy();
    expect(screen.getByLabelText(/^Resources: comment/)).toBe(screen.getByTestId('comment-RESOURCES'));

    const user = userEvent.setup();
    await user.click(screen.getByTestId('score-TOPIC-4'));
    await user.type(screen.getByTestId('comment-TOPIC'), 'Unique angle.');
    await user.click(screen.getByTestId('submit-assessment'));
    const summary = await screen.findByTestId('assessment-error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const items = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(items).toEqual([
      'Teacher: score: Choose a score from 1 to 5.',
      'Teacher: comment: Explain your score in a comment.',
      'Resources: score: Choose a score from 1 to 5.',
      'Resources: comment: Explain your score in a comment.',
      'Recommendation: Choose your recommendation.',
    ]);
    expect(screen.getByTestId('score-TEACHER-1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('score-TOPIC-1').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('comment-RESOURCES').getAttribute('aria-describedby')).toContain('comment-RESOURCES-error');
    expect(puts(gw)).toHaveLength(0);

    await user.click(within(summary).getAllByRole('link')[1]);
    expect(document.activeElement).toBe(screen.getByTestId('comment-TEACHER'));
  });

  it('sends one score and comment per criterion with the recommendation, then shows the assessments', async () => {
    const state: State = { reviewCase: open() };
    const gw = server(state, (method, url, body) => {
      if (method !== 'PUT' || url !== `${URL}/assessments/me`) return undefined;
      const input = body as AssessmentInput;
      state.assessments = [assessment({ scores: input.scores, recommendation: input.recommendation, updatedAt: '2026-11-07T10:00:00Z' })];
      state.reviewCase = reviewCase({
        members: [caseMember({ declaration: 'NO_CONFLICT', assessed: true })],
        permissions: ['ASSESS', 'READ_ASSESSMENTS', 'DISCUSS'],
        scoresHidden: false,
        assessmentSummary: {
          criteria: [
            { criterion: 'TOPIC', average: 4, spread: 0, count: 1 },
            { criterion: 'TEACHER', average: 5, spread: 0, count: 1 },
            { criterion: 'RESOURCES', average: 2, spread: 0, count: 1 },
          ],
          average: 3.67,
          recommendations: { APPROVE: 0, REVISE: 1, REJECT: 0 },
          assessments: 1,
        },
      });
      return json(state.reviewCase);
    });
    renderCase(gw);
    const user = userEvent.setup();
    await screen.findByTestId('assessment-form');
    expect(screen.getByTestId('assessments-hidden').textContent).toBe('You see the others’ assessments after submitting your own.');
    await user.click(screen.getByTestId('score-TOPIC-4'));
    await user.type(screen.getByTestId('comment-TOPIC'), ' Unique angle. ');
    await user.click(screen.getByTestId('score-TEACHER-5'));
    await user.type(screen.getByTestId('comment-TEACHER'), 'Award-winning teacher.');
    await user.click(screen.getByTestId('score-RESOURCES-2'));
    await user.type(screen.getByTestId('comment-RESOURCES'), 'Thin video budget.');
    await user.click(screen.getByTestId('recommend-REVISE'));
    await user.click(screen.getByRole('button', { name: 'Submit assessment' }));

    expect((await screen.findByTestId('case-notice')).textContent).toBe(
      'Your assessment was saved. You can change it until the case is decided.',
    );
    expect(puts(gw)).toHaveLength(1);
    expect(puts(gw)[0].url).toBe(`${URL}/assessments/me`);
    expect(puts(gw)[0].body).toEqual({
      scores: [
        { criterion: 'TOPIC', score: 4, comment: 'Unique angle.' },
        { criterion: 'TEACHER', score: 5, comment: 'Award-winning teacher.' },
        { criterion: 'RESOURCES', score: 2, comment: 'Thin video budget.' },
      ],
      recommendation: 'REVISE',
    });

    const section = await screen.findByTestId('assessments');
    const summary = within(section).getByTestId('case-summary');
    expect(within(summary).getByTestId('summary-overall').textContent).toBe('3.67');
    expect(within(summary).getAllByTestId('summary-criterion').map((r) => r.textContent)).toEqual([
      'Topic4.001',
      'Teacher5.001',
      'Resources2.001',
    ]);
    expect(within(summary).getByText('Revise: 1')).toBeTruthy();
    const mine = await within(section).findByTestId('assessment');
    expect(mine.getAttribute('data-username')).toBe('cathy');
    expect(mine.textContent).toContain('5 – excellent');
    expect(mine.textContent).toContain('Award-winning teacher.');
    // The form now changes the assessment given.
    expect(await screen.findByRole('button', { name: 'Save changes to your assessment' })).toBeTruthy();
    expect((screen.getByTestId('score-RESOURCES-2') as HTMLInputElement).checked).toBe(true);
  });

  it('maps the server’s field errors (scores[1].score, scores[0].comment) onto the right criteria', async () => {
    const gw = server({ reviewCase: open() }, (method) =>
      method === 'PUT'
        ? problem(
            {
              type: 'urn:mooc:problem:validation',
              title: 'Bad Request',
              errors: [
                { field: 'assess.input.scores[1].score', message: 'must be less than or equal to 5' },
                { field: 'scores[0].comment', message: 'size must be between 0 and 4000' },
                { field: 'recommendation', message: 'must not be null' },
              ],
            },
            400,
          )
        : undefined,
    );
    renderCase(gw);
    const user = userEvent.setup();
    await screen.findByTestId('assessment-form');
    for (const c of ['TOPIC', 'TEACHER', 'RESOURCES']) {
      await user.click(screen.getByTestId(`score-${c}-3`));
      await user.type(screen.getByTestId(`comment-${c}`), 'ok');
    }
    await user.click(screen.getByTestId('recommend-APPROVE'));
    await user.click(screen.getByTestId('submit-assessment'));
    const summary = await screen.findByTestId('assessment-error-summary');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Topic: comment: size must be between 0 and 4000',
      'Teacher: score: must be less than or equal to 5',
      'Recommendation: must not be null',
    ]);
    expect(screen.getByTestId('score-TEACHER-error').textContent).toContain('must be less than or equal to 5');
    expect(screen.getByTestId('comment-TOPIC').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('comment-TEACHER').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it('is filled with the member’s own assessment when they have assessed', async () => {
    const gw = server({
      reviewCase: reviewCase({
        members: [caseMember({ declaration: 'NO_CONFLICT', assessed: true })],
        permissions: ['ASSESS', 'READ_ASSESSMENTS'],
        scoresHidden: false,
      }),
      assessments: [assessment({ username: 'kirsten', name: 'Kirsten Holt', recommendation: 'REJECT' }), assessment()],
    });
    renderCase(gw);
    await screen.findByTestId('assessment-form');
    expect((screen.getByTestId('score-TOPIC-4') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('score-TEACHER-5') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('comment-RESOURCES') as HTMLTextAreaElement).value).toBe('Thin video budget.');
    expect((screen.getByTestId('recommend-APPROVE') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByTestId('assessment')).toHaveLength(2);
  });
});

describe('ReviewCasePage: hidden assessments and the discussion', () => {
  it('hides the assessments and the discussion from a member with a conflict of interest', async () => {
    const gw = server({
      reviewCase: reviewCase({
        members: [caseMember({ declaration: 'CONFLICT', declarationReason: 'Co-author', conflicted: true })],
        permissions: ['DECLARE'],
      }),
    });
    renderCase(gw);
    const hidden = await screen.findByTestId('assessments-hidden');
    expect(hidden.textContent).toBe('You have a conflict of interest in this case, so its assessments and scores are hidden from you.');
    expect(screen.getByTestId('discussion-hidden').textContent).toBe(
      'You have a conflict of interest in this case, so its discussion is hidden from you.',
    );
    expect(screen.queryByTestId('discussion')).toBeNull();
    expect(screen.queryByTestId('discussion-post')).toBeNull();
    expect(gw.gets('/assessments')).toHaveLength(0);
    expect(gw.gets('/discussion')).toHaveLength(0);
  });

  it('asks a member to declare before assessing', async () => {
    const gw = server({ reviewCase: reviewCase({ members: [caseMember()], permissions: ['DECLARE', 'DISCUSS'] }) });
    renderCase(gw);
    expect((await screen.findByTestId('assessment-declare-first')).textContent).toBe(
      'Declare whether you have a conflict of interest before you assess the case.',
    );
    expect(screen.getByTestId('assessments-hidden').getAttribute('data-reason')).toBe('notAssessed');
  });

  it('shows the posts and adds one', async () => {
    const state: State = { reviewCase: reviewCase({ members: [caseMember()], permissions: ['DISCUSS'] }), posts: [discussionPost()] };
    const gw = server(state, (method, url, body) => {
      if (method !== 'POST' || url !== `${URL}/discussion`) return undefined;
      const post = discussionPost({ id: 'post-2', author: { username: 'cathy', name: 'Cathy Committee' }, text: (body as { text: string }).text });
      state.posts = [...(state.posts ?? []), post];
      return json(post);
    });
    renderCase(gw);
    const section = await screen.findByTestId('discussion');
    expect((await within(section).findAllByTestId('discussion-post'))[0].textContent).toContain('The resource plan looks thin');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('post-discussion'));
    expect((await screen.findByTestId('discussion-error-summary')).textContent).toContain('Write your post first.');
    expect(gw.posts()).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Your post/), ' Agreed; ask for 60 more hours. ');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect((await screen.findByTestId('case-notice')).textContent).toBe('Your post was added to the discussion.');
    expect(gw.posts(`${URL}/discussion`)[0].body).toEqual({ text: 'Agreed; ask for 60 more hours.' });
    await waitFor(() => expect(screen.getAllByTestId('discussion-post')).toHaveLength(2));
    expect((screen.getByTestId('discussion-text') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('ReviewCasePage: the decision', () => {
  const deciding = () =>
    reviewCase({
      chair: { username: 'chris', name: 'Chris Chair' },
      members: [caseMember({ declaration: 'NO_CONFLICT', assessed: true })],
      permissions: ['READ_ASSESSMENTS', 'DISCUSS', 'DECIDE'],
      scoresHidden: false,
    });

  it('drafts the letter for the chosen outcome into the letter box', async () => {
    const gw = server({ reviewCase: deciding(), assessments: [assessment()] }, (method, url) =>
      method === 'GET' && url.startsWith(`${URL}/decision/draft`)
        ? json({ outcome: 'APPROVED', letter: 'Dear Ida Instructor,\n\nThe steering committee approves …' })
        : undefined,
    );
    renderCase(gw, 'chris');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('draft-letter'));
    expect((await screen.findByTestId('decision-error-summary')).textContent).toContain(
      'Choose the decision before you draft the letter.',
    );
    expect(gw.gets('/decision/draft')).toHaveLength(0);

    await user.click(screen.getByLabelText('Approved'));
    await user.click(screen.getByRole('button', { name: 'Draft the letter' }));
    await waitFor(() =>
      expect((screen.getByTestId('decision-letter') as HTMLTextAreaElement).value).toBe(
        'Dear Ida Instructor,\n\nThe steering committee approves …',
      ),
    );
    expect(gw.gets('/decision/draft')[0].url).toBe(`${URL}/decision/draft?outcome=APPROVED`);
    expect(screen.getByTestId('letter-drafted').textContent).toContain('The letter was drafted for “Approved”.');
    expect(screen.queryByTestId('decision-error-summary')).toBeNull();
  });

  it('requires comments to request a revision, confirms, sends and shows the decision', async () => {
    const state: State = { reviewCase: deciding(), assessments: [assessment()] };
    const gw = server(state, (method, url, body) => {
      if (method !== 'POST' || url !== `${URL}/decision`) return undefined;
      const input = body as ReviewDecisionInput;
      state.reviewCase = {
        ...deciding(),
        status: 'DECIDED',
        permissions: ['READ_ASSESSMENTS'],
        decision: {
          outcome: input.outcome,
          comments: input.comments ?? null,
          letter: input.letter,
          decidedAt: '2026-11-20T10:00:00Z',
          decidedBy: { username: 'chris', name: 'Chris Chair' },
        },
      };
      return json(state.reviewCase);
    });
    renderCase(gw, 'chris');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('outcome-REVISION_REQUESTED'));
    await user.type(screen.getByTestId('decision-letter'), 'Dear Ida, please revise.');
    await user.click(screen.getByTestId('send-decision'));
    const summary = await screen.findByTestId('decision-error-summary');
    expect(summary.textContent).toContain('Write comments that explain the decision to request a revision or to reject.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByTestId('decision-comments').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('confirm-decision')).toBeNull();

    await user.type(screen.getByLabelText(/^Comments/), 'Strengthen the resource plan.');
    await user.click(screen.getByTestId('send-decision'));
    const confirm = await screen.findByTestId('confirm-decision');
    expect(screen.getByTestId('decision-confirm').textContent).toContain(
      'Send the decision “Revision requested” and e-mail the letter to Ida Instructor? This cannot be undone.',
    );
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(gw.posts()).toHaveLength(0);
    await user.click(confirm);

    const sent = await screen.findByTestId('decision-sent');
    expect(sent.getAttribute('role')).toBe('status');
    expect(sent.textContent).toBe('The decision was sent: Revision requested. The letter was e-mailed to the instructor.');
    expect(gw.posts(`${URL}/decision`)[0].body).toEqual({
      outcome: 'REVISION_REQUESTED',
      comments: 'Strengthen the resource plan.',
      letter: 'Dear Ida, please revise.',
    });
    expect(screen.queryByTestId('decision-form')).toBeNull();
    const decided = screen.getByTestId('case-decision');
    expect(decided.getAttribute('data-outcome')).toBe('REVISION_REQUESTED');
    expect(within(decided).getByTestId('case-decision-letter').tagName).toBe('PRE');
    expect(within(decided).getByTestId('case-decision-by').textContent).toContain('Chris Chair');
    expect(screen.getByTestId('case-status').textContent).toBe('Decided');
  });

  it('shows the server’s field errors at the fields, and a refusal (409 decided already) as an alert', async () => {
    let attempts = 0;
    const gw = server({ reviewCase: deciding() }, (method) => {
      if (method !== 'POST') return undefined;
      attempts += 1;
      return attempts === 1
        ? problem({ title: 'Bad Request', errors: [{ field: 'decide.input.letter', message: 'must not be blank' }] }, 400)
        : problem({ type: 'urn:mooc:problem:illegal-transition', title: 'Conflict', detail: 'The case is already decided' }, 409);
    });
    renderCase(gw, 'chris');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('outcome-APPROVED'));
    await user.type(screen.getByTestId('decision-letter'), 'Dear Ida');
    await user.click(screen.getByTestId('send-decision'));
    await user.click(await screen.findByTestId('confirm-decision'));
    expect((await screen.findByTestId('decision-letter-error')).textContent).toContain('must not be blank');

    const casesRead = gw.gets(URL).length;
    await user.click(screen.getByTestId('send-decision'));
    await user.click(await screen.findByTestId('confirm-decision'));
    const alert = await screen.findByTestId('case-action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The decision could not be sent');
    expect(alert.textContent).toContain('The case is already decided');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByTestId('decision-sent')).toBeNull();
    // The case is read again: someone may have decided it meanwhile.
    await waitFor(() => expect(gw.gets(URL).length).toBeGreaterThan(casesRead));
  });

  it('shows a decided case with its letter in Danish', async () => {
    const gw = server({
      reviewCase: reviewCase({
        status: 'DECIDED',
        decision: {
          outcome: 'APPROVED',
          comments: null,
          letter: 'Kære Ida',
          decidedAt: '2026-11-20T10:00:00Z',
          decidedBy: { username: 'chris', name: 'Chris Chair' },
        },
      }),
    });
    renderCase(gw, 'chris', 'da');
    const decided = await screen.findByTestId('case-decision');
    expect(within(decided).getByRole('heading', { level: 2, name: 'Afgørelsen' })).toBeTruthy();
    expect(within(decided).getByTestId('case-decision-outcome').textContent).toBe('Godkendt');
    expect(within(decided).getByRole('region', { name: 'Brevet, der blev sendt til underviseren' }).textContent).toBe('Kære Ida');
    expect(screen.getByTestId('case-status').textContent).toBe('Afgjort');
  });
});
