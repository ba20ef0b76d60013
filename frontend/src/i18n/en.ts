/**
 * English dictionary: the reference set of message keys.
 * Placeholders are written {name} and filled in by `t(key, { name })`.
 */
export const en = {
  'app.name': 'MOOC Programme Platform',
  'app.documentTitle': '{page} – MOOC Programme Platform',
  'app.skipToContent': 'Skip to main content',
  'app.footer': 'MOOC Programme Platform · run by the LearningLab for the university’s Coursera programme',
  'app.loading': 'Loading…',
  'app.startError.title': 'The platform could not start',
  'app.startError.body':
    'The configuration could not be loaded. Please try again in a moment, or contact the LearningLab if the problem persists.',
  'app.retry': 'Try again',

  'lang.label': 'Language',

  'nav.label': 'Main',
  'nav.home': 'Overview',
  'nav.myProposals': 'My proposals',
  'nav.allProposals': 'All proposals',
  'nav.reviewCases': 'Review cases',
  'nav.production': 'Production',
  'nav.analytics': 'Analytics',
  'nav.comingSoonSuffix': '(coming soon)',

  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signingIn': 'Signing you in…',
  'auth.signedInAs': 'Signed in as',
  'auth.error.title': 'Sign-in failed',
  'auth.error.body': 'The sign-in could not be completed: {message}',

  'landing.title': 'MOOC Programme Platform',
  'landing.lead':
    'One place for the university’s MOOC programme on Coursera – from the first proposal through committee review and production to launch and the study board’s semester reviews.',
  'landing.signInHint': 'Sign in with your university account to continue.',
  'landing.stepsHeading': 'How the programme works',
  'landing.step.proposal.title': 'Proposal',
  'landing.step.proposal.body':
    'The instructor applies with a LearningLab consultant, approved by the study board and signed by the Head of Department.',
  'landing.step.review.title': 'Committee review',
  'landing.step.review.body':
    'The steering committee assesses topic, teacher and department resources, and approves, rejects or asks for a revision.',
  'landing.step.production.title': 'Production',
  'landing.step.production.body':
    'A development plan with milestones, feedback rounds, quality gates and video production with the MediaLab.',
  'landing.step.launch.title': 'Launch and after',
  'landing.step.launch.body':
    'The course runs on Coursera, and after every semester the study board reviews its analytics and evaluations.',

  'home.title': 'Overview',
  'home.greeting': 'Welcome, {name}',
  'home.yourRoles': 'Your roles: {roles}',
  'home.department': 'Department: {department}',
  'home.noRoles':
    'Your account has no role in the MOOC programme yet. Contact the LearningLab to get access.',

  'role.instructor': 'Instructor',
  'role.consultant': 'LearningLab consultant',
  'role.committee': 'Steering committee member',
  'role.board': 'Study board member',
  'role.head': 'Head of Department',
  'role.medialab': 'MediaLab',
  'role.admin': 'Administrator',

  'welcome.consultant.title': 'Your role as LearningLab consultant',
  'welcome.consultant.body':
    'You hold the first consultation with instructors, give pedagogical sparring and platform expertise, fill in the development plan with the instructor and keep contact with Coursera’s partnership manager.',
  'welcome.board.title': 'Your role on the study board',
  'welcome.board.body':
    'The study board approves each application before it reaches the steering committee and approves the course again before launch. After every semester you review the course analytics together with the course evaluations and decide: continue, revise or retire.',
  'welcome.head.title': 'Your role as Head of Department',
  'welcome.head.body':
    'You sign the applications from your department and confirm the resources it allocates to production, running and maintenance: hours, assistants and video budget.',
  'welcome.medialab.title': 'Your role in the MediaLab',
  'welcome.medialab.body':
    'You book and confirm video production for approved MOOCs at DKK 350 per hour. Instructors can also use the free self-service studios at the Library on Lyngby Campus, at Ballerup Campus and at Risø Campus.',
  'welcome.comingSoon': 'The pages for your tasks are being built and will appear in the menu when they are ready.',

  'status.DRAFT': 'Draft',
  'status.SUBMITTED': 'Submitted',
  'status.OPEN': 'Open',

  'semester.spring': 'Spring {year}',
  'semester.autumn': 'Autumn {year}',

  'proposals.heading': 'My proposals',
  'proposals.headingAll': 'All proposals',
  'proposals.caption': 'Your MOOC proposals with status, planned launch and last update',
  'proposals.captionAll': 'All MOOC proposals with instructor, status, planned launch and last update',
  'proposals.col.title': 'Title',
  'proposals.col.instructor': 'Instructor',
  'proposals.col.status': 'Status',
  'proposals.col.semester': 'Planned launch',
  'proposals.col.updated': 'Last updated',
  'proposals.col.actions': 'Actions',
  'proposals.loading': 'Loading proposals…',
  'proposals.loadError': 'The proposals could not be loaded.',
  'proposals.empty': 'You have no proposals yet. Create a draft with the form below.',
  'proposals.emptyAll': 'There are no proposals yet.',
  'proposals.submit': 'Submit to committee',
  'proposals.submitConfirm': 'Submit “{title}” to the steering committee?',
  'proposals.confirmSubmit': 'Yes, submit',
  'proposals.cancel': 'Cancel',
  'proposals.submitting': 'Submitting…',
  'proposals.submitted': '“{title}” was submitted to the steering committee.',
  'proposals.submitError': '“{title}” could not be submitted: {detail}',

  'form.heading': 'Create a draft proposal',
  'form.intro':
    'Fields marked with * are required. The draft is saved for you, and you can submit it to the steering committee from the table above.',
  'form.title.label': 'Title',
  'form.title.hint': 'The working title of the MOOC.',
  'form.summary.label': 'Summary',
  'form.summary.hint': 'The topic and its impact potential: why this MOOC, and why on Coursera?',
  'form.content.legend': 'Content',
  'form.content.new': 'New content',
  'form.content.existing': 'Builds on an existing course',
  'form.courseCode.label': 'Course code',
  'form.courseCode.hint': 'The code of the existing course, for example 02402.',
  'form.semester.label': 'Planned launch semester',
  'form.semester.choose': 'Choose a semester',
  'form.enrolments.label': 'Expected enrolments',
  'form.enrolments.hint': 'Your estimate of the number of learners who will enrol.',
  'form.submit': 'Create draft',
  'form.submitting': 'Creating…',
  'form.created': 'The draft “{title}” was created.',
  'form.errorSummary': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.error.titleRequired': 'Enter a title.',
  'form.error.titleTooLong': 'The title must be at most {max} characters.',
  'form.error.summaryRequired': 'Enter a summary.',
  'form.error.courseCodeRequired': 'Enter the course code of the existing course.',
  'form.error.semesterRequired': 'Choose the planned launch semester.',
  'form.error.enrolmentsInvalid': 'Enter a whole number greater than 0.',

  'review.heading': 'Review cases',
  'review.caption': 'Review cases of the steering committee with department, instructor, round, status and opening date',
  'review.col.title': 'Proposal',
  'review.col.department': 'Department',
  'review.col.instructor': 'Instructor',
  'review.col.round': 'Round',
  'review.col.status': 'Status',
  'review.col.opened': 'Opened',
  'review.loading': 'Loading review cases…',
  'review.loadError': 'The review cases could not be loaded.',
  'review.empty': 'There are no review cases.',

  'comingSoon.badge': 'Coming soon',
  'comingSoon.production.body':
    'Development plans and milestones, feedback rounds, quality-assurance gates, user tests and video bookings will be managed here. This part of the platform is not available yet.',
  'comingSoon.analytics.body':
    'Launched courses, Coursera analytics, course evaluations and the study board’s semester reviews will be shown here. This part of the platform is not available yet.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist.',
  'forbidden.title': 'No access',
  'forbidden.body': 'Your roles do not give access to this page.',
  'nav.backHome': 'Go to the overview',

  'pagination.label': 'Pages',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {page} of {pages}',

  'error.generic': 'Something went wrong. Please try again.',
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unauthorized': 'Your session has expired. Please sign out and sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
