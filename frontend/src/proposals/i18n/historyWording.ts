/*
 * A proposal history line in the reader's language (docs/codes.md): the action's name and, from its parameters, the
 * detail ("Version 2 sent to the study board and the Head of Department"). Lines recorded before parameters existed
 * may lack some: their detail is then left out rather than shown with a gap.
 */
import { formatDate } from '../../shared/i18n/format';
import type { CodeParams, MessageKey, Translate } from '../../shared/i18n/translate';
import { formatFieldName, isKnownHistoryAction } from '../../shared/i18n/wording';

type Params = Readonly<Record<string, string>>;
type Detail = (t: Translate, locale: string, p: Params) => string;

/** The key when every named parameter is there, else nothing. */
function needs(t: Translate, key: MessageKey, p: Params, ...names: string[]): string {
  return names.every((n) => p[n]) ? t(key, Object.fromEntries(names.map((n) => [n, p[n]]))) : '';
}

/** Field names ("title, team") by their labels in the form ("Title, Team"). */
function fieldLabels(t: Translate, names: string): string {
  return names.split(',').map((f) => f.trim()).filter(Boolean).map((f) => formatFieldName(t, f)).join(', ');
}

const withComment = (key: MessageKey, commented: MessageKey, ...names: string[]): Detail => (t, _locale, p) =>
  p.comment ? needs(t, commented, p, ...names, 'comment') : needs(t, key, p, ...names);

const version = withComment('proposalHistory.version', 'proposalHistory.version.comment', 'version');
const signature = withComment('proposalHistory.signature', 'proposalHistory.signature.comment', 'version', 'contentHash');
const round = withComment('proposalHistory.round', 'proposalHistory.round.comment', 'round');
const file: Detail = (t, _l, p) => needs(t, 'proposalHistory.file', p, 'fileName');

const DETAILS: Record<string, Detail> = {
  EDITED: (t, _l, p) => (p.changedFields ? t('history.detail.changed', { fields: fieldLabels(t, p.changedFields) }) : t('history.detail.noChanges')),
  ATTACHMENT_ADDED: file,
  ATTACHMENT_REMOVED: file,
  CONSULTANT_ASSIGNED: (t, _l, p) => needs(t, 'proposalHistory.consultant', p, 'consultant'),
  CONSULTATION_RECORDED: (t, locale, p) => (p.date ? t('proposalHistory.consultationHeld', { date: formatDate(locale, p.date) }) : ''),
  ENDORSEMENTS_REQUESTED: (t, l, p) =>
    p.requested === 'BOTH' || p.requested === 'STUDY_BOARD' || p.requested === 'HEAD'
      ? needs(t, `proposalHistory.endorsements.${p.requested}`, p, 'version')
      : version(t, l, p),
  BOARD_APPROVED: version,
  BOARD_DECLINED: version,
  HEAD_SIGNED: signature,
  HEAD_DECLINED: signature,
  SIGNATURE_VOIDED: (t) => t('proposalHistory.signatureVoided'),
  BOARD_APPROVAL_VOIDED: (t, _l, p) => (p.scopeFields ? t('proposalHistory.scopeChanged', { fields: fieldLabels(t, p.scopeFields) }) : ''),
  SUBMITTED: version,
  RESUBMITTED: version,
  WITHDRAWN: (t, _l, p) => needs(t, 'proposalHistory.reason', p, 'reason'),
  APPROVED: round,
  REJECTED: round,
  REVISION_REQUESTED: withComment('proposalHistory.revision', 'proposalHistory.revision.comment', 'round', 'openVersion'),
  LAUNCHED: (t, locale, p) =>
    p.launchDate && p.courseUrl ? t('proposalHistory.launched', { launchDate: formatDate(locale, p.launchDate), courseUrl: p.courseUrl }) : '',
};

/**
 * The detail of a history line from its parameters, empty if there is none; for an action this client does not know
 * yet (its name reads "Update") the parameters' values.
 */
export function formatProposalHistoryDetail(t: Translate, locale: string, action: string | null | undefined, params: CodeParams): string {
  const p = params ?? {};
  if (!action || !isKnownHistoryAction(action)) return Object.values(p).filter((v) => v.trim() !== '').join(', ');
  const detail = DETAILS[action];
  return detail ? detail(t, locale, p) : '';
}
