import { Card, Heading, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalletCard } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatAmount, formatDate, formatDateRange } from '../../kit/format.ts';
import { UserText } from '../../kit/UserText.tsx';
import { TransactionTable } from './TransactionTable.tsx';

/** One card: the scheme's name, what is left on it, its period and expiry, and every transaction. */
export function CardPanel({ card }: { card: WalletCard }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  return (
    <Card data-color="neutral" className="wallet-card">
      <div className="wallet-card__head">
        <Heading level={3} data-size="sm" id={headingId}>
          <UserText>{card.schemeName}</UserText>
        </Heading>
        {card.expired && (
          <Tag data-color="neutral" data-size="sm">
            {t('wallet.card.expired')}
          </Tag>
        )}
      </div>
      <p className="wallet-card__balance">
        <span className="wallet-card__balance-label">{t('wallet.card.balance')}</span>{' '}
        <span className="wallet-card__balance-amount">{formatAmount(card.balanceOre, language)}</span>
      </p>
      <Facts>
        <Fact label={t('wallet.card.period')}>{formatDateRange(card.periodStart, card.periodEnd, language)}</Fact>
        <Fact label={card.expired ? t('wallet.card.expiredOn') : t('wallet.card.expiresOn')}>
          {formatDate(card.expiresOn, language)}
        </Fact>
      </Facts>
      <TransactionTable card={card} cardHeadingId={headingId} />
    </Card>
  );
}
