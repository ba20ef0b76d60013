import { vi } from 'vitest';
import { createApiClient, type ApiClient } from '../shared/api/client';
import type { Agenda, AgendaCase, Assessment, CaseMember, CommitteeMember, DiscussionPost, Meeting, MeetingCase, OverviewEntry, ReviewCase } from '../review/api/reviewTypes';
import type { Attachment, Endorsement, HistoryEntry, NextStep, Proposal, ProposalDiff, ProposalVersion } from '../proposals/api/types';
import { caseDossierParts } from './gateway';

export const HASH_1 = '3f7a9c0d5b1e2f4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d';
export const HASH_2 = '9b2c4d6e8f0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c';

export function endorsement(overrides: Partial<Endorsement> = {}): Endorsement {
  return {
    state: 'NOT_REQUESTED',
    requestedAt: null,
    decidedBy: null,
    decidedAt: null,
    comment: null,
    revision: null,
    contentHash: null,
    ...overrides,
  };
}

export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: '7b0e3c1e-0000-4000-8000-000000000001',
    title: 'Machine Learning for Engineers',
    topic: null,
    summary: 'An introduction to ML for engineering students.',
    targetLearners: null,
    impactPotential: null,
    uniqueness: null,
    researchEnvironment: null,
    teacherBackground: null,
    phases: null,
    team: [],
    resources: { staffHours: null, assistants: null, videoBudgetDkk: null },
    department: 'Compute',
    instructor: { id: 'sub-1', name: 'Ida Instructor', email: 'ida@example.org' },
    newContent: true,
    courseCode: null,
    plannedLaunchSemester: '2027-autumn',
    expectedEnrolments: 5000,
    status: 'DRAFT',
    version: 0,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T12:30:00Z',
    submittedAt: null,
    revision: 1,
    contentHash: HASH_1,
    consultation: null,
    boardApproval: endorsement(),
    headSignature: endorsement(),
    readyToSubmit: false,
    decision: null,
    launch: null,
    withdrawnAt: null,
    // What the owner of a fresh draft may do.
    permissions: ['EDIT', 'REQUEST_CONSULTATION', 'WITHDRAW'],
    ...overrides,
  };
}

/** A proposal awaiting endorsements, as the study board and the head see it. */
export function endorsementProposal(overrides: Partial<Proposal> = {}): Proposal {
  return fullProposal({
    status: 'ENDORSEMENT',
    consultation: {
      requestedAt: '2026-11-03T09:00:00Z',
      consultant: { id: 'sub-carla', name: 'Carla Consultant', email: 'carla@example.org' },
      assignedAt: '2026-11-04T09:00:00Z',
      date: '2026-11-10',
      notes: 'Discussed the target group and a pilot module.',
      recordedAt: '2026-11-10T15:00:00Z',
    },
    boardApproval: endorsement({ state: 'REQUESTED', requestedAt: '2026-11-11T08:00:00Z' }),
    headSignature: endorsement({ state: 'REQUESTED', requestedAt: '2026-11-11T08:00:00Z' }),
    permissions: [],
    ...overrides,
  });
}

export function nextStep(overrides: Partial<NextStep> = {}): NextStep {
  return {
    stage: 'DRAFT',
    missing: [],
    nextActor: 'INSTRUCTOR',
    nextAction: 'REQUEST_CONSULTATION',
    waitingFor: [{ actor: 'INSTRUCTOR', action: 'REQUEST_CONSULTATION' }],
    ...overrides,
  };
}

export function versions(): ProposalVersion[] {
  return [
    { number: 1, contentHash: HASH_1, submittedAt: '2026-11-20T10:00:00Z', current: false },
    { number: 2, contentHash: HASH_2, submittedAt: null, current: true },
  ];
}

export function diff(overrides: Partial<ProposalDiff> = {}): ProposalDiff {
  return {
    from: 1,
    to: null,
    changes: [
      { field: 'summary', before: 'Old summary', after: 'New summary' },
      { field: 'plannedLaunchSemester', before: '2027-autumn', after: '2028-spring' },
      { field: 'resources', before: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 }, after: { staffHours: 500, assistants: 2, videoBudgetDkk: 35000 } },
    ],
    boardApprovalNeeded: true,
    headSignatureNeeded: true,
    ...overrides,
  };
}

/** A draft with every field of the application filled in. */
export function fullProposal(overrides: Partial<Proposal> = {}): Proposal {
  return proposal({
    topic: 'Machine learning',
    summary: 'Supervised learning for engineers.\nWith hands-on labs.',
    targetLearners: 'Engineering students',
    impactPotential: 'Strengthens the profile in AI',
    uniqueness: 'No engineering-first ML MOOC on Coursera',
    researchEnvironment: 'Section for Cognitive Systems',
    teacherBackground: 'Ten years of teaching 02450',
    phases: 'Spring: scripts. Summer: video.',
    team: [
      { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR', pending: null, boundAt: null },
      { name: 'Sofie Student', email: null, role: 'STUDENT_ASSISTANT', pending: null, boundAt: null },
    ],
    resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
    version: 3,
    ...overrides,
  });
}

export function history(): HistoryEntry[] {
  return [
    { at: '2026-11-01T10:00:00Z', actorName: 'Ida Instructor', action: 'CREATED', params: null },
    { at: '2026-11-02T12:30:00Z', actorName: 'Ida Instructor', action: 'EDITED', params: { changedFields: 'title, team' } },
    { at: '2026-11-03T08:15:00Z', actorName: 'Ida Instructor', action: 'SUBMITTED', params: { version: '1' } },
  ];
}

/** A PDF course outline attached by the instructor. */
export function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: 'a1000000-0000-4000-8000-000000000001',
    fileName: 'course-outline.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 183204,
    sha256: 'b'.repeat(64),
    uploadedAt: '2026-11-02T09:15:00Z',
    uploadedBy: 'Ida Instructor',
    ...overrides,
  };
}

/** An open review case in round 1, as a committee member without special rights sees it. */
export function reviewCase(overrides: Partial<ReviewCase> = {}): ReviewCase {
  return {
    id: 'rc-1',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    round: 1,
    proposalVersion: 1,
    status: 'OPEN',
    title: 'Wind Energy Basics',
    topic: 'Wind energy',
    summary: 'The physics and engineering of wind turbines.',
    department: 'Wind',
    instructor: { id: 'sub-ida', name: 'Ida Instructor', email: 'ida@example.org' },
    newContent: true,
    courseCode: null,
    plannedLaunchSemester: '2027-autumn',
    expectedEnrolments: 4000,
    resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
    team: [{ name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' }],
    openedAt: '2026-11-03T09:00:00Z',
    daysWaiting: 12,
    closedAt: null,
    closeCause: null,
    closeParams: null,
    previousRound: null,
    members: [],
    chair: null,
    decision: null,
    scoresHidden: true,
    permissions: [],
    assessmentSummary: null,
    quorum: null,
    ...overrides,
  };
}

export function caseMember(overrides: Partial<CaseMember> = {}): CaseMember {
  return {
    username: 'cathy',
    name: 'Cathy Committee',
    email: 'cathy@example.org',
    department: 'Chemistry',
    volunteered: false,
    declaration: 'NOT_DECLARED',
    declarationReason: null,
    automaticConflict: null,
    conflicted: false,
    assessed: false,
    ...overrides,
  };
}

export function roster(): CommitteeMember[] {
  return [
    { username: 'cathy', name: 'Cathy Committee', email: 'cathy@example.org', department: 'Chemistry' },
    { username: 'chris', name: 'Chris Chair', email: 'chris@example.org', department: 'Physics' },
    { username: 'kirsten', name: 'Kirsten Holt', email: 'kirsten@example.org', department: 'Wind' },
  ];
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    username: 'cathy',
    name: 'Cathy Committee',
    scores: [
      { criterion: 'TOPIC', score: 4, comment: 'Unique angle.' },
      { criterion: 'TEACHER', score: 5, comment: 'Award-winning teacher.' },
      { criterion: 'RESOURCES', score: 3, comment: 'Thin video budget.' },
    ],
    recommendation: 'APPROVE',
    submittedAt: '2026-11-05T10:00:00Z',
    updatedAt: '2026-11-05T10:00:00Z',
    ...overrides,
  };
}

export function discussionPost(overrides: Partial<DiscussionPost> = {}): DiscussionPost {
  return {
    id: 'post-1',
    author: { username: 'cathy', name: 'Cathy Committee' },
    text: 'The resource plan looks thin for 40 videos.',
    postedAt: '2026-11-06T09:00:00Z',
    ...overrides,
  };
}

export function overviewEntry(overrides: Partial<OverviewEntry> = {}): OverviewEntry {
  return {
    caseId: 'rc-1',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    title: 'Wind Energy Basics',
    department: 'Wind',
    round: 1,
    daysWaiting: 12,
    members: 3,
    assessments: 2,
    average: 4.17,
    criteria: [
      { criterion: 'TOPIC', average: 4.5, spread: 1, count: 2 },
      { criterion: 'TEACHER', average: 4, spread: 0, count: 2 },
      { criterion: 'RESOURCES', average: 4, spread: 2, count: 2 },
    ],
    recommendations: { APPROVE: 2, REVISE: 0, REJECT: 0 },
    scoresHidden: false,
    ...overrides,
  };
}

/** A case on a meeting's agenda. */
export function meetingCase(overrides: Partial<MeetingCase> = {}): MeetingCase {
  return {
    caseId: 'rc-1',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    title: 'Wind Energy Basics',
    department: 'Wind',
    round: 1,
    status: 'OPEN',
    ...overrides,
  };
}

/** An upcoming meeting with one case, as a committee member (no EDIT) sees it. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-1',
    title: 'Steering committee, March',
    startsAt: '2027-03-01T13:00:00Z',
    location: 'Building 101, room S09',
    caseCount: 1,
    permissions: [],
    cases: [meetingCase()],
    ...overrides,
  };
}

/** A case of the agenda pack with assessments in. */
export function agendaCase(overrides: Partial<AgendaCase> = {}): AgendaCase {
  return {
    caseId: 'rc-1',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    title: 'Wind Energy Basics',
    topic: 'Wind energy',
    summary: 'The physics and engineering of wind turbines.',
    department: 'Wind',
    instructor: { id: 'sub-ida', name: 'Ida Instructor', email: 'ida@example.org' },
    plannedLaunchSemester: '2027-autumn',
    expectedEnrolments: 4000,
    resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
    round: 1,
    previousRound: null,
    members: [
      { username: 'cathy', name: 'Cathy Committee', declaration: 'NO_CONFLICT', conflicted: false, assessed: true, email: null, department: null, volunteered: false, declarationReason: null, automaticConflict: null },
      { username: 'chris', name: 'Chris Chair', declaration: 'NO_CONFLICT', conflicted: false, assessed: true, email: null, department: null, volunteered: false, declarationReason: null, automaticConflict: null },
      { username: 'kirsten', name: 'Kirsten Holt', declaration: 'NOT_DECLARED', conflicted: true, assessed: false, email: null, department: null, volunteered: false, declarationReason: null, automaticConflict: null },
    ],
    assessmentSummary: {
      criteria: [
        { criterion: 'TOPIC', average: 4.5, spread: 1, count: 2 },
        { criterion: 'TEACHER', average: 4, spread: 0, count: 2 },
        { criterion: 'RESOURCES', average: 3, spread: 2, count: 2 },
      ],
      average: 3.83,
      recommendations: { APPROVE: 1, REVISE: 1, REJECT: 0 },
      assessments: 2,
    },
    scoresHidden: false,
    ...overrides,
  };
}

export function agenda(overrides: Partial<Agenda> = {}): Agenda {
  const { id, title, startsAt, location, caseCount } = meeting();
  return { meeting: { id, title, startsAt, location, permissions: null, caseCount, cases: null }, cases: [agendaCase()], ...overrides };
}

/**
 * A code the documents do not list: what a newer service may send. The SPA shows such a code with a generic label, so
 * tests hand it over where the generated types allow only the listed ones.
 */
export function newCode(code: string): never {
  return code as never;
}

/** An API client whose every method is a mock; override what a test needs. */
export function fakeApi(overrides: Partial<ApiClient> = {}): ApiClient {
  // production-service's calls go through the typed clients: no productions, an empty queue.
  const { services } = createApiClient({
    baseUrl: '/api',
    getToken: () => undefined,
    fetchImpl: (async (input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
      return Response.json(path.endsWith('/productions') ? { items: [], page: 0, size: 20, total: 0, totalExact: true } : []);
    }) as typeof fetch,
  });
  const api: ApiClient = {
    services,
    request: vi.fn(),
    upload: vi.fn(),
    url: vi.fn((path: string) => `/api${path}`),
    listProposals: vi.fn(async () => ({ items: [proposal()], page: 0, size: 20, total: 1, totalExact: true })),
    getProposal: vi.fn(async () => proposal()),
    getProposalDossier: vi.fn(async () => ({ proposal: proposal(), next: nextStep(), history: history(), attachments: [], versions: versions() })),
    getProposalHistory: vi.fn(async () => history()),
    createProposal: vi.fn(),
    updateProposal: vi.fn(),
    submitProposal: vi.fn(),
    listReviewCases: vi.fn(async () => ({ items: [reviewCase()], page: 0, size: 20, total: 1, totalExact: true })),
    getNextStep: vi.fn(async () => nextStep()),
    listVersions: vi.fn(async () => versions()),
    getDiff: vi.fn(async () => diff()),
    requestConsultation: vi.fn(),
    assignConsultation: vi.fn(),
    recordConsultation: vi.fn(),
    requestEndorsements: vi.fn(),
    decideBoardApproval: vi.fn(),
    decideHeadSignature: vi.fn(),
    withdrawProposal: vi.fn(),
    getReviewOverview: vi.fn(async () => [overviewEntry()]),
    getReviewCase: vi.fn(async () => reviewCase()),
    listCommitteeMembers: vi.fn(async () => roster()),
    assignCaseMember: vi.fn(),
    volunteerForCase: vi.fn(),
    declareConflict: vi.fn(),
    handOverCase: vi.fn(),
    submitAssessment: vi.fn(),
    listAssessments: vi.fn(async () => []),
    listDiscussion: vi.fn(async () => []),
    postToDiscussion: vi.fn(),
    draftDecisionLetter: vi.fn(),
    decideCase: vi.fn(),
    listMeetings: vi.fn(async () => [meeting()]),
    createMeeting: vi.fn(),
    getMeeting: vi.fn(async () => meeting()),
    addMeetingCase: vi.fn(),
    removeMeetingCase: vi.fn(),
    getAgenda: vi.fn(async () => agenda()),
    listAttachments: vi.fn(async () => []),
    addAttachment: vi.fn(),
    downloadAttachment: vi.fn(),
    removeAttachment: vi.fn(),
    // The case's dossier as review-service answers it: each part as the (possibly overridden) part's own call answers.
    getReviewCaseDossier: vi.fn(async (id: string) => {
      const reviewCase = await api.getReviewCase(id);
      const readable = caseDossierParts(reviewCase.permissions);
      return {
        reviewCase,
        assessments: readable.assessments ? await api.listAssessments(id) : null,
        discussion: readable.discussion ? await api.listDiscussion(id) : null,
        committee: readable.committee ? await api.listCommitteeMembers() : null,
      };
    }),
    ...overrides,
  };
  return api;
}
