import { Alert, Button, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { type Enrolment, refreshEnrolment } from '../../api/cards.ts';
import type { Membership } from '../../api/client.ts';
import { activityPath } from '../../catalogue/search-state.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { formatAmount } from '../../kit/format.ts';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { useWrittenIn } from '../../kit/UserText.tsx';
import { useLoad } from '../../kit/useLoad.ts';

/** Where Vipps sends the guardian back: the payment's outcome, settled now when it is known. */
export function PaymentReturnPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('payment.title')} documentTitle={t('payment.documentTitle')}>
      <AccessGate page="cards" loginKind="citizen" noAccessHint={t('wallet.noAccessHint')}>
        {(membership) => <PaymentResult key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

function PaymentResult({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const { enrolmentId = '' } = useParams();
  const { kommunenummer } = membership;
  // Refreshing settles the payment; asking again is safe.
  const load = useLoad(() => refreshEnrolment(kommunenummer, enrolmentId), [kommunenummer, enrolmentId]);
  return (
    <div className="page-section">
      <LoadStatus load={load} loginKind="citizen" loading={t('payment.loading')}>
        {(enrolment) => (
          <>
            <Outcome enrolment={enrolment} busy={load.status === 'loading'} onCheckAgain={load.reload} />
            <List.Unordered className="payment-links">
              <List.Item>
                <Link asChild>
                  <RouterLink to={activityPath(kommunenummer, enrolment.activityId)}>
                    <Trans
                      t={t}
                      i18nKey="payment.activityLink"
                      components={{
                        title: <span {...written(enrolment.activityTextLanguage)}>{enrolment.activityTitle}</span>,
                      }}
                    />
                  </RouterLink>
                </Link>
              </List.Item>
              <List.Item>
                <Link asChild>
                  <RouterLink to="/cards">{t('payment.walletLink')}</RouterLink>
                </Link>
              </List.Item>
            </List.Unordered>
          </>
        )}
      </LoadStatus>
    </div>
  );
}

function Outcome({ enrolment: e, busy, onCheckAgain }: { enrolment: Enrolment; busy: boolean; onCheckAgain(): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const written = useWrittenIn();
  const kr = (ore: number) => formatAmount(ore, language);
  // The provider wrote the activity's title: inside the sentence it keeps its own language and direction, and it
  // is given as an element (not a value) so that nothing in it is read as markup or a placeholder.
  const sentence = (key: string) => (
    <Trans
      t={t}
      i18nKey={key}
      values={{ name: e.childName }}
      components={{ activity: <span {...written(e.activityTextLanguage)}>{e.activityTitle}</span> }}
    />
  );
  if (e.status === 'confirmed') {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{sentence('payment.paid')}</Paragraph>
        <Paragraph>{t('payment.paidSplit', { card: kr(e.cardOre), rest: kr(e.restOre) })}</Paragraph>
      </Alert>
    );
  }
  if (e.status === 'payment_abandoned') {
    return (
      <Alert data-color="warning" role="status">
        <Paragraph>{sentence('payment.abandoned')}</Paragraph>
        {e.cardOre > 0 && <Paragraph>{t('payment.cardBack', { card: kr(e.cardOre) })}</Paragraph>}
      </Alert>
    );
  }
  if (e.status === 'awaiting_payment') {
    return (
      <Alert data-color="info" role="status">
        <Paragraph>{sentence('payment.waiting')}</Paragraph>
        <div className="button-row">
          <Button onClick={onCheckAgain} loading={busy} aria-disabled={busy}>
            {t('payment.checkAgain')}
          </Button>
          {e.paymentUrl && (
            <Button variant="secondary" asChild>
              <a href={e.paymentUrl}>{t('payment.toVipps')}</a>
            </Button>
          )}
        </div>
      </Alert>
    );
  }
  return (
    <Alert data-color="info" role="status">
      <Paragraph>{t(`enrolmentStatus.${e.status}`)}</Paragraph>
    </Alert>
  );
}
