/**
 * English wording of a quality gate's state (production-service's `QaGateReason`, docs/codes.md): why a gate is met
 * or not, as the gate list, the launch readiness and a refused launch show it. Spread into `productionEn`.
 */
export const gateReasonsEn = {
  'gateReason.MILESTONES_DONE': 'Every mandatory milestone is done',
  'gateReason.MILESTONES_NOT_DONE': 'Not done yet: {milestones}',
  'gateReason.MILESTONES_NOT_DONE.unnamed': 'Some mandatory milestones are not done yet',
  'gateReason.FEEDBACK_ROUND_CLOSED': 'The feedback round is closed',
  'gateReason.FEEDBACK_ROUND_CLOSED.TEACHING_PLAN': 'The feedback round on the teaching plan is closed',
  'gateReason.FEEDBACK_ROUND_CLOSED.MATERIAL': 'The feedback round on the material is closed',
  'gateReason.FEEDBACK_ROUND_OPEN': 'The feedback round is still open',
  'gateReason.FEEDBACK_ROUND_OPEN.TEACHING_PLAN': 'The feedback round on the teaching plan is still open',
  'gateReason.FEEDBACK_ROUND_OPEN.MATERIAL': 'The feedback round on the material is still open',
  'gateReason.USER_TEST_RECORDED': 'User test recorded',
  'gateReason.USER_TEST_RECORDED.on': 'User test on {testedOn} recorded',
  'gateReason.USER_TEST_MISSING_MANDATORY': 'No user test recorded; it is mandatory for new content',
  'gateReason.USER_TEST_MISSING_RECOMMENDED':
    'No user test recorded; recommended even when the MOOC builds on an existing course',
  'gateReason.LAUNCH_APPROVED': 'The study board approved the launch',
  'gateReason.LAUNCH_APPROVAL_REQUESTED': 'Requested from the study board; no answer yet',
  'gateReason.LAUNCH_DECLINED': 'The study board declined the launch',
  'gateReason.LAUNCH_DECLINED.comment': 'The study board declined the launch: {comment}',
  'gateReason.LAUNCH_APPROVAL_NOT_REQUESTED': 'The study board’s launch approval has not been requested',
  'maintenance.task.reviewAsks': 'Revise the course as the study board’s {semester} review asks',
} as const;
