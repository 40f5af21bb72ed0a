import '../styles/provider.css';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Tabs } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  getProvider,
  listMyProviders,
  listProviderNews,
  type MyProvider,
  type ProviderProfile,
} from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { formatDate } from '../kit/format.ts';
import { Loading } from '../kit/Loading.tsx';
import { PageFrame } from '../kit/PageFrame.tsx';
import { ProviderStatusTag } from '../kit/StatusTags.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { ActivitiesPanel } from './ActivitiesPanel.tsx';
import { InvitationsPanel } from './InvitationsPanel.tsx';
import { NewsPanel } from './NewsPanel.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ProviderGate, type ProviderScope } from './ProviderGate.tsx';

/**
 * "Min organisasjon": the providers a person administers, each with its activities, profile, co-admins and news
 * from the municipality. Open to anyone logged in, so a new club leader finds "Registrer organisasjonen din".
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('organisation.title')}
      documentTitle={t('organisation.documentTitle')}
      lead={t('organisation.lead')}
    >
      <ProviderGate>{(scope) => <Dashboard key={scope.kommunenummer} scope={scope} />}</ProviderGate>
    </PageFrame>
  );
}

interface Arrival {
  registered?: string;
}

function Dashboard({ scope }: { scope: ProviderScope }) {
  const { t } = useTranslation();
  const k = scope.kommunenummer;
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const mine = useLoad((signal) => listMyProviders(k, signal), [k]);
  const [registered] = useState(() => (location.state as Arrival | null)?.registered);
  const chooserId = useId();

  // The notice is shown once; a reload does not repeat it.
  useEffect(() => {
    if (registered) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [registered, navigate, location.pathname, location.search]);

  const providers = mine.data ?? [];
  const wanted = params.get('provider');
  const chosen = providers.find((p) => p.id === wanted) ?? providers[0];

  return (
    <>
      {registered && (
        <Alert data-color="success" className="app-alert">
          <Heading level={2} data-size="xs">
            {t('organisation.registered.title', { name: registered })}
          </Heading>
          <Paragraph>{t('organisation.registered.text')}</Paragraph>
        </Alert>
      )}
      {mine.status === 'failed' && <ApiErrorAlert error={mine.error} loginKind="citizen" />}
      {!mine.data && mine.status === 'loading' && <Loading text={t('organisation.loading')} />}
      {mine.data && providers.length === 0 && <RegisterInvitation first />}
      {providers.length > 1 && chosen && (
        <Field className="membership-chooser">
          <Label htmlFor={chooserId}>{t('organisation.choose')}</Label>
          <Select
            id={chooserId}
            width="auto"
            value={chosen.id}
            onChange={(event) => setParams({ provider: event.target.value })}
          >
            {providers.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {chosen && <ProviderDashboard key={chosen.id} kommunenummer={k} provider={chosen} onChanged={mine.reload} />}
      {providers.length > 0 && <RegisterInvitation />}
    </>
  );
}

/** "Registrer organisasjonen din": the way in for a club leader, and for registering one more organisation. */
function RegisterInvitation({ first = false }: { first?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      data-color={first ? 'accent' : 'neutral'}
      variant={first ? 'tinted' : 'default'}
      className="provider-register"
    >
      <Heading level={2} data-size="sm">
        {first ? t('organisation.register.title') : t('organisation.register.another')}
      </Heading>
      {first && <Paragraph>{t('organisation.register.text')}</Paragraph>}
      {first && <Paragraph data-size="sm">{t('organisation.register.invited')}</Paragraph>}
      <div>
        <Button asChild variant={first ? 'primary' : 'secondary'}>
          <RouterLink to="/organisation/register">{t('organisation.register.button')}</RouterLink>
        </Button>
      </div>
    </Card>
  );
}

type Tab = 'activities' | 'profile' | 'admins' | 'news';

function ProviderDashboard({
  kommunenummer,
  provider,
  onChanged,
}: {
  kommunenummer: string;
  provider: MyProvider;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const profile = useLoad((signal) => getProvider(kommunenummer, provider.id, signal), [kommunenummer, provider.id]);
  const news = useLoad(
    (signal) => listProviderNews(kommunenummer, provider.id, { limit: 100 }, signal),
    [kommunenummer, provider.id],
  );
  const tabParam = params.get('tab');
  const tab: Tab = tabParam === 'profile' || tabParam === 'admins' || tabParam === 'news' ? tabParam : 'activities';
  const unread = news.data?.unread ?? 0;
  const headingId = useId();

  function chooseTab(value: string) {
    const next = new URLSearchParams(params);
    next.set('provider', provider.id);
    if (value === 'activities') next.delete('tab');
    else next.set('tab', value);
    setParams(next, { replace: true });
  }

  return (
    <section className="page-section provider-dashboard" aria-labelledby={headingId}>
      <div className="provider-dashboard__head">
        <Heading level={2} data-size="md" id={headingId}>
          <UserText>{provider.name}</UserText>
        </Heading>
        <ProviderStatusTag status={provider.status} />
      </div>
      {profile.data && <StatusExplanation profile={profile.data} />}
      {profile.status === 'failed' && <ApiErrorAlert error={profile.error} loginKind="citizen" />}

      <Tabs value={tab} onChange={chooseTab} data-size="sm" className="provider-tabs">
        <Tabs.List>
          <Tabs.Tab value="activities">{t('organisation.tabs.activities')}</Tabs.Tab>
          <Tabs.Tab value="profile">{t('organisation.tabs.profile')}</Tabs.Tab>
          <Tabs.Tab value="admins">{t('organisation.tabs.admins')}</Tabs.Tab>
          <Tabs.Tab value="news">
            {unread > 0 ? t('organisation.tabs.newsUnread', { count: unread }) : t('organisation.tabs.news')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="activities">
          {tab === 'activities' && (
            <ActivitiesPanel kommunenummer={kommunenummer} providerId={provider.id} providerStatus={provider.status} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="profile">
          {tab === 'profile' &&
            (profile.data ? (
              <ProfileForm
                kommunenummer={kommunenummer}
                profile={profile.data}
                onSaved={() => {
                  profile.reload();
                  onChanged();
                }}
              />
            ) : (
              profile.status === 'loading' && <Loading text={t('organisation.profile.loading')} />
            ))}
        </Tabs.Panel>
        <Tabs.Panel value="admins">
          {tab === 'admins' && <InvitationsPanel kommunenummer={kommunenummer} providerId={provider.id} />}
        </Tabs.Panel>
        <Tabs.Panel value="news">
          {tab === 'news' && (
            <NewsPanel kommunenummer={kommunenummer} providerId={provider.id} news={news} onRead={news.reload} />
          )}
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}

/** What the provider's status means for it, with the municipality's note when it has rejected or suspended it. */
function StatusExplanation({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const decided = profile.decidedAt ? formatDate(profile.decidedAt.slice(0, 10), language) : '';
  switch (profile.status) {
    case 'pending':
      return (
        <Alert data-color="info" className="app-alert">
          <Heading level={3} data-size="xs">
            {t('organisation.status.pendingTitle')}
          </Heading>
          <Paragraph>{t('organisation.status.pending')}</Paragraph>
        </Alert>
      );
    case 'approved':
      return null;
    case 'rejected':
    case 'suspended':
      return (
        <Alert data-color="warning" className="app-alert">
          <Heading level={3} data-size="xs">
            {profile.status === 'rejected'
              ? t('organisation.status.rejectedTitle', { date: decided })
              : t('organisation.status.suspendedTitle', { date: decided })}
          </Heading>
          {profile.decisionNote && (
            <Paragraph className="preserve-lines">
              {t('organisation.status.note', { note: profile.decisionNote })}
            </Paragraph>
          )}
          <Paragraph>{t('organisation.status.contact')}</Paragraph>
        </Alert>
      );
  }
}
