import {
  Button,
  Card,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countNewsAudience,
  getNews,
  listNews,
  type News,
  type NewsAudience,
  PROVIDER_KINDS,
  type ProviderKind,
  sendNews,
} from '../api/admin.ts';
import { getSearchOptions, type Membership, type SearchOptions } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { DataTableHead } from '../kit/DataTableHead.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { formatDateTime, formatNumber } from '../kit/format.ts';
import { ErrorSummary } from '../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, hasErrors, serverFieldErrors } from '../kit/forms/field-errors.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { LoadStatus } from '../kit/LoadStatus.tsx';
import { Pager } from '../kit/Pager.tsx';
import { UserText, useWrittenIn } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { AdminPage } from './AdminPage.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

const PAGE_SIZE = 10;
/** The server's limits. */
const SUBJECT_MAX = 200;
const BODY_MAX = 20_000;

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "Nyheter til tilbydere": the municipality writes to all approved providers, or a chosen part of them. */
export function NewsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="news"
      title={t('adminNews.title')}
      documentTitle={t('adminNews.documentTitle')}
      lead={t('adminNews.lead')}
    >
      {(membership) => <NewsAdmin membership={membership} />}
    </AdminPage>
  );
}

function NewsAdmin({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = membership.kommunenummer;
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [offset, setOffset] = useState(0);
  const sent = useLoad((signal) => listNews(k, { limit: PAGE_SIZE, offset }, signal), [k, offset]);
  const [lastSent, setLastSent] = useState<News>();
  const [shown, setShown] = useState<News>();

  function onSent(news: News) {
    setLastSent(news);
    if (offset === 0) sent.reload();
    else setOffset(0);
  }

  return (
    <>
      <LiveNotice
        message={
          lastSent &&
          t('adminNews.sent.done', {
            subject: lastSent.subject,
            count: formatNumber(lastSent.recipientCount, language),
          })
        }
      />

      <LoadStatus load={options} loginKind="staff" loading={t('adminNews.compose.loading')}>
        {(data) => <ComposeForm kommunenummer={k} options={data} onSent={onSent} />}
      </LoadStatus>

      <section aria-labelledby="news-sent" className="page-section">
        <Heading level={2} data-size="md" id="news-sent">
          {t('adminNews.list.title')}
        </Heading>
        <LoadStatus
          load={sent}
          loginKind="staff"
          loading={t('adminNews.list.loading')}
          isEmpty={(data) => data.total === 0}
          empty={
            <div className="empty-state">
              <Paragraph>{t('adminNews.list.empty')}</Paragraph>
            </div>
          }
        >
          {(data) => (
            <>
              <Table className="data-table" aria-labelledby="news-sent" aria-busy={sent.status === 'loading'}>
                <DataTableHead
                  columns={[
                    t('adminNews.list.subject'),
                    t('adminNews.list.sentAt'),
                    t('adminNews.list.audience'),
                    t('adminNews.list.recipients'),
                    t('adminNews.list.read'),
                  ]}
                  actions={t('adminNews.list.actions')}
                />
                <Table.Body>
                  {data.items.map((news) => (
                    <Table.Row key={news.id}>
                      <Table.Cell data-label={t('adminNews.list.subject')}>
                        <UserText className="cell-main">{news.subject}</UserText>
                        <span className="cell-sub">{t('adminNews.list.sentBy', { name: news.sentBy })}</span>
                      </Table.Cell>
                      <Table.Cell data-label={t('adminNews.list.sentAt')} className="data-table__nowrap">
                        {formatDateTime(news.sentAt, language)}
                      </Table.Cell>
                      <Table.Cell data-label={t('adminNews.list.audience')}>
                        <AudienceSummary audience={news.audience} options={options.data} />
                      </Table.Cell>
                      <Table.Cell data-label={t('adminNews.list.recipients')}>
                        <span className="cell-main">{formatNumber(news.recipientCount, language)}</span>
                        <span className="cell-sub">
                          {t('adminNews.list.emailed', { count: formatNumber(news.emailCount, language) })}
                        </span>
                      </Table.Cell>
                      <Table.Cell data-label={t('adminNews.list.read')} className="data-table__nowrap">
                        {t('adminNews.list.readOf', {
                          read: formatNumber(news.readCount, language),
                          total: formatNumber(news.recipientCount, language),
                        })}
                      </Table.Cell>
                      <Table.Cell className="data-table__action">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          onClick={() => setShown(news)}
                          aria-label={t('adminNews.list.showLabel', { subject: news.subject })}
                        >
                          {t('adminNews.list.show')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              <Pager
                total={data.total}
                limit={PAGE_SIZE}
                offset={offset}
                label={t('adminNews.list.paging')}
                onChange={setOffset}
              />
            </>
          )}
        </LoadStatus>
      </section>

      <NewsDialog
        kommunenummer={k}
        news={shown}
        options={options.data}
        onClose={() => {
          setShown(undefined);
          sent.reload();
        }}
      />
    </>
  );
}

type Field = 'subject' | 'body' | 'audience';

/** The form's field for the server's: the audience's lists belong to the choice of audience. */
function newsField(name: string): Field | undefined {
  if (name === 'subject' || name === 'body') return name;
  return name.startsWith('audience') ? 'audience' : undefined;
}

/** Only the lists with something chosen: an empty list would mean the same as none. */
function chosenAudience(
  mode: 'all' | 'filtered',
  kinds: ProviderKind[],
  categories: string[],
  neighbourhoodIds: string[],
): NewsAudience {
  if (mode === 'all') return {};
  return {
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(neighbourhoodIds.length > 0 ? { neighbourhoodIds } : {}),
  };
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((item) => item !== value);
}

function ComposeForm({
  kommunenummer,
  options,
  onSent,
}: {
  kommunenummer: string;
  options: SearchOptions;
  onSent(news: News): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [mode, setMode] = useState<'all' | 'filtered'>('all');
  const [kinds, setKinds] = useState<ProviderKind[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [neighbourhoodIds, setNeighbourhoodIds] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const ids: Record<Field, string> = {
    subject: `${id}-subject`,
    body: `${id}-body`,
    audience: `${id}-filtered`,
  };
  const { form, errors, setErrors, show, focusFirst, problems, clear: clearError } = useFieldErrors<Field>(ids);

  const audience = chosenAudience(mode, kinds, categories, neighbourhoodIds);
  const audienceKey = JSON.stringify(audience);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new audience answers the "reaches no one" message.
  useEffect(() => clearError('audience'), [audienceKey]);
  // The count follows the audience by its contents.
  const reach = useLoad((signal) => countNewsAudience(kommunenummer, audience, signal), [kommunenummer, audienceKey]);
  const count = reach.data;

  function validate(): FieldErrors<Field> {
    const found: FieldErrors<Field> = {};
    const cleanSubject = subject.replace(/\s+/g, ' ').trim();
    const cleanBody = body.trim();
    if (!cleanSubject) found.subject = t('adminNews.compose.subjectRequired');
    else if (cleanSubject.length > SUBJECT_MAX)
      found.subject = t('adminNews.compose.subjectTooLong', { max: SUBJECT_MAX });
    if (!cleanBody) found.body = t('adminNews.compose.bodyRequired');
    else if (cleanBody.length > BODY_MAX)
      found.body = t('adminNews.compose.bodyTooLong', { max: formatNumber(BODY_MAX, language) });
    if (reach.status === 'ready' && count === 0) found.audience = t('adminNews.compose.noneReached');
    return found;
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (show(validate())) return;
    setConfirming(true);
  }

  function sentOk(news: News) {
    setConfirming(false);
    setSubject('');
    setBody('');
    setMode('all');
    setKinds([]);
    setCategories([]);
    setNeighbourhoodIds([]);
    setErrors({});
    onSent(news);
  }

  function sendFailed(caught: unknown): boolean {
    const found = serverFieldErrors(caught, newsField);
    if (!hasErrors(found)) return false;
    setConfirming(false);
    setErrors(found);
    // The dialog gives the focus back to its button first; then the field takes it.
    window.setTimeout(() => focusFirst(found), 0);
    return true;
  }

  return (
    <Card data-color="neutral" className="form-card news-compose">
      <form ref={form} className="form-stack" onSubmit={review} noValidate aria-labelledby={`${id}-title`}>
        <Heading level={2} data-size="md" id={`${id}-title`}>
          {t('adminNews.compose.title')}
        </Heading>
        <Textfield
          id={ids.subject}
          label={t('adminNews.compose.subject')}
          description={t('adminNews.compose.subjectHint')}
          name="subject"
          autoComplete="off"
          maxLength={SUBJECT_MAX}
          value={subject}
          onChange={(event) => {
            setSubject(event.target.value);
            clearError('subject');
          }}
          error={errors.subject}
        />
        <Textfield
          id={ids.body}
          multiline
          rows={8}
          label={t('adminNews.compose.body')}
          description={t('adminNews.compose.bodyHint')}
          name="body"
          maxLength={BODY_MAX}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            clearError('body');
          }}
          error={errors.body}
        />

        <Fieldset>
          <Fieldset.Legend>{t('adminNews.compose.audience')}</Fieldset.Legend>
          <Radio
            name="audienceMode"
            value="all"
            label={t('adminNews.compose.audienceAll')}
            checked={mode === 'all'}
            onChange={() => setMode('all')}
          />
          <Radio
            id={ids.audience}
            name="audienceMode"
            value="filtered"
            label={t('adminNews.compose.audienceFiltered')}
            description={t('adminNews.compose.filterHint')}
            checked={mode === 'filtered'}
            onChange={() => setMode('filtered')}
          />
        </Fieldset>

        {mode === 'filtered' && (
          <div className="news-filters">
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('adminNews.compose.kinds')}</Fieldset.Legend>
              {PROVIDER_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  name="kinds"
                  value={kind}
                  label={t(`providerKind.${kind}`)}
                  checked={kinds.includes(kind)}
                  onChange={(event) => setKinds((list) => toggle(list, kind, event.target.checked))}
                />
              ))}
            </Fieldset>
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('adminNews.compose.categories')}</Fieldset.Legend>
              {options.categories.map((code) => (
                <Checkbox
                  key={code}
                  name="categories"
                  value={code}
                  label={t(`category.${code}`)}
                  checked={categories.includes(code)}
                  onChange={(event) => setCategories((list) => toggle(list, code, event.target.checked))}
                />
              ))}
            </Fieldset>
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('adminNews.compose.neighbourhoods')}</Fieldset.Legend>
              {options.neighbourhoods.length === 0 && (
                <Fieldset.Description>{t('adminNews.compose.noNeighbourhoods')}</Fieldset.Description>
              )}
              {options.neighbourhoods.map((neighbourhood) => (
                <Checkbox
                  key={neighbourhood.id}
                  name="neighbourhoodIds"
                  value={neighbourhood.id}
                  label={neighbourhood.name}
                  checked={neighbourhoodIds.includes(neighbourhood.id)}
                  onChange={(event) =>
                    setNeighbourhoodIds((list) => toggle(list, neighbourhood.id, event.target.checked))
                  }
                />
              ))}
            </Fieldset>
          </div>
        )}

        <div className="news-reach" aria-busy={reach.status === 'loading'}>
          <p className="news-reach__count" role="status">
            {count === undefined
              ? reach.status === 'loading'
                ? t('adminNews.compose.counting')
                : ''
              : t('adminNews.compose.reach', { count: formatNumber(count, language) })}
          </p>
          {reach.status === 'failed' && <ApiErrorAlert error={reach.error} loginKind="staff" />}
          {errors.audience && <ValidationMessage>{errors.audience}</ValidationMessage>}
        </div>

        <ErrorSummary title={t('adminNews.compose.errorSummary')} level={3} problems={problems()} />
        <div>
          <Button type="submit">{t('adminNews.compose.submit')}</Button>
        </div>
      </form>

      <SendDialog
        open={confirming}
        kommunenummer={kommunenummer}
        draft={{ subject: subject.replace(/\s+/g, ' ').trim(), body: body.trim(), audience }}
        count={count}
        options={options}
        onClose={() => setConfirming(false)}
        onSent={sentOk}
        onFieldErrors={sendFailed}
      />
    </Card>
  );
}

function SendDialog({
  open,
  kommunenummer,
  draft,
  count,
  options,
  onClose,
  onSent,
  onFieldErrors,
}: {
  open: boolean;
  kommunenummer: string;
  draft: { subject: string; body: string; audience: NewsAudience };
  count: number | undefined;
  options: SearchOptions;
  onClose(): void;
  onSent(news: News): void;
  /** Hands field errors to the form; false when the error is not about a field. */
  onFieldErrors(error: unknown): boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ConfirmDialog
      open={open}
      title={t('adminNews.confirm.title')}
      closeLabel={t('adminNews.confirm.close')}
      confirmLabel={t('adminNews.confirm.send')}
      cancelLabel={t('adminNews.confirm.back')}
      onConfirm={async () => onSent(await sendNews(kommunenummer, draft))}
      onError={onFieldErrors}
      onClose={onClose}
    >
      <Paragraph>{t('adminNews.confirm.text')}</Paragraph>
      <Facts>
        <Fact label={t('adminNews.confirm.subject')}>
          <UserText>{draft.subject}</UserText>
        </Fact>
        <Fact label={t('adminNews.confirm.audience')}>
          <AudienceSummary audience={draft.audience} options={options} />
        </Fact>
        <Fact label={t('adminNews.confirm.recipients')}>
          <strong>{count === undefined ? '–' : formatNumber(count, language)}</strong>
        </Fact>
      </Facts>
    </ConfirmDialog>
  );
}

/** Who the news was for, in words: everyone, or each chosen list on its own line. */
export function AudienceSummary({ audience, options }: { audience: NewsAudience; options?: SearchOptions }) {
  const { t } = useTranslation();
  const lines = audienceLines(t, audience, options);
  if (lines.length === 0) return <>{t('adminNews.audience.all')}</>;
  return (
    <ul className="plain-list news-audience">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function audienceLines(t: Translate, audience: NewsAudience, options?: SearchOptions): string[] {
  const names = new Map(options?.neighbourhoods.map((n) => [n.id.toLowerCase(), n.name]));
  const lines: string[] = [];
  if (audience.kinds?.length) {
    const list = audience.kinds.map((kind) => t(`providerKind.${kind}`)).join(', ');
    lines.push(t('adminNews.audience.kinds', { list }));
  }
  if (audience.categories?.length) {
    const list = audience.categories.map((code) => t(`category.${code}`)).join(', ');
    lines.push(t('adminNews.audience.categories', { list }));
  }
  if (audience.neighbourhoodIds?.length) {
    const list = audience.neighbourhoodIds
      .map((nid) => names.get(nid.toLowerCase()) ?? t('adminNews.audience.unknownNeighbourhood'))
      .join(', ');
    lines.push(t('adminNews.audience.neighbourhoods', { list }));
  }
  return lines;
}

function NewsDialog({
  kommunenummer,
  news,
  options,
  onClose,
}: {
  kommunenummer: string;
  news: News | undefined;
  options: SearchOptions | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const language = currentLanguage();
  const titleId = useId();
  const newsId = news?.id;
  // The latest counts: providers may have read it since the list was loaded.
  const fresh = useLoad(newsId ? (signal) => getNews(kommunenummer, newsId, signal) : undefined, [
    kommunenummer,
    newsId,
  ]);
  const shown = news && fresh.data?.id === news.id ? fresh.data : news;

  return (
    <Dialog
      open={news !== undefined}
      onClose={onClose}
      closedby="any"
      closeButton={t('adminNews.details.close')}
      aria-labelledby={titleId}
      className="news-dialog"
    >
      {shown && (
        <div className="dialog-body">
          <Heading level={2} data-size="sm" id={titleId}>
            <UserText>{shown.subject}</UserText>
          </Heading>
          <Facts>
            <Fact label={t('adminNews.details.sentAt')}>{formatDateTime(shown.sentAt, language)}</Fact>
            <Fact label={t('adminNews.details.sentBy')}>{shown.sentBy}</Fact>
            <Fact label={t('adminNews.details.audience')}>
              <AudienceSummary audience={shown.audience} options={options} />
            </Fact>
            <Fact label={t('adminNews.details.recipients')}>{formatNumber(shown.recipientCount, language)}</Fact>
            <Fact label={t('adminNews.details.emailed')}>{formatNumber(shown.emailCount, language)}</Fact>
            <Fact label={t('adminNews.details.read')}>
              {t('adminNews.list.readOf', {
                read: formatNumber(shown.readCount, language),
                total: formatNumber(shown.recipientCount, language),
              })}
            </Fact>
          </Facts>
          {fresh.status === 'failed' && <ApiErrorAlert error={fresh.error} loginKind="staff" />}
          <Heading level={3} data-size="2xs">
            {t('adminNews.details.body')}
          </Heading>
          <div className="news-body" {...written()}>
            {shown.body}
          </div>
          <div className="button-row">
            <Button variant="secondary" onClick={onClose}>
              {t('adminNews.details.close')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
