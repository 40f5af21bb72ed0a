import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title: "<page> – Fritidskortet", following the language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} – ${appName}`;
  }, [pageTitle, appName]);
}
