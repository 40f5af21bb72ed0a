import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type PayingCard, placeFor, planPayment, refundOnCancel } from './enrolment.ts';
import { FEE_KINDS, type Fee, type FeeKind } from './scheme.ts';

const fees = fc.array(
  fc.record({ kind: fc.constantFrom(...FEE_KINDS), amountOre: fc.integer({ min: 0, max: 500_000 }) }),
  { maxLength: 5 },
);
const cards = fc.array(
  fc.record({
    accountId: fc.uuid(),
    balanceOre: fc.integer({ min: 0, max: 400_000 }),
    expiresOn: fc.constantFrom('2026-06-30', '2026-12-31', '2027-02-28'),
    kinds: fc.subarray([...FEE_KINDS]),
  }),
  { maxLength: 3 },
);
const asCards = (
  list: { accountId: string; balanceOre: number; expiresOn: string; kinds: FeeKind[] }[],
): PayingCard[] => list.map((c) => ({ ...c, covers: (fee: Fee) => c.kinds.includes(fee.kind) }));

test('the cards and the family together pay every fee to the øre; no card pays beyond its balance or its scheme', () => {
  fc.assert(
    fc.property(fees, cards, (feeList, cardList) => {
      const unique = cardList.filter((c, i) => cardList.findIndex((d) => d.accountId === c.accountId) === i);
      const plan = planPayment(feeList, asCards(unique));
      const total = feeList.reduce((s, f) => s + f.amountOre, 0);
      assert.equal(plan.totalOre, total);
      assert.equal(plan.cardOre + plan.restOre, total);
      assert.equal(
        plan.fromCards.reduce((s, c) => s + c.amountOre, 0),
        plan.cardOre,
      );
      for (const paid of plan.fromCards) {
        const card = unique.find((c) => c.accountId === paid.accountId);
        assert.ok(card);
        assert.ok(paid.amountOre > 0 && paid.amountOre <= card.balanceOre);
        // A card pays at most what its scheme covers of the fees.
        const coverable = feeList.filter((f) => card.kinds.includes(f.kind)).reduce((s, f) => s + f.amountOre, 0);
        assert.ok(paid.amountOre <= coverable);
      }
      // What no card covers is always the family's.
      const uncovered = feeList
        .filter((f) => !unique.some((c) => c.kinds.includes(f.kind)))
        .reduce((s, f) => s + f.amountOre, 0);
      assert.ok(plan.restOre >= uncovered);
      // With enough money on covering cards, the family pays only the uncovered part.
      const rich = planPayment(feeList, asCards(unique.map((c) => ({ ...c, balanceOre: 10_000_000 }))));
      assert.equal(rich.restOre, uncovered);
    }),
  );
});

test('the card whose money expires first pays first', () => {
  const covers = () => true;
  const plan = planPayment(
    [{ kind: 'participation', amountOre: 150_000 }],
    [
      { accountId: 'b', balanceOre: 100_000, expiresOn: '2026-12-31', covers },
      { accountId: 'a', balanceOre: 100_000, expiresOn: '2026-06-30', covers },
    ],
  );
  assert.deepEqual(plan.fromCards, [
    { accountId: 'a', amountOre: 100_000 },
    { accountId: 'b', amountOre: 50_000 },
  ]);
  assert.equal(plan.restOre, 0);
});

test('a place, a place in the queue, or full; a refund until the season starts', () => {
  assert.equal(placeFor({ capacity: null, waitingList: false }, 1000), 'place');
  assert.equal(placeFor({ capacity: 20, waitingList: false }, 19), 'place');
  assert.equal(placeFor({ capacity: 20, waitingList: false }, 20), 'full');
  assert.equal(placeFor({ capacity: 20, waitingList: true }, 20), 'waiting');
  assert.equal(refundOnCancel('until_season_start', '2026-08-20', '2026-08-19'), true);
  assert.equal(refundOnCancel('until_season_start', '2026-08-20', '2026-08-20'), false);
  assert.equal(refundOnCancel('none', '2026-08-20', '2026-01-01'), false);
});
