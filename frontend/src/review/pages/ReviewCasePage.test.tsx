import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ReviewCasePage } from './ReviewCasePage';
import type { ReviewPermission } from '../api/reviewTypes';
import { assessment, caseMember, newCode, reviewCase } from '../../test/fixtures';
import { fakeGateway, json, problem } from '../../test/gateway';
import { URL, server, renderCase, puts, type State } from './reviewCaseTestSupport';

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
    // the assessments came with the case (its dossier)
    await screen.findByTestId('assessments-empty');
    expect(gw.gets(`${URL}/dossier`)).toHaveLength(1);
    const select = (await screen.findByLabelText(/^Committee member/)) as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBe(3));
    const user = userEvent.setup();
    await user.selectOptions(select, 'chris');
    await user.click(screen.getByTestId('assign-member'));
    await waitFor(() => expect(screen.getAllByTestId('case-member')).toHaveLength(2));
    expect(gw.gets('/assessments')).toHaveLength(0);
    expect(gw.gets(`${URL}/dossier`)).toHaveLength(1);
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
