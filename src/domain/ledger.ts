/**
 * The ledger's vocabulary: kinds of account, reasons for a transfer, and which reason may move money between
 * which kinds of account. Pure. Balances are signed: a transfer takes its amount from the debit account and adds
 * it to the credit account, so the balances of a municipality's accounts always sum to zero.
 */

export const ACCOUNT_KINDS = ['scheme_budget', 'card', 'provider_payable', 'payment_clearing', 'payment_hold'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const TRANSFER_REASONS = [
  'grant',
  'payment',
  'refund',
  'expiry',
  'payout',
  'top_up',
  'reversal',
  'release',
  'hold',
] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];

/** Debit kind → credit kind, for each reason (a reversal swaps the sides of the transfer it reverses). */
const FLOWS: Record<Exclude<TransferReason, 'reversal'>, ReadonlyArray<readonly [AccountKind, AccountKind]>> = {
  grant: [['scheme_budget', 'card']],
  expiry: [['card', 'scheme_budget']],
  payment: [
    ['card', 'provider_payable'],
    ['payment_hold', 'provider_payable'],
    ['payment_clearing', 'provider_payable'],
  ],
  refund: [
    ['provider_payable', 'card'],
    ['provider_payable', 'payment_clearing'],
  ],
  top_up: [['payment_clearing', 'card']],
  payout: [['provider_payable', 'payment_clearing']],
  hold: [['card', 'payment_hold']],
  release: [['payment_hold', 'card']],
};

/** Whether a reason may move money from an account of one kind to one of another. */
export function flowAllowed(reason: TransferReason, debit: AccountKind, credit: AccountKind): boolean {
  if (reason === 'reversal') return true;
  return FLOWS[reason].some(([d, c]) => d === debit && c === credit);
}

/** Kinds of account whose balance may never go below zero. */
export function mayNotGoNegative(kind: AccountKind): boolean {
  return kind === 'card';
}

/** A money amount in øre: a whole, positive number small enough to add up without losing precision. */
export function isTransferAmount(amountOre: number): boolean {
  return Number.isSafeInteger(amountOre) && amountOre > 0 && amountOre <= 1_000_000_000_000;
}

/** Kroner and øre for people: 1 000,50 kr. Display only; amounts stay in øre everywhere else. */
export function formatKroner(amountOre: number): string {
  const sign = amountOre < 0 ? '−' : '';
  const abs = Math.abs(amountOre);
  const kroner = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const ore = abs % 100;
  return `${sign}${kroner}${ore === 0 ? '' : `,${String(ore).padStart(2, '0')}`} kr`;
}
