import '../../styles/provider.css';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  List,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, getSearchOptions, type SearchOptions } from '../../api/client.ts';
import {
  archiveActivity,
  createActivity,
  getProvider,
  getProviderActivity,
  type ProviderActivity,
  type ProviderProfile,
  publishActivity,
  updateActivity,
} from '../../api/providers.ts';
import { activityPath } from '../../catalogue/search-state.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { weekdayName } from '../../kit/format.ts';
import { EmailField, NameField, NeighbourhoodSelect, PhoneField } from '../../kit/forms/ContactFields.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import type { FieldErrors } from '../../kit/forms/field-errors.ts';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { Loading } from '../../kit/Loading.tsx';
import { languageLabel } from '../../kit/labels.ts';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { ActivityStatusTag } from '../../kit/StatusTags.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { editorPath, missingFromError, missingLabel } from '../ActivitiesPanel.tsx';
import { ProviderGate, type ProviderScope } from '../ProviderGate.tsx';
import { ActivityPictures } from './ActivityPictures.tsx';
import { ActivityTranslations } from './ActivityTranslations.tsx';
import {
  type ActivityDraft,
  AGE_MAX,
  CATEGORIES,
  COMMON_LANGUAGES,
  draftOf,
  emptyDraft,
  inputOf,
  SCHEDULE_MAX,
  WEEKDAYS,
} from './activity-draft.ts';

const NEW = 'new';

/** The activity editor: every field, pictures, translations and publishing, for a provider's admin. */
export function ActivityEditorPage() {
  const { t } = useTranslation();
  const { providerId = '', activityId = NEW } = useParams();
  const isNew = activityId === NEW;
  return (
    <PageFrame
      title={isNew ? t('activityEditor.newTitle') : t('activityEditor.editTitle')}
      documentTitle={isNew ? t('activityEditor.newTitle') : t('activityEditor.editTitle')}
    >
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/organisation?provider=${encodeURIComponent(providerId)}`}>
            {t('activityEditor.back')}
          </RouterLink>
        </Link>
      </Paragraph>
      <ProviderGate>
        {(scope) => (
          <EditorLoader
            key={`${scope.kommunenummer}/${providerId}/${activityId}`}
            scope={scope}
            providerId={providerId}
            activityId={activityId}
          />
        )}
      </ProviderGate>
    </PageFrame>
  );
}

function EditorLoader({
  scope,
  providerId,
  activityId,
}: {
  scope: ProviderScope;
  providerId: string;
  activityId: string;
}) {
  const { t } = useTranslation();
  const k = scope.kommunenummer;
  const isNew = activityId === NEW;
  const provider = useLoad((signal) => getProvider(k, providerId, signal), [k, providerId]);
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const activity = useLoad(isNew ? undefined : (signal) => getProviderActivity(k, providerId, activityId, signal), [
    k,
    providerId,
    activityId,
  ]);
  const failed = [provider, isNew ? undefined : activity].find((load) => load?.status === 'failed');
  if (failed?.status === 'failed') {
    if (failed.error instanceof ApiError && (failed.error.status === 404 || failed.error.status === 403)) {
      return (
        <Alert data-color="warning" className="app-alert">
          <Paragraph>{t('activityEditor.notFound')}</Paragraph>
        </Alert>
      );
    }
    return <ApiErrorAlert error={failed.error} loginKind="citizen" />;
  }
  if (!provider.data || (!isNew && !activity.data)) return <Loading text={t('activityEditor.loading')} />;
  return (
    <Editor
      kommunenummer={k}
      provider={provider.data}
      options={options.data}
      initial={isNew ? undefined : activity.data}
      onReload={activity.reload}
    />
  );
}

interface Arrival {
  created?: boolean;
  copied?: boolean;
}

function Editor({
  kommunenummer: k,
  provider,
  options,
  initial,
  onReload,
}: {
  kommunenummer: string;
  provider: ProviderProfile;
  options: SearchOptions | undefined;
  initial: ProviderActivity | undefined;
  onReload(): void;
}) {
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
  const ids = { category: useId(), textLanguage: useId() };

  // The activity as the server last answered (after saving, publishing or archiving).
  const [activity, setActivity] = useState<ProviderActivity | undefined>(initial);

  function update(patch: Partial<ActivityDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setSaved(undefined);
  }

  function updateRow(index: number, patch: Partial<ActivityDraft['schedule'][number]>) {
    update({ schedule: draft.schedule.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
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

  const languageChoices = [
    ...COMMON_LANGUAGES,
    ...draft.languages.filter((l) => !COMMON_LANGUAGES.includes(l as never)),
  ];

  return (
    <div className="provider-editor">
      <Paragraph>
        {t('activityEditor.for', { provider: provider.name })}{' '}
        {activity && <ActivityStatusTag status={activity.status} />}
      </Paragraph>
      <LiveNotice message={saved} />

      <form
        ref={form}
        className="provider-form"
        onSubmit={submit}
        noValidate
        aria-label={t('activityEditor.formLabel')}
      >
        <ErrorSummary title={t('providerCommon.errorSummary')} level={2} problems={problems(labels)} />

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.about')}
            </Heading>
          </Fieldset.Legend>
          <Textfield
            label={t('activityEditor.fields.title')}
            description={t('activityEditor.fields.titleHint')}
            name="title"
            maxLength={200}
            required
            lang={draft.textLanguage}
            value={draft.title}
            onChange={(event) => update({ title: event.target.value })}
            error={errors.title}
          />
          <Textfield
            multiline
            rows={6}
            label={t('activityEditor.fields.description')}
            description={t('activityEditor.fields.descriptionHint')}
            name="description"
            maxLength={5000}
            lang={draft.textLanguage}
            value={draft.description}
            onChange={(event) => update({ description: event.target.value })}
            error={errors.description}
          />
          <Field>
            <Label htmlFor={ids.category}>{t('activityEditor.fields.category')}</Label>
            <Select
              id={ids.category}
              name="category"
              width="auto"
              value={draft.category}
              onChange={(event) => update({ category: event.target.value })}
              aria-invalid={errors.category ? true : undefined}
            >
              <Select.Option value="" disabled>
                {t('activityEditor.fields.chooseCategory')}
              </Select.Option>
              {CATEGORIES.map((c) => (
                <Select.Option key={c} value={c}>
                  {t(`category.${c}`)}
                </Select.Option>
              ))}
            </Select>
            {errors.category && <ValidationMessage>{errors.category}</ValidationMessage>}
          </Field>
          <Field>
            <Label htmlFor={ids.textLanguage}>{t('activityEditor.fields.textLanguage')}</Label>
            <Select
              id={ids.textLanguage}
              name="textLanguage"
              width="auto"
              value={draft.textLanguage}
              onChange={(event) => update({ textLanguage: event.target.value === 'nn' ? 'nn' : 'nb' })}
            >
              <Select.Option value="nb">{languageLabel(t, 'nb')}</Select.Option>
              <Select.Option value="nn">{languageLabel(t, 'nn')}</Select.Option>
            </Select>
            {errors.textLanguage && <ValidationMessage>{errors.textLanguage}</ValidationMessage>}
          </Field>
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.who')}
            </Heading>
          </Fieldset.Legend>
          <div className="provider-two">
            <Textfield
              label={t('activityEditor.fields.minAge')}
              name="minAge"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={draft.minAge}
              onChange={(event) => update({ minAge: event.target.value })}
              error={errors.minAge}
              className="field-narrow"
            />
            <Textfield
              label={t('activityEditor.fields.maxAge')}
              name="maxAge"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={draft.maxAge}
              onChange={(event) => update({ maxAge: event.target.value })}
              error={errors.maxAge}
              className="field-narrow"
            />
          </div>
          <Textfield
            label={t('activityEditor.fields.targetGroup')}
            description={t('activityEditor.fields.targetGroupHint')}
            name="targetGroup"
            maxLength={200}
            lang={draft.textLanguage}
            value={draft.targetGroup}
            onChange={(event) => update({ targetGroup: event.target.value })}
            error={errors.targetGroup}
          />
          <Checkbox
            name="adapted"
            label={t('activityEditor.fields.adapted')}
            description={t('activityEditor.fields.adaptedHint')}
            checked={draft.adapted}
            onChange={(event) => update({ adapted: event.target.checked })}
          />
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.when')}
            </Heading>
          </Fieldset.Legend>
          <div className="provider-two">
            <Textfield
              type="date"
              label={t('activityEditor.fields.seasonStart')}
              name="seasonStart"
              value={draft.seasonStart}
              onChange={(event) => update({ seasonStart: event.target.value })}
              error={errors.seasonStart}
            />
            <Textfield
              type="date"
              label={t('activityEditor.fields.seasonEnd')}
              name="seasonEnd"
              value={draft.seasonEnd}
              onChange={(event) => update({ seasonEnd: event.target.value })}
              error={errors.seasonEnd}
            />
          </div>
          <Paragraph data-size="sm" className="muted">
            {t('activityEditor.fields.scheduleHint')}
          </Paragraph>
          {draft.schedule.map((row, index) => (
            <ScheduleRowFields
              key={`row-${index.toString()}`}
              index={index}
              row={row}
              errors={errors}
              onChange={(patch) => updateRow(index, patch)}
              onRemove={() => update({ schedule: draft.schedule.filter((_, i) => i !== index) })}
            />
          ))}
          {draft.schedule.length < SCHEDULE_MAX && (
            <div>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => update({ schedule: [...draft.schedule, { weekday: '1', start: '', end: '' }] })}
              >
                {t('activityEditor.fields.addSlot')}
              </Button>
            </div>
          )}
          <Textfield
            label={t('activityEditor.fields.sessionCount')}
            description={t('activityEditor.fields.sessionCountHint')}
            name="sessionCount"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={draft.sessionCount}
            onChange={(event) => update({ sessionCount: event.target.value })}
            error={errors.sessionCount}
            className="field-narrow"
          />
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.price')}
            </Heading>
          </Fieldset.Legend>
          <Textfield
            label={t('activityEditor.fields.price')}
            description={t('activityEditor.fields.priceHint')}
            name="priceOre"
            inputMode="decimal"
            autoComplete="off"
            suffix="kr"
            maxLength={13}
            value={draft.price}
            onChange={(event) => update({ price: event.target.value })}
            error={errors.priceOre}
            className="field-narrow"
          />
          <Textfield
            multiline
            rows={2}
            label={t('activityEditor.fields.priceIncludes')}
            description={t('activityEditor.fields.priceIncludesHint')}
            name="priceIncludes"
            maxLength={1000}
            lang={draft.textLanguage}
            value={draft.priceIncludes}
            onChange={(event) => update({ priceIncludes: event.target.value })}
            error={errors.priceIncludes}
          />
          <Checkbox
            name="freeTrial"
            label={t('activityEditor.fields.freeTrial')}
            description={t('activityEditor.fields.freeTrialHint')}
            checked={draft.freeTrial}
            onChange={(event) => update({ freeTrial: event.target.checked })}
          />
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.where')}
            </Heading>
          </Fieldset.Legend>
          <Paragraph data-size="sm" className="muted">
            {t('activityEditor.fields.whereHint')}
          </Paragraph>
          <Textfield
            label={t('activityEditor.fields.streetAddress')}
            name="streetAddress"
            autoComplete="street-address"
            maxLength={200}
            value={draft.streetAddress}
            onChange={(event) => update({ streetAddress: event.target.value })}
            error={errors.streetAddress}
            className="field-medium"
          />
          <Textfield
            label={t('activityEditor.fields.postalCode')}
            name="postalCode"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={4}
            value={draft.postalCode}
            onChange={(event) => update({ postalCode: event.target.value })}
            error={errors.postalCode}
            className="field-narrow"
          />
          <NeighbourhoodSelect
            label={t('activityEditor.fields.neighbourhood')}
            neighbourhoods={options?.neighbourhoods ?? []}
            value={draft.neighbourhoodId}
            onChange={(neighbourhoodId) => update({ neighbourhoodId })}
            error={errors.neighbourhoodId}
          />
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.fields.languages')}
            </Heading>
          </Fieldset.Legend>
          <Fieldset.Description>{t('activityEditor.fields.languagesHint')}</Fieldset.Description>
          {errors.languages && <ValidationMessage>{errors.languages}</ValidationMessage>}
          <div className="provider-checkbox-grid">
            {languageChoices.map((code) => (
              <Checkbox
                key={code}
                name="languages"
                value={code}
                label={languageLabel(t, code)}
                checked={draft.languages.includes(code)}
                onChange={(event) =>
                  update({
                    languages: event.target.checked
                      ? [...draft.languages, code]
                      : draft.languages.filter((l) => l !== code),
                  })
                }
              />
            ))}
          </div>
        </Fieldset>

        <Fieldset className="provider-fieldset">
          <Fieldset.Legend>
            <Heading level={2} data-size="sm">
              {t('activityEditor.sections.contact')}
            </Heading>
          </Fieldset.Legend>
          <Fieldset.Description>{t('activityEditor.fields.contactHint')}</Fieldset.Description>
          <NameField
            label={t('activityEditor.fields.contactName')}
            name="contactName"
            value={draft.contactName}
            onChange={(contactName) => update({ contactName })}
            error={errors.contactName}
          />
          <EmailField
            label={t('activityEditor.fields.contactEmail')}
            name="contactEmail"
            value={draft.contactEmail}
            onChange={(contactEmail) => update({ contactEmail })}
            error={errors.contactEmail}
          />
          <PhoneField
            label={t('activityEditor.fields.contactPhone')}
            name="contactPhone"
            maxLength={30}
            value={draft.contactPhone}
            onChange={(contactPhone) => update({ contactPhone })}
            error={errors.contactPhone}
          />
        </Fieldset>

        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div className="button-row provider-sticky-actions">
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {activity ? t('activityEditor.save') : t('activityEditor.create')}
          </Button>
          {dirty && activity && (
            <Paragraph data-size="sm" className="muted">
              {t('activityEditor.unsaved')}
            </Paragraph>
          )}
        </div>
      </form>

      {activity ? (
        <>
          <ActivityPictures
            kommunenummer={k}
            providerId={provider.id}
            activityId={activity.id}
            images={activity.images}
            showStored={provider.status === 'approved'}
            onSaved={onReload}
          />
          <ActivityTranslations
            key={activity.textLanguage}
            kommunenummer={k}
            providerId={provider.id}
            activityId={activity.id}
            textLanguage={activity.textLanguage}
            translations={activity.translations}
            onChanged={async () => {
              setActivity(await refreshed(k, provider.id, activity.id, activity));
            }}
          />
          <Publishing
            kommunenummer={k}
            provider={provider}
            activity={activity}
            dirty={dirty}
            save={save}
            onChanged={(next) => {
              setActivity(next);
              onReload();
            }}
          />
        </>
      ) : (
        <Card data-color="neutral" variant="tinted">
          <Paragraph>{t('activityEditor.afterCreate')}</Paragraph>
        </Card>
      )}
    </div>
  );
}

async function refreshed(
  k: string,
  providerId: string,
  activityId: string,
  fallback: ProviderActivity,
): Promise<ProviderActivity> {
  try {
    return await getProviderActivity(k, providerId, activityId);
  } catch {
    return fallback;
  }
}

function ScheduleRowFields({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: ActivityDraft['schedule'][number];
  errors: FieldErrors;
  onChange(patch: Partial<ActivityDraft['schedule'][number]>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const ui = currentLanguage();
  const weekdayId = useId();
  const prefix = `schedule/${index}`;
  return (
    <Fieldset className="provider-slot">
      <Fieldset.Legend>{t('activityEditor.fields.slot', { number: index + 1 })}</Fieldset.Legend>
      <div className="provider-slot__fields">
        <Field>
          <Label htmlFor={weekdayId}>{t('activityEditor.fields.weekday')}</Label>
          <Select
            id={weekdayId}
            name={`${prefix}/weekday`}
            width="auto"
            value={row.weekday}
            onChange={(event) => onChange({ weekday: event.target.value })}
          >
            {WEEKDAYS.map((day) => (
              <Select.Option key={day} value={String(day)}>
                {weekdayName(day, ui)}
              </Select.Option>
            ))}
          </Select>
          {errors[`${prefix}/weekday`] && <ValidationMessage>{errors[`${prefix}/weekday`]}</ValidationMessage>}
        </Field>
        <Textfield
          type="time"
          label={t('activityEditor.fields.start')}
          name={`${prefix}/start`}
          value={row.start}
          onChange={(event) => onChange({ start: event.target.value })}
          error={errors[`${prefix}/start`]}
        />
        <Textfield
          type="time"
          label={t('activityEditor.fields.end')}
          name={`${prefix}/end`}
          value={row.end}
          onChange={(event) => onChange({ end: event.target.value })}
          error={errors[`${prefix}/end`]}
        />
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={onRemove}
          aria-label={t('activityEditor.fields.removeSlotLabel', { number: index + 1 })}
          className="provider-slot__remove"
        >
          {t('providerCommon.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** Publishing: what is missing, the provider's approval, and the public page once the activity is shown. */
function Publishing({
  kommunenummer,
  provider,
  activity,
  dirty,
  save,
  onChanged,
}: {
  kommunenummer: string;
  provider: ProviderProfile;
  activity: ProviderActivity;
  dirty: boolean;
  save(): Promise<ProviderActivity | undefined>;
  onChanged(activity: ProviderActivity): void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; missing: string[] }>();
  const [done, setDone] = useState<string>();
  const result = useRef<HTMLDivElement>(null);
  const missing = activity.missingForPublishing;

  async function run(action: 'publish' | 'archive') {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      // Publishing shows what is saved: unsaved changes are saved first.
      if (dirty && !(await save())) return;
      const next =
        action === 'publish'
          ? await publishActivity(kommunenummer, provider.id, activity.id)
          : await archiveActivity(kommunenummer, provider.id, activity.id);
      setDone(
        action === 'publish' ? t('activityEditor.publishing.published') : t('activityEditor.publishing.archived'),
      );
      onChanged(next);
    } catch (caught) {
      setProblem({
        message: caught instanceof ApiError ? caught.message : t('errors.network'),
        missing: missingFromError(caught),
      });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Card
        data-color={activity.status === 'published' ? 'success' : 'accent'}
        variant="tinted"
        className="provider-publish"
      >
        <Heading level={2} data-size="sm" id={headingId}>
          {t('activityEditor.publishing.title')}
        </Heading>
        <Paragraph>
          {t('activityEditor.publishing.status')} <ActivityStatusTag status={activity.status} />
        </Paragraph>
        {provider.status !== 'approved' && activity.status !== 'published' && (
          <Paragraph>{t('activityEditor.publishing.notApproved')}</Paragraph>
        )}
        {missing.length > 0 && activity.status !== 'published' && (
          <>
            <Paragraph>{t('activityEditor.publishing.missing')}</Paragraph>
            <List.Unordered>
              {missing.map((m) => (
                <List.Item key={m}>{missingLabel(t, m)}</List.Item>
              ))}
            </List.Unordered>
          </>
        )}
        {missing.length === 0 && activity.status === 'draft' && provider.status === 'approved' && (
          <Paragraph>{t('activityEditor.publishing.ready')}</Paragraph>
        )}
        <div ref={result} tabIndex={-1} className="provider-publish__result" aria-live="polite">
          {problem && (
            <Alert data-color="danger" className="app-alert">
              <Paragraph>{problem.message}</Paragraph>
              {problem.missing.length > 0 && (
                <List.Unordered>
                  {problem.missing.map((m) => (
                    <List.Item key={m}>{missingLabel(t, m)}</List.Item>
                  ))}
                </List.Unordered>
              )}
            </Alert>
          )}
          {done && (
            <Alert data-color="success" className="app-alert">
              <Paragraph>{done}</Paragraph>
            </Alert>
          )}
        </div>
        <div className="button-row">
          {activity.status !== 'published' ? (
            <Button onClick={() => !busy && run('publish')} loading={busy} aria-disabled={busy}>
              {t('activityEditor.publishing.publish')}
            </Button>
          ) : (
            <>
              <Button asChild>
                <RouterLink to={activityPath(kommunenummer, activity.id)}>
                  {t('activityEditor.publishing.view')}
                </RouterLink>
              </Button>
              <Button variant="secondary" onClick={() => !busy && run('archive')} loading={busy} aria-disabled={busy}>
                {t('activityEditor.publishing.archive')}
              </Button>
            </>
          )}
        </div>
      </Card>
    </section>
  );
}
