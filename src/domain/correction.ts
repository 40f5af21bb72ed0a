/**
 * Corrections of the ledger: what each kind corrects, and the four-eyes rule. Pure. A correction is prepared by one
 * administrator with a reason and carried out only when a second administrator approves it; it adds transfers (or
 * an expiry extension) and never changes history.
 */
import type { FieldError } from '../errors.ts';
import type { AccountKind, TransferReason } from './ledger.ts';

export const CORRECTION_KINDS = ['reverse_payment', 'recredit_card', 'extend_expiry', 'move_payment'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_STATUSES = ['prepared', 'approved'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export const CORRECTION_LIMITS = { reasonLength: 500 } as const;

/** The transfer a correction of a kind may correct: its reason and the kinds of its accounts. */
export function corrects(
  kind: Exclude<CorrectionKind, 'extend_expiry'>,
  transfer: { reason: TransferReason; debitKind: AccountKind; creditKind: AccountKind },
): boolean {
  switch (kind) {
    // The card's money paid to a provider goes back to the card.
    case 'reverse_payment':
      return (
        transfer.reason === 'payment' && transfer.debitKind === 'card' && transfer.creditKind === 'provider_payable'
      );
    // Money that expired goes back to the card (the budget gives it back).
    case 'recredit_card':
      return transfer.reason === 'expiry' && transfer.debitKind === 'card' && transfer.creditKind === 'scheme_budget';
    // A payment to the wrong provider moves to the right one (whatever paid it: card, hold or the family).
    case 'move_payment':
      return transfer.reason === 'payment' && transfer.creditKind === 'provider_payable';
  }
}

/** A correction moves at most what is left of the transfer it corrects (its amount less what was reversed). */
export function amountFields(amountOre: number, leftOre: number): FieldError[] {
  if (amountOre > leftOre) return [{ field: 'body/amountOre', rule: 'maximum', params: { limit: leftOre } }];
  return [];
}

/** Four eyes: who may approve a prepared correction. */
export function mayApprove(correction: { preparedBy: string; status: CorrectionStatus }, approver: string): boolean {
  return correction.status === 'prepared' && correction.preparedBy !== approver;
}

/** A reason is required: what went wrong, in a sentence. */
export function reasonFields(reason: string): FieldError[] {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return [{ field: 'body/reason', rule: 'required' }];
  if (trimmed.length > CORRECTION_LIMITS.reasonLength) {
    return [{ field: 'body/reason', rule: 'maxLength', params: { limit: CORRECTION_LIMITS.reasonLength } }];
  }
  return [];
}
