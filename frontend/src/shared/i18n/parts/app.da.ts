import type { appSharedEn } from './app.en';

/**
 * Danish texts of the frame of the app: its name, navigation, sign-in, the landing and overview pages, roles, the
 * error and outage pages. Typed against the English keys, so a missing key fails the build.
 */
export const appSharedDa: Record<keyof typeof appSharedEn, string> = {
  'app.name': 'MOOC-programplatformen',
  'app.documentTitle': '{page} – MOOC-programplatformen',
  'app.skipToContent': 'Gå til hovedindhold',
  'app.footer': 'MOOC-programplatformen · drives af LearningLab for universitetets Coursera-program',
  'app.loading': 'Indlæser…',
  'app.startError.title': 'Platformen kunne ikke starte',
  'app.startError.body':
    'Konfigurationen kunne ikke indlæses. Prøv igen om lidt, eller kontakt LearningLab, hvis problemet fortsætter.',
  'app.retry': 'Prøv igen',

  'code.unknown': 'Opdatering',
  'code.unknownWithValues': 'Opdatering: {values}',

  'nav.menu': 'Menu',
  'confirm.cancel': 'Annuller',

  'lang.label': 'Sprog',

  'nav.label': 'Hovedmenu',
  'nav.home': 'Oversigt',
  'nav.myProposals': 'Mine forslag',
  'nav.allProposals': 'Alle forslag',
  'nav.submittedProposals': 'Indsendte forslag',
  'nav.consultationProposals': 'Konsultationer',
  'nav.departmentProposals': 'Instituttets forslag',
  'nav.reviewCases': 'Bedømmelsessager',
  'nav.meetings': 'Møder',
  'nav.analytics': 'Analyser',
  'nav.comingSoonSuffix': '(kommer snart)',

  'auth.signIn': 'Log ind',
  'auth.signOut': 'Log ud',
  'auth.signingIn': 'Logger dig ind…',
  'auth.signedInAs': 'Logget ind som',
  'auth.error.title': 'Login mislykkedes',
  'auth.error.body': 'Login kunne ikke gennemføres: {message}',

  'landing.title': 'MOOC-programplatformen',
  'landing.lead':
    'Ét sted for universitetets MOOC-program på Coursera – fra det første forslag over styregruppens bedømmelse og produktion til lancering og studienævnets semesterevalueringer.',
  'landing.signInHint': 'Log ind med din universitetskonto for at fortsætte.',
  'landing.stepsHeading': 'Sådan fungerer programmet',
  'landing.step.proposal.title': 'Forslag',
  'landing.step.proposal.body':
    'Underviseren ansøger sammen med en konsulent fra LearningLab; ansøgningen godkendes af studienævnet og underskrives af institutlederen.',
  'landing.step.review.title': 'Styregruppens bedømmelse',
  'landing.step.review.body':
    'Styregruppen vurderer emne, underviser og instituttets ressourcer og godkender, afviser eller beder om en revision.',
  'landing.step.production.title': 'Produktion',
  'landing.step.production.body':
    'En udviklingsplan med milepæle, feedbackrunder, kvalitetsporte og videoproduktion med MediaLab.',
  'landing.step.launch.title': 'Lancering og drift',
  'landing.step.launch.body':
    'Kurset kører på Coursera, og efter hvert semester gennemgår studienævnet kursets data og evalueringer.',

  'home.title': 'Oversigt',
  'home.greeting': 'Velkommen, {name}',
  'home.yourRoles': 'Dine roller: {roles}',
  'home.department': 'Institut: {department}',
  'home.noRoles':
    'Din konto har endnu ingen rolle i MOOC-programmet. Kontakt LearningLab for at få adgang.',
  'home.myConsultations.heading': 'Dine konsultationer',
  'home.myConsultations.caption': 'De forslag, hvis konsultation du har taget, med underviser, status, planlagt lancering og seneste opdatering',
  'home.myConsultations.empty': 'Du har endnu ikke taget nogen konsultation.',

  'role.instructor': 'Underviser',
  'role.consultant': 'Konsulent i LearningLab',
  'role.committee': 'Medlem af styregruppen',
  'role.committee-chair': 'Formand for styregruppen',
  'role.board': 'Medlem af studienævnet',
  'role.head': 'Institutleder',
  'role.medialab': 'MediaLab',
  'role.admin': 'Administrator',

  'welcome.medialab.title': 'Din rolle i MediaLab',
  'welcome.medialab.body':
    'Du booker og bekræfter videoproduktion til godkendte MOOC’er til 350 kr. i timen. Underviserne kan også bruge de gratis selvbetjeningsstudier på Biblioteket på Lyngby Campus, på Ballerup Campus og på Risø Campus.',

  'comingSoon.badge': 'Kommer snart',
  'comingSoon.analytics.body':
    'Her skal lancerede kurser, data fra Coursera, kursusevalueringer og studienævnets semesterevalueringer vises. Denne del af platformen er ikke tilgængelig endnu.',

  'notFound.title': 'Siden blev ikke fundet',
  'notFound.body': 'Den side, du bad om, findes ikke.',
  'forbidden.title': 'Ingen adgang',
  'forbidden.body': 'Dine roller giver ikke adgang til denne side.',
  'nav.backHome': 'Gå til oversigten',

  'pagination.label': 'Sider',
  'pagination.previous': 'Forrige side',
  'pagination.next': 'Næste side',
  'pagination.status': 'Side {page} af {pages}',
  'pagination.statusMore': 'Side {page} af mere end {pages}',

  'error.generic': 'Noget gik galt. Prøv igen.',
  'error.network': 'Serveren kunne ikke kontaktes. Tjek din forbindelse, og prøv igen.',
  'error.unauthorized': 'Din session er udløbet. Log ud, og log ind igen.',
  'error.forbidden': 'Du har ikke lov til at gøre dette.',
  'error.unavailable.read': 'En del af platformen er kortvarigt utilgængelig ({part}). Prøv igen om et øjeblik.',
  'error.unavailable.write':
    'Det gik ikke igennem: en del af platformen er kortvarigt utilgængelig ({part}). Intet blev ændret; prøv igen om et øjeblik.',
  'error.unavailable.writeUnknown':
    'En del af platformen svarede ikke i tide ({part}), så det er uvist, om det gik igennem. Genindlæs siden, og se efter, før du prøver igen.',

  'outage.part.proposal': 'forslag',
  'outage.part.review': 'bedømmelser',
  'outage.part.production': 'produktion',
  'outage.part.analytics': 'analyser',
  'outage.part.unnamed': 'en tjeneste',
  'outage.retrying':
    'En del af platformen er kortvarigt utilgængelig ({parts}). Siden opdaterer sig selv, så snart den er tilbage; du behøver ikke gøre noget.',
  'outage.stalled': 'En del af platformen er stadig utilgængelig ({parts}). Prøv igen om et øjeblik.',
};
