import type { productionWorkspaceEn } from './productionWorkspace.en';

/** Danske tekster til produktionssiden som arbejdsrum. Typed against the English keys. */
export const productionWorkspaceDa: Record<keyof typeof productionWorkspaceEn, string> = {
  'productionTabs.label': 'Produktionens dele',
  'productionTabs.plan': 'Plan',
  'productionTabs.feedback': 'Feedback',
  'productionTabs.video': 'Video',
  'productionTabs.quality': 'Kvalitet',
  'productionTabs.launch': 'Lancering',
  'productionTabs.overdue': '({count} forsinket)',
  'productionTabs.gatesOpen': '({count} ikke opfyldt)',
  'productionTabs.launched': '(lanceret)',

  'launchSection.heading': 'Godkendelse af lancering og lancering',
  'launchReadiness.ready': 'Alle blokerende kvalitetsporte er opfyldt: kurset kan lanceres.',
  'launchReadiness.blocked': 'Kurset kan ikke lanceres endnu. Kvalitetsporte, der ikke er opfyldt: {count}.',
  'launchReadiness.warnings': 'Ikke opfyldt, men de blokerer ikke lanceringen:',
  'launchReadiness.goTo.plan': 'Åbn planen',
  'launchReadiness.goTo.feedback': 'Åbn feedbacken',
  'launchReadiness.goTo.quality': 'Åbn kvalitetssikringen',
  'launchReadiness.goTo.launch': 'Se godkendelsen af lanceringen',
} as const;
