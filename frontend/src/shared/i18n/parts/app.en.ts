/**
 * English texts of the frame of the app: its name, navigation, sign-in, the landing and overview pages, roles, the
 * error and outage pages. Spread into `en`, so the keys are MessageKeys.
 */
export const appSharedEn = {
  'app.name': 'MOOC Programme Platform',
  'app.documentTitle': '{page} – MOOC Programme Platform',
  'app.skipToContent': 'Skip to main content',
  'app.footer': 'MOOC Programme Platform · run by the LearningLab for the university’s Coursera programme',
  'app.loading': 'Loading…',
  'app.startError.title': 'The platform could not start',
  'app.startError.body':
    'The configuration could not be loaded. Please try again in a moment, or contact the LearningLab if the problem persists.',
  'app.retry': 'Try again',

  // a code this client does not know yet (a newer server): a neutral word and the code's values
  'code.unknown': 'Update',
  'code.unknownWithValues': 'Update: {values}',

  'nav.menu': 'Menu',
  'confirm.cancel': 'Cancel',

  'lang.label': 'Language',

  'nav.label': 'Main',
  'nav.home': 'Overview',
  'nav.myProposals': 'My proposals',
  'nav.allProposals': 'All proposals',
  'nav.submittedProposals': 'Submitted proposals',
  'nav.consultationProposals': 'Consultations',
  'nav.departmentProposals': 'Department proposals',
  'nav.reviewCases': 'Review cases',
  'nav.meetings': 'Meetings',
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
  'home.myConsultations.heading': 'Your consultations',
  'home.myConsultations.caption': 'The proposals whose consultation you have taken, with instructor, status, planned launch and last update',
  'home.myConsultations.empty': 'You have not taken any consultation yet.',

  'role.instructor': 'Instructor',
  'role.consultant': 'LearningLab consultant',
  'role.committee': 'Steering committee member',
  'role.committee-chair': 'Chair of the steering committee',
  'role.board': 'Study board member',
  'role.head': 'Head of Department',
  'role.medialab': 'MediaLab',
  'role.admin': 'Administrator',

  'welcome.medialab.title': 'Your role in the MediaLab',
  'welcome.medialab.body':
    'You book and confirm video production for approved MOOCs at DKK 350 per hour. Instructors can also use the free self-service studios at the Library on Lyngby Campus, at Ballerup Campus and at Risø Campus.',

  'comingSoon.badge': 'Coming soon',
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
  'pagination.statusMore': 'Page {page} of more than {pages}',

  'error.generic': 'Something went wrong. Please try again.',
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.unauthorized': 'Your session has expired. Please sign out and sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.unavailable.read': 'Part of the platform is briefly unavailable ({part}). Try again in a moment.',
  'error.unavailable.write':
    'This did not go through: part of the platform is briefly unavailable ({part}). Nothing was changed; try again in a moment.',
  'error.unavailable.writeUnknown':
    'Part of the platform did not answer in time ({part}), so this may or may not have gone through. Reload the page to see before you try again.',

  'outage.part.proposal': 'proposals',
  'outage.part.review': 'reviews',
  'outage.part.production': 'production',
  'outage.part.analytics': 'analytics',
  'outage.part.unnamed': 'a service',
  'outage.retrying':
    'Part of the platform is briefly unavailable ({parts}). This page will refresh itself as soon as it is back; you need not do anything.',
  'outage.stalled': 'Part of the platform is still unavailable ({parts}). Try again in a moment.',
} as const satisfies Record<string, string>;
