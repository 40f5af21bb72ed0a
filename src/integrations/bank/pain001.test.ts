import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { pain001Xsd, validateFileWithXsd, validateXmlWithXsd } from '../../../test/helpers/xml-schema.ts';
import { bankAccountControlDigit } from '../../domain/bank-account.ts';
import { norwegianIban } from '../../domain/iban.ts';
import { makeKid } from '../../domain/kid.ts';
import { toBankText } from './bank-text.ts';
import {
  type CreditTransfer,
  type CreditTransferBatch,
  formatOre,
  NAME_MAX_LENGTH,
  osloDateTime,
  PaymentFileError,
  pain001Stream,
  pain001ToString,
  writePain001File,
} from './pain001.ts';

const XSD = pain001Xsd();

const municipality = {
  name: 'Bærum kommune',
  organisationNumber: '935478715',
  account: '8601.11.17947',
};

function batchOf(payments: CreditTransfer[], extra: Partial<CreditTransferBatch> = {}): CreditTransferBatch {
  return {
    messageId: 'UTB-2026-0001',
    createdAt: new Date('2026-12-03T16:40:00Z'),
    municipality,
    requestedExecutionDate: '2026-12-07',
    payments,
    ...extra,
  };
}

const payment = (over: Partial<CreditTransfer> = {}): CreditTransfer => ({
  endToEndId: 'UTB-1-P1',
  amountOre: 12_345,
  creditorName: 'Ås IL',
  creditorAccount: '12345678903',
  remittance: { kind: 'kid', kid: '0365327' },
  ...over,
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'CdtTrfTxInf',
});

interface ParsedPayment {
  endToEndId: string;
  amount: string;
  currency: string;
  name: string;
  iban: string;
  kid?: string;
  text?: string;
}

/** The file read back with an independent parser. */
function readBack(xml: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the parsed document is checked field by field below
  const doc: any = parser.parse(xml);
  const root = doc.Document.CstmrCdtTrfInitn;
  const info = root.PmtInf;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const payments: ParsedPayment[] = info.CdtTrfTxInf.map((tx: any) => ({
    endToEndId: tx.PmtId.EndToEndId,
    amount: tx.Amt.InstdAmt['#text'],
    currency: tx.Amt.InstdAmt['@Ccy'],
    name: tx.Cdtr.Nm,
    iban: tx.CdtrAcct.Id.IBAN,
    ...(tx.RmtInf.Strd
      ? { kid: tx.RmtInf.Strd.CdtrRefInf.Ref, scor: tx.RmtInf.Strd.CdtrRefInf.Tp.CdOrPrtry.Cd }
      : { text: tx.RmtInf.Ustrd }),
  }));
  return {
    namespace: doc.Document['@xmlns'] as string,
    header: root.GrpHdr,
    info,
    payments,
  };
}

function assertValid(xml: string): void {
  const result = validateXmlWithXsd(xml, XSD);
  assert.ok(result.valid, result.output);
}

test('a small batch: valid against the schema, with KID and invoice number, NOK with two decimals', () => {
  const xml = pain001ToString(
    batchOf([
      payment(),
      payment({
        endToEndId: 'UTB-1-P2',
        amountOre: 5,
        creditorName: 'Sandvika Turn',
        creditorAccount: 'NO23 9041 2263 056',
        remittance: { kind: 'text', text: 'Faktura 2026-17' },
      }),
      payment({ endToEndId: 'UTB-1-P3', amountOre: 100_000_00, remittance: { kind: 'kid', kid: '036536-' } }),
    ]),
  );
  assertValid(xml);
  const file = readBack(xml);
  assert.equal(file.namespace, 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03');
  assert.equal(file.header.MsgId, 'UTB-2026-0001');
  assert.equal(file.header.CreDtTm, '2026-12-03T17:40:00+01:00');
  assert.equal(file.header.NbOfTxs, '3');
  assert.equal(file.header.CtrlSum, '100123.50');
  assert.equal(file.header.InitgPty.Nm, 'Bærum kommune');
  assert.equal(file.header.InitgPty.Id.OrgId.Othr.Id, '935478715');
  assert.equal(file.info.NbOfTxs, '3');
  assert.equal(file.info.CtrlSum, '100123.50');
  assert.equal(file.info.PmtMtd, 'TRF');
  assert.equal(file.info.ReqdExctnDt, '2026-12-07');
  assert.equal(file.info.DbtrAcct.Id.IBAN, 'NO9386011117947');
  assert.equal(file.info.DbtrAgt.FinInstnId.Othr.Id, 'NOTPROVIDED');
  assert.deepEqual(file.payments, [
    {
      endToEndId: 'UTB-1-P1',
      amount: '123.45',
      currency: 'NOK',
      name: 'Ås IL',
      iban: 'NO7112345678903',
      kid: '0365327',
      scor: 'SCOR',
    },
    {
      endToEndId: 'UTB-1-P2',
      amount: '0.05',
      currency: 'NOK',
      name: 'Sandvika Turn',
      iban: 'NO2390412263056',
      text: 'Faktura 2026-17',
    },
    {
      endToEndId: 'UTB-1-P3',
      amount: '100000.00',
      currency: 'NOK',
      name: 'Ås IL',
      iban: 'NO7112345678903',
      kid: '036536-',
      scor: 'SCOR',
    },
  ]);
  // A KID goes in structured remittance only, never also as free text.
  assert.equal(/<Ustrd>0365327<\/Ustrd>/.test(xml), false);
});

test("the debtor's bank BIC when given, and creation time in summer time", () => {
  const xml = pain001ToString(
    batchOf([payment()], {
      municipality: { ...municipality, bic: 'DNBANOKK' },
      createdAt: new Date('2026-06-30T22:15:09.999Z'),
    }),
  );
  assertValid(xml);
  const file = readBack(xml);
  assert.equal(file.info.DbtrAgt.FinInstnId.BIC, 'DNBANOKK');
  assert.equal(file.header.CreDtTm, '2026-07-01T00:15:09+02:00');
  assert.equal(osloDateTime(new Date('2026-01-15T12:00:00Z')), '2026-01-15T13:00:00+01:00');
});

test('names of 71–200 characters with æøå are cut to 70 at a character boundary and stay valid', () => {
  const letters = [...'æøåÆØÅ abcxyz-éü&<>"\''];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...letters), minLength: 71, maxLength: 200 }), (raw) => {
      const name = `Å${raw}ø`;
      const xml = pain001ToString(batchOf([payment({ creditorName: name })]));
      assertValid(xml);
      const written = readBack(xml).payments[0]?.name as string;
      assert.ok([...written].length <= NAME_MAX_LENGTH);
      assert.equal(written, toBankText(name, NAME_MAX_LENGTH));
      assert.ok(name.replace(/\s+/g, ' ').startsWith(written), written);
    }),
    { numRuns: 20 },
  );
});

test('XML special characters are escaped and read back unchanged', () => {
  const name = 'Idrettslaget <Ørn> & "Venner" \'IL\'';
  const text = 'Faktura <17> & 18';
  const xml = pain001ToString(batchOf([payment({ creditorName: name, remittance: { kind: 'text', text } })]));
  assertValid(xml);
  assert.ok(xml.includes('&amp;'));
  assert.ok(xml.includes('&lt;Ørn&gt;'));
  const back = readBack(xml).payments[0];
  assert.equal(back?.name, name);
  assert.equal(back?.text, text);
  // Text that looks like markup, even like the writer's own placeholder, stays text.
  const tricky = '<!--CdtTrfTxInf--> ]]> &amp;';
  const other = pain001ToString(
    batchOf([payment({ creditorName: tricky })], { municipality: { ...municipality, name: tricky } }),
  );
  assertValid(other);
  assert.equal(readBack(other).payments.length, 1);
  assert.equal(readBack(other).payments[0]?.name, tricky);
  assert.equal(readBack(other).header.InitgPty.Nm, tricky);
});

test('characters outside the bank character set are replaced as documented', () => {
  assert.equal(toBankText('Ås IL\tog\nVenner  ', 70), 'Ås IL og Venner');
  assert.equal(toBankText('Ｆｏｔｂａｌｌ ﬁ', 70), 'Fotball fi');
  assert.equal(toBankText('Sportsklubb 🏆', 70), 'Sportsklubb ?');
  assert.equal(toBankText('Спорт', 70), '?????');
  assert.equal(toBankText('Łódź Ørsta Ærø Å ü é ß', 70), 'Łódź Ørsta Ærø Å ü é ß');
  assert.equal(toBankText('Ca\u0301rdenas', 70), 'Cárdenas'); // composed, kept
  assert.equal(toBankText('ά', 70), '?'); // Greek, accent dropped, still not Latin
  assert.equal(toBankText('a\u0000b\u200bc', 70), 'a b c');
  // A cut never splits a surrogate pair.
  assert.equal(toBankText('😀😀😀', 2), '??');
  const xml = pain001ToString(batchOf([payment({ creditorName: 'Klubb 🏆\u0007 Спорт' })]));
  assertValid(xml);
  assert.equal(readBack(xml).payments[0]?.name, 'Klubb ? ?????');
});

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const bankAccount = digits(10)
  .map((ten) => {
    const control = bankAccountControlDigit(ten);
    return control === null ? null : `${ten}${control}`;
  })
  .filter((a): a is string => a !== null);
const remittance = fc.oneof(
  fc
    .tuple(
      digits(1).chain((d) =>
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 24 }).map((b) => d + b.slice(1)),
      ),
      fc.constantFrom('MOD10' as const, 'MOD11' as const),
    )
    .map(([body, algo]) => ({ kind: 'kid' as const, kid: makeKid(body, algo) })),
  fc
    .string({ unit: fc.constantFrom(...'Faktur 0123456789-/æøå'), minLength: 1, maxLength: 140 })
    .filter((t) => t.trim() !== '')
    .map((text) => ({ kind: 'text' as const, text })),
);
const transfer = fc.record({
  amountOre: fc.integer({ min: 1, max: 10_000_000_00 }),
  creditorName: fc
    .string({ unit: fc.constantFrom(...'abcæøåÆØÅ IL&-'), minLength: 1, maxLength: 90 })
    .filter((n) => n.trim() !== ''),
  creditorAccount: bankAccount,
  remittance,
});

test('random batches: CtrlSum is the sum to the øre, NbOfTxs the count, and the file reads back to the payments', () => {
  fc.assert(
    fc.property(fc.array(transfer, { minLength: 1, maxLength: 40 }), (transfers) => {
      const payments = transfers.map((t, i) => ({ ...t, endToEndId: `UTB-9-${i + 1}` }));
      const xml = pain001ToString(batchOf(payments));
      assertValid(xml);
      const file = readBack(xml);
      const sumOre = payments.reduce((s, p) => s + p.amountOre, 0);
      assert.equal(file.header.CtrlSum, formatOre(sumOre));
      assert.equal(file.info.CtrlSum, formatOre(sumOre));
      assert.equal(file.header.NbOfTxs, String(payments.length));
      assert.equal(file.info.NbOfTxs, String(payments.length));
      // The sum of the amounts as written, in øre, equals the inputs' sum.
      const writtenOre = file.payments.reduce((s, p) => s + Number(p.amount.replace('.', '')), 0);
      assert.equal(writtenOre, sumOre);
      assert.deepEqual(
        file.payments.map((p) => ({
          endToEndId: p.endToEndId,
          amountOre: Number(p.amount.replace('.', '')),
          name: p.name,
          iban: p.iban,
          remittance: p.kid !== undefined ? { kind: 'kid', kid: p.kid } : { kind: 'text', text: p.text },
        })),
        payments.map((p) => ({
          endToEndId: p.endToEndId,
          amountOre: p.amountOre,
          name: toBankText(p.creditorName, NAME_MAX_LENGTH),
          iban: norwegianIban(p.creditorAccount),
          remittance:
            p.remittance.kind === 'kid' ? p.remittance : { kind: 'text', text: toBankText(p.remittance.text, 140) },
        })),
      );
      for (const p of file.payments) assert.match(p.amount, /^\d+\.\d{2}$/);
    }),
    { numRuns: 25 },
  );
});

function refusal(batch: CreditTransferBatch): PaymentFileError {
  try {
    pain001ToString(batch);
  } catch (error) {
    assert.ok(error instanceof PaymentFileError, String(error));
    return error;
  }
  assert.fail('the batch was written');
}

test('an empty batch is refused', () => {
  const error = refusal(batchOf([]));
  assert.deepEqual(
    error.problems.map((p) => p.code),
    ['EMPTY_BATCH'],
  );
});

test('invalid payments are refused with a typed error listing each offending payment', () => {
  const error = refusal(
    batchOf([
      payment({ endToEndId: 'OK-1' }),
      payment({ endToEndId: 'ZERO', amountOre: 0 }),
      payment({ endToEndId: 'NEG', amountOre: -100 }),
      payment({ endToEndId: 'FRACTION', amountOre: 10.5 }),
      payment({ endToEndId: 'IBAN', creditorAccount: 'NO9486011117947' }),
      payment({ endToEndId: 'ACCOUNT', creditorAccount: '12345678904' }),
      payment({ endToEndId: 'KID', remittance: { kind: 'kid', kid: '0365328' } }),
      payment({ endToEndId: 'OK-1' }),
      payment({ endToEndId: 'X'.repeat(36) }),
      payment({ endToEndId: 'NAME', creditorName: ' \n ' }),
      payment({ endToEndId: 'TEXT', remittance: { kind: 'text', text: '  ' } }),
      payment({ endToEndId: 'OK-2' }),
    ]),
  );
  assert.deepEqual(
    error.problems.map((p) => [p.code, p.index, p.endToEndId]),
    [
      ['AMOUNT_NOT_POSITIVE', 1, 'ZERO'],
      ['AMOUNT_NOT_POSITIVE', 2, 'NEG'],
      ['AMOUNT_NOT_WHOLE_ORE', 3, 'FRACTION'],
      ['INVALID_CREDITOR_ACCOUNT', 4, 'IBAN'],
      ['INVALID_CREDITOR_ACCOUNT', 5, 'ACCOUNT'],
      ['INVALID_KID', 6, 'KID'],
      ['DUPLICATE_END_TO_END_ID', 7, 'OK-1'],
      ['INVALID_END_TO_END_ID', 8, 'X'.repeat(36)],
      ['INVALID_CREDITOR_NAME', 9, 'NAME'],
      ['INVALID_REMITTANCE_TEXT', 10, 'TEXT'],
    ],
  );
  assert.deepEqual(error.offendingPayments, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('an invalid message id, execution date, organisation number, debtor account or BIC is refused', () => {
  const error = refusal(
    batchOf([payment()], {
      messageId: '/bad//id/',
      requestedExecutionDate: '2026-02-30',
      municipality: { name: 'Bærum kommune', organisationNumber: '935478716', account: '86011117946', bic: 'DNB' },
    }),
  );
  assert.deepEqual(
    error.problems.map((p) => p.code),
    [
      'INVALID_MESSAGE_ID',
      'INVALID_EXECUTION_DATE',
      'INVALID_ORGANISATION_NUMBER',
      'INVALID_DEBTOR_ACCOUNT',
      'INVALID_BIC',
    ],
  );
  assert.throws(() => pain001Stream(batchOf([])), PaymentFileError);
});

test('a KID typed with spaces is written compact; a MOD11 KID ending in "-" is kept', () => {
  const xml = pain001ToString(
    batchOf([
      payment({ endToEndId: 'A', remittance: { kind: 'kid', kid: '2345 676' } }),
      payment({ endToEndId: 'B', remittance: { kind: 'kid', kid: '100008-' } }),
    ]),
  );
  assertValid(xml);
  assert.deepEqual(
    readBack(xml).payments.map((p) => p.kid),
    ['2345676', '100008-'],
  );
});

test('a batch of 20 000 payments is written to a file in chunks and is valid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pain001-'));
  try {
    const payments: CreditTransfer[] = [];
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const amountOre = 1 + ((i * 7919) % 500_000);
      sum += amountOre;
      payments.push(
        payment({
          endToEndId: `UTB-7-${i}`,
          amountOre,
          creditorName: `Idrettslag nr ${i} på Ørsta`,
          remittance: i % 2 === 0 ? { kind: 'kid', kid: makeKid(String(i), 'MOD10') } : { kind: 'text', text: `F${i}` },
        }),
      );
    }
    const path = join(dir, 'payout.xml');
    const summary = await writePain001File(batchOf(payments), path);
    assert.deepEqual(summary, { messageId: 'UTB-2026-0001', numberOfTransactions: 20_000, controlSumOre: sum });
    const result = validateFileWithXsd(path, XSD);
    assert.ok(result.valid, result.output.slice(0, 2000));
    const file = readBack(readFileSync(path, 'utf8'));
    assert.equal(file.payments.length, 20_000);
    assert.equal(file.header.CtrlSum, formatOre(sum));
    assert.equal(file.payments[19_999]?.endToEndId, 'UTB-7-19999');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
