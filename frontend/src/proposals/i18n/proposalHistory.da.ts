import type { proposalHistoryEn } from './proposalHistory.en';

/** Danske tekster til detaljerne i et forslags historik. Typed against the English keys. */
export const proposalHistoryDa: Record<keyof typeof proposalHistoryEn, string> = {
  'proposalHistory.file': 'Fil: {fileName}',
  'proposalHistory.consultant': 'Konsulent: {consultant}',
  'proposalHistory.consultationHeld': 'Konsultation holdt den {date}',
  'proposalHistory.endorsements.BOTH': 'Version {version} sendt til studienævnet og institutlederen',
  'proposalHistory.endorsements.STUDY_BOARD':
    'Version {version} sendt til studienævnet (institutlederens underskrift gælder stadig)',
  'proposalHistory.endorsements.HEAD': 'Version {version} sendt til institutlederen (studienævnets godkendelse gælder stadig)',
  'proposalHistory.version': 'Version {version}',
  'proposalHistory.version.comment': 'Version {version}: {comment}',
  'proposalHistory.signature': 'Version {version} (SHA-256 {contentHash}…)',
  'proposalHistory.signature.comment': 'Version {version} (SHA-256 {contentHash}…): {comment}',
  'proposalHistory.signatureVoided': 'Den underskrevne version blev ændret',
  'proposalHistory.scopeChanged': 'Den faglige afgrænsning blev ændret: {fields}',
  'proposalHistory.reason': 'Begrundelse: {reason}',
  'proposalHistory.round': 'Runde {round}',
  'proposalHistory.round.comment': 'Runde {round}: {comment}',
  'proposalHistory.revision': 'Runde {round}; version {openVersion} er åben for revision',
  'proposalHistory.revision.comment': 'Runde {round}; version {openVersion} er åben for revision: {comment}',
  'proposalHistory.launched': 'Lanceret på Coursera den {launchDate}: {courseUrl}',
};
