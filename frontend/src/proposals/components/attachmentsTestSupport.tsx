import type { Attachment, Proposal } from '../api/types';
import { attachment, fullProposal, history, nextStep, versions } from '../../test/fixtures';
import { fakeGateway, json, type Handler } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { AttachmentsSection } from './AttachmentsSection';

/** What the attachment tests share: the proposal's files behind a fake proposal-service, and files to upload. */
export const ID = '7b0e3c1e-0000-4000-8000-000000000001';
export const URL_ = `/api/proposal/proposals/${ID}`;
export const LIST = `${URL_}/attachments`;
export const OUTLINE = attachment();
export const BUDGET = attachment({
  id: 'a1000000-0000-4000-8000-000000000002',
  fileName: 'budget.xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sizeBytes: 2_621_440,
  uploadedBy: null,
});

export interface State {
  proposal: Proposal;
  attachments: Attachment[];
}

/** The proposal, its history, next step, versions and files answer from `state`; `extra` handles the rest. */
export function server(state: State, ...extra: Handler[]) {
  return fakeGateway(...extra, (method, url) => {
    if (method !== 'GET') return undefined;
    if (url === `${URL_}/dossier`) {
      return json({ proposal: state.proposal, next: nextStep(), history: history().slice(0, 1), attachments: state.attachments, versions: versions() });
    }
    if (url === URL_) return json(state.proposal);
    if (url === LIST) return json(state.attachments);
    if (url === `${URL_}/history`) return json(history().slice(0, 1));
    if (url === `${URL_}/next`) return json(nextStep());
    if (url === `${URL_}/versions`) return json(versions());
    return undefined;
  });
}

export function renderSection(
  api: ReturnType<typeof server>['api'],
  proposal: Proposal,
  props: { readOnly?: boolean; editing?: boolean } = {},
  language: 'en' | 'da' = 'en',
) {
  return renderWithProviders(<AttachmentsSection proposal={proposal} {...props} />, { api, language });
}

export const owner = (overrides: Partial<Proposal> = {}) => fullProposal({ permissions: ['EDIT', 'WITHDRAW'], ...overrides });

/** A file as the browser gives it: `type` is often empty (e.g. for Markdown). */
export function file(name: string, type: string, content = 'Week 1: introduction', size?: number) {
  const f = new File([content], name, { type });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  return f;
}
