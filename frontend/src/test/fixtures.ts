import { vi } from 'vitest';
import type { ApiClient } from '../api/client';
import type { HistoryEntry, Proposal, ReviewCase } from '../api/types';

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
      { name: 'Ida Instructor', email: 'ida@example.org', role: 'INSTRUCTOR' },
      { name: 'Sofie Student', email: null, role: 'STUDENT_ASSISTANT' },
    ],
    resources: { staffHours: 400, assistants: 2, videoBudgetDkk: 35000 },
    version: 3,
    ...overrides,
  });
}

export function history(): HistoryEntry[] {
  return [
    { at: '2026-11-01T10:00:00Z', actorName: 'Ida Instructor', action: 'CREATED', detail: 'Draft started' },
    { at: '2026-11-02T12:30:00Z', actorName: 'Ida Instructor', action: 'EDITED', detail: 'Changed: title, team' },
    { at: '2026-11-03T08:15:00Z', actorName: 'Ida Instructor', action: 'SUBMITTED', detail: 'Submitted to the steering committee' },
  ];
}

export function reviewCase(overrides: Partial<ReviewCase> = {}): ReviewCase {
  return {
    id: 'rc-1',
    moocId: '7b0e3c1e-0000-4000-8000-000000000002',
    proposalTitle: 'Wind Energy Basics',
    department: 'Wind',
    instructorName: 'Ida Instructor',
    round: 1,
    status: 'OPEN',
    openedAt: '2026-11-03T09:00:00Z',
    ...overrides,
  };
}

/** An API client whose every method is a mock; override what a test needs. */
export function fakeApi(overrides: Partial<ApiClient> = {}): ApiClient {
  return {
    request: vi.fn(),
    listProposals: vi.fn(async () => ({ items: [proposal()], page: 0, size: 20, total: 1 })),
    getProposal: vi.fn(async () => proposal()),
    getProposalHistory: vi.fn(async () => history()),
    createProposal: vi.fn(),
    updateProposal: vi.fn(),
    submitProposal: vi.fn(),
    listReviewCases: vi.fn(async () => ({ items: [reviewCase()], page: 0, size: 20, total: 1 })),
    ...overrides,
  };
}
