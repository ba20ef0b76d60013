import { da } from './da';
import { en, type Dictionary, type MessageKey } from './en';

export type Language = 'en' | 'da';
export type { MessageKey, Dictionary };

export const dictionaries: Record<Language, Dictionary> = { en, da };

/** The languages offered by the switcher, each named in its own language. */
export const LANGUAGES: ReadonlyArray<{ code: Language; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'da', name: 'Dansk' },
];

/** BCP 47 locale used for dates and numbers. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK' };

export const LANGUAGE_STORAGE_KEY = 'mooc.language';

export type Params = Record<string, string | number>;

/** The `t` of useI18n, as the wording helpers take it. */
export type Translate = (key: MessageKey, params?: Params) => string;

/** A known code's text, or the generic label with the code ("Other status (ARCHIVED)"). */
export function lookupCode(t: Translate, keys: Record<string, MessageKey>, other: MessageKey, code: string | null | undefined): string {
  const key = code ? keys[code] : undefined;
  return key ? t(key) : t(other, { code: code ?? '' });
}

/** The parameters of a code as the services send them: names, numbers, ISO dates, ids and other codes, all strings. */
export type CodeParams = Readonly<Record<string, string>> | null | undefined;

/**
 * The neutral wording of a code this client does not know yet (a newer server): "Update" with the values of its
 * parameters ("Update: 2, Pilot module"), never the code itself.
 */
export function unknownCode(t: Translate, params: CodeParams): string {
  const values = Object.values(params ?? {}).filter((v) => typeof v === 'string' && v.trim() !== '');
  return values.length > 0 ? t('code.unknownWithValues', { values: values.join(', ') }) : t('code.unknown');
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'da';
}

/** Looks a key up in the dictionary of `lang` and fills in {placeholders}. */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

/** Chooses the initial language: the stored choice, else the browser's preference, else English. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'> | undefined,
  browserLanguages: readonly string[] = [],
): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy mode); fall through.
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'da') return 'da';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
