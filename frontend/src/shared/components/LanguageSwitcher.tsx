import { useId } from 'react';
import { LANGUAGES, isLanguage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';

export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
