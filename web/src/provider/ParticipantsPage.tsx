import '../styles/provider.css';
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { getProviderActivity, listParticipants, type Participant } from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { type Column, DataTable } from '../kit/DataTable.tsx';
import { formatDateTime } from '../kit/format.ts';
import { Loading } from '../kit/Loading.tsx';
import { PageFrame } from '../kit/PageFrame.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { editorPath } from './ActivitiesPanel.tsx';
import { ProviderGate, type ProviderScope } from './ProviderGate.tsx';
import { requestsPath } from './requests/api.ts';

type ParticipantStatus = Participant['status'] | 'cancelled';

const STATUS_COLOR: Record<ParticipantStatus, 'success' | 'warning' | 'info' | 'neutral'> = {
  paid: 'success',
  awaiting_payment: 'warning',
  offered: 'info',
  waiting: 'neutral',
  cancelled: 'neutral',
};

/**
 * Who takes part in one of the provider's activities: each child's name, birth year, whether the place is paid
 * (never how it was paid: the API does not say) and when they enrolled. Each row is a card on a phone.
 */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { providerId = '', activityId = '' } = useParams();
  return (
    <PageFrame title={t('participantList.title')} documentTitle={t('participantList.title')}>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/organisation?provider=${encodeURIComponent(providerId)}`}>
            {t('activityEditor.back')}
          </RouterLink>
        </Link>
      </Paragraph>
      <ProviderGate>
        {(scope) => (
          <Participants
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

function Participants({
  scope,
  providerId,
  activityId,
}: {
  scope: ProviderScope;
  providerId: string;
  activityId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const k = scope.kommunenummer;
  const activity = useLoad(
    (signal) => getProviderActivity(k, providerId, activityId, signal),
    [k, providerId, activityId],
  );
  const participants = useLoad(
    (signal) => listParticipants(k, providerId, activityId, signal),
    [k, providerId, activityId],
  );
  const failed = [activity, participants].find((load) => load.status === 'failed');
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
  if (!activity.data) return <Loading text={t('participantList.loading')} />;
  const a = activity.data;

  const columns: Column<Participant>[] = [
    { head: t('participantList.name'), cell: (p) => <span className="cell-main">{p.childName}</span> },
    { head: t('participantList.born'), cell: (p) => (p.birthYear > 0 ? String(p.birthYear) : '–') },
    {
      head: t('participantList.status'),
      cell: (p) => (
        <Tag data-color={STATUS_COLOR[p.status as ParticipantStatus] ?? 'neutral'} data-size="sm">
          {t(`participantList.statuses.${p.status}`)}
        </Tag>
      ),
    },
    {
      head: t('participantList.enrolled'),
      className: 'data-table__nowrap',
      cell: (p) => formatDateTime(p.enrolledAt, language),
    },
  ];

  return (
    <div className="provider-panel">
      <Heading level={2} data-size="sm" id={headingId}>
        <UserText lang={a.textLanguage}>{a.title}</UserText>
      </Heading>
      <Paragraph data-size="sm">
        {a.capacity === null
          ? t('participantList.placesUnlimited', { taken: a.placesTaken })
          : t('participantList.places', { taken: a.placesTaken, capacity: a.capacity })}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('participantList.paidHint')}
      </Paragraph>
      <DataTable
        labelledBy={headingId}
        columns={columns}
        rows={participants.data}
        rowKey={(p) => p.enrolmentId}
        loading={t('participantList.loading')}
        busy={participants.status === 'loading'}
        empty={t('participantList.empty')}
      />
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={requestsPath(providerId, activityId)}>{t('participantList.requests')}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={editorPath(providerId, activityId)}>{t('participantList.edit')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
