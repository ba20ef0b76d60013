import { formatMilestoneName, formatRound, formatStudio } from '../../production/i18n/productionFormat';
import { formatDate, formatFieldName, formatSemester } from '../i18n/format';
import type { MessageKey, Params } from '../i18n/translate';
import { TASK_KINDS, daysUntil, type InboxTask, type TaskService } from './taskModel';

type T = (key: MessageKey, params?: Params) => string;

/** Whether `kind` is one of the service's documented kinds (and so has texts of its own). */
function isKnown(service: TaskService, kind: string): boolean {
  return (TASK_KINDS[service] as readonly string[]).includes(kind);
}

/** A comma-separated list of codes (`STUDY_BOARD,HEAD_OF_DEPARTMENT`) in words, joined as the locale joins a list. */
function codeList(t: T, locale: string, value: string | undefined, keys: Record<string, MessageKey>): string {
  const words = (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) => (keys[code] ? t(keys[code]) : code));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words);
}

const ENDORSERS: Record<string, MessageKey> = {
  STUDY_BOARD: 'inbox.endorser.STUDY_BOARD',
  HEAD_OF_DEPARTMENT: 'inbox.endorser.HEAD_OF_DEPARTMENT',
};

const REQUESTERS: Record<string, MessageKey> = {
  COMMITTEE: 'inbox.requester.COMMITTEE',
  STUDY_BOARD: 'inbox.requester.STUDY_BOARD',
  HEAD_OF_DEPARTMENT: 'inbox.requester.HEAD_OF_DEPARTMENT',
};

/** What the reader is to do, in one sentence of their language, from the task's kind and parameters. */
export function taskText(t: T, locale: string, task: InboxTask): string {
  const { service, kind, title, params, dueDate } = task;
  if (!isKnown(service, kind)) return t('inbox.task.other', { title, code: kind });
  const key = `inbox.task.${service}.${kind}` as MessageKey;
  switch (`${service}.${kind}`) {
    case 'proposal.REQUEST_ENDORSEMENTS': {
      // Both are asked for unless the server names only one.
      const endorsers = codeList(t, locale, params.endorsers || 'STUDY_BOARD,HEAD_OF_DEPARTMENT', ENDORSERS);
      return t(key, { title, endorsers });
    }
    case 'proposal.REVISE_PROPOSAL':
      return params.requestedBy
        ? t('inbox.task.proposal.REVISE_PROPOSAL.by', { title, requestedBy: codeList(t, locale, params.requestedBy, REQUESTERS) })
        : t(key, { title });
    case 'review.DECLARE_CONFLICT_OF_INTEREST':
      return params.automaticConflict === 'true' ? t('inbox.task.review.DECLARE_CONFLICT_OF_INTEREST.flagged', { title }) : t(key, { title });
    case 'review.ASSESS_CASE':
      return dueDate ? t('inbox.task.review.ASSESS_CASE.meeting', { title, date: formatDate(locale, dueDate) }) : t(key, { title });
    case 'review.SEND_DECISION':
      return dueDate ? t('inbox.task.review.SEND_DECISION.meeting', { title, date: formatDate(locale, dueDate) }) : t(key, { title });
    case 'production.COMPLETE_MILESTONE':
      return t(key, { title, milestone: params.milestone ? formatMilestoneName(t, { key: params.milestone }) : '' });
    case 'analytics.RECORD_SEMESTER_REVIEW':
      return t(key, { title, semester: formatSemester(t, params.semester) });
    default:
      return t(key, { title });
  }
}

/** The name of the task's action (its link's text). */
export function actionText(t: T, task: InboxTask): string {
  return isKnown(task.service, task.kind) ? t(`inbox.action.${task.service}.${task.kind}` as MessageKey) : t('inbox.action.other');
}

/** Further facts the parameters give, each a short line (the department, the round, the quorum, …). */
export function taskDetails(t: T, locale: string, task: InboxTask): string[] {
  const { params } = task;
  const lines: string[] = [];
  if (!isKnown(task.service, task.kind)) return lines;
  switch (`${task.service}.${task.kind}`) {
    case 'proposal.TAKE_CONSULTATION':
    case 'proposal.GIVE_BOARD_APPROVAL':
    case 'proposal.SIGN_AS_HEAD':
      if (params.department) lines.push(t('inbox.detail.department', { department: params.department }));
      break;
    case 'proposal.COMPLETE_APPLICATION':
      if (params.missing) {
        const fields = params.missing.split(',').map((f) => formatFieldName(t, f.trim())).filter(Boolean);
        lines.push(t('inbox.detail.missing', { fields: new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields) }));
      }
      break;
    case 'production.RESOLVE_COMMENT':
    case 'production.GIVE_FEEDBACK':
    case 'production.CLOSE_FEEDBACK_ROUND':
      if (params.round) lines.push(t('inbox.detail.feedbackRound', { round: formatRound(t, params.round) }));
      break;
    case 'production.CONFIRM_BOOKING':
      if (params.studio) lines.push(t('inbox.detail.studio', { studio: formatStudio(t, params.studio) }));
      break;
    case 'production.COMPLETE_MAINTENANCE_TASK':
      if (params.semester) lines.push(t('inbox.detail.semester', { semester: formatSemester(t, params.semester) }));
      break;
  }
  if (task.service === 'review') {
    // A later round is worth saying: the case came back after a revision.
    if (Number(params.round) > 1) lines.push(t('inbox.detail.round', { round: params.round }));
    if (task.kind === 'SEND_DECISION') {
      if (params.assessments && params.quorum) {
        lines.push(t('inbox.detail.quorum', { assessments: params.assessments, quorum: params.quorum }));
      }
      if (params.actingChair === 'true') lines.push(t('inbox.detail.actingChair'));
    }
  }
  return lines;
}

/** "in 3 days", "tomorrow", "today", "2 days ago" in the locale's words. */
export function relativeDay(locale: string, date: string, today: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(daysUntil(date, today), 'day');
}
