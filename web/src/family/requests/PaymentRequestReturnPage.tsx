import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Membership } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { formatAmount } from '../../kit/format.ts';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { type FamilyPaymentRequest, refreshRequest } from './api.ts';

/** Where Vipps sends the guardian back after paying a request: its outcome, settled now when it is known. */
export function PaymentRequestReturnPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('paymentRequests.returnTitle')} documentTitle={t('paymentRequests.returnTitle')}>
      <AccessGate page="cards" loginKind="citizen" noAccessHint={t('wallet.noAccessHint')}>
        {(membership) => <Result key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

function Result({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { kommunenummer } = membership;
  // Refreshing settles the payment; asking again is safe.
  const load = useLoad(() => refreshRequest(kommunenummer, requestId), [kommunenummer, requestId]);
  return (
    <div className="page-section">
      <LoadStatus load={load} loginKind="citizen" loading={t('paymentRequests.loading')}>
        {(request) => <Outcome request={request} busy={load.status === 'loading'} onCheckAgain={load.reload} />}
      </LoadStatus>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/cards">{t('payment.walletLink')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

function Outcome({
  request: r,
  busy,
  onCheckAgain,
}: {
  request: FamilyPaymentRequest;
  busy: boolean;
  onCheckAgain(): void;
}) {
  const { t } = useTranslation();
  const kr = (ore: number) => formatAmount(ore, currentLanguage());
  if (r.status === 'paid') {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('paymentRequests.paidFor', { name: r.childName })}</Paragraph>
        <Paragraph>{t('paymentRequests.paidSplit', { card: kr(r.cardOre), rest: kr(r.restOre) })}</Paragraph>
      </Alert>
    );
  }
  if (r.status === 'paying') {
    return (
      <Alert data-color="info" role="status">
        <Paragraph>{t('paymentRequests.waiting')}</Paragraph>
        <div className="button-row">
          <Button onClick={onCheckAgain} loading={busy} aria-disabled={busy}>
            {t('payment.checkAgain')}
          </Button>
          {r.paymentUrl && (
            <Button variant="secondary" asChild>
              <a href={r.paymentUrl}>{t('payment.toVipps')}</a>
            </Button>
          )}
        </div>
      </Alert>
    );
  }
  return (
    <Alert data-color="warning" role="status">
      <Paragraph>{t('paymentRequests.notPaid')}</Paragraph>
    </Alert>
  );
}
