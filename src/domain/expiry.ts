/**
 * When a card's money expires. Pure. A card expires at the end of its scheme's expiry date for the period (the
 * scheme's expiry months after the period's end, Europe/Oslo); a municipality may move that date later for the
 * whole period or for one child, and the latest date that applies wins. A card whose date has passed is due: its
 * unspent money goes back to the scheme's budget by an `expiry` transfer, once per card.
 */
import type { FieldError } from '../errors.ts';
import { expiryDate, type Period } from './period.ts';

/** The idempotency key of a card's expiry transfer: one per card, whatever runs. */
export function expiryKey(cardAccountId: string): string {
  return `expiry:${cardAccountId}`;
}

/** The date a card expires: the scheme's date for the period, or a later extension. */
export function effectiveExpiry(period: Period, expiryMonths: number, extensions: readonly string[] = []): string {
  let date = expiryDate(period, expiryMonths);
  for (const extension of extensions) if (extension > date) date = extension;
  return date;
}

/** Whether money expiring on `expiresOn` is due on `today` (the card is usable through its expiry date). */
export function isDue(expiresOn: string, today: string): boolean {
  return expiresOn < today;
}

/** An extension may move the date by at most this many years past the scheme's own date. */
export const MAX_EXTENSION_YEARS = 3;

/**
 * Whether a new expiry date is a valid extension: later than the date in force now, not before today, and at most
 * MAX_EXTENSION_YEARS after the scheme's own date.
 */
export function validateExtension(input: {
  schemeDate: string;
  currentDate: string;
  newDate: string;
  today: string;
}): FieldError[] {
  const { schemeDate, currentDate, newDate, today } = input;
  const latest = `${String(Number(schemeDate.slice(0, 4)) + MAX_EXTENSION_YEARS).padStart(4, '0')}${schemeDate.slice(4)}`;
  if (newDate <= currentDate) {
    return [{ field: 'body/expiresOn', rule: 'extensionNotLater', params: { date: currentDate } }];
  }
  if (newDate < today) return [{ field: 'body/expiresOn', rule: 'extensionNotLater', params: { date: today } }];
  if (newDate > latest) return [{ field: 'body/expiresOn', rule: 'extensionTooLate', params: { date: latest } }];
  return [];
}
