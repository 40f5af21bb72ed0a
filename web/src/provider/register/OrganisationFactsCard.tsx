import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/providers.ts';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { organisationFormLabel } from '../../kit/StatusTags.tsx';

/** What the register says about the organisation, shown before the person confirms. */
export function OrganisationFactsCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const address = [organisation.businessAddress, [organisation.postalCode, organisation.postalPlace].join(' ').trim()]
    .filter(Boolean)
    .join(', ');
  return (
    <Card data-color="accent" variant="tinted" className="provider-facts">
      <Heading level={2} data-size="sm" id="register-facts">
        {organisation.name}
      </Heading>
      <Paragraph data-size="sm">{t('registerProvider.facts.source')}</Paragraph>
      <Facts>
        <Fact label={t('registerProvider.facts.number')}>
          <span dir="ltr">{organisation.organisationNumber}</span>
        </Fact>
        <Fact label={t('registerProvider.facts.form')}>{organisationFormLabel(t, organisation.organisationForm)}</Fact>
        <Fact label={t('registerProvider.facts.voluntary')}>
          {organisation.inVoluntaryRegister ? (
            <Tag data-color="success" data-size="sm">
              {t('registerProvider.facts.yes')}
            </Tag>
          ) : (
            t('registerProvider.facts.no')
          )}
        </Fact>
        {address && <Fact label={t('registerProvider.facts.address')}>{address}</Fact>}
        {organisation.municipalityNumber && (
          <Fact label={t('registerProvider.facts.municipality')}>
            <span dir="ltr">{organisation.municipalityNumber}</span>
          </Fact>
        )}
      </Facts>
    </Card>
  );
}
