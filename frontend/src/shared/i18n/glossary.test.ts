import { describe, expect, it } from 'vitest';
import { da } from './da';
import { avoidedTerms, GLOSSARY } from './glossary';

// Every Danish dictionary of the SPA: the features' `*.da.ts` files and the shared parts (`parts/*.da.ts`) that
// `da.ts` spreads together with them.
const DANISH = import.meta.glob('/src/**/*.da.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

/** Every key → text of a dictionary module, whatever its exports are called. */
function entries(module: Record<string, unknown>): [string, string][] {
  return Object.values(module).flatMap((value) =>
    value && typeof value === 'object'
      ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      : [],
  );
}

describe('the Danish glossary', () => {
  it('finds a variant, inflected and in any case, and leaves the right term and its inflections alone', () => {
    expect(avoidedTerms('Semestergennemgangene for {semester}')).toEqual([
      { found: 'semestergennemgangene', use: 'semesterevaluering' },
    ]);
    expect(avoidedTerms('Den forrige gennemgang')).toEqual([{ found: 'gennemgang', use: 'semesterevaluering' }]);
    expect(avoidedTerms('Semesterevalueringerne og studienævnets afgørelse')).toEqual([]);
    // Only at the start of a word, and never inside a placeholder.
    expect(avoidedTerms('studienævnet gennemgår {launchDate}')).toEqual([]);
  });

  it('gives each term one Danish translation that is not among its own avoided variants', () => {
    const terms = GLOSSARY.map((term) => term.en);
    expect(new Set(terms).size).toBe(terms.length);
    for (const term of GLOSSARY) {
      expect(avoidedTerms(term.da), term.en).toEqual([]);
    }
  });

  it('is kept by every Danish text', () => {
    expect(Object.keys(DANISH).length).toBeGreaterThan(8);
    // A dictionary that spreads another (proposals.da spreads proposalHistory.da) would name its keys twice: each
    // key is named once, at the first file that has it.
    const texts = new Map<string, { file: string; text: string }>();
    for (const file of Object.keys(DANISH).sort()) {
      for (const [key, text] of entries(DANISH[file])) if (!texts.has(key)) texts.set(key, { file, text });
    }
    // Every Danish text of the app is checked: the files together hold exactly the keys of `da`.
    expect([...texts.keys()].sort()).toEqual(Object.keys(da).sort());
    const found = [...texts].flatMap(([key, { file, text }]) =>
      avoidedTerms(text).map(({ found, use }) => `${file} ${key}: “${found}” – use “${use}”`),
    );
    expect(found).toEqual([]);
  });
});
