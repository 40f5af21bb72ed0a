import '../../styles/provider.css';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { FEE_KINDS } from '../../api/cards.ts';
import { ApiError } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDate } from '../../kit/format.ts';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { FEE_KIND_LABELS } from '../../kit/labels.ts';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { ProviderGate, type ProviderScope } from '../ProviderGate.tsx';
import {
  listActivityRequests,
  type ProviderPaymentRequest,
  type RequestFeeKind,
  sendToActivity,
  withdrawRequest,
} from './api.ts';

const STATUS_COLOR: Record<ProviderPaymentRequest['status'], 'success' | 'warning' | 'danger' | 'neutral'> = {
  open: 'warning',
  overdue: 'danger',
  paid: 'success',
  withdrawn: 'neutral',
};

/**
 * A provider's payment requests for one activity: send one to every enrolled child in one step, see each open,
 * overdue, paid or withdrawn (never how it was paid), and withdraw an open one.
 */
export function ActivityRequestsPage() {
  const { t } = useTranslation();
  const { providerId = '', activityId = '' } = useParams();
  return (
    <PageFrame title={t('providerRequests.title')} documentTitle={t('providerRequests.title')}>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink
            to={`/organisation/${encodeURIComponent(providerId)}/activities/${encodeURIComponent(activityId)}/participants`}
          >
            {t('providerRequests.back')}
          </RouterLink>
        </Link>
      </Paragraph>
      <ProviderGate>
        {(scope) => (
          <Requests
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

/** Kroner as typed (comma or point for øre) to whole øre; NaN when it is not an amount. */
function toOre(kroner: string): number {
  const clean = kroner.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return Number.NaN;
  return Math.round(Number(clean) * 100);
}

function Requests({ scope, providerId, activityId }: { scope: ProviderScope; providerId: string; activityId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const k = scope.kommunenummer;
  const load = useLoad(
    (signal) => listActivityRequests(k, providerId, activityId, signal),
    [k, providerId, activityId],
  );
  const [feeKind, setFeeKind] = useState<RequestFeeKind>('participation');
  const [amount, setAmount] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [description, setDescription] = useState('');
  const [reference, setReference] = useState('');
  const [referenceKind, setReferenceKind] = useState<'kid' | 'invoice'>('invoice');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [withdrawing, setWithdrawing] = useState<ProviderPaymentRequest>();
  // One key per attempt, kept while the person retries it: a retry sends once.
  const attempt = useRef(crypto.randomUUID());

  if (
    load.status === 'failed' &&
    load.error instanceof ApiError &&
    (load.error.status === 404 || load.error.status === 403)
  ) {
    return (
      <Alert data-color="warning" className="app-alert">
        <Paragraph>{t('activityEditor.notFound')}</Paragraph>
      </Alert>
    );
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    setNotice('');
    try {
      const sent = await sendToActivity(
        k,
        providerId,
        activityId,
        {
          feeKind,
          amountOre: toOre(amount),
          dueDate,
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(reference.trim()
            ? referenceKind === 'kid'
              ? { kid: reference.trim() }
              : { invoiceNumber: reference.trim() }
            : {}),
        },
        attempt.current,
      );
      attempt.current = crypto.randomUUID();
      setNotice(t('providerRequests.sent', { count: sent.length }));
      setAmount('');
      setDescription('');
      setReference('');
      load.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  }

  const kr = (ore: number) => formatAmount(ore, language);
  const columns: Column<ProviderPaymentRequest>[] = [
    { head: t('providerRequests.child'), cell: (r) => <span className="cell-main">{r.childName}</span> },
    { head: t('providerRequests.feeKind'), cell: (r) => t(FEE_KIND_LABELS[r.feeKind]) },
    { head: t('providerRequests.amount'), cell: (r) => kr(r.amountOre), className: 'data-table__nowrap' },
    { head: t('providerRequests.due'), cell: (r) => formatDate(r.dueDate, language), className: 'data-table__nowrap' },
    {
      head: t('providerRequests.status'),
      cell: (r) => (
        <Tag data-color={STATUS_COLOR[r.status]} data-size="sm">
          {t(`providerRequests.statuses.${r.status}`)}
        </Tag>
      ),
    },
  ];

  return (
    <div className="provider-panel">
      <section aria-labelledby={`${id}-send`} className="page-section">
        <Heading level={2} data-size="sm" id={`${id}-send`}>
          {t('providerRequests.sendTitle')}
        </Heading>
        <Paragraph data-size="sm">{t('providerRequests.sendLead')}</Paragraph>
        <form onSubmit={send} noValidate>
          <Field>
            <Label htmlFor={`${id}-kind`}>{t('providerRequests.feeKind')}</Label>
            <Select
              id={`${id}-kind`}
              name="feeKind"
              value={feeKind}
              onChange={(e) => setFeeKind(e.target.value as RequestFeeKind)}
            >
              {FEE_KINDS.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(FEE_KIND_LABELS[kind])}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('providerRequests.amountKr')}
            name="amountOre"
            inputMode="decimal"
            className="field-narrow"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            required
          />
          <Textfield
            label={t('providerRequests.dueDate')}
            name="dueDate"
            type="date"
            className="field-narrow"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            required
          />
          <Textfield
            label={t('providerRequests.description')}
            description={t('providerRequests.descriptionHint')}
            name="description"
            maxLength={200}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <Field>
            <Label htmlFor={`${id}-reference-kind`}>{t('providerRequests.referenceKind')}</Label>
            <Select
              id={`${id}-reference-kind`}
              value={referenceKind}
              onChange={(e) => setReferenceKind(e.target.value === 'kid' ? 'kid' : 'invoice')}
            >
              <Select.Option value="invoice">{t('providerRequests.invoiceNumber')}</Select.Option>
              <Select.Option value="kid">{t('providerRequests.kid')}</Select.Option>
            </Select>
          </Field>
          <Textfield
            label={referenceKind === 'kid' ? t('providerRequests.kid') : t('providerRequests.invoiceNumber')}
            name={referenceKind === 'kid' ? 'kid' : 'invoiceNumber'}
            dir="ltr"
            className="field-medium"
            maxLength={40}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
          {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
          <Button type="submit" loading={sending} aria-disabled={sending}>
            {t('providerRequests.send')}
          </Button>
        </form>
        <LiveNotice>{notice}</LiveNotice>
      </section>
      <section aria-labelledby={`${id}-list`} className="page-section">
        <Heading level={2} data-size="sm" id={`${id}-list`}>
          {t('providerRequests.listTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('providerRequests.paidHint')}
        </Paragraph>
        <DataTable
          labelledBy={`${id}-list`}
          columns={columns}
          rows={load.data}
          rowKey={(r) => r.id}
          loading={t('providerRequests.loading')}
          busy={load.status === 'loading'}
          empty={t('providerRequests.empty')}
          actions={{
            head: t('providerRequests.actions'),
            cell: (r) =>
              r.status === 'open' || r.status === 'overdue' ? (
                <Button variant="secondary" data-size="sm" onClick={() => setWithdrawing(r)}>
                  {t('providerRequests.withdrawLabel', { name: r.childName })}
                </Button>
              ) : null,
          }}
        />
      </section>
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={t('providerRequests.withdrawTitle')}
        closeLabel={t('providerRequests.close')}
        confirmLabel={t('providerRequests.withdraw')}
        cancelLabel={t('providerRequests.back')}
        danger
        loginKind="citizen"
        onConfirm={async () => {
          if (withdrawing) await withdrawRequest(k, providerId, withdrawing.id);
          load.reload();
        }}
        onClose={() => setWithdrawing(undefined)}
      >
        {withdrawing && <Paragraph>{t('providerRequests.withdrawText', { name: withdrawing.childName })}</Paragraph>}
      </ConfirmDialog>
    </div>
  );
}
