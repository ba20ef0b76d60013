/**
 * The platform's domain terms and their one Danish translation, so that every page calls a thing by the same name.
 *
 * `da` is the base form: its inflections and compounds that begin with it ("semesterevalueringen",
 * "studienævnets") are the same term. `avoid` lists the Danish words that have been used for the term and are not to
 * be used; each one also covers its inflections ("semestergennemgange"). glossary.test.ts checks every Danish
 * dictionary against this list.
 */
export interface GlossaryTerm {
  readonly en: string;
  readonly da: string;
  readonly avoid: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  // proposals
  { en: 'proposal', da: 'forslag', avoid: ['projektforslag', 'indstilling'] },
  { en: 'application (the proposal’s content)', da: 'ansøgning', avoid: ['ansøgningsskema'] },
  { en: 'instructor', da: 'underviser', avoid: ['instruktør', 'kursusholder', 'kursusansvarlig'] },
  { en: 'consultant', da: 'konsulent', avoid: ['rådgiver'] },
  { en: 'consultation', da: 'konsultation', avoid: ['rådgivning', 'konsulentmøde'] },
  { en: 'endorsements (approval and signature)', da: 'godkendelse og underskrift', avoid: ['påtegning', 'indorsering'] },
  { en: 'signature', da: 'underskrift', avoid: ['signatur'] },
  { en: 'study board', da: 'studienævn', avoid: ['studieråd', 'studiebestyrelse', 'uddannelsesudvalg'] },
  { en: 'Head of Department', da: 'institutleder', avoid: ['institutchef', 'afdelingsleder', 'instituttets leder'] },
  { en: 'department', da: 'institut', avoid: ['afdeling'] },
  // the steering committee's review
  { en: 'steering committee', da: 'styregruppe', avoid: ['styringsgruppe', 'styringskomité', 'styrekomité', 'udvalget'] },
  { en: 'review case', da: 'bedømmelsessag', avoid: ['reviewsag', 'vurderingssag', 'evalueringssag', 'gennemgangssag'] },
  { en: 'assessment', da: 'bedømmelse', avoid: ['vurdering'] },
  { en: 'conflict of interest', da: 'inhabilitet', avoid: ['interessekonflikt'] },
  { en: 'agenda', da: 'dagsorden', avoid: ['agenda'] },
  // production
  { en: 'production', da: 'produktion', avoid: ['fremstilling'] },
  { en: 'milestone', da: 'milepæl', avoid: ['delmål', 'milestone'] },
  { en: 'booking', da: 'booking', avoid: ['reservation'] },
  { en: 'quality gate', da: 'kvalitetsport', avoid: ['kvalitetsgate', 'kvalitetsled'] },
  { en: 'feedback round', da: 'feedbackrunde', avoid: ['høringsrunde', 'tilbagemeldingsrunde'] },
  { en: 'user test', da: 'brugertest', avoid: ['usertest', 'brugerafprøvning'] },
  { en: 'launch', da: 'lancering', avoid: ['launch', 'udgivelse', 'offentliggørelse'] },
  // analytics
  { en: 'course', da: 'kursus', avoid: ['læringsforløb'] },
  { en: 'learner', da: 'deltager', avoid: ['kursist', 'lærende'] },
  { en: 'learner data', da: 'deltagerdata', avoid: ['learnerdata', 'kursistdata', 'elevdata'] },
  { en: 'enrolment', da: 'tilmelding', avoid: ['indskrivning'] },
  { en: 'semester review', da: 'semesterevaluering', avoid: ['semestergennemgang', 'semesterreview', 'semesterbedømmelse', 'gennemgang'] },
  { en: 'course evaluation', da: 'kursusevaluering', avoid: ['kursusvurdering'] },
  { en: 'portfolio', da: 'portefølje', avoid: ['portfolio'] },
];

/** A Danish text's uses of avoided variants, each with the term it should be ("semestergennemgangen" → "semesterevaluering"). */
export function avoidedTerms(text: string): { found: string; use: string }[] {
  // Placeholders ({launchDate}) are code, not words.
  const words = text.replace(/\{\w+\}/g, ' ').toLocaleLowerCase('da-DK');
  const findings: { found: string; use: string }[] = [];
  for (const term of GLOSSARY) {
    for (const variant of term.avoid) {
      // The variant at the start of a word, with whatever inflection follows it.
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant.toLocaleLowerCase('da-DK'))}\\p{L}*`, 'gu');
      for (const match of words.matchAll(pattern)) {
        if (!match[0].startsWith(term.da.toLocaleLowerCase('da-DK'))) findings.push({ found: match[0], use: term.da });
      }
    }
  }
  return findings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
