import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, type LoginKind } from '../api/client.ts';
import { loginHref } from '../auth.ts';
import { useSession } from '../session.tsx';

/**
 * A failed request, in the server's own (translated) words. When the session has ended, it offers to log in
 * again and come back to this page.
 */
export function ApiErrorAlert({ error, loginKind }: { error: unknown; loginKind?: LoginKind }) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname, search } = useLocation();
  if (error instanceof ApiError && error.needsLogin) {
    const kind = loginKind ?? session.kind ?? 'citizen';
    return (
      <Alert data-color="warning" className="app-alert">
        <Heading level={2} data-size="xs">
          {t('auth.expired.title')}
        </Heading>
        <Paragraph>{error.message || t('auth.expired.text')}</Paragraph>
        <Button asChild data-size="sm">
          <a href={loginHref(kind, `${pathname}${search}`)}>{t('auth.expired.login')}</a>
        </Button>
      </Alert>
    );
  }
  const message = error instanceof ApiError && error.message ? error.message : t('errors.network');
  return (
    <Alert data-color="danger" className="app-alert">
      <Paragraph>{message}</Paragraph>
      {error instanceof ApiError && error.requestId && (
        <Paragraph data-size="xs" className="app-alert__reference">
          {t('errors.reference')} <span dir="ltr">{error.requestId}</span>
        </Paragraph>
      )}
    </Alert>
  );
}
