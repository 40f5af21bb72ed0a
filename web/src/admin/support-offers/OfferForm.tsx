import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_OFFER_KINDS } from '../../api/admin.ts';
import type { SupportOffer } from '../../api/client.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { OfferScopeFields } from './OfferScopeFields.tsx';
import { CONTACT_MAX, SUMMARY_MAX, TITLE_MAX, URL_MAX } from './offer-draft.ts';
import { useOfferForm } from './useOfferForm.ts';

/** "Legg til" or "Endre": an offer's kind, texts, link, contact, categories, ages and whether families see it. */
export function OfferForm({
  kommunenummer,
  offer,
  categories,
  onCancel,
  onSaved,
}: {
  kommunenummer: string;
  /** The offer being changed; none to add a new one. */
  offer: SupportOffer | undefined;
  categories: string[];
  onCancel(): void;
  onSaved(offer: SupportOffer, created: boolean): void;
}) {
  const { t } = useTranslation();
  const state = useOfferForm(kommunenummer, offer, categories, onSaved);
  const { id, ids, draft, set, form, errors, problems, submit, busy, error, editing, heading } = state;
  const titleId = `${id}-heading`;

  return (
    <Card data-color={editing ? 'accent' : 'neutral'} className="form-card support-form">
      <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Heading level={2} data-size="md" id={titleId} ref={heading} tabIndex={-1}>
          {offer ? t('supportOffers.form.editTitle', { title: offer.title }) : t('supportOffers.form.addTitle')}
        </Heading>

        <Fieldset>
          <Fieldset.Legend>{t('supportOffers.form.kind')}</Fieldset.Legend>
          {SUPPORT_OFFER_KINDS.map((kind) => (
            <Radio
              key={kind}
              id={`${id}-kind-${kind}`}
              name="kind"
              value={kind}
              label={t(`supportKind.${kind}`)}
              checked={draft.kind === kind}
              onChange={() => set('kind', kind)}
            />
          ))}
          {errors.kind && <ValidationMessage>{errors.kind}</ValidationMessage>}
        </Fieldset>

        <Textfield
          id={ids.title}
          label={t('supportOffers.form.title')}
          name="title"
          autoComplete="off"
          maxLength={TITLE_MAX}
          value={draft.title}
          onChange={(event) => set('title', event.target.value)}
          error={errors.title}
        />
        <Textfield
          id={ids.summary}
          multiline
          rows={4}
          label={t('supportOffers.form.summary')}
          description={t('supportOffers.form.summaryHint')}
          name="summary"
          maxLength={SUMMARY_MAX}
          value={draft.summary}
          onChange={(event) => set('summary', event.target.value)}
          error={errors.summary}
        />
        <Textfield
          id={ids.url}
          type="url"
          label={t('supportOffers.form.url')}
          description={t('supportOffers.form.urlHint')}
          name="url"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          maxLength={URL_MAX}
          value={draft.url}
          onChange={(event) => set('url', event.target.value)}
          error={errors.url}
        />
        <Textfield
          id={ids.contact}
          label={t('supportOffers.form.contact')}
          description={t('supportOffers.form.contactHint')}
          name="contact"
          autoComplete="off"
          maxLength={CONTACT_MAX}
          value={draft.contact}
          onChange={(event) => set('contact', event.target.value)}
          error={errors.contact}
        />

        <OfferScopeFields state={state} categories={categories} />

        <Checkbox
          name="active"
          label={t('supportOffers.form.active')}
          description={t('supportOffers.form.activeHint')}
          checked={draft.active}
          onChange={(event) => set('active', event.target.checked)}
        />

        <ErrorSummary title={t('supportOffers.form.errorSummary')} level={3} problems={problems()} />
        {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
        <div className="button-row">
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {editing ? t('supportOffers.form.save') : t('supportOffers.form.add')}
          </Button>
          {editing && (
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t('supportOffers.form.cancel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
