import '../styles/provider.css';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { acceptInvitation } from '../api/providers.ts';
import { loginHref } from '../auth.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { Loading } from '../kit/Loading.tsx';
import { PageFrame } from '../kit/PageFrame.tsx';
import { useSessionState } from '../session.tsx';

/**
 * The address the page moves to once it has kept the token: the token itself then never goes into the address bar's
 * history, the login's return address or a referrer. Tokens are at least 16 characters, so this word is never one.
 */
const KEPT = 'lenke';
const storageKey = (kommunenummer: string) => `fritidskort.invitation.${kommunenummer}`;

function keep(kommunenummer: string, token: string): void {
  try {
    window.sessionStorage.setItem(storageKey(kommunenummer), token);
  } catch {
    // Storage may be blocked; the token then lives only as long as this page.
  }
}

function kept(kommunenummer: string): string | undefined {
  try {
    return window.sessionStorage.getItem(storageKey(kommunenummer)) ?? undefined;
  } catch {
    return undefined;
  }
}

function forget(kommunenummer: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(kommunenummer));
  } catch {
    // Nothing was kept.
  }
}

/** The link in an invitation e-mail: log in with ID-porten, accept, and become an admin of the organisation. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { kommunenummer = '', token: fromAddress = '' } = useParams();
  const navigate = useNavigate();
  // The token from the address, held in memory until it is in session storage.
  const [token] = useState(() => (fromAddress !== KEPT ? fromAddress : kept(kommunenummer)));

  useEffect(() => {
    if (fromAddress !== KEPT && token) {
      keep(kommunenummer, token);
      navigate(`/kommune/${encodeURIComponent(kommunenummer)}/invitasjon/${KEPT}`, { replace: true });
    }
  }, [fromAddress, token, kommunenummer, navigate]);

  return (
    <PageFrame title={t('invitation.title')} documentTitle={t('invitation.documentTitle')} lead={t('invitation.lead')}>
      {token ? (
        <Accept kommunenummer={kommunenummer} token={token} />
      ) : (
        <Alert data-color="warning" className="app-alert">
          <Paragraph>{t('invitation.noToken')}</Paragraph>
        </Alert>
      )}
    </PageFrame>
  );
}

function Accept({ kommunenummer, token }: { kommunenummer: string; token: string }) {
  const { t } = useTranslation();
  const { status, session, refresh } = useSessionState();
  const [accepted, setAccepted] = useState<{ providerName: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (accepted || error !== undefined) outcome.current?.focus();
  }, [accepted, error]);

  async function accept() {
    setBusy(true);
    setError(undefined);
    try {
      const result = await acceptInvitation(kommunenummer, token);
      forget(kommunenummer);
      setAccepted(result);
      // The person is an admin of the provider from now on: the menu shows "My organisation".
      refresh();
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 410)) forget(kommunenummer);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (status === 'loading') return <Loading text={t('auth.checking')} />;
  if (accepted) {
    return (
      <Alert data-color="success" className="app-alert" ref={outcome} tabIndex={-1}>
        <Heading level={2} data-size="xs">
          {t('invitation.accepted.title', { name: accepted.providerName })}
        </Heading>
        <Paragraph>{t('invitation.accepted.text')}</Paragraph>
        <Button asChild data-size="sm">
          <RouterLink to="/organisation">{t('invitation.accepted.link')}</RouterLink>
        </Button>
      </Alert>
    );
  }
  if (!session.authenticated) {
    return (
      <Card data-color="accent" variant="tinted" className="login-prompt">
        <Heading level={2} data-size="sm">
          {t('invitation.login.title')}
        </Heading>
        <Paragraph>{t('invitation.login.text')}</Paragraph>
        <div>
          <Button asChild>
            <a href={loginHref('citizen', `/kommune/${encodeURIComponent(kommunenummer)}/invitasjon/${KEPT}`)}>
              {t('auth.loginCitizen')}
            </a>
          </Button>
        </div>
      </Card>
    );
  }
  return (
    <Card data-color="neutral" className="form-card provider-stack">
      <Heading level={2} data-size="sm">
        {t('invitation.accept.title')}
      </Heading>
      <Paragraph>{t('invitation.accept.text')}</Paragraph>
      {session.name && (
        <Paragraph data-size="sm">{t('invitation.accept.loggedInAs', { name: session.name })}</Paragraph>
      )}
      <div ref={outcome} tabIndex={-1} className="provider-publish__result">
        {error !== undefined &&
          (error instanceof ApiError && (error.status === 404 || error.status === 410) ? (
            <Alert data-color="warning" className="app-alert">
              <Paragraph>{error.message}</Paragraph>
              <Paragraph>{t('invitation.askAgain')}</Paragraph>
            </Alert>
          ) : (
            <ApiErrorAlert error={error} loginKind="citizen" />
          ))}
      </div>
      <div>
        <Button onClick={() => !busy && accept()} loading={busy} aria-disabled={busy}>
          {t('invitation.accept.button')}
        </Button>
      </div>
    </Card>
  );
}
