import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDate } from '../../kit/format.ts';
import { FEE_KIND_LABELS } from '../../kit/labels.ts';
import { UserText } from '../../kit/UserText.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { type FamilyPaymentRequest, listFamilyRequests, payRequest } from './api.ts';

const payable = (r: FamilyPaymentRequest) => r.status === 'open' || r.status === 'overdue';

/**
 * What the clubs ask the family to pay, per child: open and overdue requests first. Paying takes what the card
 * covers and sends the family to Vipps for any rest, as at enrolment.
 */
export function PaymentRequestsSection({ kommunenummer }: { kommunenummer: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const load = useLoad((signal) => listFamilyRequests(kommunenummer, signal), [kommunenummer]);
  const [paying, setPaying] = useState<string>();
  const [error, setError] = useState<unknown>();
  const kr = (ore: number) => formatAmount(ore, language);

  async function pay(request: FamilyPaymentRequest) {
    setPaying(request.id);
    setError(undefined);
    try {
      const paid = await payRequest(kommunenummer, request.id);
      if (paid.status === 'paying' && paid.paymentUrl) {
        window.location.assign(paid.paymentUrl);
        return;
      }
      load.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setPaying(undefined);
    }
  }

  const rows = load.data
    ? [...load.data].sort((a, b) => Number(payable(b)) - Number(payable(a)) || a.dueDate.localeCompare(b.dueDate))
    : undefined;
  const columns: Column<FamilyPaymentRequest>[] = [
    { head: t('paymentRequests.child'), cell: (r) => <span className="cell-main">{r.childName}</span> },
    {
      head: t('paymentRequests.what'),
      // The club wrote the title and the description: they keep their own language and direction.
      cell: (r) => (
        <>
          <UserText lang={r.activityTextLanguage}>{r.activityTitle}</UserText>
          {' – '}
          {t(FEE_KIND_LABELS[r.feeKind])}
          {r.description && (
            <>
              {': '}
              <UserText lang={r.activityTextLanguage}>{r.description}</UserText>
            </>
          )}
        </>
      ),
    },
    { head: t('paymentRequests.amount'), cell: (r) => kr(r.amountOre), className: 'data-table__nowrap' },
    { head: t('paymentRequests.due'), cell: (r) => formatDate(r.dueDate, language), className: 'data-table__nowrap' },
    {
      head: t('paymentRequests.status'),
      cell: (r) =>
        r.status === 'paid'
          ? t('paymentRequests.paidSplit', { card: kr(r.cardOre), rest: kr(r.restOre) })
          : t(`paymentRequests.statuses.${r.status}`),
    },
  ];

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('paymentRequests.title')}
      </Heading>
      <Paragraph data-size="sm">{t('paymentRequests.lead')}</Paragraph>
      {load.status === 'failed' && <ApiErrorAlert error={load.error} loginKind="citizen" />}
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
      <DataTable
        labelledBy={headingId}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        loading={t('paymentRequests.loading')}
        busy={load.status === 'loading'}
        empty={t('paymentRequests.empty')}
        actions={{
          head: t('paymentRequests.actions'),
          cell: (r) => (
            <div className="button-row">
              {payable(r) && (
                <Button data-size="sm" onClick={() => pay(r)} loading={paying === r.id} aria-disabled={!!paying}>
                  {t('paymentRequests.pay', { name: r.childName, amount: kr(r.amountOre) })}
                </Button>
              )}
              {r.status === 'paying' && r.paymentUrl && (
                <Button asChild data-size="sm">
                  <a href={r.paymentUrl}>{t('paymentRequests.toVipps', { name: r.childName })}</a>
                </Button>
              )}
            </div>
          ),
        }}
      />
    </section>
  );
}
