import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getSearchOptions } from '../../api/client.ts';
import { type Organisation, type ProviderKind, registerProvider } from '../../api/providers.ts';
import { type FieldErrors, hasErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useSessionState } from '../../session.tsx';

/** The registration form's fields, as typed. */
export interface RegistrationValues {
  kind: ProviderKind;
  displayName: string;
  email: string;
  phone: string;
  website: string;
  neighbourhoodId: string;
  description: string;
}

export type RegistrationField = keyof RegistrationValues;

/** What each section of the form gets: the values, their errors, and a way to change one field. */
export interface SectionProps {
  values: RegistrationValues;
  errors: FieldErrors<RegistrationField>;
  set<F extends RegistrationField>(field: F): (value: RegistrationValues[F]) => void;
}

/** Filled in from the register: voluntary for organisations in the voluntary register (or FLI), its name and website. */
function initialValues(organisation: Organisation): RegistrationValues {
  const voluntaryByDefault = organisation.inVoluntaryRegister || organisation.organisationForm === 'FLI';
  return {
    kind: voluntaryByDefault ? 'voluntary' : 'commercial',
    displayName: organisation.name,
    email: '',
    phone: '',
    website: organisation.website
      ? /^https?:\/\//.test(organisation.website)
        ? organisation.website
        : `https://${organisation.website}`
      : '',
    neighbourhoodId: '',
    description: '',
  };
}

/**
 * The registration form's state: the values in one object, the municipality's neighbourhoods, field errors, and
 * sending the registration (after which the person goes to the organisation's page as its admin).
 */
export function useRegisterForm(k: string, organisation: Organisation) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refresh } = useSessionState();
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [values, setValues] = useState(() => initialValues(organisation));
  const set =
    <F extends RegistrationField>(field: F) =>
    (value: RegistrationValues[F]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors<RegistrationField>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const labels = (name: RegistrationField) =>
    ({
      kind: t('registerProvider.form.kind'),
      displayName: t('registerProvider.form.displayName'),
      email: t('registerProvider.form.email'),
      phone: t('registerProvider.form.phone'),
      website: t('registerProvider.form.website'),
      neighbourhoodId: t('registerProvider.form.neighbourhood'),
      description: t('registerProvider.form.description'),
    })[name] ?? name;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const { kind, displayName, email, phone, website, neighbourhoodId, description } = values;
    const found: FieldErrors<RegistrationField> = {};
    if (!email.trim()) found.email = t('registerProvider.form.emailRequired');
    if (!displayName.trim()) found.displayName = t('registerProvider.form.displayNameRequired');
    if (hasErrors(found)) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const created = await registerProvider(k, {
        organisationNumber: organisation.organisationNumber,
        kind,
        ...(displayName.trim() && displayName.trim() !== organisation.name ? { displayName: displayName.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
        email: email.trim(),
        phone: phone.trim() || null,
        website: website.trim() || null,
        neighbourhoodId: neighbourhoodId || null,
      });
      setErrors({});
      // The person is the provider's admin from the next request on: ask for the session again for the menu.
      refresh();
      navigate(`/organisation?provider=${encodeURIComponent(created.id)}`, {
        state: { registered: created.name },
      });
    } catch (caught) {
      if (!showServer(caught)) {
        setErrors({});
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    values,
    set,
    neighbourhoods: options.data?.neighbourhoods ?? [],
    form,
    errors,
    error,
    busy,
    submit,
    problems: () => problems(labels),
  };
}
