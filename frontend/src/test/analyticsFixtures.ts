import type {
  Course,
  CourseEvaluation,
  ExportImport,
  LearnerData,
  Portfolio,
  PortfolioTimeline,
  SemesterKpis,
  SemesterReviewPack,
  SemesterReviewSummary,
} from '../analytics/api/analyticsTypes';

/** analytics-service's answers as docs/analytics.md and the view classes describe them. */
export const COURSE_ID = '6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11';
export const REVIEW_ID = '3b9e1f7a-5c2d-4e8f-9a1b-2c3d4e5f6a7b';
export const PREVIOUS_REVIEW_ID = '7c1f3e2a-9b10-4a8e-9d52-0b6f0f4e4c1e';
export const API = '/api/analytics';

export function course(overrides: Partial<Course> = {}): Course {
  return {
    moocId: COURSE_ID,
    title: 'Quantum Computing for Engineers',
    department: 'Compute',
    instructorName: 'Ida Instructor',
    courseraUrl: 'https://www.coursera.org/learn/quantum-computing-for-engineers',
    launchedOn: '2027-09-01',
    launchSemester: '2027-autumn',
    plannedLaunchSemester: '2027-autumn',
    expectedEnrolments: 5000,
    newContent: true,
    courseCode: null,
    status: 'RUNNING',
    ...overrides,
  };
}

export function kpis(overrides: Partial<SemesterKpis> = {}): SemesterKpis {
  return {
    moocId: COURSE_ID,
    title: 'Quantum Computing for Engineers',
    semester: '2028-spring',
    from: '2028-01-01',
    to: '2028-06-30',
    enrolledLearners: 6,
    activeLearners: 5,
    passedLearners: 1,
    completionRate: 16.7,
    ratings: 3,
    averageRating: 3.33,
    promoters: 1,
    passives: 1,
    detractors: 1,
    nps: 0.0,
    countries: [
      { country: 'DK', learners: 2, share: 33.3 },
      { country: 'OTHER', learners: 3, share: 50.0 },
      { country: 'UNKNOWN', learners: 1, share: 16.7 },
    ],
    expected: { expectedEnrolments: 5000, plannedLaunchSemester: '2027-autumn', launchSemester: '2027-autumn', enrolledToDate: 10, shareOfExpected: 0.2 },
    previousSemester: '2027-autumn',
    trend: {
      enrolledLearners: { previous: 5, change: 1, relativeChange: 20.0 },
      activeLearners: { previous: 5, change: 0, relativeChange: 0.0 },
      completionRate: { previous: 20.0, change: -3.3, relativeChange: -16.5 },
      averageRating: { previous: null, change: null, relativeChange: null },
      nps: { previous: null, change: null, relativeChange: null },
    },
    started: null,
    hasData: null,
    npsFirstWeek: null,
    npsEndOfCourse: null,
    sources: null,
    ...overrides,
  };
}

export const autumnKpis = (): SemesterKpis =>
  kpis({
    semester: '2027-autumn',
    from: '2027-07-01',
    to: '2027-12-31',
    enrolledLearners: 5,
    activeLearners: 5,
    passedLearners: 1,
    completionRate: 20.0,
    ratings: 0,
    averageRating: null,
    promoters: 0,
    passives: 0,
    detractors: 0,
    nps: null,
    countries: [{ country: 'US', learners: 5, share: 100.0 }],
    previousSemester: '2027-spring',
    trend: {
      enrolledLearners: { previous: 0, change: 5, relativeChange: null },
      activeLearners: { previous: 0, change: 5, relativeChange: null },
      completionRate: { previous: null, change: null, relativeChange: null },
      averageRating: { previous: null, change: null, relativeChange: null },
      nps: { previous: null, change: null, relativeChange: null },
    },
  });

export function evaluation(overrides: Partial<CourseEvaluation> = {}): CourseEvaluation {
  return {
    moocId: COURSE_ID,
    semester: '2028-spring',
    invited: 350,
    respondents: 84,
    responseRate: 24.0,
    source: 'ENTERED',
    recordedBy: 'ida',
    recordedAt: '2028-07-10T09:00:00Z',
    questions: [
      {
        questionId: 'Q1',
        question: 'The course met its learning objectives',
        type: 'LIKERT',
        answers: 80,
        distribution: [2, 3, 10, 30, 35],
        average: 4.16,
        agreement: 81.3,
        comments: [],
      },
      {
        questionId: 'Q2',
        question: 'What should we improve?',
        type: 'TEXT',
        answers: 2,
        distribution: null,
        average: null,
        agreement: null,
        comments: ['More exercises in week 3', 'Subtitles, please'],
      },
    ],
    ...overrides,
  };
}

export function importRecord(overrides: Partial<ExportImport> = {}): ExportImport {
  return {
    id: 'imp-1',
    moocId: COURSE_ID,
    table: 'course_memberships',
    status: 'COMPLETED',
    rowsRead: 1200,
    rowsChanged: 1200,
    startedAt: '2028-07-03T09:00:00Z',
    finishedAt: '2028-07-03T09:01:12Z',
    importedBy: 'ida',
    problemCode: null, problemParams: null,
    problemLine: null,
    problemColumn: null,
    source: null,
    replacesData: null,
    progress: null,
    tables: null,
    ignored: null,
    ...overrides,
  };
}

/** A whole export's import (`POST …/exports`): the zip's tables in import order and the files skipped. */
export function exportImportRecord(overrides: Partial<ExportImport> = {}): ExportImport {
  return {
    id: 'imp-zip',
    moocId: COURSE_ID,
    table: null,
    source: 'ZIP',
    status: 'RUNNING',
    rowsRead: 0,
    rowsChanged: null,
    startedAt: '2028-07-03T09:00:00Z',
    finishedAt: null,
    importedBy: 'ida',
    problemCode: null, problemParams: null,
    problemLine: null,
    problemColumn: null,
    progress: 0,
    tables: [
      { table: 'users', file: 'export/users.csv', status: 'PENDING', rowsRead: 0, rowsChanged: null, bytesRead: 0, bytesTotal: 400, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
      { table: 'course_memberships', file: 'export/course_memberships.csv', status: 'PENDING', rowsRead: 0, rowsChanged: null, bytesRead: 0, bytesTotal: 600, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
    ],
    ignored: ['export/course_items.csv', 'export/README.txt'],
    replacesData: null,
    ...overrides,
  };
}

/** The import above once both tables are kept. */
export function completedExportImport(overrides: Partial<ExportImport> = {}): ExportImport {
  return exportImportRecord({
    status: 'COMPLETED',
    rowsRead: 13,
    rowsChanged: 12,
    finishedAt: '2028-07-03T09:00:05Z',
    progress: 1,
    tables: [
      { table: 'users', file: 'export/users.csv', status: 'COMPLETED', rowsRead: 6, rowsChanged: 6, bytesRead: 400, bytesTotal: 400, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
      { table: 'course_memberships', file: 'export/course_memberships.csv', status: 'COMPLETED', rowsRead: 7, rowsChanged: 6, bytesRead: 600, bytesTotal: 600, problemCode: null, problemParams: null, problemLine: null, problemColumn: null },
    ],
    ...overrides,
  });
}

/** A course's learner data (`GET …/learner-data`): its own retention, a semester kept as figures, three deletions. */
export function learnerData(overrides: Partial<LearnerData> = {}): LearnerData {
  return {
    moocId: COURSE_ID,
    retentionMonths: 24,
    defaultRetention: false,
    deletedBefore: '2028-01-01T00:00:00Z',
    oldestRow: '2028-01-14T08:31:07Z',
    nextDeletion: '2030-07-01',
    rows: [
      { table: 'users', rows: 5120 },
      { table: 'course_memberships', rows: 6004 },
      { table: 'course_progress', rows: 1 },
    ],
    semestersKept: ['2027-autumn'],
    deletions: [
      {
        reason: 'RETENTION',
        deletedBefore: '2028-01-01T00:00:00Z',
        rowsDeleted: 18211,
        semestersKept: 1,
        aggregatesKept: true,
        deletedBy: 'retention',
        deletedAt: '2030-01-01T03:00:00Z',
      },
      {
        reason: 'REPLACED',
        deletedBefore: null,
        rowsDeleted: 900,
        semestersKept: 0,
        aggregatesKept: true,
        deletedBy: 'ida',
        deletedAt: '2029-03-02T10:00:00Z',
      },
      {
        reason: 'ADMINISTRATOR',
        deletedBefore: null,
        rowsDeleted: 42,
        semestersKept: 0,
        aggregatesKept: false,
        deletedBy: 'ada',
        deletedAt: '2028-09-15T12:00:00Z',
      },
    ],
    ...overrides,
  };
}

export function reviewSummary(overrides: Partial<SemesterReviewSummary> = {}): SemesterReviewSummary {
  return {
    id: REVIEW_ID,
    moocId: COURSE_ID,
    title: 'Quantum Computing for Engineers',
    department: 'Compute',
    semester: '2028-spring',
    status: 'OPEN',
    outcome: null,
    openedAt: '2028-07-29T06:00:00Z',
    completedAt: null,
    ...overrides,
  };
}

export function reviewPack(overrides: Partial<SemesterReviewPack> = {}): SemesterReviewPack {
  return {
    id: REVIEW_ID,
    semester: '2028-spring',
    status: 'OPEN',
    openedAt: '2028-07-29T06:00:00Z',
    course: course(),
    kpis: kpis(),
    evaluation: evaluation(),
    decision: null,
    actions: [],
    previousReview: {
      id: PREVIOUS_REVIEW_ID,
      semester: '2027-autumn',
      outcome: 'REVISE',
      comments: 'Learners drop out in week 3',
      completedAt: '2028-02-10T10:00:00Z',
      actions: [
        { id: 'a-1', text: 'Split the week 3 module', status: 'OPEN', doneAt: null, doneBy: null },
        { id: 'a-2', text: 'Add subtitles', status: 'DONE', doneAt: '2028-03-01T10:00:00Z', doneBy: 'ida' },
      ],
    },
    openActions: [{ id: 'a-1', text: 'Split the week 3 module', status: 'OPEN', doneAt: null, doneBy: null }],
    permissions: ['DECIDE', 'UPDATE_ACTIONS'],
    ...overrides,
  };
}

export function portfolio(): Portfolio {
  return {
    byStage: { PROPOSAL: 3, REVIEW: 1, PRODUCTION: 2, LAUNCHED: 4, RETIRED: 0, WITHDRAWN: 1, REJECTED: 0 },
    departments: [
      {
        department: 'Compute',
        moocs: 7,
        byStage: { PROPOSAL: 2, REVIEW: 1, PRODUCTION: 1, LAUNCHED: 3, RETIRED: 0, WITHDRAWN: 0, REJECTED: 0 },
        committed: { staffHours: 400, assistants: 3, videoBudgetDkk: 70000 },
        requested: { staffHours: 120, assistants: 1, videoBudgetDkk: 20000 },
      },
      {
        department: 'Wind',
        moocs: 4,
        byStage: { PROPOSAL: 1, REVIEW: 0, PRODUCTION: 1, LAUNCHED: 1, RETIRED: 0, WITHDRAWN: 1, REJECTED: 0 },
        committed: { staffHours: 200, assistants: 2, videoBudgetDkk: 35000 },
        requested: { staffHours: 0, assistants: 0, videoBudgetDkk: 0 },
      },
    ],
    moocs: [
      {
        moocId: COURSE_ID,
        title: 'Quantum Computing for Engineers',
        department: 'Compute',
        instructorName: 'Ida Instructor',
        stage: 'LAUNCHED',
        stageSince: '2027-09-14T08:00:00Z',
        plannedLaunchSemester: '2027-autumn',
        expectedEnrolments: 5000,
        resources: { staffHours: 200, assistants: 2, videoBudgetDkk: 35000 },
        launchDate: '2027-09-15',
        courseUrl: 'https://www.coursera.org/learn/quantum-computing-for-engineers',
        launchSlipDays: 14,
        overdueMilestones: 2,
        maxDaysOverdue: 5,
        lastEventAt: '2027-09-14T08:00:00Z',
      },
      {
        moocId: 'm-2',
        title: 'Wind Energy Basics',
        department: 'Wind',
        instructorName: 'Willa Wind',
        stage: 'PRODUCTION',
        stageSince: '2027-03-01T08:00:00Z',
        plannedLaunchSemester: '2028-spring',
        expectedEnrolments: 2000,
        resources: { staffHours: 200, assistants: 2, videoBudgetDkk: 35000 },
        launchDate: null,
        courseUrl: null,
        launchSlipDays: null,
        overdueMilestones: 0,
        maxDaysOverdue: 0,
        lastEventAt: '2027-03-01T08:00:00Z',
      },
    ],
  };
}

export function timeline(): PortfolioTimeline {
  return {
    mooc: portfolio().moocs[0],
    events: [
      { occurredOn: '2026-09-01', recordedAt: '2026-09-01T08:00:00Z', service: 'proposal', type: 'mooc.proposal.drafted.v1', code: 'PROPOSAL_DRAFTED', params: { instructor: 'Ida Instructor' } },
      { occurredOn: '2026-11-01', recordedAt: '2026-11-01T08:00:00Z', service: 'review', type: 'mooc.review.decided.v1', code: 'REVIEW_DECIDED', params: { decision: 'APPROVED', round: '1' } },
      // launched on its launch date, recorded a week later
      { occurredOn: '2027-09-14', recordedAt: '2027-09-21T08:00:00Z', service: 'production', type: 'mooc.course.launched.v1', code: 'COURSE_LAUNCHED', params: { launchDate: '2027-09-14', courseUrl: 'https://www.coursera.org/learn/quantum' } },
      { occurredOn: '2028-08-15', recordedAt: '2028-08-15T13:00:00Z', service: 'analytics', type: 'mooc.analytics.semester-review-completed.v1', code: 'SEMESTER_REVIEWED', params: { semester: '2028-spring', outcome: 'REVISE' } },
    ],
  };
}
