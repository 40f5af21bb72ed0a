import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { cancelEnrolment, type Enrolment, listEnrolments, payOfferedPlace } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount } from '../../kit/format.ts';
import { UserText, useWrittenIn } from '../../kit/UserText.tsx';
import { useLoad } from '../../kit/useLoad.ts';

/**
 * What was paid for an enrolment: only a confirmed place (or one cancelled after it was confirmed) was paid. A
 * payment still open or abandoned has paid nothing: the card's money is only held, or back on the card.
 */
const paid = (e: Enrolment) => e.status === 'confirmed' || e.status === 'cancelled';

/** The family's enrolments: who takes part in what, how it was paid, and what can be done next. */
export function EnrolmentsSection({ kommunenummer }: { kommunenummer: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const written = useWrittenIn();
  const load = useLoad((signal) => listEnrolments(kommunenummer, signal), [kommunenummer]);
  const [cancelling, setCancelling] = useState<Enrolment>();
  const [paying, setPaying] = useState<string>();
  const [error, setError] = useState<unknown>();
  const kr = (ore: number) => formatAmount(ore, language);

  async function pay(enrolment: Enrolment) {
    setPaying(enrolment.id);
    setError(undefined);
    try {
      const paid = await payOfferedPlace(kommunenummer, enrolment.id);
      if (paid.status === 'awaiting_payment' && paid.paymentUrl) {
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

  const columns: Column<Enrolment>[] = [
    // The provider wrote the title: it keeps its own language and direction (Norwegian inside an Arabic page).
    {
      head: t('enrolments.activity'),
      cell: (e) => <UserText lang={e.activityTextLanguage}>{e.activityTitle}</UserText>,
    },
    { head: t('enrolments.child'), cell: (e) => e.childName },
    {
      head: t('enrolments.status'),
      cell: (e) =>
        e.status === 'waiting' && e.queuePosition !== null
          ? t('enrolments.queue', { position: e.queuePosition })
          : t(`enrolmentStatus.${e.status}`),
    },
    { head: t('enrolments.card'), cell: (e) => kr(paid(e) ? e.cardOre : 0), className: 'data-table__nowrap' },
    { head: t('enrolments.family'), cell: (e) => kr(paid(e) ? e.restOre : 0), className: 'data-table__nowrap' },
  ];

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('enrolments.title')}
      </Heading>
      {load.status === 'failed' && <ApiErrorAlert error={load.error} loginKind="citizen" />}
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
      <DataTable
        labelledBy={headingId}
        columns={columns}
        rows={load.data}
        rowKey={(e) => e.id}
        loading={t('enrolments.loading')}
        busy={load.status === 'loading'}
        empty={t('enrolments.empty')}
        actions={{
          head: t('enrolments.actions'),
          cell: (e) => (
            <div className="button-row">
              {e.status === 'awaiting_payment' && e.paymentUrl && (
                <Button asChild data-size="sm">
                  <a href={e.paymentUrl}>{t('enrolments.toVipps', { activity: e.activityTitle })}</a>
                </Button>
              )}
              {e.status === 'offered' && (
                <Button data-size="sm" onClick={() => pay(e)} loading={paying === e.id} aria-disabled={!!paying}>
                  {t('enrolments.payOffered', { activity: e.activityTitle })}
                </Button>
              )}
              {(e.status === 'confirmed' || e.status === 'waiting' || e.status === 'offered') && (
                <Button variant="secondary" data-size="sm" onClick={() => setCancelling(e)}>
                  {t('enrolments.cancelLabel', { activity: e.activityTitle, name: e.childName })}
                </Button>
              )}
            </div>
          ),
        }}
      />
      <ConfirmDialog
        open={cancelling !== undefined}
        title={t('enrolments.cancel.title')}
        closeLabel={t('enrolments.cancel.close')}
        confirmLabel={t('enrolments.cancel.confirm')}
        cancelLabel={t('enrolments.cancel.back')}
        danger
        loginKind="citizen"
        onConfirm={async () => {
          if (cancelling) await cancelEnrolment(kommunenummer, cancelling.id);
          load.reload();
        }}
        onClose={() => setCancelling(undefined)}
      >
        {cancelling && (
          <Paragraph>
            <Trans
              t={t}
              i18nKey="enrolments.cancel.text"
              values={{ name: cancelling.childName }}
              components={{
                activity: <span {...written(cancelling.activityTextLanguage)}>{cancelling.activityTitle}</span>,
              }}
            />
          </Paragraph>
        )}
      </ConfirmDialog>
    </section>
  );
}
