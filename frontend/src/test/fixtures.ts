import type { Proposal, ReviewCase } from '../api/types';

export function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: '7b0e3c1e-0000-4000-8000-000000000001',
    title: 'Machine Learning for Engineers',
    summary: 'An introduction to ML for engineering students.',
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
