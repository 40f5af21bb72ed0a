import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createScheme, type Scheme, updateScheme } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../../kit/format.ts';
import { type FieldErrors, serverFieldErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import {
  AMOUNT_MAX_KRONER,
  BUDGET_MAX_KRONER,
  type Draft,
  draftOf,
  type Field,
  fieldOf,
  inputOf,
  type Problem,
} from './scheme-draft.ts';

/** Today in Norway, as the first day a new scheme grants. */
function todayInNorway(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/**
 * The scheme form's state: the draft (of the scheme being changed, or of a new one), field errors (the form's own
 * and the server's, each at its field), and saving. Choosing a scheme to change brings the form into view.
 */
export function useSchemeForm(
  kommunenummer: string,
  scheme: Scheme | undefined,
  onSaved: (scheme: Scheme, created: boolean) => void,
) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(scheme, todayInNorway()));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const ids: Partial<Record<Field, string>> = {
    eligibility: `${id}-eligibility-${draft.eligibility}`,
    residence: `${id}-residence-${draft.residence}`,
    periodKind: `${id}-periodKind-${draft.periodKind}`,
    activityKinds: `${id}-activityKinds-0`,
    feeKinds: `${id}-feeKinds-0`,
    providerKinds: `${id}-providerKinds-0`,
  };
  const { form, errors, setErrors, show, problems, clear } = useFieldErrors<Field>(ids);
  const editing = scheme !== undefined;

  useEffect(() => {
    if (editing) {
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: 'start' });
    }
  }, [editing]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((previous) => ({ ...previous, [key]: value }));
    clear(key);
  }

  function message(problem: Problem): string {
    switch (problem) {
      case 'required':
        return t('schemes.form.required');
      case 'whole':
        return t('schemes.form.whole');
      case 'amount':
        return t('schemes.form.amountInvalid', { max: formatNumber(AMOUNT_MAX_KRONER, currentLanguage()) });
      case 'budget':
        return t('schemes.form.budgetInvalid', { max: formatNumber(BUDGET_MAX_KRONER, currentLanguage()) });
      case 'date':
        return t('schemes.form.dateInvalid');
      case 'choose':
        return t('schemes.form.chooseOne');
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const { input, problems: found } = inputOf(draft);
    const messages: FieldErrors<Field> = {};
    for (const [field, problem] of Object.entries(found) as [Field, Problem][]) messages[field] = message(problem);
    if (show(messages)) return;
    setBusy(true);
    try {
      const saved = scheme
        ? await updateScheme(kommunenummer, scheme.id, input)
        : await createScheme(kommunenummer, input);
      setDraft(draftOf(undefined, todayInNorway()));
      setErrors({});
      onSaved(saved, !scheme);
    } catch (caught) {
      if (!show(serverFieldErrors(caught, fieldOf))) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return { id, ids, draft, set, form, errors, problems, submit, busy, error, editing, heading };
}

export type SchemeFormState = ReturnType<typeof useSchemeForm>;
