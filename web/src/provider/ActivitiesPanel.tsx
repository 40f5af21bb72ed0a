import { Alert, Button, Dialog, Heading, Link, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import {
  archiveActivity,
  copyActivity,
  listProviderActivities,
  type ProviderActivitySummary,
  type ProviderStatus,
  publishActivity,
} from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { type Column, DataTable } from '../kit/DataTable.tsx';
import { formatAge, formatDate } from '../kit/format.ts';
import { fieldName } from '../kit/forms/field-errors.ts';
import { ActivityStatusTag } from '../kit/StatusTags.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';

export const editorPath = (providerId: string, activityId: string) =>
  `/organisation/${encodeURIComponent(providerId)}/activities/${encodeURIComponent(activityId)}`;

/** The children enrolled in an activity, for the provider. */
export const participantsPath = (providerId: string, activityId: string) =>
  `${editorPath(providerId, activityId)}/participants`;

/** What the server says is missing when publishing fails, in the editor's words. */
export function missingFromError(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.details
    .map((d) => fieldName(d.field))
    .filter((f) => f.startsWith('activity/'))
    .map((f) => f.slice('activity/'.length));
}

/** The provider's activities: status and season, with publish, archive and copy for the next season. */
export function ActivitiesPanel({
  kommunenummer,
  providerId,
  providerStatus,
}: {
  kommunenummer: string;
  providerId: string;
  providerStatus: ProviderStatus;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const activities = useLoad(
    (signal) => listProviderActivities(kommunenummer, providerId, { limit: 200 }, signal),
    [kommunenummer, providerId],
  );
  const [notice, setNotice] = useState<{ kind: 'success' | 'failed'; text: string; missing?: string[] }>();
  const [busy, setBusy] = useState<string>();
  const [copying, setCopying] = useState<ProviderActivitySummary>();
  const headingId = useId();

  async function act(activity: ProviderActivitySummary, action: 'publish' | 'archive') {
    setBusy(activity.id);
    setNotice(undefined);
    try {
      if (action === 'publish') {
        await publishActivity(kommunenummer, providerId, activity.id);
        setNotice({ kind: 'success', text: t('organisation.activities.published', { title: activity.title }) });
      } else {
        await archiveActivity(kommunenummer, providerId, activity.id);
        setNotice({ kind: 'success', text: t('organisation.activities.archived', { title: activity.title }) });
      }
      activities.reload();
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.message : t('errors.network');
      setNotice({ kind: 'failed', text: message, missing: missingFromError(caught) });
    } finally {
      setBusy(undefined);
    }
  }

  const columns: Column<ProviderActivitySummary>[] = [
    {
      head: t('organisation.activities.activity'),
      cell: (a) => (
        <>
          <Link asChild>
            <RouterLink to={editorPath(providerId, a.id)} className="cell-main">
              <UserText>{a.title}</UserText>
            </RouterLink>
          </Link>
          <span className="cell-sub">
            {t(`category.${a.category}`)} ·{' '}
            {a.minAge === a.maxAge
              ? formatAge(a.minAge, language)
              : t('catalogue.card.ages', { from: a.minAge, to: formatAge(a.maxAge, language) })}
          </span>
        </>
      ),
    },
    { head: t('organisation.activities.status'), cell: (a) => <ActivityStatusTag status={a.status} /> },
    {
      head: t('organisation.activities.season'),
      cell: (a) =>
        t('organisation.activities.seasonRange', {
          from: formatDate(a.seasonStart, language),
          to: formatDate(a.seasonEnd, language),
        }),
    },
  ];
  return (
    <div className="provider-panel">
      <div className="results-heading">
        <Heading level={3} data-size="sm" id={headingId}>
          {t('organisation.activities.title')}
        </Heading>
        <Button asChild data-size="sm">
          <RouterLink to={editorPath(providerId, 'new')}>{t('organisation.activities.new')}</RouterLink>
        </Button>
      </div>
      {providerStatus !== 'approved' && (
        <Paragraph data-size="sm" className="muted">
          {t('organisation.activities.notApprovedHint')}
        </Paragraph>
      )}
      <div aria-live="polite" className="live-notice">
        {notice && (
          <Alert data-color={notice.kind === 'success' ? 'success' : 'danger'} className="app-alert">
            <Paragraph>{notice.text}</Paragraph>
            {notice.missing && notice.missing.length > 0 && (
              <List.Unordered>
                {notice.missing.map((m) => (
                  <List.Item key={m}>{missingLabel(t, m)}</List.Item>
                ))}
              </List.Unordered>
            )}
          </Alert>
        )}
      </div>
      {activities.status === 'failed' && <ApiErrorAlert error={activities.error} loginKind="citizen" />}
      <DataTable
        labelledBy={headingId}
        columns={columns}
        rows={activities.data?.items}
        rowKey={(a) => a.id}
        loading={t('organisation.activities.loading')}
        busy={activities.status === 'loading'}
        empty={t('organisation.activities.empty')}
        actions={{
          head: t('organisation.activities.actions'),
          cell: (a) => (
            <div className="button-row provider-actions">
              {a.status !== 'published' && (
                <Button
                  data-size="sm"
                  variant="secondary"
                  loading={busy === a.id}
                  aria-disabled={busy !== undefined}
                  onClick={() => busy === undefined && act(a, 'publish')}
                  aria-label={t('organisation.activities.publishLabel', { title: a.title })}
                >
                  {t('organisation.activities.publish')}
                </Button>
              )}
              {a.status === 'published' && (
                <Button
                  data-size="sm"
                  variant="secondary"
                  loading={busy === a.id}
                  aria-disabled={busy !== undefined}
                  onClick={() => busy === undefined && act(a, 'archive')}
                  aria-label={t('organisation.activities.archiveLabel', { title: a.title })}
                >
                  {t('organisation.activities.archive')}
                </Button>
              )}
              {a.status !== 'draft' && (
                <Button asChild data-size="sm" variant="tertiary">
                  <RouterLink
                    to={participantsPath(providerId, a.id)}
                    aria-label={t('participantList.linkLabel', { title: a.title })}
                  >
                    {t('participantList.link')}
                  </RouterLink>
                </Button>
              )}
              <Button
                data-size="sm"
                variant="tertiary"
                onClick={() => setCopying(a)}
                aria-label={t('organisation.activities.copyLabel', { title: a.title })}
              >
                {t('organisation.activities.copy')}
              </Button>
            </div>
          ),
        }}
      />
      <CopyDialog
        kommunenummer={kommunenummer}
        providerId={providerId}
        activity={copying}
        onClose={() => setCopying(undefined)}
      />
    </div>
  );
}

const MISSING_KEYS: Record<string, string> = {
  location: 'activityEditor.missing.location',
  season: 'activityEditor.missing.season',
  schedule: 'activityEditor.missing.schedule',
  contact: 'activityEditor.missing.contact',
};

export function missingLabel(t: (key: string) => string, requirement: string): string {
  const key = MISSING_KEYS[requirement];
  return key ? t(key) : requirement;
}

/** The same season one year later, as a suggestion for the copy. */
function nextYear(isoDate: string): string {
  const match = /^(\d{4})(-\d{2}-\d{2})$/.exec(isoDate);
  if (!match) return '';
  const day = match[2] === '-02-29' ? '-02-28' : match[2];
  return `${Number(match[1]) + 1}${day}`;
}

/** "Copy for a new season": a new draft with the same texts, translations and pictures. */
function CopyDialog({
  kommunenummer,
  providerId,
  activity,
  onClose,
}: {
  kommunenummer: string;
  providerId: string;
  activity: ProviderActivitySummary | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<{ seasonStart?: string; seasonEnd?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [shownFor, setShownFor] = useState<string>();
  const startInput = useRef<HTMLInputElement>(null);

  if (activity && shownFor !== activity.id) {
    setShownFor(activity.id);
    setStart(nextYear(activity.seasonStart));
    setEnd(nextYear(activity.seasonEnd));
    setErrors({});
    setError(undefined);
  }

  function close() {
    setShownFor(undefined);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!activity) return;
    const found: typeof errors = {};
    if (!start) found.seasonStart = t('activityEditor.errors.seasonStartRequired');
    if (!end) found.seasonEnd = t('activityEditor.errors.seasonEndRequired');
    else if (start && end < start) found.seasonEnd = t('activityEditor.errors.seasonOrder');
    setErrors(found);
    if (found.seasonStart || found.seasonEnd) {
      if (found.seasonStart) startInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const copy = await copyActivity(kommunenummer, providerId, activity.id, { seasonStart: start, seasonEnd: end });
      close();
      navigate(editorPath(providerId, copy.id), { state: { copied: true } });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={activity !== undefined}
      onClose={close}
      closedby="any"
      closeButton={t('providerCommon.close')}
      aria-labelledby={titleId}
    >
      {activity && (
        <form className="dialog-body" onSubmit={submit} noValidate>
          <Heading level={2} data-size="xs" id={titleId}>
            {t('organisation.copy.title', { title: activity.title })}
          </Heading>
          <Paragraph>{t('organisation.copy.text')}</Paragraph>
          <div className="provider-two">
            <Textfield
              ref={startInput}
              type="date"
              label={t('activityEditor.fields.seasonStart')}
              name="seasonStart"
              value={start}
              onChange={(event) => setStart(event.target.value)}
              error={errors.seasonStart}
            />
            <Textfield
              type="date"
              label={t('activityEditor.fields.seasonEnd')}
              name="seasonEnd"
              value={end}
              onChange={(event) => setEnd(event.target.value)}
              error={errors.seasonEnd}
            />
          </div>
          {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
          <div className="button-row">
            <Button type="submit" loading={busy} aria-disabled={busy}>
              {t('organisation.copy.submit')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('providerCommon.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
