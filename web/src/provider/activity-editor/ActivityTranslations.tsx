import { Button, Heading, Paragraph, Tabs, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteTranslation,
  type ProviderActivityTranslation,
  putTranslation,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { languageLabel } from '../../kit/labels.ts';

const RTL: readonly string[] = ['ar'];
/** The order the tabs come in: the other written Norwegian first, then the languages families most often read. */
const ORDER: readonly TranslationLanguage[] = ['nn', 'nb', 'en', 'ar', 'uk', 'so', 'pl'];

/** The activity's texts in other languages: one tab per language other than the one it is written in. */
export function ActivityTranslations({
  kommunenummer,
  providerId,
  activityId,
  textLanguage,
  translations,
  onChanged,
}: {
  kommunenummer: string;
  providerId: string;
  activityId: string;
  textLanguage: string;
  translations: ProviderActivityTranslation[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const languages = ORDER.filter((l) => l !== textLanguage && TRANSLATION_LANGUAGES.includes(l));
  const [tab, setTab] = useState<string>(languages[0] ?? 'en');
  const headingId = useId();
  const done = new Set(translations.map((tr) => tr.language));

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('activityEditor.translations.title')}
      </Heading>
      <Paragraph data-size="sm">{t('activityEditor.translations.text')}</Paragraph>
      <Tabs value={tab} onChange={setTab} data-size="sm" className="provider-tabs">
        <Tabs.List>
          {languages.map((language) => (
            <Tabs.Tab key={language} value={language}>
              {languageLabel(t, language)}
              {done.has(language) && (
                <span className="visually-hidden">{` (${t('activityEditor.translations.done')})`}</span>
              )}
              {done.has(language) && <span aria-hidden="true"> ✓</span>}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {languages.map((language) => (
          <Tabs.Panel key={language} value={language}>
            {tab === language && (
              <TranslationForm
                key={language}
                kommunenummer={kommunenummer}
                providerId={providerId}
                activityId={activityId}
                language={language}
                existing={translations.find((tr) => tr.language === language)}
                onChanged={onChanged}
              />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </section>
  );
}

type TranslationField = 'title' | 'description' | 'targetGroup' | 'priceIncludes';

function TranslationForm({
  kommunenummer,
  providerId,
  activityId,
  language,
  existing,
  onChanged,
}: {
  kommunenummer: string;
  providerId: string;
  activityId: string;
  language: TranslationLanguage;
  existing: ProviderActivityTranslation | undefined;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [targetGroup, setTargetGroup] = useState(existing?.targetGroup ?? '');
  const [priceIncludes, setPriceIncludes] = useState(existing?.priceIncludes ?? '');
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors<TranslationField>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = languageLabel(t, language);
  const dir = RTL.includes(language) ? 'rtl' : 'ltr';
  const labels = (field: TranslationField) =>
    ({
      title: t('activityEditor.fields.title'),
      description: t('activityEditor.fields.description'),
      targetGroup: t('activityEditor.fields.targetGroup'),
      priceIncludes: t('activityEditor.fields.priceIncludes'),
    })[field];
  /** What every text field of the translation has: its label with the language, the language itself, its message. */
  const inLanguage = (field: TranslationField) => ({
    label: t('activityEditor.translations.field', { field: labels(field), language: name }),
    name: field,
    lang: language,
    dir,
    error: errors[field],
  });

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    if (!title.trim()) {
      show({ title: t('activityEditor.errors.titleRequired') });
      return;
    }
    setBusy(true);
    try {
      await putTranslation(kommunenummer, providerId, activityId, language, {
        title: title.trim(),
        description: description.trim(),
        targetGroup: targetGroup.trim() || null,
        priceIncludes: priceIncludes.trim() || null,
      });
      setErrors({});
      setNotice(t('activityEditor.translations.saved', { language: name }));
      onChanged();
    } catch (caught) {
      if (!showServer(caught)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await deleteTranslation(kommunenummer, providerId, activityId, language);
      setTitle('');
      setDescription('');
      setTargetGroup('');
      setPriceIncludes('');
      setNotice(t('activityEditor.translations.removed', { language: name }));
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form-stack provider-translation" onSubmit={save} noValidate>
      <Paragraph data-size="sm">
        {existing ? (
          <Tag data-color="success" data-size="sm">
            {t('activityEditor.translations.done')}
          </Tag>
        ) : (
          t('activityEditor.translations.missing', { language: name })
        )}
      </Paragraph>
      <ErrorSummary title={t('providerCommon.errorSummary')} level={3} problems={problems(labels)} />
      <Textfield
        {...inLanguage('title')}
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <Textfield
        {...inLanguage('description')}
        multiline
        rows={5}
        maxLength={5000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Textfield
        {...inLanguage('targetGroup')}
        maxLength={200}
        value={targetGroup}
        onChange={(event) => setTargetGroup(event.target.value)}
      />
      <Textfield
        {...inLanguage('priceIncludes')}
        maxLength={1000}
        value={priceIncludes}
        onChange={(event) => setPriceIncludes(event.target.value)}
      />
      <LiveNotice message={notice} />
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={busy} aria-disabled={busy}>
          {t('activityEditor.translations.save', { language: name })}
        </Button>
        {existing && (
          <Button variant="tertiary" data-color="danger" onClick={remove} aria-disabled={busy}>
            {t('activityEditor.translations.remove', { language: name })}
          </Button>
        )}
      </div>
    </form>
  );
}
