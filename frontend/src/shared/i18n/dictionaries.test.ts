import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { initialLanguage, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in English and Danish', () => {
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty translations', () => {
    for (const [lang, dict] of Object.entries({ en, da })) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(da[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('en', 'home.greeting', { name: 'Ada' })).toBe('Welcome, Ada');
    expect(translate('da', 'home.greeting', { name: 'Ada' })).toBe('Velkommen, Ada');
  });

  it('leaves unknown placeholders alone', () => {
    expect(translate('en', 'home.greeting')).toBe('Welcome, {name}');
  });
});

describe('initialLanguage', () => {
  const store = (value: string | null) => ({ getItem: () => value });

  it('prefers the stored choice', () => {
    expect(initialLanguage(store('da'), ['en-GB'])).toBe('da');
  });

  it('falls back to the browser language, then English', () => {
    expect(initialLanguage(store(null), ['da-DK', 'en'])).toBe('da');
    expect(initialLanguage(store('xx'), ['de-DE'])).toBe('en');
  });
});
