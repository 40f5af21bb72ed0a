import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { fieldError, getOrganisation, type Organisation } from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import type { ProviderScope } from '../ProviderGate.tsx';
import { NameSearch } from './NameSearch.tsx';

/** Nine digits, spaces allowed while typing. */
const compactNumber = (value: string) => value.replace(/\s+/g, '');

/** Looks the organisation up in Enhetsregisteret by its number; the name search below can fill the number in. */
export function FindOrganisation({
  scope,
  onFound,
}: {
  scope: ProviderScope;
  onFound(organisation: Organisation): void;
}) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const value = compactNumber(number);
    if (!value) {
      setNumberError(t('registerProvider.find.numberRequired'));
      input.current?.focus();
      return;
    }
    if (!/^\d{9}$/.test(value)) {
      setNumberError(t('registerProvider.find.numberFormat'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const found = await getOrganisation(value);
      setNumberError(undefined);
      onFound(found);
    } catch (caught) {
      // The server checks the control digit and tells whether the register knows the number.
      const message =
        fieldError(caught, 'organisationNumber') ??
        (caught instanceof ApiError && ['ORGANISATION_NOT_FOUND', 'ORGANISATION_DELETED'].includes(caught.code)
          ? caught.message
          : undefined);
      if (message) {
        setNumberError(message);
        input.current?.focus();
      } else {
        setNumberError(undefined);
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="provider-stack">
      <Card data-color="neutral" className="form-card">
        <form className="form-stack" onSubmit={find} noValidate aria-labelledby="register-find">
          <Heading level={2} data-size="sm" id="register-find">
            {t('registerProvider.find.title')}
          </Heading>
          <Textfield
            ref={input}
            label={t('registerProvider.find.number')}
            description={t('registerProvider.find.numberHint')}
            name="organisationNumber"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={11}
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            error={numberError}
            className="field-narrow"
          />
          {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
          <div>
            <Button type="submit" loading={busy} aria-disabled={busy}>
              {t('registerProvider.find.submit')}
            </Button>
          </div>
        </form>
      </Card>
      <NameSearch
        kommunenummer={scope.kommunenummer}
        onChoose={(hit) => {
          setNumber(hit.organisationNumber);
          setNumberError(undefined);
          input.current?.focus();
        }}
      />
    </div>
  );
}
