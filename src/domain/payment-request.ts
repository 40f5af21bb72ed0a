/**
 * A provider's request for a fee from the family of an enrolled child: what makes a valid request, and the status
 * each side sees. Overdue is derived (open past its due date, in Europe/Oslo), never stored. Pure.
 */
import type { FieldError } from '../errors.ts';
import { isIsoDate } from './age.ts';
import { parseKid } from './kid.ts';
import { FEE_KINDS, type FeeKind } from './scheme.ts';

/** What is stored: open (waiting for the family), paying (the family's part is with the payment provider), paid,
 * withdrawn by the provider. */
export const PAYMENT_REQUEST_STATUSES = ['open', 'paying', 'paid', 'withdrawn'] as const;
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number];

/** What the provider sees: a payment in progress is still open to it, and it never sees how it was paid. */
export const PROVIDER_REQUEST_STATUSES = ['open', 'overdue', 'paid', 'withdrawn'] as const;
export type ProviderRequestStatus = (typeof PROVIDER_REQUEST_STATUSES)[number];

/** What the family sees: as the provider, and whether its payment is in progress. */
export const FAMILY_REQUEST_STATUSES = ['open', 'overdue', 'paying', 'paid', 'withdrawn'] as const;
export type FamilyRequestStatus = (typeof FAMILY_REQUEST_STATUSES)[number];

export const MAX_REQUEST_ORE = 10_000_000;
export const MAX_DESCRIPTION_LENGTH = 200;
export const MAX_INVOICE_NUMBER_LENGTH = 40;
/** How far ahead a due date may be set. */
export const MAX_DUE_DAYS = 366;

/** Whether a request is past its due date and not settled; dates as 'YYYY-MM-DD' in Europe/Oslo. */
export function isOverdue(status: PaymentRequestStatus, dueDate: string, today: string): boolean {
  return (status === 'open' || status === 'paying') && today > dueDate;
}

export function familyStatus(status: PaymentRequestStatus, dueDate: string, today: string): FamilyRequestStatus {
  if (status === 'paying') return 'paying';
  return isOverdue(status, dueDate, today) ? 'overdue' : status;
}

export function providerStatus(status: PaymentRequestStatus, dueDate: string, today: string): ProviderRequestStatus {
  if (status === 'paid' || status === 'withdrawn') return status;
  return isOverdue(status, dueDate, today) ? 'overdue' : 'open';
}

/** Whether the family may start paying now (a payment already in progress is a conflict, as is one paid). */
export function payableNow(status: PaymentRequestStatus): boolean {
  return status === 'open';
}

/** Whether the provider may withdraw it: only while the family has not started paying. */
export function withdrawableNow(status: PaymentRequestStatus): boolean {
  return status === 'open';
}

export interface PaymentRequestInput {
  feeKind: string;
  amountOre: number;
  dueDate: string;
  description?: string | undefined;
  invoiceNumber?: string | undefined;
  kid?: string | undefined;
}

export interface PaymentRequestTerms {
  feeKind: FeeKind;
  amountOre: number;
  dueDate: string;
  description: string;
  invoiceNumber: string | null;
  kid: string | null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Checks a request's terms: a known fee kind, a whole positive amount in øre, a due date from today to a year
 * ahead, and at most one reference of the provider's own: an invoice number or a valid KID (MOD10 or MOD11).
 * Field errors name the body's fields.
 */
export function validateRequest(
  input: PaymentRequestInput,
  today: string,
): { terms: PaymentRequestTerms; fields: [] } | { terms: undefined; fields: FieldError[] } {
  const fields: FieldError[] = [];
  if (!(FEE_KINDS as readonly string[]).includes(input.feeKind)) {
    fields.push({ field: 'body/feeKind', rule: 'enum', params: { allowed: FEE_KINDS.join(', ') } });
  }
  if (!Number.isSafeInteger(input.amountOre) || input.amountOre < 1) {
    fields.push({ field: 'body/amountOre', rule: 'minimum', params: { limit: 1 } });
  } else if (input.amountOre > MAX_REQUEST_ORE) {
    fields.push({ field: 'body/amountOre', rule: 'maximum', params: { limit: MAX_REQUEST_ORE } });
  }
  if (!isIsoDate(input.dueDate)) {
    fields.push({ field: 'body/dueDate', rule: 'format' });
  } else if (input.dueDate < today || input.dueDate > addDays(today, MAX_DUE_DAYS)) {
    fields.push({
      field: 'body/dueDate',
      rule: 'range',
      params: { min: today, max: addDays(today, MAX_DUE_DAYS) },
    });
  }
  const description = (input.description ?? '').trim();
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    fields.push({ field: 'body/description', rule: 'maxLength', params: { limit: MAX_DESCRIPTION_LENGTH } });
  }
  const invoiceNumber = input.invoiceNumber?.trim() || null;
  if (invoiceNumber !== null && invoiceNumber.length > MAX_INVOICE_NUMBER_LENGTH) {
    fields.push({ field: 'body/invoiceNumber', rule: 'maxLength', params: { limit: MAX_INVOICE_NUMBER_LENGTH } });
  }
  let kid: string | null = null;
  if (input.kid !== undefined && input.kid.trim() !== '') {
    kid = parseKid(input.kid);
    if (kid === null) fields.push({ field: 'body/kid', rule: 'kid' });
  }
  if (invoiceNumber !== null && kid !== null) fields.push({ field: 'body/kid', rule: 'kidOrInvoice' });
  if (fields.length > 0) return { terms: undefined, fields };
  return {
    terms: {
      feeKind: input.feeKind as FeeKind,
      amountOre: input.amountOre,
      dueDate: input.dueDate,
      description,
      invoiceNumber,
      kid,
    },
    fields: [],
  };
}
