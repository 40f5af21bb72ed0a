import '../styles/provider.css';
import {
  Button,
  Card,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, getSearchOptions } from '../api/client.ts';
import {
  fieldError,
  getOrganisation,
  type Organisation,
  type OrganisationSearchHit,
  PROVIDER_KINDS,
  type ProviderKind,
  registerProvider,
  searchOrganisations,
} from '../api/providers.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { EmailField, NameField, NeighbourhoodSelect, PhoneField, WebsiteField } from '../kit/forms/ContactFields.tsx';
import { ErrorSummary } from '../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, hasErrors } from '../kit/forms/field-errors.ts';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { PageFrame } from '../kit/PageFrame.tsx';
import { organisationFormLabel, PROVIDER_KIND_LABEL } from '../kit/StatusTags.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { useSessionState } from '../session.tsx';
import { ProviderGate, type ProviderScope } from './ProviderGate.tsx';

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

/** Nine digits, spaces allowed while typing. */
const compactNumber = (value: string) => value.replace(/\s+/g, '');

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

function FindOrganisation({ scope, onFound }: { scope: ProviderScope; onFound(organisation: Organisation): void }) {
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

/** "Don't know the number?": organisations by name, voluntary ones first; choosing one fills in the number. */
function NameSearch({
  kommunenummer,
  onChoose,
}: {
  kommunenummer: string;
  onChoose(hit: OrganisationSearchHit): void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<OrganisationSearchHit[]>();
  const [qError, setQError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (q.trim().length < 2) {
      setQError(t('registerProvider.search.tooShort'));
      return;
    }
    setQError(undefined);
    setBusy(true);
    try {
      setHits(await searchOrganisations(q.trim(), { municipality: kommunenummer, limit: 10 }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Details>
      <Details.Summary>{t('registerProvider.search.title')}</Details.Summary>
      <Details.Content>
        <form className="form-stack" onSubmit={search} noValidate>
          <Textfield
            label={t('registerProvider.search.name')}
            name="q"
            autoComplete="organization"
            maxLength={100}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            error={qError}
            className="field-medium"
          />
          <div>
            <Button type="submit" variant="secondary" loading={busy} aria-disabled={busy}>
              {t('registerProvider.search.submit')}
            </Button>
          </div>
        </form>
        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div aria-live="polite">
          {hits && hits.length === 0 && <Paragraph>{t('registerProvider.search.none')}</Paragraph>}
          {hits && hits.length > 0 && (
            <ul className="plain-list provider-hits">
              {hits.map((hit) => (
                <li key={hit.organisationNumber} className="provider-hits__item">
                  <span>
                    <strong>{hit.name}</strong>
                    <span className="cell-sub">
                      <span dir="ltr">{hit.organisationNumber}</span>
                      {hit.postalPlace ? ` · ${hit.postalPlace}` : ''}
                    </span>
                  </span>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => onChoose(hit)}
                    aria-label={t('registerProvider.search.chooseLabel', { name: hit.name })}
                  >
                    {t('registerProvider.search.choose')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}

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

/** The registration form's fields, as typed. */
interface RegistrationValues {
  kind: ProviderKind;
  displayName: string;
  email: string;
  phone: string;
  website: string;
  neighbourhoodId: string;
  description: string;
}

type RegistrationField = keyof RegistrationValues;

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

function RegistrationForm({
  scope,
  organisation,
  onChangeOrganisation,
}: {
  scope: ProviderScope;
  organisation: Organisation;
  onChangeOrganisation(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refresh } = useSessionState();
  const k = scope.kommunenummer;
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [values, setValues] = useState(() => initialValues(organisation));
  const { kind, displayName, email, phone, website, neighbourhoodId, description } = values;
  const set =
    <F extends RegistrationField>(field: F) =>
    (value: RegistrationValues[F]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors<RegistrationField>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

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
          <ErrorSummary title={t('providerCommon.errorSummary')} level={3} problems={problems(labels)} />
          <Fieldset>
            <Fieldset.Legend>{t('registerProvider.form.kind')}</Fieldset.Legend>
            {PROVIDER_KINDS.map((option) => (
              <Radio
                key={option}
                name="kind"
                value={option}
                label={t(PROVIDER_KIND_LABEL[option])}
                checked={kind === option}
                onChange={() => set('kind')(option)}
              />
            ))}
          </Fieldset>
          <NameField
            label={t('registerProvider.form.displayName')}
            description={t('registerProvider.form.displayNameHint')}
            name="displayName"
            autoComplete="organization"
            value={displayName}
            onChange={set('displayName')}
            error={errors.displayName}
          />
          <EmailField
            label={t('registerProvider.form.email')}
            description={t('registerProvider.form.emailHint')}
            required
            value={email}
            onChange={set('email')}
            error={errors.email}
          />
          <PhoneField
            label={t('registerProvider.form.phone')}
            value={phone}
            onChange={set('phone')}
            error={errors.phone}
          />
          <WebsiteField
            label={t('registerProvider.form.website')}
            description={t('registerProvider.form.websiteHint')}
            value={website}
            onChange={set('website')}
            error={errors.website}
          />
          <NeighbourhoodSelect
            label={t('registerProvider.form.neighbourhood')}
            neighbourhoods={options.data?.neighbourhoods ?? []}
            value={neighbourhoodId}
            onChange={set('neighbourhoodId')}
            error={errors.neighbourhoodId}
          />
          <Textfield
            multiline
            rows={4}
            label={t('registerProvider.form.description')}
            description={t('registerProvider.form.descriptionHint')}
            name="description"
            maxLength={5000}
            value={description}
            onChange={(event) => set('description')(event.target.value)}
            error={errors.description}
          />
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
