import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Membership } from '../../api/client.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { EnrolmentsSection } from '../enrolments/EnrolmentsSection.tsx';
import { PaymentRequestsSection } from '../requests/PaymentRequestsSection.tsx';
import { HolderSection } from './HolderSection.tsx';
import { hasCards, useWallet } from './useWallet.ts';

/** "Fritidskort": each child's leisure cards (and a youth's own) with balance, period, expiry and every transaction. */
export function WalletPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('wallet.title')} documentTitle={t('wallet.documentTitle')} lead={t('wallet.lead')}>
      <AccessGate page="cards" loginKind="citizen" noAccessHint={t('wallet.noAccessHint')}>
        {(membership) => <Wallet key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

function Wallet({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const wallet = useWallet(membership.kommunenummer);
  return (
    <>
      <LoadStatus
        load={wallet}
        loginKind="citizen"
        loading={t('wallet.loading')}
        isEmpty={(holders) => !hasCards(holders)}
        empty={
          <div className="empty-state">
            <Paragraph>{t('wallet.empty')}</Paragraph>
          </div>
        }
      >
        {(holders) => holders.map((holder) => <HolderSection key={holder.personId} holder={holder} />)}
      </LoadStatus>
      <PaymentRequestsSection kommunenummer={membership.kommunenummer} />
      <EnrolmentsSection kommunenummer={membership.kommunenummer} />
      <Paragraph className="page-section">
        <Link asChild>
          <RouterLink to="/family">{t('wallet.familyLink')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
