/**
 * English texts of the production page as a workspace: its sections as tabs, what stands in the way of the launch,
 * the plan's Gantt chart and the week calendars of the studios and of MediaLab's queue. Spread into `productionEn`.
 */
export const productionWorkspaceEn = {
  'productionTabs.label': 'Sections of the production',
  'productionTabs.plan': 'Plan',
  'productionTabs.feedback': 'Feedback',
  'productionTabs.video': 'Video',
  'productionTabs.quality': 'Quality',
  'productionTabs.launch': 'Launch',
  'productionTabs.overdue': '({count} overdue)',
  'productionTabs.gatesOpen': '({count} not met)',
  'productionTabs.launched': '(launched)',

  'launchSection.heading': 'Launch approval and launch',
  'launchReadiness.ready': 'Every blocking quality gate is met: the course can be launched.',
  'launchReadiness.blocked': 'The launch is not possible yet. Quality gates not met: {count}.',
  'launchReadiness.warnings': 'Not met, but they do not block the launch:',
  'launchReadiness.goTo.plan': 'Open the plan',
  'launchReadiness.goTo.feedback': 'Open the feedback',
  'launchReadiness.goTo.quality': 'Open quality assurance',
  'launchReadiness.goTo.launch': 'See the launch approval',
} as const;
