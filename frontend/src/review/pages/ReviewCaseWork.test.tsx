import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssessmentInput, ReviewDecisionInput } from '../api/reviewTypes';
import { assessment, caseMember, discussionPost, reviewCase } from '../../test/fixtures';
import { json, problem } from '../../test/gateway';
import { URL, server, renderCase, puts, type State } from './reviewCaseTestSupport';

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

    const casesRead = gw.gets(`${URL}/dossier`).length;
    await user.click(screen.getByTestId('send-decision'));
    await user.click(await screen.findByTestId('confirm-decision'));
    const alert = await screen.findByTestId('case-action-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The decision could not be sent');
    expect(alert.textContent).toContain('The case is already decided');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByTestId('decision-sent')).toBeNull();
    // The case is read again: someone may have decided it meanwhile.
    await waitFor(() => expect(gw.gets(`${URL}/dossier`).length).toBeGreaterThan(casesRead));
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
