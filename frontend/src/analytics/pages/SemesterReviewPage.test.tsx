import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewDecisionInput, SemesterReviewPack } from '../api/analyticsTypes';
import { API, autumnKpis, COURSE_ID, PREVIOUS_REVIEW_ID, REVIEW_ID, reviewPack } from '../../test/analyticsFixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { SemesterReviewPage } from './SemesterReviewPage';

const PACK_URL = `${API}/semester-reviews/${REVIEW_ID}`;

/** A fake analytics-service holding one review pack, which a decision completes. */
function server(initial: SemesterReviewPack = reviewPack(), ...extra: Handler[]) {
  let pack = initial;
  return fakeGateway(...extra, (method, url, body) => {
    if (method === 'GET' && url === PACK_URL) return json(pack);
    if (method === 'GET' && url === `${API}/courses/${COURSE_ID}/kpis/semesters`) return json(['2028-spring', '2027-autumn']);
    if (method === 'GET' && url === `${API}/courses/${COURSE_ID}/kpis?semester=2027-autumn`) return json(autumnKpis());
    if (method === 'POST' && url === `${PACK_URL}/decision`) {
      const input = body as ReviewDecisionInput;
      pack = {
        ...pack,
        status: 'COMPLETED',
        permissions: ['UPDATE_ACTIONS'],
        decision: { outcome: input.outcome, comments: input.comments ?? null, decidedBy: 'Bo Board', decidedByUsername: 'bo', completedAt: '2028-08-15T13:00:00Z' },
        actions: (input.actions ?? []).map((text, i) => ({ id: `n-${i}`, text, status: 'OPEN' as const, doneAt: null, doneBy: null })),
      };
      return json(pack);
    }
    if (method === 'PUT' && url === `${API}/semester-reviews/${PREVIOUS_REVIEW_ID}/actions/a-1`) {
      const done = { id: 'a-1', text: 'Split the week 3 module', status: 'DONE' as const, doneAt: '2028-08-01T10:00:00Z', doneBy: 'bo' };
      pack = {
        ...pack,
        previousReview: { ...pack.previousReview!, actions: [done, pack.previousReview!.actions![1]] },
        openActions: [],
      };
      return json(pack);
    }
    return undefined;
  });
}

function renderPage(gw: ReturnType<typeof server>, language: 'en' | 'da' = 'en') {
  return renderWithProviders(<SemesterReviewPage id={REVIEW_ID} />, { api: gw.api, language, route: `/semester-reviews/${REVIEW_ID}` });
}

describe('SemesterReviewPage: the review pack', () => {
  it('shows the KPIs with their trend in words, expected vs actual, the charts with tables and the evaluation', async () => {
    const gw = server();
    renderPage(gw);
    expect(await screen.findByRole('heading', { level: 1, name: 'Semester review: Quantum Computing for Engineers, Spring 2028' })).toBeTruthy();
    const page = screen.getByTestId('semester-review-page');
    expect(page.getAttribute('data-status')).toBe('OPEN');

    const enrolled = screen.getByTestId('kpi-enrolled');
    expect(within(enrolled).getByTestId('kpi-enrolled-value').textContent).toBe('6');
    expect(enrolled.getAttribute('data-trend')).toBe('up');
    // The arrow is decoration; the words say it.
    expect(within(enrolled).getByTestId('kpi-enrolled-trend').textContent).toBe('▲ Up by 1 from 5 in Autumn 2027 (+20%)');
    expect(within(enrolled).getByText('▲').getAttribute('aria-hidden')).toBe('true');
    const completion = screen.getByTestId('kpi-completion');
    expect(within(completion).getByTestId('kpi-completion-value').textContent).toBe('16.7%');
    expect(within(completion).getByTestId('kpi-completion-trend').textContent).toBe(
      '▼ Down by 3.3 percentage points from 20% in Autumn 2027 (-16.5%)',
    );
    expect(completion.textContent).toContain('1 of 6 enrolled learners passed');
    expect(screen.getByTestId('kpi-active').getAttribute('data-trend')).toBe('same');
    expect(screen.getByTestId('kpi-active-trend').textContent).toBe('▬ Unchanged from Autumn 2027 (5)');
    expect(screen.getByTestId('kpi-nps-value').textContent).toBe('0');
    expect(screen.getByTestId('kpi-nps-trend').textContent).toBe('– No figure for Autumn 2027 to compare with');
    expect(screen.getByTestId('kpi-rating-value').textContent).toBe('3.33 of 5 stars');
    expect(screen.getByTestId('kpi-expected-enrolments').textContent).toBe('5,000');
    expect(screen.getByTestId('kpi-enrolled-to-date').textContent).toBe('10');
    expect(screen.getByTestId('kpi-share-of-expected').textContent).toBe('0.2%');

    const countries = screen.getByTestId('chart-countries');
    const svg = within(countries).getByRole('img');
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('aria-label')).toContain('Bar chart of the learners enrolled in Spring 2028 by country');
    const rows = within(countries).getAllByTestId('country-row');
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Denmark', 'Other countries', 'Country unknown']);
    expect(rows.map((r) => r.getAttribute('data-learners'))).toEqual(['2', '3', '1']);
    // No style attributes: the CSP forbids them.
    expect(countries.querySelector('[style]')).toBeNull();

    // The trend reads the earlier semester and shows both, oldest first.
    const trend = screen.getByTestId('chart-trend');
    await waitFor(() => expect(within(trend).getAllByTestId('trend-row')).toHaveLength(2));
    expect(within(trend).getAllByTestId('trend-row').map((r) => [r.getAttribute('data-semester'), r.getAttribute('data-value')])).toEqual([
      ['2027-autumn', '5'],
      ['2028-spring', '6'],
    ]);
    expect(within(trend).getByRole('img').getAttribute('aria-label')).toBe(
      'Line chart of Enrolled learners from Autumn 2027 to Spring 2028; the table below gives the same numbers.',
    );
    await userEvent.setup().selectOptions(within(trend).getByLabelText('Key figure'), 'completionRate');
    expect(within(trend).getAllByTestId('trend-row').map((r) => r.getAttribute('data-value'))).toEqual(['20', '16.7']);
    expect(gw.gets('/kpis')).toHaveLength(1);

    const evaluation = screen.getByTestId('evaluation-section');
    expect(within(evaluation).getByTestId('evaluation-response-rate').textContent).toBe('84 of 350 invited learners answered (response rate 24%).');
    const q1 = within(evaluation).getAllByTestId('evaluation-question')[0];
    expect(within(q1).getByRole('img').getAttribute('aria-label')).toBe(
      'Distribution of the answers: 1 – strongly disagree: 2; 2 – disagree: 3; 3 – neither agree nor disagree: 10; 4 – agree: 30; 5 – strongly agree: 35',
    );
    expect(within(q1).getAllByTestId('likert-count').map((li) => li.getAttribute('data-count'))).toEqual(['2', '3', '10', '30', '35']);
    expect(within(evaluation).getAllByTestId('evaluation-comment').map((c) => c.textContent)).toEqual(['More exercises in week 3', 'Subtitles, please']);
  });

  it('shows the previous review’s decision and marks its open action done through that review', async () => {
    const gw = server();
    renderPage(gw);
    const previous = await screen.findByTestId('previous-review');
    expect(previous.getAttribute('data-outcome')).toBe('REVISE');
    expect(within(previous).getByTestId('previous-review-outcome').textContent).toContain('For Autumn 2027 the study board decided: Revise');
    expect(within(previous).getByTestId('open-actions-count').textContent).toBe('1 of 2 actions is still open.');
    const items = within(previous).getAllByTestId('previous-action');
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['OPEN', 'DONE']);
    await userEvent.setup().click(within(previous).getByRole('button', { name: 'Mark as done: Split the week 3 module' }));
    const notice = await screen.findByTestId('review-action-notice');
    expect(notice.textContent).toBe('The action “Split the week 3 module” is marked as done.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(gw.calls.filter((c) => c.method === 'PUT').map((c) => c.url)).toEqual([`${API}/semester-reviews/${PREVIOUS_REVIEW_ID}/actions/a-1`]);
    await waitFor(() => expect(within(previous).getByTestId('open-actions-count').textContent).toBe('Every action of the previous review is done.'));
  });

  it('lets the study board record REVISE with comments and two actions, then shows the recorded decision', async () => {
    const gw = server();
    renderPage(gw);
    const user = userEvent.setup();
    const form = await screen.findByTestId('review-decision-form');

    // Nothing chosen: the summary says so and takes focus.
    await user.click(within(form).getByTestId('review-decision-submit'));
    const summary = await screen.findByTestId('review-decision-error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('Decision: Choose continue, revise or retire.');

    await user.click(screen.getByTestId('outcome-REVISE'));
    // Comments are required to revise.
    await user.click(within(form).getByTestId('review-decision-submit'));
    expect((await screen.findByTestId('review-decision-error-summary')).textContent).toContain(
      'Comments: Write comments that tell the instructor why the course is revised or retired.',
    );
    expect(screen.getByTestId('review-comments').getAttribute('aria-invalid')).toBe('true');
    await user.type(screen.getByTestId('review-comments'), 'Completion fell; learners drop out in week 3.');

    // Two action lines: added with a button that moves focus to the new line.
    await user.click(screen.getByTestId('add-review-action'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('review-action-0')));
    await user.type(screen.getByTestId('review-action-0'), 'Split the week 3 module');
    await user.click(screen.getByTestId('add-review-action'));
    await user.click(screen.getByTestId('add-review-action'));
    await user.type(screen.getByTestId('review-action-1'), 'Throw away');
    await user.type(screen.getByTestId('review-action-2'), 'Add two quizzes');
    expect(screen.getByRole('textbox', { name: 'Action 3' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove action 2' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('review-action-1')));
    expect((screen.getByTestId('review-action-1') as HTMLInputElement).value).toBe('Add two quizzes');
    expect(screen.getByTestId('review-actions-announcement').textContent).toBe('Action 2 removed.');

    await user.click(within(form).getByTestId('review-decision-submit'));
    const confirm = await screen.findByTestId('review-decision-confirm');
    expect(confirm.textContent).toContain('Record “Revise” with 2 actions? The decision cannot be changed afterwards.');
    expect(gw.posts()).toHaveLength(0);
    await user.click(within(confirm).getByTestId('confirm-review-decision'));

    const recorded = await screen.findByTestId('review-decision-recorded');
    expect(recorded.getAttribute('data-outcome')).toBe('REVISE');
    await waitFor(() => expect(document.activeElement).toBe(recorded));
    expect(gw.posts('/decision')[0].body).toEqual({
      outcome: 'REVISE',
      comments: 'Completion fell; learners drop out in week 3.',
      actions: ['Split the week 3 module', 'Add two quizzes'],
    });
    expect(within(recorded).getByTestId('review-decision-outcome').textContent).toBe('Revise');
    expect(within(recorded).getByTestId('review-decision-by').textContent).toBe('Bo Board');
    expect(within(recorded).getAllByTestId('review-recorded-action').map((a) => a.textContent)).toEqual([
      expect.stringContaining('Split the week 3 module'),
      expect.stringContaining('Add two quizzes'),
    ]);
    expect(screen.queryByTestId('review-decision-form')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('semester-review-page').getAttribute('data-status')).toBe('COMPLETED'));
  });

  it('says so when the review was decided meanwhile (409) and shows the recorded decision', async () => {
    const decided = reviewPack({
      status: 'COMPLETED',
      permissions: [],
      decision: { outcome: 'CONTINUE', comments: null, decidedBy: 'Bea Board', decidedByUsername: 'bea', completedAt: '2028-08-14T10:00:00Z' },
    });
    let reads = 0;
    const gw = server(reviewPack(), (method, url) => {
      if (method === 'POST' && url.endsWith('/decision')) {
        return problem({ type: 'urn:mooc:problem:illegal-transition', detail: 'The review was completed on 2028-08-14 (CONTINUE); a decision is recorded once' }, 409);
      }
      if (method === 'GET' && url === PACK_URL && reads++ > 0) return json(decided);
      return undefined;
    });
    renderPage(gw);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('outcome-CONTINUE'));
    await user.click(screen.getByTestId('review-decision-submit'));
    await user.click(await screen.findByTestId('confirm-review-decision'));
    const conflict = await screen.findByTestId('review-decision-conflict');
    expect(conflict.getAttribute('role')).toBe('alert');
    expect((await screen.findByTestId('review-decision-recorded')).getAttribute('data-outcome')).toBe('CONTINUE');
    expect(screen.queryByTestId('review-decision-form')).toBeNull();
  });

  it('offers no decision without the DECIDE permission, and prints the pack', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const gw = server(reviewPack({ permissions: [] }));
    renderPage(gw);
    expect((await screen.findByTestId('review-decision-not-yours')).textContent).toBe('The study board of Compute decides this review.');
    expect(screen.queryByTestId('review-decision-form')).toBeNull();
    // Without UPDATE_ACTIONS, no buttons on the actions either.
    expect(within(screen.getByTestId('previous-review')).queryByRole('button')).toBeNull();
    await userEvent.setup().click(screen.getByTestId('print-pack'));
    expect(print).toHaveBeenCalled();
  });

  it('speaks Danish', async () => {
    const gw = server();
    renderPage(gw, 'da');
    expect(await screen.findByRole('heading', { level: 1, name: 'Semesterevaluering: Quantum Computing for Engineers, Forår 2028' })).toBeTruthy();
    expect(screen.getByTestId('kpi-enrolled-trend').textContent).toBe('▲ Op med 1 fra 5 i Efterår 2027 (+20\u00a0%)');
    expect(screen.getByTestId('kpi-completion-value').textContent).toBe('16,7\u00a0%');
    expect(screen.getByRole('group', { name: 'Afgørelse' })).toBeTruthy();
    expect(screen.getByLabelText('Revidér')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Udskriv' })).toBeTruthy();
    expect(within(screen.getByTestId('chart-countries')).getAllByRole('rowheader')[0].textContent).toBe('Danmark');
  });

  it('says when the review does not exist or is not visible', async () => {
    const gw = fakeGateway(() => problem({ title: 'Not found' }, 404));
    renderPage(gw);
    expect(await screen.findByTestId('semester-review-not-found')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Semester review not found' })).toBeTruthy();
  });
});
