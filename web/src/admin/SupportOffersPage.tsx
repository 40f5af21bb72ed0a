import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createSupportOffer,
  deleteSupportOffer,
  listAllSupportOffers,
  SUPPORT_OFFER_KINDS,
  type SupportOfferInput,
  type SupportOfferKind,
  supportOfferInput,
  updateSupportOffer,
} from '../api/admin.ts';
import { getSearchOptions, type Membership, type SupportOffer } from '../api/client.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { DataTableHead } from '../kit/DataTableHead.tsx';
import { ErrorSummary } from '../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, serverFieldErrors } from '../kit/forms/field-errors.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { LoadStatus } from '../kit/LoadStatus.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { AdminPage } from './AdminPage.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** The server's limits. */
const TITLE_MAX = 200;
const SUMMARY_MAX = 2000;
const URL_MAX = 500;
const CONTACT_MAX = 300;
const AGE_MAX = 25;

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "Støtte og utlån": the support schemes and equipment lending that families see next to the activities. */
export function SupportOffersPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="supportOffers"
      title={t('supportOffers.title')}
      documentTitle={t('supportOffers.documentTitle')}
      lead={t('supportOffers.lead')}
    >
      {(membership) => <SupportOfferAdmin membership={membership} />}
    </AdminPage>
  );
}

function SupportOfferAdmin({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const offers = useLoad((signal) => listAllSupportOffers(k, signal), [k]);
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [notice, setNotice] = useState<Notice>();
  const [editing, setEditing] = useState<SupportOffer>();
  const [deleting, setDeleting] = useState<SupportOffer>();
  const [toggleError, setToggleError] = useState<unknown>();
  const [toggling, setToggling] = useState<string>();

  function changed(what: Notice) {
    setNotice(what);
    offers.reload();
  }

  async function setActive(offer: SupportOffer, active: boolean) {
    setToggleError(undefined);
    setToggling(offer.id);
    try {
      await updateSupportOffer(k, offer.id, supportOfferInput(offer, { active }));
      changed({ event: active ? 'activated' : 'deactivated', title: offer.title });
    } catch (caught) {
      setToggleError(caught);
    } finally {
      setToggling(undefined);
    }
  }

  const categories = options.data?.categories ?? [];

  return (
    <>
      <LiveNotice message={notice && noticeText(t, notice)} />

      <section aria-labelledby="support-list" className="page-section">
        <Heading level={2} data-size="md" id="support-list">
          {t('supportOffers.list.title')}
        </Heading>
        {toggleError !== undefined && <ApiErrorAlert error={toggleError} loginKind="staff" />}
        <LoadStatus
          load={offers}
          loginKind="staff"
          loading={t('supportOffers.list.loading')}
          empty={
            <div className="empty-state">
              <Paragraph>{t('supportOffers.list.empty')}</Paragraph>
            </div>
          }
        >
          {(list) => (
            <Table className="data-table" aria-labelledby="support-list" aria-busy={offers.status === 'loading'}>
              <DataTableHead
                columns={[
                  t('supportOffers.list.offer'),
                  t('supportOffers.list.appliesTo'),
                  t('supportOffers.list.status'),
                ]}
                actions={t('supportOffers.list.actions')}
              />
              <Table.Body>
                {list.map((offer) => (
                  <Table.Row key={offer.id}>
                    <Table.Cell data-label={t('supportOffers.list.offer')}>
                      <UserText className="cell-main">{offer.title}</UserText>
                      <span className="cell-sub">{t(`supportKind.${offer.kind}`)}</span>
                    </Table.Cell>
                    <Table.Cell data-label={t('supportOffers.list.appliesTo')}>
                      <span className="cell-main">
                        {offer.categories.length === 0
                          ? t('supportOffers.list.allCategories')
                          : offer.categories.map((code) => t(`category.${code}`)).join(', ')}
                      </span>
                      <span className="cell-sub">{ageRange(t, offer.minAge, offer.maxAge)}</span>
                    </Table.Cell>
                    <Table.Cell data-label={t('supportOffers.list.status')}>
                      {offer.active ? (
                        <Tag data-color="success" data-size="sm">
                          {t('supportOffers.list.active')}
                        </Tag>
                      ) : (
                        <Tag data-color="neutral" data-size="sm">
                          {t('supportOffers.list.inactive')}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell className="data-table__action">
                      <div className="button-row support-actions">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          onClick={() => setEditing(offer)}
                          aria-label={t('supportOffers.list.editLabel', { title: offer.title })}
                        >
                          {t('supportOffers.list.edit')}
                        </Button>
                        <Button
                          variant="secondary"
                          data-size="sm"
                          loading={toggling === offer.id}
                          aria-disabled={toggling === offer.id}
                          onClick={() => toggling === undefined && setActive(offer, !offer.active)}
                          aria-label={
                            offer.active
                              ? t('supportOffers.list.deactivateLabel', { title: offer.title })
                              : t('supportOffers.list.activateLabel', { title: offer.title })
                          }
                        >
                          {offer.active ? t('supportOffers.list.deactivate') : t('supportOffers.list.activate')}
                        </Button>
                        <Button
                          variant="secondary"
                          data-color="danger"
                          data-size="sm"
                          onClick={() => setDeleting(offer)}
                          aria-label={t('supportOffers.list.deleteLabel', { title: offer.title })}
                        >
                          {t('supportOffers.list.delete')}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </LoadStatus>
      </section>

      {options.status === 'failed' && <ApiErrorAlert error={options.error} loginKind="staff" />}
      <OfferForm
        key={editing?.id ?? 'new'}
        kommunenummer={k}
        offer={editing}
        categories={categories}
        onCancel={() => setEditing(undefined)}
        onSaved={(saved, created) => {
          setEditing(undefined);
          changed({ event: created ? 'added' : 'updated', title: saved.title });
        }}
      />

      <DeleteDialog
        kommunenummer={k}
        offer={deleting}
        onClose={() => setDeleting(undefined)}
        onDeleted={(offer) => {
          if (editing?.id === offer.id) setEditing(undefined);
          changed({ event: 'deleted', title: offer.title });
        }}
      />
    </>
  );
}

/** What was just done, kept as data so the message follows a change of language. */
interface Notice {
  event: 'added' | 'updated' | 'activated' | 'deactivated' | 'deleted';
  title: string;
}

function noticeText(t: Translate, { event, title }: Notice): string {
  switch (event) {
    case 'added':
      return t('supportOffers.added', { title });
    case 'updated':
      return t('supportOffers.updated', { title });
    case 'activated':
      return t('supportOffers.activated', { title });
    case 'deactivated':
      return t('supportOffers.deactivated', { title });
    case 'deleted':
      return t('supportOffers.deleted', { title });
  }
}

/** "6–12 år", "Fra 6 år", "Til og med 12 år" or "Alle aldre". */
function ageRange(t: Translate, minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) return t('supportOffers.list.ages', { from: minAge, to: maxAge });
  if (minAge !== null) return t('supportOffers.list.fromAge', { age: minAge });
  if (maxAge !== null) return t('supportOffers.list.toAge', { age: maxAge });
  return t('supportOffers.list.allAges');
}

type Field = 'kind' | 'title' | 'summary' | 'url' | 'contact' | 'categories' | 'minAge' | 'maxAge';
const FIELDS: readonly Field[] = ['kind', 'title', 'summary', 'url', 'contact', 'categories', 'minAge', 'maxAge'];

interface Draft {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string;
  contact: string;
  categories: string[];
  minAge: string;
  maxAge: string;
  active: boolean;
}

function draftOf(offer: SupportOffer | undefined): Draft {
  return {
    kind: offer?.kind ?? 'support_scheme',
    title: offer?.title ?? '',
    summary: offer?.summary ?? '',
    url: offer?.url ?? '',
    contact: offer?.contact ?? '',
    categories: offer?.categories ?? [],
    minAge: offer?.minAge === null || offer?.minAge === undefined ? '' : String(offer.minAge),
    maxAge: offer?.maxAge === null || offer?.maxAge === undefined ? '' : String(offer.maxAge),
    active: offer?.active ?? true,
  };
}

/** A whole age in years from a field, null when empty, NaN when not a valid age. */
function parseAge(value: string): number | null {
  const text = value.trim();
  if (!text) return null;
  if (!/^\d{1,2}$/.test(text)) return Number.NaN;
  const age = Number(text);
  return age <= AGE_MAX ? age : Number.NaN;
}

/** The server names list items by index (categories/2); they belong to the list's field. */
function fieldOf(name: string): Field | undefined {
  const field = name.split('/')[0];
  return FIELDS.find((known) => known === field);
}

function OfferForm({
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

        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('supportOffers.form.categories')}</Fieldset.Legend>
          <Fieldset.Description>{t('supportOffers.form.categoriesHint')}</Fieldset.Description>
          {categories.map((code, index) => (
            <Checkbox
              key={code}
              id={`${id}-category-${index}`}
              name="categories"
              value={code}
              label={t(`category.${code}`)}
              checked={draft.categories.includes(code)}
              onChange={(event) =>
                set(
                  'categories',
                  event.target.checked
                    ? [...draft.categories, code]
                    : draft.categories.filter((chosen) => chosen !== code),
                )
              }
            />
          ))}
          {errors.categories && <ValidationMessage>{errors.categories}</ValidationMessage>}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{t('supportOffers.form.ages')}</Fieldset.Legend>
          <Fieldset.Description>{t('supportOffers.form.agesHint')}</Fieldset.Description>
          <div className="support-ages">
            <Textfield
              id={ids.minAge}
              label={t('supportOffers.form.minAge')}
              name="minAge"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={draft.minAge}
              onChange={(event) => set('minAge', event.target.value)}
              error={errors.minAge}
              className="field-narrow"
            />
            <Textfield
              id={ids.maxAge}
              label={t('supportOffers.form.maxAge')}
              name="maxAge"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={draft.maxAge}
              onChange={(event) => set('maxAge', event.target.value)}
              error={errors.maxAge}
              className="field-narrow"
            />
          </div>
        </Fieldset>

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

function DeleteDialog({
  kommunenummer,
  offer,
  onClose,
  onDeleted,
}: {
  kommunenummer: string;
  offer: SupportOffer | undefined;
  onClose(): void;
  onDeleted(offer: SupportOffer): void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={offer !== undefined}
      title={t('supportOffers.delete.title')}
      closeLabel={t('supportOffers.delete.close')}
      confirmLabel={t('supportOffers.delete.confirm')}
      cancelLabel={t('supportOffers.delete.cancel')}
      danger
      onConfirm={async () => {
        if (!offer) return;
        await deleteSupportOffer(kommunenummer, offer.id);
        onDeleted(offer);
      }}
      onClose={onClose}
    >
      {offer && <Paragraph>{t('supportOffers.delete.text', { title: offer.title })}</Paragraph>}
    </ConfirmDialog>
  );
}
