import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus, ProviderStatus } from '../api/providers.ts';

const PROVIDER_STATUS_COLOR = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  suspended: 'danger',
} as const satisfies Record<ProviderStatus, string>;

const PROVIDER_STATUS_LABEL: Record<ProviderStatus, string> = {
  pending: 'providerStatus.pending',
  approved: 'providerStatus.approved',
  rejected: 'providerStatus.rejected',
  suspended: 'providerStatus.suspended',
};

export function ProviderStatusTag({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={PROVIDER_STATUS_COLOR[status]} data-size="sm">
      {t(PROVIDER_STATUS_LABEL[status])}
    </Tag>
  );
}

const ACTIVITY_STATUS_COLOR = {
  draft: 'neutral',
  published: 'success',
  archived: 'warning',
} as const satisfies Record<ActivityStatus, string>;

export const ACTIVITY_STATUS_LABEL: Record<ActivityStatus, string> = {
  draft: 'providerActivityStatus.draft',
  published: 'providerActivityStatus.published',
  archived: 'providerActivityStatus.archived',
};

export function isActivityStatus(value: string): value is ActivityStatus {
  return value in ACTIVITY_STATUS_LABEL;
}

export function ActivityStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isActivityStatus(status)) return <Tag data-size="sm">{status}</Tag>;
  return (
    <Tag data-color={ACTIVITY_STATUS_COLOR[status]} data-size="sm">
      {t(ACTIVITY_STATUS_LABEL[status])}
    </Tag>
  );
}

export const PROVIDER_KIND_LABEL = {
  voluntary: 'providerKind.voluntary',
  municipal: 'providerKind.municipal',
  commercial: 'providerKind.commercial',
  private: 'providerKind.private',
} as const;

/** Organisation forms of Enhetsregisteret that providers usually have; others are shown by their code. */
const ORGANISATION_FORMS = ['FLI', 'AS', 'ENK', 'STI', 'SA', 'KOMM', 'ORGL', 'NUF', 'ANS', 'DA', 'KF', 'IKS'] as const;

export function organisationFormLabel(t: (key: string) => string, code: string | null): string {
  if (!code) return t('organisationForm.unknown');
  return (ORGANISATION_FORMS as readonly string[]).includes(code) ? `${t(`organisationForm.${code}`)} (${code})` : code;
}
