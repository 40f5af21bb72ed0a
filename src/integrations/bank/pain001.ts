/**
 * The payout file: an ISO 20022 pain.001.001.03 CustomerCreditTransferInitiation (credit transfers in NOK from
 * the municipality's account to the providers' accounts), valid against shared/standards/pain.001.001.03.xsd.
 *
 * Layout (one payment information block, as a payout batch has one debtor account and one execution date):
 *   GrpHdr     MsgId, CreDtTm (Europe/Oslo with offset), NbOfTxs, CtrlSum, InitgPty (name, organisation number)
 *   PmtInf     PmtInfId (= MsgId), PmtMtd TRF, NbOfTxs, CtrlSum, ReqdExctnDt, Dbtr (name, organisation number),
 *              DbtrAcct IBAN with Ccy NOK, DbtrAgt BIC (or Othr/Id NOTPROVIDED when none is given)
 *   CdtTrfTxInf per payment: PmtId/EndToEndId, Amt/InstdAmt Ccy="NOK", Cdtr/Nm, CdtrAcct IBAN, and RmtInf either
 *              Strd/CdtrRefInf (Tp/CdOrPrtry/Cd SCOR, Ref = KID) or Ustrd (invoice number or free text), never both.
 *
 * Limits:
 * - Amounts are integer øre in, decimal NOK with exactly two decimals out. NbOfTxs and CtrlSum are computed in
 *   integer øre and formatted once, at both levels.
 * - Names are Max140Text in the schema, but Norwegian banks take 70 characters: a name is cut to 70 characters at
 *   a character boundary. Free-text remittance is cut to 140. Both go through the bank character set (bank-text.ts).
 * - MsgId and EndToEndId are Max35Text; the platform also keeps them to the EPC identifier characters
 *   (letters, digits and / - ? : ( ) . , ' +, no leading or trailing '/', no '//') so every bank takes them.
 * - An input that would give an invalid file is refused with a PaymentFileError listing every problem, each with
 *   the payment's position and EndToEndId: empty batch, amount not a positive whole number of øre, invalid IBAN
 *   or account number, KID failing its check, invalid or repeated EndToEndId, a name with nothing left.
 *
 * The XML is written by fast-xml-parser's builder, which escapes text and attributes: the envelope once, then each
 * transaction on its own, handed out in chunks (a generator), so the whole file is never held in memory.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { XMLBuilder } from 'fast-xml-parser';
import { parseBankAccount } from '../../domain/bank-account.ts';
import { norwegianIban, parseIban } from '../../domain/iban.ts';
import { parseKid } from '../../domain/kid.ts';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import { toBankText } from './bank-text.ts';

export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';
/** Norwegian banks take names of at most 70 characters (the schema allows 140). */
export const NAME_MAX_LENGTH = 70;
/** Max140Text: unstructured remittance. */
export const REMITTANCE_TEXT_MAX_LENGTH = 140;
/** Max35Text: MsgId, PmtInfId, EndToEndId. */
export const ID_MAX_LENGTH = 35;

/** A payment's reference for the payee: a KID (structured, SCOR) or an invoice number or free text (Ustrd). */
export type Remittance = { kind: 'kid'; kid: string } | { kind: 'text'; text: string };

export interface CreditTransfer {
  /** One reference per payment that leads back to the payments it covers; returned in the bank's status report. */
  endToEndId: string;
  /** Integer øre, more than 0. */
  amountOre: number;
  creditorName: string;
  /** The creditor's IBAN, or a Norwegian account number (eleven digits, spaces or dots allowed) made into one. */
  creditorAccount: string;
  remittance: Remittance;
}

export interface Municipality {
  name: string;
  /** Nine digits. */
  organisationNumber: string;
  /** The municipality's IBAN, or its Norwegian account number. */
  account: string;
  /** The BIC of the municipality's bank, when known. */
  bic?: string | undefined;
}

export interface CreditTransferBatch {
  messageId: string;
  createdAt: Date;
  /** Initiating party and debtor. */
  municipality: Municipality;
  /** YYYY-MM-DD. */
  requestedExecutionDate: string;
  payments: readonly CreditTransfer[];
}

export type PaymentFileProblemCode =
  | 'EMPTY_BATCH'
  | 'INVALID_MESSAGE_ID'
  | 'INVALID_CREATION_TIME'
  | 'INVALID_EXECUTION_DATE'
  | 'INVALID_MUNICIPALITY_NAME'
  | 'INVALID_ORGANISATION_NUMBER'
  | 'INVALID_DEBTOR_ACCOUNT'
  | 'INVALID_BIC'
  | 'INVALID_END_TO_END_ID'
  | 'DUPLICATE_END_TO_END_ID'
  | 'AMOUNT_NOT_POSITIVE'
  | 'AMOUNT_NOT_WHOLE_ORE'
  | 'INVALID_CREDITOR_NAME'
  | 'INVALID_CREDITOR_ACCOUNT'
  | 'INVALID_KID'
  | 'INVALID_REMITTANCE_TEXT'
  | 'CONTROL_SUM_TOO_LARGE';

export interface PaymentFileProblem {
  code: PaymentFileProblemCode;
  /** Position of the offending payment in the batch, when the problem is a payment's. */
  index?: number;
  endToEndId?: string;
  message: string;
}

/** The batch would give an invalid file; nothing was written. */
export class PaymentFileError extends Error {
  readonly problems: readonly PaymentFileProblem[];
  constructor(problems: readonly PaymentFileProblem[]) {
    const shown = problems
      .slice(0, 5)
      .map((p) => p.message)
      .join('; ');
    super(`The payment file would be invalid (${problems.length} problems): ${shown}`);
    this.name = 'PaymentFileError';
    this.problems = problems;
  }

  /** The positions of the payments with problems, each once. */
  get offendingPayments(): number[] {
    return [...new Set(this.problems.flatMap((p) => (p.index === undefined ? [] : [p.index])))];
  }
}

export interface Pain001Summary {
  messageId: string;
  numberOfTransactions: number;
  controlSumOre: number;
}

const ID_PATTERN = /^[A-Za-z0-9/\-?:().,'+ ]+$/;
const BIC_PATTERN = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

/** Whether an identifier (MsgId, EndToEndId) fits Max35Text and the EPC identifier characters. */
export function isValidPaymentId(id: string): boolean {
  return (
    id.length >= 1 &&
    id.length <= ID_MAX_LENGTH &&
    ID_PATTERN.test(id) &&
    id.trim() === id &&
    !id.startsWith('/') &&
    !id.endsWith('/') &&
    !id.includes('//')
  );
}

/** Integer øre as decimal NOK with exactly two decimals: 12345 → "123.45". */
export function formatOre(ore: number): string {
  if (!Number.isSafeInteger(ore) || ore < 0) throw new RangeError('øre is a non-negative whole number');
  return `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
}

/** The account as an IBAN: an IBAN as given, or a Norwegian account number converted; null when neither. */
export function accountToIban(account: string): string | null {
  const trimmed = account.trim();
  if (/^[A-Za-z]{2}/.test(trimmed)) return parseIban(trimmed);
  return parseBankAccount(trimmed) === null ? null : norwegianIban(trimmed);
}

const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** ISODateTime in Europe/Oslo with its offset, whole seconds: 2026-12-03T17:40:00+01:00. */
export function osloDateTime(at: Date): string {
  const parts: Record<string, string> = {};
  for (const part of OSLO_PARTS.formatToParts(at)) parts[part.type] = part.value;
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks the batch and answers the file's count and control sum; throws PaymentFileError listing every problem.
 */
export function checkCreditTransferBatch(batch: CreditTransferBatch): Pain001Summary {
  const problems: PaymentFileProblem[] = [];
  const add = (code: PaymentFileProblemCode, message: string, index?: number, endToEndId?: string) =>
    problems.push({
      code,
      message,
      ...(index === undefined ? {} : { index }),
      ...(endToEndId === undefined ? {} : { endToEndId }),
    });
  if (!isValidPaymentId(batch.messageId)) add('INVALID_MESSAGE_ID', 'the message id is not a valid payment id');
  if (Number.isNaN(batch.createdAt.getTime())) add('INVALID_CREATION_TIME', 'the creation time is not a time');
  if (!isIsoDate(batch.requestedExecutionDate)) {
    add('INVALID_EXECUTION_DATE', 'the requested execution date is not YYYY-MM-DD');
  }
  const m = batch.municipality;
  if (toBankText(m.name, NAME_MAX_LENGTH) === '') add('INVALID_MUNICIPALITY_NAME', 'the municipality has no name');
  if (!isValidOrganisationNumber(m.organisationNumber)) {
    add('INVALID_ORGANISATION_NUMBER', 'the municipality organisation number is invalid');
  }
  if (accountToIban(m.account) === null) add('INVALID_DEBTOR_ACCOUNT', "the municipality's account is invalid");
  if (m.bic !== undefined && !BIC_PATTERN.test(m.bic)) add('INVALID_BIC', "the municipality's BIC is invalid");
  if (batch.payments.length === 0) add('EMPTY_BATCH', 'the batch has no payments');

  const seen = new Set<string>();
  let controlSumOre = 0;
  batch.payments.forEach((p, index) => {
    const id = p.endToEndId;
    const where = `payment ${index + 1} (${id})`;
    if (!isValidPaymentId(id)) add('INVALID_END_TO_END_ID', `${where}: the end-to-end id is invalid`, index, id);
    else if (seen.has(id)) add('DUPLICATE_END_TO_END_ID', `${where}: the end-to-end id is repeated`, index, id);
    seen.add(id);
    if (!Number.isSafeInteger(p.amountOre)) {
      add('AMOUNT_NOT_WHOLE_ORE', `${where}: the amount is not a whole number of øre`, index, id);
    } else if (p.amountOre <= 0) {
      add('AMOUNT_NOT_POSITIVE', `${where}: the amount is not more than 0`, index, id);
    } else {
      controlSumOre += p.amountOre;
    }
    if (toBankText(p.creditorName, NAME_MAX_LENGTH) === '') {
      add('INVALID_CREDITOR_NAME', `${where}: the creditor has no name`, index, id);
    }
    if (accountToIban(p.creditorAccount) === null) {
      add('INVALID_CREDITOR_ACCOUNT', `${where}: the creditor's IBAN or account number is invalid`, index, id);
    }
    if (p.remittance.kind === 'kid') {
      if (parseKid(p.remittance.kid) === null) add('INVALID_KID', `${where}: the KID fails its check`, index, id);
    } else if (toBankText(p.remittance.text, REMITTANCE_TEXT_MAX_LENGTH) === '') {
      add('INVALID_REMITTANCE_TEXT', `${where}: the invoice number or text is empty`, index, id);
    }
  });
  if (!Number.isSafeInteger(controlSumOre)) add('CONTROL_SUM_TOO_LARGE', 'the control sum is too large');
  if (problems.length > 0) throw new PaymentFileError(problems);
  return { messageId: batch.messageId, numberOfTransactions: batch.payments.length, controlSumOre };
}

function partyWithOrganisationNumber(name: string, organisationNumber: string) {
  return {
    Nm: toBankText(name, NAME_MAX_LENGTH),
    Id: { OrgId: { Othr: { Id: organisationNumber, SchmeNm: { Cd: 'CUST' } } } },
  };
}

/** Chunks are handed out when they reach about this many characters. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * The file in chunks of text (UTF-8 when written). Checks the whole batch first: throws PaymentFileError before
 * the first chunk when it would be invalid.
 */
export function* pain001Chunks(batch: CreditTransferBatch): Generator<string, Pain001Summary, undefined> {
  const summary = checkCreditTransferBatch(batch);
  yield* chunksOfChecked(batch, summary);
  return summary;
}

/** Where the transactions go in the envelope: a comment the builder writes and no escaped text can contain. */
const TRANSACTIONS_MARK = 'CdtTrfTxInf';
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  commentPropName: '#comment',
  processEntities: true,
  format: false,
});

function transaction(p: CreditTransfer) {
  const remittance =
    p.remittance.kind === 'kid'
      ? { Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: 'SCOR' } }, Ref: parseKid(p.remittance.kid) as string } } }
      : { Ustrd: toBankText(p.remittance.text, REMITTANCE_TEXT_MAX_LENGTH) };
  return {
    CdtTrfTxInf: {
      PmtId: { EndToEndId: p.endToEndId },
      Amt: { InstdAmt: { '@Ccy': 'NOK', '#text': formatOre(p.amountOre) } },
      Cdtr: { Nm: toBankText(p.creditorName, NAME_MAX_LENGTH) },
      CdtrAcct: { Id: { IBAN: accountToIban(p.creditorAccount) as string } },
      RmtInf: remittance,
    },
  };
}

function* chunksOfChecked(batch: CreditTransferBatch, summary: Pain001Summary): Generator<string, void, undefined> {
  const m = batch.municipality;
  const controlSum = formatOre(summary.controlSumOre);
  const count = String(summary.numberOfTransactions);
  // The envelope is built once, with a comment where the transactions go; each transaction is built on its own
  // and written in its place, so the file is never held whole.
  const envelope: string = builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    Document: {
      '@xmlns': PAIN001_NAMESPACE,
      CstmrCdtTrfInitn: {
        GrpHdr: {
          MsgId: batch.messageId,
          CreDtTm: osloDateTime(batch.createdAt),
          NbOfTxs: count,
          CtrlSum: controlSum,
          InitgPty: partyWithOrganisationNumber(m.name, m.organisationNumber),
        },
        PmtInf: {
          PmtInfId: batch.messageId,
          PmtMtd: 'TRF',
          NbOfTxs: count,
          CtrlSum: controlSum,
          ReqdExctnDt: batch.requestedExecutionDate,
          Dbtr: partyWithOrganisationNumber(m.name, m.organisationNumber),
          DbtrAcct: { Id: { IBAN: accountToIban(m.account) as string }, Ccy: 'NOK' },
          DbtrAgt: { FinInstnId: m.bic ? { BIC: m.bic } : { Othr: { Id: 'NOTPROVIDED' } } },
          '#comment': TRANSACTIONS_MARK,
        },
      },
    },
  });
  const mark = `<!--${TRANSACTIONS_MARK}-->`;
  const at = envelope.indexOf(mark);
  if (at < 0 || envelope.indexOf(mark, at + 1) >= 0)
    throw new Error('the file envelope has no single place for payments');

  let pending: string[] = [envelope.slice(0, at)];
  let pendingLength = at;
  for (const p of batch.payments) {
    const xml: string = builder.build(transaction(p));
    pending.push(xml);
    pendingLength += xml.length;
    if (pendingLength >= CHUNK_CHARACTERS) {
      yield pending.join('');
      pending = [];
      pendingLength = 0;
    }
  }
  pending.push(envelope.slice(at + mark.length));
  yield pending.join('');
}

/** The whole file as one string (for small batches and tests). */
export function pain001ToString(batch: CreditTransferBatch): string {
  return [...pain001Chunks(batch)].join('');
}

/** A readable stream of the file (UTF-8), with backpressure, e.g. for a download. */
export function pain001Stream(batch: CreditTransferBatch): Readable {
  const summary = checkCreditTransferBatch(batch);
  return Readable.from(chunksOfChecked(batch, summary), { objectMode: false });
}

/** Writes the file to a path; answers its count and control sum. */
export async function writePain001File(batch: CreditTransferBatch, path: string): Promise<Pain001Summary> {
  const summary = checkCreditTransferBatch(batch);
  await pipeline(Readable.from(chunksOfChecked(batch, summary)), createWriteStream(path));
  return summary;
}
