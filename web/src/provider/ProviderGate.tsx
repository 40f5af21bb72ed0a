import { Alert, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPrompt } from '../kit/AccessGate.tsx';
import { Loading } from '../kit/Loading.tsx';
import { useMunicipality } from '../municipality.tsx';
import { membershipsWith, useSessionState } from '../session.tsx';

export interface ProviderScope {
  kommunenummer: string;
  municipalityName: string;
}

/**
 * The provider pages are for anyone logged in (a new club leader has no role yet): a login prompt (ID-porten
 * first) when logged out, then the municipality the page is about. `prefer` decides between the municipality
 * where the person already administers a provider and the one chosen in the header.
 */
export function ProviderGate({
  prefer = 'membership',
  children,
}: {
  prefer?: 'membership' | 'current';
  children: (scope: ProviderScope) => ReactNode;
}) {
  const { t } = useTranslation();
  const { status, session } = useSessionState();
  const municipalities = useMunicipality();
  const eligible = membershipsWith(session, ['provider_admin']);
  const current = municipalities.current;
  const fromMembership = eligible.find((m) => m.kommunenummer === current?.kommunenummer) ?? eligible[0];
  const scope: ProviderScope | undefined =
    prefer === 'current' && current
      ? { kommunenummer: current.kommunenummer, municipalityName: current.name }
      : fromMembership
        ? { kommunenummer: fromMembership.kommunenummer, municipalityName: fromMembership.municipalityName }
        : current
          ? { kommunenummer: current.kommunenummer, municipalityName: current.name }
          : undefined;
  const { choose } = municipalities;
  const chosen = scope?.kommunenummer;

  // The header shows the municipality whose data the page shows.
  useEffect(() => {
    if (municipalities.status === 'ready' && chosen && chosen !== current?.kommunenummer) choose(chosen);
  }, [municipalities.status, chosen, current, choose]);

  if (status === 'loading' || (municipalities.status === 'loading' && !scope)) {
    return <Loading text={t('auth.checking')} />;
  }
  if (status === 'failed') {
    return (
      <Alert data-color="danger" className="app-alert">
        <Paragraph>{t('auth.checkFailed')}</Paragraph>
      </Alert>
    );
  }
  if (!session.authenticated) return <LoginPrompt preferred="citizen" />;
  if (!scope) return <ChooseMunicipality />;
  return <>{children(scope)}</>;
}

/** When the installation serves several municipalities and none is chosen yet. */
function ChooseMunicipality() {
  const { t } = useTranslation();
  const { all, choose, status } = useMunicipality();
  const id = useId();
  if (status === 'failed') {
    return (
      <Alert data-color="danger" className="app-alert">
        <Paragraph>{t('municipality.loadFailed')}</Paragraph>
      </Alert>
    );
  }
  return (
    <Field className="membership-chooser">
      <Label htmlFor={id}>{t('providerCommon.chooseMunicipality')}</Label>
      <Select id={id} width="auto" value="" onChange={(event) => choose(event.target.value)}>
        <Select.Option value="" disabled>
          {t('municipality.choose')}
        </Select.Option>
        {all.map((m) => (
          <Select.Option key={m.kommunenummer} value={m.kommunenummer}>
            {t('municipality.name', { name: m.name })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
