import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { createActivity, type ProviderActivity, type ProviderProfile, updateActivity } from '../../api/providers.ts';
import type { FieldErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { editorPath } from '../ActivitiesPanel.tsx';
import { type ActivityDraft, AGE_MAX, draftOf, emptyDraft, inputOf } from './activity-draft.ts';

/** What each section of the form gets: the draft, its errors, and a way to change it. */
export interface SectionProps {
  draft: ActivityDraft;
  errors: FieldErrors;
  update(patch: Partial<ActivityDraft>): void;
}

/** How the editor was opened: just created, or copied from another activity. */
interface Arrival {
  created?: boolean;
  copied?: boolean;
}

/**
 * The editor's form state: the draft, whether it has unsaved changes, field errors, and saving (which creates the
 * activity the first time). `activity` is the activity as the server last answered (after saving, publishing or
 * archiving).
 */
export function useActivityForm(k: string, provider: ProviderProfile, initial: ProviderActivity | undefined) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const arrival = (location.state as Arrival | null) ?? {};
  const [draft, setDraft] = useState<ActivityDraft>(() => (initial ? draftOf(initial) : emptyDraft()));
  const [dirty, setDirty] = useState(false);
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors();
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string | undefined>(
    arrival.created ? t('activityEditor.created') : arrival.copied ? t('activityEditor.copied') : undefined,
  );
  const [busy, setBusy] = useState(false);
  const [activity, setActivity] = useState<ProviderActivity | undefined>(initial);

  function update(patch: Partial<ActivityDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setSaved(undefined);
  }

  const labels = (name: string): string => {
    const row = /^schedule\/(\d+)\/(weekday|start|end)$/.exec(name);
    if (row) {
      const field = {
        weekday: t('activityEditor.fields.weekday'),
        start: t('activityEditor.fields.start'),
        end: t('activityEditor.fields.end'),
      }[row[2] as 'weekday' | 'start' | 'end'];
      return `${t('activityEditor.fields.slot', { number: Number(row[1]) + 1 })}, ${field}`;
    }
    const fee = /^fees\/(\d+)\/(kind|amountOre)$/.exec(name);
    if (fee) {
      const field = fee[2] === 'kind' ? t('activityTermsEditor.feeKind') : t('activityTermsEditor.amount');
      return `${t('activityTermsEditor.feeLine', { number: Number(fee[1]) + 1 })}, ${field}`;
    }
    const known: Record<string, string> = {
      title: t('activityEditor.fields.title'),
      description: t('activityEditor.fields.description'),
      category: t('activityEditor.fields.category'),
      textLanguage: t('activityEditor.fields.textLanguage'),
      minAge: t('activityEditor.fields.minAge'),
      maxAge: t('activityEditor.fields.maxAge'),
      targetGroup: t('activityEditor.fields.targetGroup'),
      seasonStart: t('activityEditor.fields.seasonStart'),
      seasonEnd: t('activityEditor.fields.seasonEnd'),
      sessionCount: t('activityEditor.fields.sessionCount'),
      priceOre: t('activityEditor.fields.price'),
      priceIncludes: t('activityEditor.fields.priceIncludes'),
      fees: t('activityTermsEditor.fees'),
      capacity: t('activityTermsEditor.capacity'),
      waitingList: t('activityTermsEditor.waitingList'),
      refundPolicy: t('activityTermsEditor.refundPolicy'),
      streetAddress: t('activityEditor.fields.streetAddress'),
      postalCode: t('activityEditor.fields.postalCode'),
      neighbourhoodId: t('activityEditor.fields.neighbourhood'),
      languages: t('activityEditor.fields.languages'),
      contactName: t('activityEditor.fields.contactName'),
      contactEmail: t('activityEditor.fields.contactEmail'),
      contactPhone: t('activityEditor.fields.contactPhone'),
    };
    return known[name] ?? name;
  };

  /** Saves the form; answers the saved activity, or undefined when something stopped it. */
  async function save(): Promise<ProviderActivity | undefined> {
    setError(undefined);
    setSaved(undefined);
    const { input, problems } = inputOf(draft, {
      latitude: activity?.latitude ?? null,
      longitude: activity?.longitude ?? null,
    });
    if (!input) {
      show(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key, { max: AGE_MAX })])));
      return undefined;
    }
    setBusy(true);
    try {
      const result = activity
        ? await updateActivity(k, provider.id, activity.id, input)
        : await createActivity(k, provider.id, input);
      setErrors({});
      setDirty(false);
      if (!activity) {
        navigate(editorPath(provider.id, result.id), { replace: true, state: { created: true } });
        return result;
      }
      setActivity(result);
      setDraft(draftOf(result));
      setSaved(t('activityEditor.saved'));
      return result;
    } catch (caught) {
      if (!showServer(caught)) {
        setErrors({});
        setError(caught);
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save();
  }

  return {
    draft,
    dirty,
    saved,
    busy,
    error,
    activity,
    setActivity,
    update,
    save,
    submit,
    form,
    errors,
    problems: () => problems(labels),
  };
}
