import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LOGIN_ERROR_PARAM, type LoginError, loginErrorOf, withoutLoginError } from '../auth.ts';
import { LOGIN_ERROR_LABELS } from './labels.ts';

/**
 * After a failed login the server comes back with `?loginError=<reason>`. This explains it in plain words,
 * takes the parameter out of the address bar (so a reload or a shared link does not repeat it) and moves focus
 * to the message. The message stays until the person goes to another page.
 */
export function LoginErrorAlert() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [shown, setShown] = useState<{ reason: LoginError; pathname: string }>();
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const reason = loginErrorOf(new URLSearchParams(location.search).get(LOGIN_ERROR_PARAM));
    if (!reason) return;
    setShown({ reason, pathname: location.pathname });
    navigate(
      { pathname: location.pathname, search: withoutLoginError(location.search), hash: location.hash },
      { replace: true },
    );
  }, [location.search, location.pathname, location.hash, navigate]);

  useEffect(() => {
    if (shown) alert.current?.focus();
  }, [shown]);

  if (!shown || shown.pathname !== location.pathname) return null;
  return (
    <div className="app-container app-notice">
      <Alert data-color="danger" ref={alert} tabIndex={-1} className="app-alert">
        <Paragraph>
          <strong>{t('loginError.title')}</strong>
        </Paragraph>
        <Paragraph>{t(LOGIN_ERROR_LABELS[shown.reason])}</Paragraph>
      </Alert>
    </div>
  );
}
