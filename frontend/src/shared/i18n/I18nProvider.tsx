import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  LANGUAGE_STORAGE_KEY,
  LOCALES,
  initialLanguage,
  translate,
  type Language,
  type MessageKey,
  type Params,
} from './translate';

export interface I18n {
  lang: Language;
  locale: string;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
}

export const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

export function I18nProvider({ children, language }: { children: ReactNode; language?: Language }) {
  const [lang, setLangState] = useState<Language>(
    () => language ?? initialLanguage(browserStorage(), typeof navigator !== 'undefined' ? navigator.languages : []),
  );

  // Keep <html lang> in step with the chosen language (WCAG 3.1.1).
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      // Only the language preference is kept in localStorage; never tokens.
      browserStorage()?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Ignore: the choice still applies to this page view.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      locale: LOCALES[lang],
      setLang,
      t: (key, params) => translate(lang, key, params),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
