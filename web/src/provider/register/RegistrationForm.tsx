import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import type { ProviderScope } from '../ProviderGate.tsx';
import { ContactSection } from './ContactSection.tsx';
import { DescriptionSection } from './DescriptionSection.tsx';
import { KindSection } from './KindSection.tsx';
import { OrganisationFactsCard } from './OrganisationFactsCard.tsx';
import { useRegisterForm } from './useRegisterForm.ts';

/** The register's facts about the organisation, and the form that registers it as a provider in the municipality. */
export function RegistrationForm({
  scope,
  organisation,
  onChangeOrganisation,
}: {
  scope: ProviderScope;
  organisation: Organisation;
  onChangeOrganisation(): void;
}) {
  const { t } = useTranslation();
  const registration = useRegisterForm(scope.kommunenummer, organisation);
  const { values, set, errors, form, submit, error, busy } = registration;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="provider-stack">
      <OrganisationFactsCard organisation={organisation} />
      <div>
        <Button variant="tertiary" data-size="sm" onClick={onChangeOrganisation}>
          {t('registerProvider.facts.other')}
        </Button>
      </div>
      <Card data-color="neutral" className="form-card">
        <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby="register-form">
          <Heading level={2} data-size="sm" id="register-form" ref={heading} tabIndex={-1}>
            {t('registerProvider.form.title', { name: organisation.name })}
          </Heading>
          <Paragraph data-size="sm">
            {t('registerProvider.form.lead', {
              municipality: t('municipality.name', { name: scope.municipalityName }),
            })}
          </Paragraph>
          <ErrorSummary title={t('providerCommon.errorSummary')} level={3} problems={registration.problems()} />
          <KindSection values={values} set={set} />
          <ContactSection values={values} errors={errors} set={set} neighbourhoods={registration.neighbourhoods} />
          <DescriptionSection values={values} errors={errors} set={set} />
          <Paragraph data-size="sm">{t('registerProvider.form.youBecomeAdmin')}</Paragraph>
          {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
          <div>
            <Button type="submit" loading={busy} aria-disabled={busy}>
              {t('registerProvider.form.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
