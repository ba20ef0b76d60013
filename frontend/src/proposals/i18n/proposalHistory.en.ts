/**
 * English wording of a proposal history line's parameters (proposal-service's `HistoryEntry.action` and `params`,
 * docs/codes.md): the detail under the action's name. Spread into `proposalsEn`.
 */
export const proposalHistoryEn = {
  'proposalHistory.file': 'File: {fileName}',
  'proposalHistory.consultant': 'Consultant: {consultant}',
  'proposalHistory.consultationHeld': 'Consultation held on {date}',
  'proposalHistory.endorsements.BOTH': 'Version {version} sent to the study board and the Head of Department',
  'proposalHistory.endorsements.STUDY_BOARD':
    'Version {version} sent to the study board (the Head of Department’s signature still holds)',
  'proposalHistory.endorsements.HEAD':
    'Version {version} sent to the Head of Department (the study board’s approval still holds)',
  'proposalHistory.version': 'Version {version}',
  'proposalHistory.version.comment': 'Version {version}: {comment}',
  'proposalHistory.signature': 'Version {version} (SHA-256 {contentHash}…)',
  'proposalHistory.signature.comment': 'Version {version} (SHA-256 {contentHash}…): {comment}',
  'proposalHistory.signatureVoided': 'The signed version was changed',
  'proposalHistory.scopeChanged': 'The academic scope was changed: {fields}',
  'proposalHistory.reason': 'Reason: {reason}',
  'proposalHistory.round': 'Round {round}',
  'proposalHistory.round.comment': 'Round {round}: {comment}',
  'proposalHistory.revision': 'Round {round}; version {openVersion} is open for revision',
  'proposalHistory.revision.comment': 'Round {round}; version {openVersion} is open for revision: {comment}',
  'proposalHistory.launched': 'Launched on Coursera on {launchDate}: {courseUrl}',
} as const;
