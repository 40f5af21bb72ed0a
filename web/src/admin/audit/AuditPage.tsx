import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type AuditFilter, type Membership, searchAudit } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { formatNumber } from '../../kit/format.ts';
import { ACTION_LABELS, AUDIT_ACTIONS } from '../../kit/labels.ts';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { Pager } from '../../kit/Pager.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMPTY: Required<AuditFilter> = { action: '', outcome: '', actor: '', personId: '', from: '', to: '' };

/** "Revisjonslogg": the municipality administrator searches every logged access to personal data and every change. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('audit.title')} documentTitle={t('audit.documentTitle')} lead={t('audit.lead')}>
      <AccessGate page="audit" loginKind="staff">
        {(membership) => <AuditSearch key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

type FilterErrors = Partial<Record<keyof AuditFilter, string>>;

function AuditSearch({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [draft, setDraft] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  const [offset, setOffset] = useState(0);
  const [errors, setErrors] = useState<FilterErrors>({});
  const k = membership.kommunenummer;
  const results = useLoad(
    (signal) => searchAudit(k, { ...applied, limit: PAGE_SIZE, offset }, signal),
    [k, applied, offset],
  );
  const serverError = results.status === 'failed' ? results.error : undefined;
  const serverFieldErrors: FilterErrors = {};
  if (serverError instanceof ApiError) {
    for (const field of Object.keys(EMPTY) as (keyof AuditFilter)[]) {
      const message = serverError.fieldMessage(field);
      if (message) serverFieldErrors[field] = message;
    }
  }
  const shownErrors = { ...serverFieldErrors, ...errors };

  function set<K extends keyof AuditFilter>(key: K, value: string) {
    setDraft((previous) => ({ ...previous, [key]: value }));
  }

  function apply(filter: Required<AuditFilter>) {
    setApplied(filter);
    setOffset(0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = { ...draft, actor: draft.actor.trim(), personId: draft.personId.trim() };
    const found: FilterErrors = {};
    if (next.personId && !UUID.test(next.personId)) found.personId = t('audit.filter.personIdInvalid');
    if (next.from && next.to && next.from > next.to) found.to = t('audit.filter.toBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    apply(next);
  }

  function reset() {
    setDraft(EMPTY);
    setErrors({});
    apply(EMPTY);
  }

  function onlyPerson(personId: string) {
    const next = { ...draft, personId };
    setDraft(next);
    setErrors({});
    apply(next);
  }

  const actionId = useId();
  const outcomeId = useId();
  const data = results.data;
  const hasServerFieldErrors = Object.keys(serverFieldErrors).length > 0;

  return (
    <>
      <form className="filter-form" onSubmit={submit} noValidate aria-labelledby="audit-filter">
        <Heading level={2} data-size="xs" id="audit-filter">
          {t('audit.filter.title')}
        </Heading>
        <div className="filter-form__grid">
          <Field>
            <Label htmlFor={actionId}>{t('audit.filter.action')}</Label>
            <Select id={actionId} name="action" value={draft.action} onChange={(e) => set('action', e.target.value)}>
              <Select.Option value="">{t('audit.filter.allActions')}</Select.Option>
              {AUDIT_ACTIONS.map((action) => (
                <Select.Option key={action} value={action}>
                  {t(ACTION_LABELS[action])}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={outcomeId}>{t('audit.filter.outcome')}</Label>
            <Select
              id={outcomeId}
              name="outcome"
              value={draft.outcome}
              onChange={(e) => set('outcome', e.target.value)}
            >
              <Select.Option value="">{t('audit.filter.allOutcomes')}</Select.Option>
              <Select.Option value="allowed">{t('audit.outcome.allowed')}</Select.Option>
              <Select.Option value="denied">{t('audit.outcome.denied')}</Select.Option>
            </Select>
          </Field>
          <Textfield
            label={t('audit.filter.actor')}
            name="actor"
            autoComplete="off"
            value={draft.actor}
            onChange={(e) => set('actor', e.target.value)}
            error={shownErrors.actor}
          />
          <Textfield
            label={t('audit.filter.personId')}
            description={t('audit.filter.personIdHint')}
            name="personId"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            value={draft.personId}
            onChange={(e) => set('personId', e.target.value)}
            error={shownErrors.personId}
          />
          <Textfield
            type="date"
            label={t('audit.filter.from')}
            name="from"
            value={draft.from}
            onChange={(e) => set('from', e.target.value)}
            error={shownErrors.from}
          />
          <Textfield
            type="date"
            label={t('audit.filter.to')}
            name="to"
            value={draft.to}
            onChange={(e) => set('to', e.target.value)}
            error={shownErrors.to}
          />
        </div>
        <div className="button-row">
          <Button type="submit">{t('audit.filter.submit')}</Button>
          <Button type="button" variant="tertiary" onClick={reset}>
            {t('audit.filter.reset')}
          </Button>
        </div>
      </form>

      <section aria-labelledby="audit-results" className="page-section">
        <div className="results-heading">
          <Heading level={2} data-size="sm" id="audit-results">
            {t('audit.results.title')}
          </Heading>
          <p className="results-heading__count" aria-live="polite">
            {data ? t('audit.results.count', { total: formatNumber(data.total, language) }) : ''}
          </p>
        </div>
        {serverError !== undefined && !hasServerFieldErrors && <ApiErrorAlert error={serverError} loginKind="staff" />}
        <AuditTable events={data?.items} busy={results.status === 'loading'} onlyPerson={onlyPerson} />
        {data && (
          <Pager
            total={data.total}
            limit={PAGE_SIZE}
            offset={offset}
            label={t('audit.results.paging')}
            onChange={setOffset}
          />
        )}
      </section>
    </>
  );
}
