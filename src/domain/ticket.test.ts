import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  claimRefusal,
  formatCode,
  generateCode,
  normaliseCode,
  type OfferRules,
  printedToken,
  readToken,
  rotatingToken,
  suppressed,
  TOKEN_STEP_SECONDS,
} from './ticket.ts';

const KEY = Buffer.alloc(32, 7);
const STEP = TOKEN_STEP_SECONDS * 1000;
const uuid = fc.uuid({ version: 4 });
const time = fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 });

test('the code alphabet has no look-alike characters', () => {
  for (const ch of '0O1IL2Z5S8BGQ') assert.ok(!CODE_ALPHABET.includes(ch), ch);
  assert.equal(new Set(CODE_ALPHABET).size, CODE_ALPHABET.length);
});

test('a generated code is read back from how it is shown and typed', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: CODE_LENGTH, maxLength: CODE_LENGTH }), (draws) => {
      let i = 0;
      const code = generateCode((n) => (draws[i++] ?? 0) % n);
      assert.equal(code.length, CODE_LENGTH);
      assert.equal(normaliseCode(formatCode(code)), code);
      assert.equal(normaliseCode(` ${formatCode(code).toLowerCase()} `), code);
    }),
  );
  assert.equal(normaliseCode('ABC-DEF-GHI'), undefined, 'B, G and I are not in the alphabet');
  assert.equal(normaliseCode('ACD-EFH'), undefined);
  assert.notEqual(generateCode(randomInt), generateCode(randomInt));
});

test('a rotating token is accepted in its own and the next time step, then is stale', () => {
  fc.assert(
    fc.property(uuid, time, (id, at) => {
      const token = rotatingToken(KEY, id, at);
      assert.deepEqual(readToken(KEY, token, at), { kind: 'ticket', ticketId: id });
      assert.deepEqual(readToken(KEY, token, at + STEP), { kind: 'ticket', ticketId: id });
      assert.deepEqual(readToken(KEY, token, at + 2 * STEP), { kind: 'stale', ticketId: id });
      assert.deepEqual(readToken(KEY, token, at - 2 * STEP), { kind: 'invalid' }, 'not from the future');
    }),
  );
});

test('a token changed anywhere, or signed with another key, is invalid', () => {
  fc.assert(
    fc.property(uuid, time, fc.nat(), fc.constantFrom(...'abcdefABCDEF0123456789.-_'), (id, at, pos, ch) => {
      for (const token of [rotatingToken(KEY, id, at), printedToken(KEY, id)]) {
        const i = pos % token.length;
        if (token[i] === ch) return;
        const altered = token.slice(0, i) + ch + token.slice(i + 1);
        assert.equal(readToken(KEY, altered, at).kind, 'invalid', altered);
      }
      assert.equal(readToken(Buffer.alloc(32, 8), rotatingToken(KEY, id, at), at).kind, 'invalid');
      assert.equal(readToken(Buffer.alloc(32, 8), printedToken(KEY, id), at).kind, 'invalid');
    }),
  );
});

const OFFER: OfferRules = {
  quantity: 10,
  claimed: 0,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  minAge: 6,
  maxAge: 18,
  perChildLimit: 2,
  allocation: 'both',
};
const CLAIM = {
  source: 'claim' as const,
  birthDate: '2016-05-05',
  date: '2026-06-01',
  heldByChild: 0,
  eligible: true,
};

test('claim rules', () => {
  assert.equal(claimRefusal(OFFER, CLAIM), undefined);
  assert.equal(claimRefusal({ ...OFFER, claimed: 10 }, CLAIM), 'TICKET_OFFER_EMPTY');
  assert.equal(claimRefusal(OFFER, { ...CLAIM, heldByChild: 2 }), 'TICKET_LIMIT_REACHED');
  assert.equal(claimRefusal(OFFER, { ...CLAIM, eligible: false }), 'TICKET_NOT_ELIGIBLE');
  assert.equal(claimRefusal(OFFER, { ...CLAIM, birthDate: '2021-01-01' }), 'TICKET_NOT_ELIGIBLE');
  assert.equal(claimRefusal(OFFER, { ...CLAIM, date: '2027-01-01' }), 'TICKET_OFFER_CLOSED');
  assert.equal(claimRefusal({ ...OFFER, allocation: 'caseworkers' }, CLAIM), 'TICKET_ALLOCATION_ONLY');
  assert.equal(
    claimRefusal({ ...OFFER, allocation: 'families' }, { ...CLAIM, source: 'allocation' }),
    'TICKET_CLAIM_ONLY',
  );
  fc.assert(
    fc.property(fc.nat(30), fc.nat(30), fc.nat(5), (quantity, claimed, held) => {
      const refusal = claimRefusal({ ...OFFER, quantity, claimed }, { ...CLAIM, heldByChild: held });
      // A claim is allowed only with a ticket left and the child under the limit.
      assert.equal(refusal === undefined, claimed < quantity && held < OFFER.perChildLimit);
    }),
  );
});

test('small counts are hidden', () => {
  assert.equal(suppressed(0, 5), 0);
  assert.equal(suppressed(4, 5), null);
  assert.equal(suppressed(5, 5), 5);
  fc.assert(
    fc.property(fc.nat(1000), fc.integer({ min: 1, max: 50 }), (n, threshold) => {
      const shown = suppressed(n, threshold);
      assert.ok(shown === null ? n > 0 && n < threshold : shown === n);
    }),
  );
});
