import type { Assessment, DiscussionPost, ReviewCase } from '../api/reviewTypes';
import { roster } from '../../test/fixtures';
import { fakeGateway, json, problem, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { ReviewCasePage } from './ReviewCasePage';

/** What the review case page's tests share: review-service behind the real client, and the page rendered for a person. */
export const ID = 'rc-1';
export const URL = `/api/review/review-cases/${ID}`;

export interface State {
  reviewCase: ReviewCase;
  assessments?: Assessment[];
  posts?: DiscussionPost[];
}

/** review-service behind the real client: the case, its assessments and discussion from `state`, the roster. */
export function server(state: State, ...extra: Handler[]) {
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

export function renderCase(gw: ReturnType<typeof server>, username = 'cathy', language: 'en' | 'da' = 'en') {
  return renderWithProviders(<ReviewCasePage id={ID} username={username} />, { api: gw.api, language, route: `/review-cases/${ID}` });
}

export const puts = (gw: ReturnType<typeof server>) => gw.calls.filter((c) => c.method === 'PUT');
