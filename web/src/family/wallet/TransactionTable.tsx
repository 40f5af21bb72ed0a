import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardTransaction, WalletCard } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDateTime } from '../../kit/format.ts';
import { transferReasonLabel } from '../../kit/labels.ts';
import { UserText } from '../../kit/UserText.tsx';

/** Every transaction of a card, newest first: when, what it was, and the amount in (+) or out (−). */
export function TransactionTable({ card, cardHeadingId }: { card: WalletCard; cardHeadingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const columns: Column<CardTransaction>[] = [
    {
      head: t('wallet.transactions.when'),
      className: 'data-table__nowrap',
      cell: (transaction) => formatDateTime(transaction.at, language),
    },
    {
      head: t('wallet.transactions.what'),
      cell: (transaction) => (
        <>
          <span className="cell-main">{transferReasonLabel(t, transaction.reason)}</span>
          {transaction.activityTitle && <UserText className="cell-sub">{transaction.activityTitle}</UserText>}
        </>
      ),
    },
    {
      head: t('wallet.transactions.amount'),
      className: 'data-table__nowrap data-table__amount',
      cell: (transaction) => formatAmount(transaction.amountOre, language, { signed: true }),
    },
  ];
  return (
    <div className="wallet-card__transactions">
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('wallet.transactions.title')}
      </Heading>
      <DataTable
        labelledBy={`${headingId} ${cardHeadingId}`}
        columns={columns}
        rows={card.transactions}
        rowKey={(transaction) => transaction.id}
        empty={t('wallet.transactions.empty')}
      />
    </div>
  );
}
