import {
  Alert,
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSearchOptions, imageUrl } from '../../api/client.ts';
import { type ProviderProfile, setProviderLogo, updateProvider, uploadImage } from '../../api/providers.ts';
import { useLoad } from '../../useLoad.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { Fact, Facts } from '../Facts.tsx';
import {
  ErrorSummaryAlert,
  type FieldErrors,
  focusFirstInvalid,
  formHasField,
  serverFieldErrors,
} from './FormErrors.tsx';
import { organisationFormLabel, PROVIDER_KIND_LABEL } from './StatusTags.tsx';

const SOCIAL_LINKS_MAX = 6;
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';

/** The account number in its usual written form, 1234.56.78903. */
function formatAccount(digits: string | null): string {
  if (!digits || !/^\d{11}$/.test(digits)) return digits ?? '';
  return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

/** The provider's presentation and payout account; PUT replaces every field, so the whole form is sent. */
export function ProfileForm({
  kommunenummer,
  profile,
  onSaved,
}: {
  kommunenummer: string;
  profile: ProviderProfile;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const options = useLoad((signal) => getSearchOptions(kommunenummer, signal), [kommunenummer]);
  const [name, setName] = useState(profile.name);
  const [description, setDescription] = useState(profile.description);
  const [email, setEmail] = useState(profile.email ?? '');
  const [phone, setPhone] = useState(profile.phone ?? '');
  const [website, setWebsite] = useState(profile.website ?? '');
  const [neighbourhoodId, setNeighbourhoodId] = useState(profile.neighbourhoodId ?? '');
  const [socialLinks, setSocialLinks] = useState<string[]>(profile.socialLinks.length > 0 ? profile.socialLinks : ['']);
  const [bankAccount, setBankAccount] = useState(formatAccount(profile.bankAccount));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const neighbourhoodField = useId();

  const labels = (field: string) => {
    const social = /^socialLinks\/(\d+)$/.exec(field);
    if (social) return t('organisation.profile.socialLink', { number: Number(social[1]) + 1 });
    const known: Record<string, string> = {
      name: t('organisation.profile.name'),
      description: t('organisation.profile.description'),
      email: t('organisation.profile.email'),
      phone: t('organisation.profile.phone'),
      website: t('organisation.profile.website'),
      neighbourhoodId: t('organisation.profile.neighbourhood'),
      socialLinks: t('organisation.profile.socialLinks'),
      bankAccount: t('organisation.profile.bankAccount'),
    };
    return known[field] ?? field;
  };

  function show(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => focusFirstInvalid(form.current, found));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const found: FieldErrors = {};
    if (!name.trim()) found.name = t('organisation.profile.nameRequired');
    if (!email.trim()) found.email = t('organisation.profile.emailRequired');
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const updated = await updateProvider(kommunenummer, profile.id, {
        name: name.trim(),
        description: description.trim(),
        email: email.trim(),
        phone: phone.trim() || null,
        website: website.trim() || null,
        neighbourhoodId: neighbourhoodId || null,
        // Empty rows are left out; their positions are kept so the server's messages match the rows shown.
        socialLinks: socialLinks.map((link) => link.trim()),
        bankAccount: bankAccount.trim() || null,
      });
      setErrors({});
      setBankAccount(formatAccount(updated.bankAccount));
      setSocialLinks(updated.socialLinks.length > 0 ? updated.socialLinks : ['']);
      setPhone(updated.phone ?? '');
      setSaved(true);
      onSaved();
    } catch (caught) {
      const { fields } = serverFieldErrors(
        caught,
        (field) => formHasField(form.current, field) || field === 'socialLinks',
      );
      if (Object.keys(fields).length > 0) show(fields);
      else {
        setErrors({});
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="provider-panel">
      <RegisterFacts profile={profile} />
      <Logo kommunenummer={kommunenummer} profile={profile} onChanged={onSaved} />
      <Card data-color="neutral" className="form-card">
        <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby="profile-form">
          <Heading level={3} data-size="sm" id="profile-form">
            {t('organisation.profile.title')}
          </Heading>
          <ErrorSummaryAlert errors={errors} labels={labels} form={form} />
          <Textfield
            label={t('organisation.profile.name')}
            name="name"
            autoComplete="organization"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.name}
            className="field-medium"
          />
          <Textfield
            multiline
            rows={5}
            label={t('organisation.profile.description')}
            description={t('organisation.profile.descriptionHint')}
            name="description"
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={errors.description}
          />
          <Textfield
            type="email"
            label={t('organisation.profile.email')}
            name="email"
            autoComplete="email"
            spellCheck={false}
            dir="ltr"
            maxLength={254}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
            className="field-medium"
          />
          <Textfield
            type="tel"
            label={t('organisation.profile.phone')}
            name="phone"
            autoComplete="tel"
            dir="ltr"
            maxLength={40}
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={errors.phone}
            className="field-narrow"
          />
          <Textfield
            type="url"
            label={t('organisation.profile.website')}
            name="website"
            autoComplete="url"
            spellCheck={false}
            dir="ltr"
            maxLength={2000}
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
            error={errors.website}
            className="field-medium"
          />
          <Field>
            <Label htmlFor={neighbourhoodField}>{t('organisation.profile.neighbourhood')}</Label>
            <Select
              id={neighbourhoodField}
              name="neighbourhoodId"
              width="auto"
              value={neighbourhoodId}
              onChange={(event) => setNeighbourhoodId(event.target.value)}
            >
              <Select.Option value="">{t('providerCommon.noNeighbourhood')}</Select.Option>
              {(options.data?.neighbourhoods ?? []).map((n) => (
                <Select.Option key={n.id} value={n.id}>
                  {n.name}
                </Select.Option>
              ))}
            </Select>
            {errors.neighbourhoodId && <ValidationMessage>{errors.neighbourhoodId}</ValidationMessage>}
          </Field>
          <Fieldset>
            <Fieldset.Legend>{t('organisation.profile.socialLinks')}</Fieldset.Legend>
            <Fieldset.Description>{t('organisation.profile.socialLinksHint')}</Fieldset.Description>
            {errors.socialLinks && <ValidationMessage>{errors.socialLinks}</ValidationMessage>}
            {socialLinks.map((link, index) => (
              <div className="provider-row" key={`link-${index.toString()}`}>
                <Textfield
                  type="url"
                  label={t('organisation.profile.socialLink', { number: index + 1 })}
                  name={`socialLinks/${index}`}
                  spellCheck={false}
                  dir="ltr"
                  maxLength={2000}
                  value={link}
                  onChange={(event) =>
                    setSocialLinks((links) => links.map((l, i) => (i === index ? event.target.value : l)))
                  }
                  error={errors[`socialLinks/${index}`]}
                  className="field-medium provider-row__grow"
                />
                {socialLinks.length > 1 && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => setSocialLinks((links) => links.filter((_, i) => i !== index))}
                    aria-label={t('organisation.profile.removeLinkLabel', { number: index + 1 })}
                  >
                    {t('providerCommon.remove')}
                  </Button>
                )}
              </div>
            ))}
            {socialLinks.length < SOCIAL_LINKS_MAX && (
              <div>
                <Button variant="secondary" data-size="sm" onClick={() => setSocialLinks((links) => [...links, ''])}>
                  {t('organisation.profile.addLink')}
                </Button>
              </div>
            )}
          </Fieldset>
          <Textfield
            label={t('organisation.profile.bankAccount')}
            description={t('organisation.profile.bankAccountHint')}
            name="bankAccount"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            maxLength={20}
            value={bankAccount}
            onChange={(event) => setBankAccount(event.target.value)}
            error={errors.bankAccount}
            className="field-narrow"
          />
          {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
          <div aria-live="polite" className="live-notice">
            {saved && (
              <Alert data-color="success" className="app-alert">
                <Paragraph>{t('organisation.profile.saved')}</Paragraph>
              </Alert>
            )}
          </div>
          <div>
            <Button type="submit" loading={busy} aria-disabled={busy}>
              {t('organisation.profile.save')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

/** What the entity register says; not editable here (the register is the source). */
function RegisterFacts({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  return (
    <Facts>
      {profile.organisationNumber && (
        <Fact label={t('registerProvider.facts.number')}>
          <span dir="ltr">{profile.organisationNumber}</span>
        </Fact>
      )}
      {profile.organisation && (
        <Fact label={t('registerProvider.facts.form')}>
          {organisationFormLabel(t, profile.organisation.organisationForm)}
        </Fact>
      )}
      <Fact label={t('organisation.profile.kind')}>{t(PROVIDER_KIND_LABEL[profile.kind])}</Fact>
    </Facts>
  );
}

/** The logo: pick a picture, see it at once, and it is uploaded and set as the logo. */
function Logo({
  kommunenummer,
  profile,
  onChanged,
}: {
  kommunenummer: string;
  profile: ProviderProfile;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const inputId = useId();

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setDone(false);
    setPreview(URL.createObjectURL(file));
    setBusy(true);
    try {
      const image = await uploadImage(kommunenummer, profile.id, file, file.name);
      await setProviderLogo(kommunenummer, profile.id, image.id);
      setDone(true);
      onChanged();
    } catch (caught) {
      setPreview(undefined);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(undefined);
    try {
      await setProviderLogo(kommunenummer, profile.id, null);
      setPreview(undefined);
      setDone(false);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  // Stored pictures are shown to everyone once the provider is approved; until then only a fresh preview shows.
  const source =
    preview ??
    (profile.logoImageId && profile.status === 'approved'
      ? imageUrl(kommunenummer, profile.logoImageId, 'small')
      : undefined);

  return (
    <Card data-color="neutral" className="form-card provider-logo">
      <Heading level={3} data-size="sm">
        {t('organisation.logo.title')}
      </Heading>
      <div className="provider-logo__body">
        {source ? (
          <img src={source} alt={t('organisation.logo.alt', { name: profile.name })} className="provider-logo__image" />
        ) : (
          <Paragraph data-size="sm" className="muted">
            {profile.logoImageId ? t('organisation.logo.hiddenUntilApproved') : t('organisation.logo.none')}
          </Paragraph>
        )}
        <div className="provider-stack-sm">
          <Label htmlFor={inputId}>{t('organisation.logo.choose')}</Label>
          <Paragraph data-size="sm" className="muted">
            {t('providerCommon.imageHint')}
          </Paragraph>
          <input
            id={inputId}
            type="file"
            accept={IMAGE_TYPES}
            onChange={choose}
            disabled={busy}
            className="provider-file"
          />
          {profile.logoImageId && (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={remove} aria-disabled={busy}>
                {t('organisation.logo.remove')}
              </Button>
            </div>
          )}
        </div>
      </div>
      <div aria-live="polite" className="live-notice">
        {done && <Paragraph data-size="sm">{t('organisation.logo.saved')}</Paragraph>}
        {busy && <Paragraph data-size="sm">{t('providerCommon.uploading')}</Paragraph>}
      </div>
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
    </Card>
  );
}
