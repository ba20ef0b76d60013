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

  'gantt.zoom': 'Time scale',
  'gantt.zoom.week': 'Weeks',
  'gantt.zoom.month': 'Months',
  'gantt.today': 'Today',
  'gantt.keysHint': 'To move a due date: focus the milestone’s bar, press the arrow keys to move it a day (with Shift a week), Enter to save, Escape to undo.',
  'gantt.caption': 'Gantt chart of the development plan from {from} to {to}. The list below gives the same dates in words.',
  'gantt.caption.today': 'Today is {today}.',
  'gantt.state.done': 'Done',
  'gantt.bar.label': 'Due date of “{name}”',
  'gantt.bar.moved': '{date}, not saved (saved: {saved})',
  'gantt.draft': 'New due date {date} – Enter saves',
  'gantt.done.move': 'The milestone “{name}” is now due {date}.',
  'gantt.legend.current': 'Current plan',
  'gantt.legend.baseline': 'Baseline (the first agreed plan)',
  'gantt.legend.noBaseline': 'No baseline yet: the plan becomes the baseline when it is agreed',
  'gantt.legend.proposed': 'Proposed new due date',
  'gantt.legend.today': 'Today',

  'calendar.pick': 'Choose {slot} on {day}',
} as const;
