import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProposalDetailPage } from '../../proposals/pages/ProposalDetailPage';
import { ReviewCasePage } from '../../review/pages/ReviewCasePage';
import { endorsementProposal, history, nextStep, proposal, reviewCase, versions } from '../../test/fixtures';
import { fakeGateway, json, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import type { SimilarityRequest } from '../api/catalogueTypes';
import { CATALOGUE, catalogueStatus, signedInAs, similarCourse, similarCourses, snapshot } from '../test/catalogueFixtures';

const MOOC = '7b0e3c1e-0000-4000-8000-000000000002';
const CASE = '/api/review/review-cases/rc-1';
const PROPOSAL_URL = `/api/proposal/proposals/${proposal().id}`;

/** The catalogue's status and a MOOC's snapshots (versions 4 and 3, newest first). */
const catalogue: Handler = (method, url) => {
  if (method === 'GET' && url === CATALOGUE) return json(catalogueStatus());
  if (method === 'GET' && url === `${CATALOGUE}/similarity-snapshots?moocId=${MOOC}`) {
    return json([
      snapshot({ id: 'snap-4', proposalVersion: 4, matches: [similarCourse({ courseraId: 'later', name: 'Not this version' })] }),
      snapshot(),
    ]);
  }
  if (method === 'POST' && url === `${CATALOGUE}/similar`) return json(similarCourses());
  return undefined;
};

function caseServer() {
  return fakeGateway(...caseHandlers());
}

/** The catalogue, the review case of version 3 and the application's version, versions and files. */
function caseHandlers(): Handler[] {
  return [catalogue, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === CASE) return json(reviewCase({ round: 2, proposalVersion: 3 }));
    if (url === `${CASE}/discussion`) return json([]);
    if (url === '/api/review/committee/members') return json([]);
    if (url === `/api/proposal/proposals/${MOOC}/versions/3`) return json({ title: 'Wind Energy Basics', uniqueness: 'Turbine aerodynamics.' });
    if (url === `/api/proposal/proposals/${MOOC}/versions`) return json([]);
    if (url === `/api/proposal/proposals/${MOOC}/attachments`) return json([]);
    return undefined;
  }];
}

describe('the similar courses on the committee’s review case', () => {
  it('shows beside criterion (a) what was frozen when the case’s version was submitted', async () => {
    const gw = caseServer();
    renderWithProviders(signedInAs(['committee'], <ReviewCasePage id="rc-1" username="cathy" />), { api: gw.api, route: '/review-cases/rc-1' });
    const topic = await screen.findByRole('region', { name: 'Scored under “Topic”' });
    const frozen = await within(topic).findByTestId('similar-frozen');
    expect(within(frozen).getByRole('heading', { name: 'Similar courses on Coursera' })).toBeTruthy();
    const items = await within(frozen).findAllByTestId('similar-course');
    // Version 3's snapshot, not the newer version's.
    expect(items.map((i) => i.getAttribute('data-coursera-id'))).toEqual(['wind-1', 'own-1']);
    expect(frozen.textContent).toContain('Frozen when version 3 was submitted (1 Nov 2026');
    expect(within(items[0]).getByRole('link', { name: /^Wind Energy/ }).getAttribute('href')).toBe('https://www.coursera.org/learn/wind-energy');
    // Synced four days before the submission: not stale then.
    expect(within(frozen).queryByTestId('catalogue-stale')).toBeNull();
    expect(gw.posts('/catalogue/similar')).toHaveLength(0);
    // The snapshot says itself whether its catalogue was stale: the catalogue's status is not read.
    expect(gw.calls.filter((c) => c.url === CATALOGUE)).toHaveLength(0);
  });

  it('says when the frozen courses came from a catalogue that was stale then, as the service judged it', async () => {
    const staleThen: Handler = (_method, url) =>
      url === `${CATALOGUE}/similarity-snapshots?moocId=${MOOC}` ? json([snapshot({ catalogueStale: true, staleAfterDays: 30 })]) : undefined;
    const gw = fakeGateway(staleThen, ...caseHandlers());
    renderWithProviders(signedInAs(['committee'], <ReviewCasePage id="rc-1" username="cathy" />), { api: gw.api });
    const frozen = await screen.findByTestId('similar-frozen');
    const stale = await within(frozen).findByTestId('catalogue-stale');
    expect(stale.textContent).toContain('30');
  });

  it('in Danish, and says so when nothing was frozen for the version', async () => {
    // No snapshot for the MOOC: its version was submitted before the catalogue was kept.
    const noSnapshots: Handler = (_method, url) => (url === `${CATALOGUE}/similarity-snapshots?moocId=${MOOC}` ? json([]) : undefined);
    const gw = fakeGateway(noSnapshots, ...caseHandlers());
    renderWithProviders(signedInAs(['committee'], <ReviewCasePage id="rc-1" username="cathy" />), { api: gw.api, language: 'da' });
    const none = await screen.findByTestId('similar-frozen-none');
    expect(none.textContent).toContain('Der blev ikke fastfrosset nogen sammenligning for version 3');
    expect(within(screen.getByTestId('similar-frozen')).getByRole('heading').textContent).toBe('Lignende kurser på Coursera');
  });

  it('is one of the three reads the page makes, one per service, for the chair who assigns members too', async () => {
    const chairs = reviewCase({ round: 2, proposalVersion: 3, permissions: ['ASSIGN', 'READ_ASSESSMENTS', 'DECIDE'] });
    const chairsCase: Handler = (method, url) => {
      if (method === 'GET' && url === CASE) return json(chairs);
      if (method === 'GET' && url === `${CASE}/assessments`) return json([]);
      return undefined;
    };
    const gw = fakeGateway(chairsCase, ...caseHandlers());
    renderWithProviders(signedInAs(['committee', 'committee-chair'], <ReviewCasePage id="rc-1" username="chris" />), { api: gw.api });
    await within(await screen.findByTestId('similar-frozen')).findAllByTestId('similar-course');
    await screen.findByTestId('assessments-empty');
    expect((await screen.findByTestId('case-proposal')).textContent).toContain('Turbine aerodynamics.');
    const gets = gw.calls.filter((c) => c.method === 'GET').map((c) => c.url);
    expect(gets.sort()).toEqual([
      `${CATALOGUE}/similarity-snapshots?moocId=${MOOC}`,
      `/api/proposal/proposals/${MOOC}/versions/3/dossier`,
      `${CASE}/dossier`,
    ]);
  });

  it('is not asked for by a role the document does not allow', async () => {
    const gw = caseServer();
    renderWithProviders(signedInAs(['medialab'], <ReviewCasePage id="rc-1" username="mia" />), { api: gw.api });
    await screen.findByRole('region', { name: 'Scored under “Topic”' });
    expect(screen.queryByTestId('similar-frozen')).toBeNull();
    expect(gw.calls.filter((c) => c.url.startsWith(CATALOGUE))).toHaveLength(0);
  });
});

function proposalServer(p = proposal()) {
  return fakeGateway(catalogue, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${PROPOSAL_URL}/dossier`) {
      return json({ proposal: p, next: nextStep(), history: history().slice(0, 1), attachments: [], versions: versions() });
    }
    if (url === PROPOSAL_URL) return json(p);
    if (url === `${PROPOSAL_URL}/next`) return json(nextStep());
    if (url === `${PROPOSAL_URL}/history`) return json(history().slice(0, 1));
    if (url === `${PROPOSAL_URL}/versions`) return json(versions());
    if (url === `${PROPOSAL_URL}/attachments`) return json([]);
    return undefined;
  });
}

describe('the courses that look like the instructor’s draft', () => {
  it('compares the draft’s words as typed, once they rest and when there are enough of them', async () => {
    const user = userEvent.setup();
    const gw = proposalServer(proposal({ title: 'ML', summary: null }));
    renderWithProviders(signedInAs(['instructor'], <ProposalDetailPage id={proposal().id} />), { api: gw.api });
    await user.click(await screen.findByTestId('edit-proposal'));
    const panel = await screen.findByTestId('similar-draft');
    expect(within(panel).getByRole('heading', { name: 'Courses that look like yours' })).toBeTruthy();
    expect(within(panel).getByTestId('similar-too-short').textContent).toContain('at least 20 characters');
    expect(gw.posts('/catalogue/similar')).toHaveLength(0);

    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, 'Wind energy for engineers');
    await within(panel).findAllByTestId('similar-course', undefined, { timeout: 4000 });
    // Typed letter by letter, asked once: the text had to rest first.
    const posts = gw.posts('/catalogue/similar');
    expect(posts).toHaveLength(1);
    expect((posts[0].body as SimilarityRequest).title).toBe('Wind energy for engineers');
    // After the uniqueness field, so that the text can answer the list.
    const uniqueness = screen.getByLabelText(/^Uniqueness on Coursera/);
    expect(uniqueness.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is not offered to a role that may not compare', async () => {
    const user = userEvent.setup();
    const gw = proposalServer();
    renderWithProviders(signedInAs(['medialab'], <ProposalDetailPage id={proposal().id} />), { api: gw.api });
    await user.click(await screen.findByTestId('edit-proposal'));
    await screen.findByTestId('proposal-edit');
    expect(screen.queryByTestId('similar-draft')).toBeNull();
  });
});

describe('the similar courses in the consultation', () => {
  it('shows the consultant the courses like the proposal as saved', async () => {
    const p = endorsementProposal({ id: proposal().id });
    const gw = proposalServer(p);
    renderWithProviders(signedInAs(['consultant'], <ProposalDetailPage id={p.id} />), { api: gw.api });
    const section = await screen.findByTestId('section-consultation');
    const panel = await within(section).findByTestId('similar-consultation');
    await within(panel).findAllByTestId('similar-course', undefined, { timeout: 4000 });
    expect(within(panel).getByTestId('catalogue-freshness').textContent).toContain('last synced 20 Nov 2026');
    const body = gw.posts('/catalogue/similar')[0].body as SimilarityRequest;
    expect(body).toMatchObject({ title: p.title, topic: 'Machine learning', uniqueness: 'No engineering-first ML MOOC on Coursera' });
  });

  it('is not there for the instructor reading their proposal', async () => {
    const p = endorsementProposal({ id: proposal().id });
    const gw = proposalServer(p);
    renderWithProviders(signedInAs(['instructor'], <ProposalDetailPage id={p.id} />), { api: gw.api });
    await screen.findByTestId('section-consultation');
    expect(screen.queryByTestId('similar-consultation')).toBeNull();
    await waitFor(() => expect(gw.posts('/catalogue/similar')).toHaveLength(0));
  });
});
