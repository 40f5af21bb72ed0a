import { Button, Card, Fieldset, Heading, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSearchOptions, imageUrl } from '../api/client.ts';
import { type ProviderProfile, setProviderLogo, updateProvider, uploadImage } from '../api/providers.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { EmailField, NameField, NeighbourhoodSelect, PhoneField, WebsiteField } from '../kit/forms/ContactFields.tsx';
import { ErrorSummary } from '../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, hasErrors } from '../kit/forms/field-errors.ts';
import { ImageInput } from '../kit/forms/ImageInput.tsx';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { organisationFormLabel, PROVIDER_KIND_LABEL } from '../kit/StatusTags.tsx';
import { useLoad } from '../kit/useLoad.ts';

const SOCIAL_LINKS_MAX = 6;

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
  const { form, errors, setErrors, show, showServer, hasControl, problems } = useFieldErrors();
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const found: FieldErrors = {};
    if (!name.trim()) found.name = t('organisation.profile.nameRequired');
    if (!email.trim()) found.email = t('organisation.profile.emailRequired');
    if (hasErrors(found)) {
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
      if (!showServer(caught, (field) => (hasControl(field) || field === 'socialLinks' ? field : undefined))) {
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
          <ErrorSummary title={t('providerCommon.errorSummary')} level={4} problems={problems(labels)} />
          <NameField
            label={t('organisation.profile.name')}
            autoComplete="organization"
            value={name}
            onChange={setName}
            error={errors.name}
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
          <EmailField label={t('organisation.profile.email')} value={email} onChange={setEmail} error={errors.email} />
          <PhoneField label={t('organisation.profile.phone')} value={phone} onChange={setPhone} error={errors.phone} />
          <WebsiteField
            label={t('organisation.profile.website')}
            value={website}
            onChange={setWebsite}
            error={errors.website}
          />
          <NeighbourhoodSelect
            label={t('organisation.profile.neighbourhood')}
            neighbourhoods={options.data?.neighbourhoods ?? []}
            value={neighbourhoodId}
            onChange={setNeighbourhoodId}
            error={errors.neighbourhoodId}
          />
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
          <LiveNotice message={saved ? t('organisation.profile.saved') : undefined} />
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
        <ImageInput label={t('organisation.logo.choose')} disabled={busy} onChange={choose}>
          {profile.logoImageId && (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={remove} aria-disabled={busy}>
                {t('organisation.logo.remove')}
              </Button>
            </div>
          )}
        </ImageInput>
      </div>
      <div aria-live="polite" className="live-notice">
        {done && <Paragraph data-size="sm">{t('organisation.logo.saved')}</Paragraph>}
        {busy && <Paragraph data-size="sm">{t('providerCommon.uploading')}</Paragraph>}
      </div>
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
    </Card>
  );
}
