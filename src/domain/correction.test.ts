import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { amountFields, corrects, mayApprove, reasonFields } from './correction.ts';
import { ACCOUNT_KINDS, TRANSFER_REASONS } from './ledger.ts';

test('each kind corrects only its own kind of transfer', () => {
  const payment = { reason: 'payment', debitKind: 'card', creditKind: 'provider_payable' } as const;
  const familyPayment = { reason: 'payment', debitKind: 'payment_clearing', creditKind: 'provider_payable' } as const;
  const expiry = { reason: 'expiry', debitKind: 'card', creditKind: 'scheme_budget' } as const;
  const grant = { reason: 'grant', debitKind: 'scheme_budget', creditKind: 'card' } as const;
  assert.equal(corrects('reverse_payment', payment), true);
  assert.equal(corrects('reverse_payment', familyPayment), false, 'the family’s money is refunded, not reversed');
  assert.equal(corrects('move_payment', familyPayment), true);
  assert.equal(corrects('recredit_card', expiry), true);
  for (const kind of ['reverse_payment', 'recredit_card', 'move_payment'] as const) {
    assert.equal(corrects(kind, grant), false);
  }
  fc.assert(
    fc.property(
      fc.constantFrom(...TRANSFER_REASONS),
      fc.constantFrom(...ACCOUNT_KINDS),
      fc.constantFrom(...ACCOUNT_KINDS),
      (reason, debitKind, creditKind) => {
        const t = { reason, debitKind, creditKind };
        if (corrects('reverse_payment', t) || corrects('move_payment', t)) assert.equal(reason, 'payment');
        if (corrects('recredit_card', t)) assert.equal(reason, 'expiry');
      },
    ),
  );
});

test('a correction is at most what is left of the transfer it corrects', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (amount, left) => {
      const fields = amountFields(amount, left);
      assert.equal(fields.length === 0, amount <= left);
    }),
  );
});

test('four eyes: the preparer cannot approve, and nothing is approved twice', () => {
  assert.equal(mayApprove({ preparedBy: 'a', status: 'prepared' }, 'b'), true);
  assert.equal(mayApprove({ preparedBy: 'a', status: 'prepared' }, 'a'), false);
  assert.equal(mayApprove({ preparedBy: 'a', status: 'approved' }, 'b'), false);
});

test('a reason is required and bounded', () => {
  assert.equal(reasonFields('  ')[0]?.rule, 'required');
  assert.equal(reasonFields('x'.repeat(501))[0]?.rule, 'maxLength');
  assert.deepEqual(reasonFields('Betalt til feil lag'), []);
});
