import { getWallet, type WalletHolder } from '../../api/cards.ts';
import { useLoad } from '../../kit/useLoad.ts';

/** The family's cards as the wallet page shows them: the person's own first (a youth), then each child, eldest first. */
export function useWallet(kommunenummer: string) {
  return useLoad((signal) => getWallet(kommunenummer, signal).then(orderHolders), [kommunenummer]);
}

export function orderHolders(holders: readonly WalletHolder[]): WalletHolder[] {
  return [...holders].sort((a, b) => {
    if (a.relation !== b.relation) return a.relation === 'self' ? -1 : 1;
    return a.birthDate.localeCompare(b.birthDate);
  });
}

/** Whether anyone in the family has a card at all. */
export function hasCards(holders: readonly WalletHolder[]): boolean {
  return holders.some((holder) => holder.cards.length > 0);
}
