import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalletHolder } from '../../api/cards.ts';
import { CardPanel } from './CardPanel.tsx';

/** One person's cards: a child's (seen by the guardian) or the youth's own. */
export function HolderSection({ holder }: { holder: WalletHolder }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {holder.relation === 'self' ? t('wallet.yourCards', { name: holder.name }) : holder.name}
      </Heading>
      {holder.cards.length === 0 ? (
        <Paragraph>{t('wallet.noCards')}</Paragraph>
      ) : (
        <ul className="wallet-cards">
          {holder.cards.map((card) => (
            <li key={card.accountId}>
              <CardPanel card={card} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
