import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { makeKid } from './kid.ts';
import {
  familyStatus,
  isOverdue,
  PAYMENT_REQUEST_STATUSES,
  payableNow,
  providerStatus,
  validateRequest,
  withdrawableNow,
} from './payment-request.ts';

const TODAY = '2026-09-01';
const ok = { feeKind: 'participation', amountOre: 50_000, dueDate: '2026-09-15' };

const date = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

test('overdue: open or being paid, past the due date; the due date itself is not overdue', () => {
  assert.equal(isOverdue('open', '2026-09-01', '2026-09-01'), false);
  assert.equal(isOverdue('open', '2026-09-01', '2026-09-02'), true);
  assert.equal(isOverdue('paying', '2026-09-01', '2026-09-02'), true);
  assert.equal(isOverdue('paid', '2026-09-01', '2026-09-02'), false);
  assert.equal(isOverdue('withdrawn', '2026-09-01', '2026-09-02'), false);
});

test('the provider never sees a payment in progress, and sees paid and withdrawn whatever the date', () => {
  fc.assert(
    fc.property(fc.constantFrom(...PAYMENT_REQUEST_STATUSES), date, date, (status, due, today) => {
      const shown = providerStatus(status, due, today);
      assert.notEqual(shown as string, 'paying');
      if (status === 'paid' || status === 'withdrawn') assert.equal(shown, status);
      else assert.equal(shown, today > due ? 'overdue' : 'open');
      const family = familyStatus(status, due, today);
      if (status === 'paying') assert.equal(family, 'paying');
      else assert.equal(family, shown);
    }),
  );
});

test('only an open request can be paid or withdrawn', () => {
  for (const status of PAYMENT_REQUEST_STATUSES) {
    assert.equal(payableNow(status), status === 'open');
    assert.equal(withdrawableNow(status), status === 'open');
  }
});

test('valid terms pass and are normalised (a KID typed with spaces)', () => {
  const kid = makeKid('1234567', 'MOD10');
  const result = validateRequest(
    { ...ok, description: '  Treningsavgift høst ', kid: `${kid.slice(0, 3)} ${kid.slice(3)}` },
    TODAY,
  );
  assert.deepEqual(result.terms, {
    feeKind: 'participation',
    amountOre: 50_000,
    dueDate: '2026-09-15',
    description: 'Treningsavgift høst',
    invoiceNumber: null,
    kid,
  });
  assert.equal(
    validateRequest({ ...ok, dueDate: TODAY, invoiceNumber: 'F-2026-17' }, TODAY).terms?.invoiceNumber,
    'F-2026-17',
  );
});

test('an amount that is not a positive whole number of øre is refused', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.integer({ max: 0 }),
        fc.double({ noNaN: false }).filter((n) => !Number.isSafeInteger(n)),
      ),
      (amountOre) => {
        const result = validateRequest({ ...ok, amountOre }, TODAY);
        assert.equal(result.terms, undefined);
        assert.ok(result.fields.some((f) => f.field === 'body/amountOre'));
      },
    ),
  );
  assert.equal(validateRequest({ ...ok, amountOre: 10_000_001 }, TODAY).fields[0]?.rule, 'maximum');
});

test('a KID whose control digit is wrong is refused; any valid MOD10 or MOD11 KID passes', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[0-9]{1,23}$/),
      fc.constantFrom('MOD10' as const, 'MOD11' as const),
      (body, alg) => {
        const kid = makeKid(body, alg);
        assert.equal(validateRequest({ ...ok, kid }, TODAY).terms?.kid, kid);
      },
    ),
  );
  const bad = validateRequest({ ...ok, kid: '2345674' }, TODAY);
  assert.deepEqual(bad.fields, [{ field: 'body/kid', rule: 'kid' }]);
  assert.equal(validateRequest({ ...ok, kid: 'abc' }, TODAY).fields[0]?.rule, 'kid');
});

test('an invoice number and a KID together, an unknown fee kind, a past or far due date are refused', () => {
  assert.equal(validateRequest({ ...ok, kid: '2345676', invoiceNumber: '17' }, TODAY).fields[0]?.rule, 'kidOrInvoice');
  assert.equal(validateRequest({ ...ok, feeKind: 'cinema' }, TODAY).fields[0]?.field, 'body/feeKind');
  assert.equal(validateRequest({ ...ok, dueDate: '2026-08-31' }, TODAY).fields[0]?.rule, 'range');
  assert.equal(validateRequest({ ...ok, dueDate: '2027-09-03' }, TODAY).fields[0]?.rule, 'range');
  assert.equal(validateRequest({ ...ok, dueDate: '2026-02-30' }, TODAY).fields[0]?.rule, 'format');
  assert.equal(validateRequest({ ...ok, description: 'x'.repeat(201) }, TODAY).fields[0]?.rule, 'maxLength');
});
