import '../../styles/provider.css';
import { Alert, Button, Card, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError, getSearchOptions, type SearchOptions } from '../../api/client.ts';
import { getProvider, getProviderActivity, type ProviderActivity, type ProviderProfile } from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { Loading } from '../../kit/Loading.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { ActivityStatusTag } from '../../kit/StatusTags.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { ProviderGate, type ProviderScope } from '../ProviderGate.tsx';
import { AboutSection } from './AboutSection.tsx';
import { ActivityPictures } from './ActivityPictures.tsx';
import { ActivityTranslations } from './ActivityTranslations.tsx';
import { ContactSection } from './ContactSection.tsx';
import { LanguagesSection } from './LanguagesSection.tsx';
import { PlacesSection } from './PlacesSection.tsx';
import { PriceSection } from './PriceSection.tsx';
import { Publishing } from './Publishing.tsx';
import { useActivityForm } from './useActivityForm.ts';
import { WhenSection } from './WhenSection.tsx';
import { WhereSection } from './WhereSection.tsx';
import { WhoSection } from './WhoSection.tsx';

const NEW = 'new';

/** The activity editor: every field, pictures, translations and publishing, for a provider's admin. */
export function ActivityEditorPage() {
  const { t } = useTranslation();
  const { providerId = '', activityId = NEW } = useParams();
  const isNew = activityId === NEW;
  return (
    <PageFrame
      title={isNew ? t('activityEditor.newTitle') : t('activityEditor.editTitle')}
      documentTitle={isNew ? t('activityEditor.newTitle') : t('activityEditor.editTitle')}
    >
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/organisation?provider=${encodeURIComponent(providerId)}`}>
            {t('activityEditor.back')}
          </RouterLink>
        </Link>
      </Paragraph>
      <ProviderGate>
        {(scope) => (
          <EditorLoader
            key={`${scope.kommunenummer}/${providerId}/${activityId}`}
            scope={scope}
            providerId={providerId}
            activityId={activityId}
          />
        )}
      </ProviderGate>
    </PageFrame>
  );
}

function EditorLoader({
  scope,
  providerId,
  activityId,
}: {
  scope: ProviderScope;
  providerId: string;
  activityId: string;
}) {
  const { t } = useTranslation();
  const k = scope.kommunenummer;
  const isNew = activityId === NEW;
  const provider = useLoad((signal) => getProvider(k, providerId, signal), [k, providerId]);
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const activity = useLoad(isNew ? undefined : (signal) => getProviderActivity(k, providerId, activityId, signal), [
    k,
    providerId,
    activityId,
  ]);
  const failed = [provider, isNew ? undefined : activity].find((load) => load?.status === 'failed');
  if (failed?.status === 'failed') {
    if (failed.error instanceof ApiError && (failed.error.status === 404 || failed.error.status === 403)) {
      return (
        <Alert data-color="warning" className="app-alert">
          <Paragraph>{t('activityEditor.notFound')}</Paragraph>
        </Alert>
      );
    }
    return <ApiErrorAlert error={failed.error} loginKind="citizen" />;
  }
  if (!provider.data || (!isNew && !activity.data)) return <Loading text={t('activityEditor.loading')} />;
  return (
    <Editor
      kommunenummer={k}
      provider={provider.data}
      options={options.data}
      initial={isNew ? undefined : activity.data}
      onReload={activity.reload}
    />
  );
}

/** The form (its state in `useActivityForm`, one component per section), then pictures, translations, publishing. */
function Editor({
  kommunenummer: k,
  provider,
  options,
  initial,
  onReload,
}: {
  kommunenummer: string;
  provider: ProviderProfile;
  options: SearchOptions | undefined;
  initial: ProviderActivity | undefined;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const { draft, dirty, saved, busy, error, activity, setActivity, update, save, submit, form, errors, problems } =
    useActivityForm(k, provider, initial);
  const section = { draft, errors, update };

  return (
    <div className="provider-editor">
      <Paragraph>
        {t('activityEditor.for', { provider: provider.name })}{' '}
        {activity && <ActivityStatusTag status={activity.status} />}
      </Paragraph>
      <LiveNotice message={saved} />

      <form
        ref={form}
        className="provider-form"
        onSubmit={submit}
        noValidate
        aria-label={t('activityEditor.formLabel')}
      >
        <ErrorSummary title={t('providerCommon.errorSummary')} level={2} problems={problems()} />
        <AboutSection {...section} />
        <WhoSection {...section} />
        <WhenSection {...section} />
        <PriceSection {...section} />
        <PlacesSection {...section} placesTaken={activity?.placesTaken ?? 0} />
        <WhereSection {...section} options={options} />
        <LanguagesSection {...section} />
        <ContactSection {...section} />

        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div className="button-row provider-sticky-actions">
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {activity ? t('activityEditor.save') : t('activityEditor.create')}
          </Button>
          {dirty && activity && (
            <Paragraph data-size="sm" className="muted">
              {t('activityEditor.unsaved')}
            </Paragraph>
          )}
        </div>
      </form>

      {activity ? (
        <>
          <ActivityPictures
            kommunenummer={k}
            providerId={provider.id}
            activityId={activity.id}
            images={activity.images}
            showStored={provider.status === 'approved'}
            onSaved={onReload}
          />
          <ActivityTranslations
            key={activity.textLanguage}
            kommunenummer={k}
            providerId={provider.id}
            activityId={activity.id}
            textLanguage={activity.textLanguage}
            translations={activity.translations}
            onChanged={async () => {
              setActivity(await refreshed(k, provider.id, activity.id, activity));
            }}
          />
          <Publishing
            kommunenummer={k}
            provider={provider}
            activity={activity}
            dirty={dirty}
            save={save}
            onChanged={(next) => {
              setActivity(next);
              onReload();
            }}
          />
        </>
      ) : (
        <Card data-color="neutral" variant="tinted">
          <Paragraph>{t('activityEditor.afterCreate')}</Paragraph>
        </Card>
      )}
    </div>
  );
}

async function refreshed(
  k: string,
  providerId: string,
  activityId: string,
  fallback: ProviderActivity,
): Promise<ProviderActivity> {
  try {
    return await getProviderActivity(k, providerId, activityId);
  } catch {
    return fallback;
  }
}
