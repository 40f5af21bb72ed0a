import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { LoginKind, Membership } from '../api/client.ts';
import { loginHref } from '../auth.ts';
import { useMunicipality } from '../municipality.tsx';
import { type PageId, rolesForPage } from '../navigation.ts';
import { membershipsWith, useSessionState } from '../session.tsx';
import { Loading } from './Loading.tsx';
import { roleLabel } from './labels.ts';

/**
 * Shows a page's content only to people who may see it: a login prompt when logged out, a polite "no access"
 * when the person lacks the page's roles, and otherwise the content for one municipality where they hold one
 * of them (with a chooser when there are several).
 */
export function AccessGate({
  page,
  loginKind,
  noAccessHint,
  children,
}: {
  page: PageId;
  /** The login this page's people normally use; the other one is offered too. */
  loginKind: LoginKind;
  /** What to tell someone logged in without the roles, e.g. how to get access. */
  noAccessHint?: string;
  children: (membership: Membership) => ReactNode;
}) {
  const { t } = useTranslation();
  const { status, session } = useSessionState();
  const municipalities = useMunicipality();
  const roles = rolesForPage(page);
  const eligible = membershipsWith(session, roles);
  const current = municipalities.current?.kommunenummer;
  const chosen = eligible.find((m) => m.kommunenummer === current) ?? eligible[0];
  const { choose } = municipalities;
  const waitForChoice = municipalities.status === 'loading' && eligible.length > 1;

  // The header shows the municipality whose data the page shows.
  useEffect(() => {
    if (municipalities.status === 'ready' && chosen && chosen.kommunenummer !== current) choose(chosen.kommunenummer);
  }, [municipalities.status, chosen, current, choose]);

  if (status === 'loading' || waitForChoice) return <Loading text={t('auth.checking')} />;
  if (status === 'failed') {
    return (
      <Alert data-color="danger" className="app-alert">
        <Paragraph>{t('auth.checkFailed')}</Paragraph>
      </Alert>
    );
  }
  if (!session.authenticated) return <LoginPrompt preferred={loginKind} />;
  if (!chosen) {
    return (
      <Alert data-color="info" className="app-alert">
        <Heading level={2} data-size="xs">
          {t('auth.noAccess.title')}
        </Heading>
        <Paragraph>{t('auth.noAccess.roles', { roles: roles.map((role) => roleLabel(t, role)).join(', ') })}</Paragraph>
        <Paragraph>{noAccessHint ?? t('auth.noAccess.contact')}</Paragraph>
      </Alert>
    );
  }
  return (
    <>
      {eligible.length > 1 && <MembershipChooser memberships={eligible} value={chosen.kommunenummer} />}
      {children(chosen)}
    </>
  );
}

function MembershipChooser({ memberships, value }: { memberships: Membership[]; value: string }) {
  const { t } = useTranslation();
  const { choose } = useMunicipality();
  const id = useId();
  return (
    <Field className="membership-chooser">
      <Label htmlFor={id}>{t('auth.chooseMunicipality')}</Label>
      <Select id={id} width="auto" value={value} onChange={(event) => choose(event.target.value)}>
        {memberships.map((m) => (
          <Select.Option key={m.kommunenummer} value={m.kommunenummer}>
            {t('municipality.name', { name: m.municipalityName })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** Both ways to log in, the page's usual one first; both come back to this page. */
export function LoginPrompt({ preferred }: { preferred: LoginKind }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const returnTo = `${pathname}${search}`;
  const other: LoginKind = preferred === 'citizen' ? 'staff' : 'citizen';
  const label = (kind: LoginKind) => (kind === 'citizen' ? t('auth.loginCitizen') : t('auth.loginStaff'));
  return (
    <Card data-color="accent" variant="tinted" className="login-prompt">
      <Heading level={2} data-size="sm">
        {t('auth.prompt.title')}
      </Heading>
      <Paragraph>{preferred === 'citizen' ? t('auth.prompt.citizen') : t('auth.prompt.staff')}</Paragraph>
      <div className="button-row">
        <Button asChild>
          <a href={loginHref(preferred, returnTo)}>{label(preferred)}</a>
        </Button>
        <Button asChild variant="secondary">
          <a href={loginHref(other, returnTo)}>{label(other)}</a>
        </Button>
      </div>
    </Card>
  );
}
