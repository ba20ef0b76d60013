import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/translate';

/** Renders with the i18n context in a fixed language. */
export function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  return render(<I18nProvider language={language}>{ui}</I18nProvider>);
}
