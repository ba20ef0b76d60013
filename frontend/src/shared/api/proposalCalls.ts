// proposal-service's calls of the API client: proposals, their workflow steps, versions and attachments.
import type { Attachment, AttachmentDownload, BoardApprovalInput, ConsultationInput, HeadSignatureInput, HistoryEntry, NextStep, Proposal, ProposalDiff, ProposalDossier, ProposalInput, ProposalQuery, ProposalVersion } from '../../proposals/api/types';
import type { RawTransport } from './rawTransport';
import type { Page } from './sharedTypes';
import { answer, contentDispositionFileName, etag, type ServiceClients } from './transport';
import { sent } from './wire';

export interface ProposalCalls {
  listProposals(query: ProposalQuery, signal?: AbortSignal): Promise<Page<Proposal>>;
  getProposal(id: string, signal?: AbortSignal): Promise<Proposal>;
  /** The proposal with its next step, history, attachments and versions, in one request. */
  getProposalDossier(id: string, signal?: AbortSignal): Promise<ProposalDossier>;
  getProposalHistory(id: string, signal?: AbortSignal): Promise<HistoryEntry[]>;
  createProposal(proposal: ProposalInput): Promise<Proposal>;
  /** Replaces a draft's content; `version` is the one the editor loaded, sent as If-Match. */
  updateProposal(id: string, version: number, proposal: ProposalInput): Promise<Proposal>;
  /** Submits a draft; with `version`, only if nobody changed it since (If-Match). */
  submitProposal(id: string, version?: number): Promise<Proposal>;
  getNextStep(id: string, signal?: AbortSignal): Promise<NextStep>;
  listVersions(id: string, signal?: AbortSignal): Promise<ProposalVersion[]>;
  /** The changes from version `from` to version `to` (omitted: the current content). */
  getDiff(id: string, from: number, to?: number, signal?: AbortSignal): Promise<ProposalDiff>;
  requestConsultation(id: string): Promise<Proposal>;
  /** The signed-in consultant takes the consultation. */
  assignConsultation(id: string): Promise<Proposal>;
  recordConsultation(id: string, input: ConsultationInput): Promise<Proposal>;
  requestEndorsements(id: string): Promise<Proposal>;
  decideBoardApproval(id: string, input: BoardApprovalInput): Promise<Proposal>;
  decideHeadSignature(id: string, input: HeadSignatureInput): Promise<Proposal>;
  withdrawProposal(id: string, reason?: string): Promise<Proposal>;
  /** The files attached to the proposal, oldest first. */
  listAttachments(id: string, signal?: AbortSignal): Promise<Attachment[]>;
  /** Attaches a file: its bytes as the body with `mediaType` as Content-Type, its name as `?name=`. */
  addAttachment(id: string, file: Blob, fileName: string, mediaType: string): Promise<Attachment>;
  /** An attachment's bytes (the API needs the bearer token, so a plain link cannot fetch them). */
  downloadAttachment(id: string, attachmentId: string, signal?: AbortSignal): Promise<AttachmentDownload>;
  removeAttachment(id: string, attachmentId: string): Promise<void>;
}

function proposalPath(id: string): string {
  return `/proposal/proposals/${encodeURIComponent(id)}`;
}

export function proposalCalls(proposal: ServiceClients['proposal'], request: RawTransport['request']): ProposalCalls {
  const moocId = (id: string) => ({ path: { moocId: id } });
  return {
    listProposals: ({ q, status, department, semester, consultant, sort, direction, page, size }, signal) =>
      answer(
        proposal.GET('/proposals', {
          params: {
            query: {
              q: q?.trim() || undefined,
              status: status || undefined,
              department: department?.trim() || undefined,
              semester: semester || undefined,
              consultant,
              sort,
              direction,
              page,
              size,
            },
          },
          signal,
        }),
      ),
    getProposal: (id, signal) => answer(proposal.GET('/proposals/{moocId}', { params: moocId(id), signal })),
    getProposalDossier: (id, signal) =>
      answer(proposal.GET('/proposals/{moocId}/dossier', { params: moocId(id), signal })),
    getProposalHistory: (id, signal) => answer(proposal.GET('/proposals/{moocId}/history', { params: moocId(id), signal })),
    createProposal: (input) => answer(proposal.POST('/proposals', { body: sent(input) })),
    updateProposal: (id, version, input) =>
      answer(
        proposal.PUT('/proposals/{moocId}', {
          params: { ...moocId(id), header: { 'If-Match': etag(version) } },
          body: sent(input),
        }),
      ),
    submitProposal: (id, version) =>
      answer(
        proposal.POST('/proposals/{moocId}/submit', {
          params: { ...moocId(id), header: version === undefined ? undefined : { 'If-Match': etag(version) } },
        }),
      ),
    getNextStep: (id, signal) => answer(proposal.GET('/proposals/{moocId}/next', { params: moocId(id), signal })),
    listVersions: (id, signal) => answer(proposal.GET('/proposals/{moocId}/versions', { params: moocId(id), signal })),
    getDiff: (id, from, to, signal) =>
      answer(proposal.GET('/proposals/{moocId}/diff', { params: { ...moocId(id), query: { from, to } }, signal })),
    requestConsultation: (id) =>
      answer(proposal.POST('/proposals/{moocId}/consultation/request', { params: moocId(id) })),
    assignConsultation: (id) => answer(proposal.POST('/proposals/{moocId}/consultation/assign', { params: moocId(id) })),
    recordConsultation: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/consultation', { params: moocId(id), body: sent(input) })),
    requestEndorsements: (id) =>
      answer(proposal.POST('/proposals/{moocId}/endorsements/request', { params: moocId(id) })),
    decideBoardApproval: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/board-approval', { params: moocId(id), body: sent(input) })),
    decideHeadSignature: (id, input) =>
      answer(proposal.POST('/proposals/{moocId}/head-signature', { params: moocId(id), body: sent(input) })),
    withdrawProposal: (id, reason) =>
      answer(
        proposal.POST('/proposals/{moocId}/withdraw', {
          params: moocId(id),
          body: reason?.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    listAttachments: (id, signal) =>
      answer(proposal.GET('/proposals/{moocId}/attachments', { params: moocId(id), signal })),
    // The file's bytes go as they are, with the file's media type: the raw transport, not the JSON of a typed call.
    addAttachment: (id, file, fileName, mediaType) =>
      request<Attachment>(`${proposalPath(id)}/attachments`, {
        method: 'POST',
        query: { name: fileName },
        raw: { data: file, contentType: mediaType },
      }),
    downloadAttachment: async (id, attachmentId, signal) => {
      const { data, response } = await proposal.GET('/proposals/{moocId}/attachments/{attachmentId}', {
        params: { path: { moocId: id, attachmentId } },
        headers: { Accept: '*/*' },
        parseAs: 'blob',
        signal,
      });
      return { blob: data as Blob, fileName: contentDispositionFileName(response.headers.get('content-disposition')) };
    },
    removeAttachment: (id, attachmentId) =>
      answer(
        proposal.DELETE('/proposals/{moocId}/attachments/{attachmentId}', { params: { path: { moocId: id, attachmentId } } }),
      ),
  };
}
