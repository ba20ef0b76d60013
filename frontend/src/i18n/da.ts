import type { Dictionary } from './en';

/** Danish dictionary. Typed against the English keys, so a missing key fails the build. */
export const da: Dictionary = {
  'app.name': 'MOOC-programplatformen',
  'app.documentTitle': '{page} – MOOC-programplatformen',
  'app.skipToContent': 'Gå til hovedindhold',
  'app.footer': 'MOOC-programplatformen · drives af LearningLab for universitetets Coursera-program',
  'app.loading': 'Indlæser…',
  'app.startError.title': 'Platformen kunne ikke starte',
  'app.startError.body':
    'Konfigurationen kunne ikke indlæses. Prøv igen om lidt, eller kontakt LearningLab, hvis problemet fortsætter.',
  'app.retry': 'Prøv igen',

  'lang.label': 'Sprog',

  'nav.label': 'Hovedmenu',
  'nav.home': 'Oversigt',
  'nav.myProposals': 'Mine forslag',
  'nav.allProposals': 'Alle forslag',
  'nav.reviewCases': 'Bedømmelsessager',
  'nav.production': 'Produktion',
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

  'role.instructor': 'Underviser',
  'role.consultant': 'Konsulent i LearningLab',
  'role.committee': 'Medlem af styregruppen',
  'role.board': 'Medlem af studienævnet',
  'role.head': 'Institutleder',
  'role.medialab': 'MediaLab',
  'role.admin': 'Administrator',

  'welcome.consultant.title': 'Din rolle som konsulent i LearningLab',
  'welcome.consultant.body':
    'Du holder den første konsultation med underviserne, giver pædagogisk sparring og platformsekspertise, udfylder udviklingsplanen sammen med underviseren og har kontakten til Courseras partnership manager.',
  'welcome.board.title': 'Din rolle i studienævnet',
  'welcome.board.body':
    'Studienævnet godkender hver ansøgning, før den når styregruppen, og godkender kurset igen før lancering. Efter hvert semester gennemgår I kursets data sammen med kursusevalueringerne og beslutter: fortsæt, revidér eller afslut.',
  'welcome.head.title': 'Din rolle som institutleder',
  'welcome.head.body':
    'Du underskriver ansøgningerne fra dit institut og bekræfter de ressourcer, instituttet afsætter til produktion, drift og vedligeholdelse: timer, assistenter og videobudget.',
  'welcome.medialab.title': 'Din rolle i MediaLab',
  'welcome.medialab.body':
    'Du booker og bekræfter videoproduktion til godkendte MOOC’er til 350 kr. i timen. Underviserne kan også bruge de gratis selvbetjeningsstudier på Biblioteket på Lyngby Campus, på Ballerup Campus og på Risø Campus.',
  'welcome.comingSoon': 'Siderne til dine opgaver er under udvikling og kommer i menuen, når de er klar.',

  'status.DRAFT': 'Kladde',
  'status.SUBMITTED': 'Indsendt',
  'status.OPEN': 'Åben',

  'semester.spring': 'Forår {year}',
  'semester.autumn': 'Efterår {year}',

  'proposals.heading': 'Mine forslag',
  'proposals.headingAll': 'Alle forslag',
  'proposals.caption': 'Dine MOOC-forslag med status, planlagt lancering og seneste opdatering',
  'proposals.captionAll': 'Alle MOOC-forslag med underviser, status, planlagt lancering og seneste opdatering',
  'proposals.col.title': 'Titel',
  'proposals.col.instructor': 'Underviser',
  'proposals.col.status': 'Status',
  'proposals.col.semester': 'Planlagt lancering',
  'proposals.col.updated': 'Senest opdateret',
  'proposals.col.actions': 'Handlinger',
  'proposals.loading': 'Indlæser forslag…',
  'proposals.loadError': 'Forslagene kunne ikke indlæses.',
  'proposals.empty': 'Du har endnu ingen forslag. Opret en kladde med formularen nedenfor.',
  'proposals.emptyAll': 'Der er endnu ingen forslag.',
  'proposals.submit': 'Send til styregruppen',
  'proposals.submitConfirm': 'Send »{title}« til styregruppen?',
  'proposals.confirmSubmit': 'Ja, send',
  'proposals.cancel': 'Annuller',
  'proposals.submitting': 'Sender…',
  'proposals.submitted': '»{title}« er sendt til styregruppen.',
  'proposals.submitError': '»{title}« kunne ikke sendes: {detail}',

  'form.heading': 'Opret en kladde til et forslag',
  'form.intro':
    'Felter markeret med * skal udfyldes. Kladden gemmes til dig, og du kan sende den til styregruppen fra tabellen ovenfor.',
  'form.title.label': 'Titel',
  'form.title.hint': 'MOOC’ens arbejdstitel.',
  'form.summary.label': 'Resumé',
  'form.summary.hint': 'Emnet og dets potentielle gennemslagskraft: hvorfor denne MOOC, og hvorfor på Coursera?',
  'form.content.legend': 'Indhold',
  'form.content.new': 'Nyt indhold',
  'form.content.existing': 'Bygger på et eksisterende kursus',
  'form.courseCode.label': 'Kursusnummer',
  'form.courseCode.hint': 'Nummeret på det eksisterende kursus, for eksempel 02402.',
  'form.semester.label': 'Planlagt lanceringssemester',
  'form.semester.choose': 'Vælg et semester',
  'form.enrolments.label': 'Forventet antal tilmeldte',
  'form.enrolments.hint': 'Dit skøn over, hvor mange deltagere der vil tilmelde sig.',
  'form.submit': 'Opret kladde',
  'form.submitting': 'Opretter…',
  'form.created': 'Kladden »{title}« er oprettet.',
  'form.errorSummary': 'Der er et problem',
  'form.errorPrefix': 'Fejl:',
  'form.error.titleRequired': 'Angiv en titel.',
  'form.error.titleTooLong': 'Titlen må højst være på {max} tegn.',
  'form.error.summaryRequired': 'Angiv et resumé.',
  'form.error.courseCodeRequired': 'Angiv nummeret på det eksisterende kursus.',
  'form.error.semesterRequired': 'Vælg det planlagte lanceringssemester.',
  'form.error.enrolmentsInvalid': 'Angiv et helt tal større end 0.',

  'review.heading': 'Bedømmelsessager',
  'review.caption': 'Styregruppens bedømmelsessager med institut, underviser, runde, status og dato for åbning',
  'review.col.title': 'Forslag',
  'review.col.department': 'Institut',
  'review.col.instructor': 'Underviser',
  'review.col.round': 'Runde',
  'review.col.status': 'Status',
  'review.col.opened': 'Åbnet',
  'review.loading': 'Indlæser bedømmelsessager…',
  'review.loadError': 'Bedømmelsessagerne kunne ikke indlæses.',
  'review.empty': 'Der er ingen bedømmelsessager.',

  'comingSoon.badge': 'Kommer snart',
  'comingSoon.production.body':
    'Her skal udviklingsplaner og milepæle, feedbackrunder, kvalitetsporte, brugertests og videobookinger håndteres. Denne del af platformen er ikke tilgængelig endnu.',
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

  'error.generic': 'Noget gik galt. Prøv igen.',
  'error.network': 'Serveren kunne ikke kontaktes. Tjek din forbindelse, og prøv igen.',
  'error.unauthorized': 'Din session er udløbet. Log ud, og log ind igen.',
  'error.forbidden': 'Du har ikke lov til at gøre dette.',
};
