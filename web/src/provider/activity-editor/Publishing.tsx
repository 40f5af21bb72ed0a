import { Alert, Button, Card, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { archiveActivity, type ProviderActivity, type ProviderProfile, publishActivity } from '../../api/providers.ts';
import { activityPath } from '../../catalogue/search-state.ts';
import { ActivityStatusTag } from '../../kit/StatusTags.tsx';
import { missingFromError, missingLabel } from '../ActivitiesPanel.tsx';

/** Publishing: what is missing, the provider's approval, and the public page once the activity is shown. */
export function Publishing({
  kommunenummer,
  provider,
  activity,
  dirty,
  save,
  onChanged,
}: {
  kommunenummer: string;
  provider: ProviderProfile;
  activity: ProviderActivity;
  dirty: boolean;
  save(): Promise<ProviderActivity | undefined>;
  onChanged(activity: ProviderActivity): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; missing: string[] }>();
  const [done, setDone] = useState<string>();
  const result = useRef<HTMLDivElement>(null);
  const missing = activity.missingForPublishing;

  async function run(action: 'publish' | 'archive') {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      // Publishing shows what is saved: unsaved changes are saved first.
      if (dirty && !(await save())) return;
      const next =
        action === 'publish'
          ? await publishActivity(kommunenummer, provider.id, activity.id)
          : await archiveActivity(kommunenummer, provider.id, activity.id);
      setDone(
        action === 'publish' ? t('activityEditor.publishing.published') : t('activityEditor.publishing.archived'),
      );
      onChanged(next);
    } catch (caught) {
      setProblem({
        message: caught instanceof ApiError ? caught.message : t('errors.network'),
        missing: missingFromError(caught),
      });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Card
        data-color={activity.status === 'published' ? 'success' : 'accent'}
        variant="tinted"
        className="provider-publish"
      >
        <Heading level={2} data-size="sm" id={headingId}>
          {t('activityEditor.publishing.title')}
        </Heading>
        <Paragraph>
          {t('activityEditor.publishing.status')} <ActivityStatusTag status={activity.status} />
        </Paragraph>
        {provider.status !== 'approved' && activity.status !== 'published' && (
          <Paragraph>{t('activityEditor.publishing.notApproved')}</Paragraph>
        )}
        {missing.length > 0 && activity.status !== 'published' && (
          <>
            <Paragraph>{t('activityEditor.publishing.missing')}</Paragraph>
            <List.Unordered>
              {missing.map((m) => (
                <List.Item key={m}>{missingLabel(t, m)}</List.Item>
              ))}
            </List.Unordered>
          </>
        )}
        {missing.length === 0 && activity.status === 'draft' && provider.status === 'approved' && (
          <Paragraph>{t('activityEditor.publishing.ready')}</Paragraph>
        )}
        <div ref={result} tabIndex={-1} className="provider-publish__result" aria-live="polite">
          {problem && (
            <Alert data-color="danger" className="app-alert">
              <Paragraph>{problem.message}</Paragraph>
              {problem.missing.length > 0 && (
                <List.Unordered>
                  {problem.missing.map((m) => (
                    <List.Item key={m}>{missingLabel(t, m)}</List.Item>
                  ))}
                </List.Unordered>
              )}
            </Alert>
          )}
          {done && (
            <Alert data-color="success" className="app-alert">
              <Paragraph>{done}</Paragraph>
            </Alert>
          )}
        </div>
        <div className="button-row">
          {activity.status !== 'published' ? (
            <Button onClick={() => !busy && run('publish')} loading={busy} aria-disabled={busy}>
              {t('activityEditor.publishing.publish')}
            </Button>
          ) : (
            <>
              <Button asChild>
                <RouterLink to={activityPath(kommunenummer, activity.id)}>
                  {t('activityEditor.publishing.view')}
                </RouterLink>
              </Button>
              <Button variant="secondary" onClick={() => !busy && run('archive')} loading={busy} aria-disabled={busy}>
                {t('activityEditor.publishing.archive')}
              </Button>
            </>
          )}
        </div>
      </Card>
    </section>
  );
}
