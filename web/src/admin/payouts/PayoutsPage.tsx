import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/client.ts';
import {
  approvePayoutBatch,
  listPayoutBatches,
  type PayoutBatch,
  type PayoutBatchSummary,
  payoutFileUrl,
  preparePayoutBatch,
} from '../../api/payouts.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDate, formatNumber } from '../../kit/format.ts';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { UserText } from '../../kit/UserText.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AdminPage } from '../AdminPage.tsx';

/** "Utbetalinger": prepare a batch of what providers are owed, approve another administrator's batch, download. */
export function PayoutsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="payouts"
      title={t('payouts.title')}
      documentTitle={t('payouts.documentTitle')}
      lead={t('payouts.lead')}
    >
      {(membership) => <Payouts membership={membership} />}
    </AdminPage>
  );
}

function osloToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

function Payouts({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = membership.kommunenummer;
  const batches = useLoad((signal) => listPayoutBatches(k, signal), [k]);
  const [upTo, setUpTo] = useState(osloToday());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [prepared, setPrepared] = useState<PayoutBatch>();
  const [notice, setNotice] = useState<string>();
  const money = (ore: number) => formatAmount(ore, language);

  async function prepare(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const batch = await preparePayoutBatch(k, upTo);
      setPrepared(batch);
      setNotice(t('payouts.notice.prepared', { id: batch.id, amount: money(batch.totalOre) }));
      batches.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function approve(batch: PayoutBatchSummary) {
    setBusy(true);
    setError(undefined);
    try {
      const approved = await approvePayoutBatch(k, batch.id);
      setNotice(t('payouts.notice.approved', { id: approved.id, amount: money(approved.totalOre) }));
      batches.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const columns: Column<PayoutBatchSummary>[] = [
    {
      head: t('payouts.list.batch'),
      cell: (batch) => (
        <>
          <span className="cell-main">{t('payouts.list.batchName', { id: batch.id })}</span>
          <span className="cell-sub">{t('payouts.list.upTo', { date: formatDate(batch.upTo, language) })}</span>
        </>
      ),
    },
    { head: t('payouts.list.status'), cell: (batch) => t(`payouts.status.${batch.status}`) },
    { head: t('payouts.list.providers'), cell: (batch) => formatNumber(batch.itemCount, language) },
    { head: t('payouts.list.total'), className: 'data-table__nowrap', cell: (batch) => money(batch.totalOre) },
  ];

  return (
    <>
      <LiveNotice message={notice} />
      {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
      <section aria-labelledby="payout-prepare" className="page-section">
        <Heading level={2} data-size="md" id="payout-prepare">
          {t('payouts.prepare.title')}
        </Heading>
        <Paragraph>{t('payouts.prepare.text')}</Paragraph>
        <form onSubmit={prepare} className="form-stack" aria-labelledby="payout-prepare">
          <Textfield
            label={t('payouts.prepare.upTo')}
            type="date"
            name="upTo"
            value={upTo}
            max={osloToday()}
            onChange={(event) => setUpTo(event.target.value)}
          />
          <div className="button-row">
            <Button type="submit" disabled={busy}>
              {t('payouts.prepare.submit')}
            </Button>
          </div>
        </form>
        {prepared && prepared.heldBack.length > 0 && (
          <Alert data-color="warning">
            <Heading level={3} data-size="xs">
              {t('payouts.heldBack.title')}
            </Heading>
            <Paragraph>{t('payouts.heldBack.text')}</Paragraph>
            <ul>
              {prepared.heldBack.map((p) => (
                <li key={p.providerId}>
                  <UserText>{p.name}</UserText>: {money(p.amountOre)}
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </section>
      <section aria-labelledby="payout-list" className="page-section">
        <Heading level={2} data-size="md" id="payout-list">
          {t('payouts.list.title')}
        </Heading>
        {batches.status === 'failed' && <ApiErrorAlert error={batches.error} loginKind="staff" />}
        <DataTable
          labelledBy="payout-list"
          columns={columns}
          rows={batches.data}
          rowKey={(batch) => String(batch.id)}
          loading={t('payouts.list.loading')}
          busy={batches.status === 'loading'}
          empty={t('payouts.list.empty')}
          actions={{
            head: t('payouts.list.actions'),
            cell: (batch) =>
              batch.status === 'prepared' ? (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={busy}
                  onClick={() => approve(batch)}
                  aria-label={t('payouts.list.approveLabel', { id: batch.id })}
                >
                  {t('payouts.list.approve')}
                </Button>
              ) : (
                <span className="button-row">
                  <Link
                    href={payoutFileUrl(k, batch.id, 'pain001')}
                    download
                    aria-label={t('payouts.list.fileLabel', { id: batch.id })}
                  >
                    {t('payouts.list.file')}
                  </Link>
                  <Link
                    href={payoutFileUrl(k, batch.id, 'csv')}
                    download
                    aria-label={t('payouts.list.csvLabel', { id: batch.id })}
                  >
                    {t('payouts.list.csv')}
                  </Link>
                </span>
              ),
          }}
        />
      </section>
    </>
  );
}
