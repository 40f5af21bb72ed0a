import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSupportOffer, type SupportOfferInput, updateSupportOffer } from '../../api/admin.ts';
import type { SupportOffer } from '../../api/client.ts';
import { type FieldErrors, serverFieldErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { AGE_MAX, type Draft, draftOf, type Field, fieldOf, parseAge } from './offer-draft.ts';

/**
 * The offer form's state: the draft (of the offer being changed, or of a new one), field errors, and saving. When
 * an offer is chosen for change, the form comes into view with its heading focused.
 */
export function useOfferForm(
  kommunenummer: string,
  offer: SupportOffer | undefined,
  categories: string[],
  onSaved: (offer: SupportOffer, created: boolean) => void,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(offer));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const ids: Record<Field, string> = {
    kind: `${id}-kind-${draft.kind}`,
    title: `${id}-title`,
    summary: `${id}-summary`,
    url: `${id}-url`,
    contact: `${id}-contact`,
    categories: `${id}-category-0`,
    minAge: `${id}-minAge`,
    maxAge: `${id}-maxAge`,
  };
  const { form, errors, setErrors, show, problems, clear } = useFieldErrors<Field>(ids);
  const editing = offer !== undefined;

  // Choosing "change" brings the form into view with its heading focused.
  useEffect(() => {
    if (editing) {
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: 'start' });
    }
  }, [editing]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((previous) => ({ ...previous, [key]: value }));
    // A field's message goes once the field is changed; the others stay until the next try.
    const field = fieldOf(key);
    if (field) clear(field);
  }

  function validate(): FieldErrors<Field> {
    const found: FieldErrors<Field> = {};
    if (!draft.title.trim()) found.title = t('supportOffers.form.titleRequired');
    if (!draft.summary.trim()) found.summary = t('supportOffers.form.summaryRequired');
    const url = draft.url.trim();
    if (url && !/^https?:\/\/\S+$/i.test(url)) found.url = t('supportOffers.form.urlInvalid');
    const minAge = parseAge(draft.minAge);
    const maxAge = parseAge(draft.maxAge);
    if (Number.isNaN(minAge)) found.minAge = t('supportOffers.form.ageInvalid', { max: AGE_MAX });
    if (Number.isNaN(maxAge)) found.maxAge = t('supportOffers.form.ageInvalid', { max: AGE_MAX });
    if (minAge !== null && maxAge !== null && !Number.isNaN(minAge) && !Number.isNaN(maxAge) && maxAge < minAge) {
      found.maxAge = t('supportOffers.form.ageOrder');
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (show(validate())) return;
    const input: SupportOfferInput = {
      kind: draft.kind,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      url: draft.url.trim() || null,
      contact: draft.contact.trim() || null,
      categories: categories.filter((code) => draft.categories.includes(code)),
      minAge: parseAge(draft.minAge),
      maxAge: parseAge(draft.maxAge),
      active: draft.active,
    };
    setBusy(true);
    try {
      const saved = offer
        ? await updateSupportOffer(kommunenummer, offer.id, input)
        : await createSupportOffer(kommunenummer, input);
      setDraft(draftOf(undefined));
      setErrors({});
      onSaved(saved, !offer);
    } catch (caught) {
      const fromServer = serverFieldErrors(caught, fieldOf);
      if (!show(fromServer)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return { id, ids, draft, set, form, errors, problems, submit, busy, error, editing, heading };
}

export type OfferFormState = ReturnType<typeof useOfferForm>;
