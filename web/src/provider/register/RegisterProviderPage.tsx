import '../../styles/provider.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/providers.ts';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { ProviderGate, type ProviderScope } from '../ProviderGate.tsx';
import { FindOrganisation } from './FindOrganisation.tsx';
import { RegistrationForm } from './RegistrationForm.tsx';

/** "Registrer organisasjonen din": a club leader registers the organisation by its number; the municipality approves. */
export function RegisterProviderPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('registerProvider.title')}
      documentTitle={t('registerProvider.documentTitle')}
      lead={t('registerProvider.lead')}
    >
      <ProviderGate prefer="current">
        {(scope) => <Registration key={scope.kommunenummer} scope={scope} />}
      </ProviderGate>
    </PageFrame>
  );
}

/** First the organisation is looked up; once found, the registration form for it. */
function Registration({ scope }: { scope: ProviderScope }) {
  const [organisation, setOrganisation] = useState<Organisation>();
  return organisation ? (
    <RegistrationForm
      scope={scope}
      organisation={organisation}
      onChangeOrganisation={() => setOrganisation(undefined)}
    />
  ) : (
    <FindOrganisation scope={scope} onFound={setOrganisation} />
  );
}
