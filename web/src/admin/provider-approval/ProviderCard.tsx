import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, ProviderForApproval } from '../../api/providers.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatDate, formatDateTime } from '../../kit/format.ts';
import { organisationFormLabel, PROVIDER_KIND_LABEL, ProviderStatusTag } from '../../kit/StatusTags.tsx';
import { UserText } from '../../kit/UserText.tsx';

/** One provider as the register and its registration describe it, with the decisions its status allows. */
export function ProviderCard({
  provider,
  kommunenummer,
  busy,
  onApprove,
  onAsk,
}: {
  provider: ProviderForApproval;
  kommunenummer: string;
  busy: boolean;
  onApprove(): void;
  onAsk(decision: Exclude<Decision, 'approve'>): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const facts = provider.organisation;
  const headingId = useId();
  const registeredHere = facts?.municipalityNumber === kommunenummer;
  return (
    <Card data-color="neutral" className="provider-approval" aria-labelledby={headingId}>
      <div className="provider-dashboard__head">
        <Heading level={3} data-size="xs" id={headingId}>
          <UserText>{provider.name}</UserText>
        </Heading>
        <ProviderStatusTag status={provider.status} />
      </div>
      {facts && facts.name !== provider.name && (
        <Paragraph data-size="sm" className="muted">
          {t('approval.registerName', { name: facts.name })}
        </Paragraph>
      )}
      {facts?.deletedOn && (
        <Tag data-color="danger" data-size="sm">
          {t('approval.deleted', { date: formatDate(facts.deletedOn, language) })}
        </Tag>
      )}
      <Facts>
        <Fact label={t('registerProvider.facts.number')}>
          <span dir="ltr">{provider.organisationNumber ?? t('approval.noNumber')}</span>
        </Fact>
        <Fact label={t('registerProvider.facts.form')}>
          {organisationFormLabel(t, facts?.organisationForm ?? null)}
        </Fact>
        <Fact label={t('registerProvider.facts.voluntary')}>
          {facts?.inVoluntaryRegister ? (
            <Tag data-color="success" data-size="sm">
              {t('registerProvider.facts.yes')}
            </Tag>
          ) : (
            <Tag data-color="warning" data-size="sm">
              {t('registerProvider.facts.no')}
            </Tag>
          )}
        </Fact>
        <Fact label={t('registerProvider.facts.municipality')}>
          {facts?.municipalityNumber ? (
            <>
              <span dir="ltr">{facts.municipalityNumber}</span>
              {registeredHere ? ` – ${t('approval.here')}` : ` – ${t('approval.elsewhere')}`}
            </>
          ) : (
            t('organisationForm.unknown')
          )}
        </Fact>
        <Fact label={t('organisation.profile.kind')}>{t(PROVIDER_KIND_LABEL[provider.kind])}</Fact>
        <Fact label={t('approval.contact')}>
          <span className="provider-contact">
            {provider.email && (
              <Link href={`mailto:${provider.email}`} dir="ltr">
                {provider.email}
              </Link>
            )}
            {provider.phone && (
              <Link href={`tel:${provider.phone}`} dir="ltr">
                {provider.phone}
              </Link>
            )}
            {provider.website && (
              <Link href={provider.website} dir="ltr">
                {provider.website}
              </Link>
            )}
          </span>
        </Fact>
        <Fact label={t('approval.registered')}>{formatDateTime(provider.createdAt, language)}</Fact>
        {provider.decidedAt && (
          <Fact label={t('approval.decided')}>
            {t('approval.decidedBy', {
              when: formatDateTime(provider.decidedAt, language),
              name: provider.decidedBy ?? '',
            })}
          </Fact>
        )}
        {provider.decisionNote && (
          <Fact label={t('approval.note')}>
            <span className="preserve-lines">{provider.decisionNote}</span>
          </Fact>
        )}
      </Facts>
      <div className="button-row">
        {provider.status !== 'approved' && (
          <Button
            data-size="sm"
            data-color="accent"
            onClick={onApprove}
            loading={busy}
            aria-disabled={busy}
            aria-label={t(provider.status === 'pending' ? 'approval.approveLabel' : 'approval.reapproveLabel', {
              name: provider.name,
            })}
          >
            {provider.status === 'pending' ? t('approval.approve') : t('approval.reapprove')}
          </Button>
        )}
        {provider.status === 'pending' && (
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            onClick={() => onAsk('reject')}
            aria-label={t('approval.rejectLabel', { name: provider.name })}
          >
            {t('approval.reject')}
          </Button>
        )}
        {provider.status === 'approved' && (
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            onClick={() => onAsk('suspend')}
            aria-label={t('approval.suspendLabel', { name: provider.name })}
          >
            {t('approval.suspend')}
          </Button>
        )}
      </div>
    </Card>
  );
}
