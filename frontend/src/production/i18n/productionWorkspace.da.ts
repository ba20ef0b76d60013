import type { productionWorkspaceEn } from './productionWorkspace.en';

/** Danske tekster til produktionssiden som arbejdsrum. Typed against the English keys. */
export const productionWorkspaceDa: Record<keyof typeof productionWorkspaceEn, string> = {
  'productionTabs.label': 'Produktionens dele',
  'productionTabs.plan': 'Plan',
  'productionTabs.feedback': 'Feedback',
  'productionTabs.video': 'Video',
  'productionTabs.quality': 'Kvalitet',
  'productionTabs.launch': 'Lancering',
  'productionTabs.overdue': '({count} overskredet)',
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

  'gantt.zoom': 'Tidsskala',
  'gantt.zoom.week': 'Uger',
  'gantt.zoom.month': 'Måneder',
  'gantt.today': 'I dag',
  'gantt.keysHint': 'Sådan flytter du en frist: sæt fokus på milepælens bjælke, brug piletasterne for at flytte den en dag (med Skift en uge), Enter for at gemme og Escape for at fortryde.',
  'gantt.caption': 'Gantt-diagram over udviklingsplanen fra {from} til {to}. Listen nedenfor giver de samme datoer i ord.',
  'gantt.caption.today': 'I dag er det {today}.',
  'gantt.state.done': 'Færdig',
  'gantt.bar.label': 'Frist for “{name}”',
  'gantt.bar.moved': '{date}, ikke gemt (gemt: {saved})',
  'gantt.draft': 'Ny frist {date} – Enter gemmer',
  'gantt.done.move': 'Milepælen “{name}” har nu frist {date}.',
  'gantt.legend.current': 'Den aktuelle plan',
  'gantt.legend.baseline': 'Baseline (den første aftalte plan)',
  'gantt.legend.noBaseline': 'Ingen baseline endnu: planen bliver baseline, når den er aftalt',
  'gantt.legend.proposed': 'Foreslået ny frist',
  'gantt.legend.today': 'I dag',

  'calendar.pick': 'Vælg {slot} {day}',
} as const;
