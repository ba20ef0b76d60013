import type { gateReasonsEn } from './gateReasons.en';

/** Danske tekster til kvalitetsportenes tilstand. Typed against the English keys. */
export const gateReasonsDa: Record<keyof typeof gateReasonsEn, string> = {
  'gateReason.MILESTONES_DONE': 'Alle obligatoriske milepæle er nået',
  'gateReason.MILESTONES_NOT_DONE': 'Endnu ikke nået: {milestones}',
  'gateReason.MILESTONES_NOT_DONE.unnamed': 'Nogle obligatoriske milepæle er endnu ikke nået',
  'gateReason.FEEDBACK_ROUND_CLOSED': 'Feedbackrunden er afsluttet',
  'gateReason.FEEDBACK_ROUND_CLOSED.TEACHING_PLAN': 'Feedbackrunden på undervisningsplanen er afsluttet',
  'gateReason.FEEDBACK_ROUND_CLOSED.MATERIAL': 'Feedbackrunden på materialet er afsluttet',
  'gateReason.FEEDBACK_ROUND_OPEN': 'Feedbackrunden er stadig åben',
  'gateReason.FEEDBACK_ROUND_OPEN.TEACHING_PLAN': 'Feedbackrunden på undervisningsplanen er stadig åben',
  'gateReason.FEEDBACK_ROUND_OPEN.MATERIAL': 'Feedbackrunden på materialet er stadig åben',
  'gateReason.USER_TEST_RECORDED': 'Brugertest registreret',
  'gateReason.USER_TEST_RECORDED.on': 'Brugertest den {testedOn} registreret',
  'gateReason.USER_TEST_MISSING_MANDATORY': 'Ingen brugertest registreret; den er obligatorisk for nyt indhold',
  'gateReason.USER_TEST_MISSING_RECOMMENDED':
    'Ingen brugertest registreret; anbefales også, når MOOC’en bygger på et eksisterende kursus',
  'gateReason.LAUNCH_APPROVED': 'Studienævnet har godkendt lanceringen',
  'gateReason.LAUNCH_APPROVAL_REQUESTED': 'Anmodet hos studienævnet; endnu intet svar',
  'gateReason.LAUNCH_DECLINED': 'Studienævnet afviste lanceringen',
  'gateReason.LAUNCH_DECLINED.comment': 'Studienævnet afviste lanceringen: {comment}',
  'gateReason.LAUNCH_APPROVAL_NOT_REQUESTED': 'Studienævnets godkendelse af lanceringen er ikke anmodet om',
  'maintenance.task.reviewAsks': 'Revidér kurset, som studienævnets semesterevaluering for {semester} beder om',
};
