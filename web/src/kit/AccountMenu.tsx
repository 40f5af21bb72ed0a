import { Button, Dropdown } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, logout } from '../api/client.ts';
import { loginHref, returnToFor } from '../auth.ts';
import { useSessionState } from '../session.tsx';
import { LoginIcon, PersonIcon } from './icons.tsx';

/**
 * Logged out: a "Log in" button opening the two ways in (ID-porten for families, youth and clubs; the
 * municipality's own login for its staff). Logged in: who it is, and "Log out".
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { status, session } = useSessionState();
  const { pathname, search } = useLocation();
  const [loggingOut, setLoggingOut] = useState(false);
  const [failed, setFailed] = useState(false);

  if (status === 'loading') return null;

  if (!session.authenticated) {
    return (
      <Dropdown.TriggerContext>
        <Dropdown.Trigger variant="secondary" data-size="sm" className="account__login">
          <LoginIcon />
          {t('auth.login')}
        </Dropdown.Trigger>
        <Dropdown placement="bottom-end" data-size="sm" className="account__menu">
          <Dropdown.List>
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <a href={loginHref('citizen', returnToFor('citizen', pathname, search))} className="account__option">
                  <span className="account__option-title">{t('auth.loginCitizen')}</span>
                  <span className="account__option-hint">{t('auth.loginCitizenHint')}</span>
                </a>
              </Dropdown.Button>
            </Dropdown.Item>
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <a href={loginHref('staff', returnToFor('staff', pathname, search))} className="account__option">
                  <span className="account__option-title">{t('auth.loginStaff')}</span>
                  <span className="account__option-hint">{t('auth.loginStaffHint')}</span>
                </a>
              </Dropdown.Button>
            </Dropdown.Item>
          </Dropdown.List>
        </Dropdown>
      </Dropdown.TriggerContext>
    );
  }

  const name = session.name?.trim();
  async function endSession() {
    setLoggingOut(true);
    setFailed(false);
    try {
      window.location.assign(await logout());
    } catch (error) {
      // Already logged out on the server: there is nothing left to end.
      if (error instanceof ApiError && error.status === 401) {
        window.location.assign('/');
        return;
      }
      setLoggingOut(false);
      setFailed(true);
    }
  }

  return (
    <div className="account">
      <span className="account__name">
        <PersonIcon />
        {name ? (
          <span>
            <span className="visually-hidden">{t('auth.loggedInAs')} </span>
            {name}
          </span>
        ) : (
          <span>{t('auth.loggedIn')}</span>
        )}
      </span>
      <Button variant="secondary" data-size="sm" onClick={endSession} loading={loggingOut} aria-disabled={loggingOut}>
        {t('auth.logout')}
      </Button>
      {failed && (
        <span role="alert" className="account__error">
          {t('auth.logoutFailed')}
        </span>
      )}
    </div>
  );
}
