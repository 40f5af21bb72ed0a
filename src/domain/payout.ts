/**
 * Payout rules: the end of a day in Europe/Oslo, the references a batch gives its payments, and what a batch pays
 * each provider. Pure.
 */
import { isIsoDate, osloDate } from './age.ts';
import { isValidBankAccount } from './bank-account.ts';

/** The first instant after a calendar day in Europe/Oslo ends: everything before it is "up to" the day. */
export function osloDayEnd(date: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Midnight in Oslo is 22:00 or 23:00 UTC the day before; start from UTC midnight of the next day and step back
  // by the offset, checking that the instant is the first of the next Oslo day.
  const nextUtcMidnight = Date.UTC(y, m - 1, d + 1);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(nextUtcMidnight - offsetHours * 3_600_000);
    if (osloDate(candidate) !== date && osloDate(new Date(candidate.getTime() - 1)) === date) return candidate;
  }
  throw new RangeError(`no day end found for ${date}`);
}

/** The payout file's message id of a batch: unique per municipality, within the identifier characters. */
export function payoutMessageId(kommunenummer: string, batchId: number): string {
  return `FK-${kommunenummer}-B${batchId}`;
}

/** The end-to-end id of a provider's payment in a batch; with the batch it leads back to the item's transfers. */
export function payoutEndToEndId(kommunenummer: string, batchId: number, itemNumber: number): string {
  return `FK-${kommunenummer}-B${batchId}-${itemNumber}`;
}

/** The remittance text of a payment without a KID. */
export function payoutRemittanceText(endToEndId: string, upTo: string): string {
  return `Fritidskortet, oppgjor til ${upTo}, ref ${endToEndId}`;
}

export interface ClaimedTransfer {
  providerId: string;
  /** Positive for money paid to the provider, negative for money taken back (a refund or reversal). */
  amountOre: number;
}

export interface PayableProvider {
  providerId: string;
  bankAccount: string | null;
}

export interface PayoutSplit {
  /** Providers paid in the batch, with their sums (more than zero). */
  paid: { providerId: string; amountOre: number }[];
  /** Providers owed money who cannot be paid: no valid account number. */
  heldBack: { providerId: string; amountOre: number }[];
  /** Providers whose transfers net to zero or less: nothing to pay now; their transfers wait for a later batch. */
  carried: string[];
}

/**
 * What a batch pays each provider: the sum of the transfers it takes, per provider. A provider without a valid
 * account number is held back; one whose sum is not positive is carried to a later batch.
 */
export function splitPayout(transfers: readonly ClaimedTransfer[], providers: readonly PayableProvider[]): PayoutSplit {
  const sums = new Map<string, number>();
  for (const t of transfers) sums.set(t.providerId, (sums.get(t.providerId) ?? 0) + t.amountOre);
  const accounts = new Map(providers.map((p) => [p.providerId, p.bankAccount]));
  const out: PayoutSplit = { paid: [], heldBack: [], carried: [] };
  for (const [providerId, amountOre] of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (amountOre <= 0) {
      out.carried.push(providerId);
      continue;
    }
    const account = accounts.get(providerId) ?? null;
    if (account === null || !isValidBankAccount(account)) out.heldBack.push({ providerId, amountOre });
    else out.paid.push({ providerId, amountOre });
  }
  return out;
}
