import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Sets the document title for the current page (WCAG 2.4.2), in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useI18n();
  useEffect(() => {
    const appName = t('app.name');
    document.title = pageTitle === appName ? appName : t('app.documentTitle', { page: pageTitle });
  }, [pageTitle, t]);
}
