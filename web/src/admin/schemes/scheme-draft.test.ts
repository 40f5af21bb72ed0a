import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scheme } from '../../api/cards.ts';
import { draftOf, fieldOf, inputOf, kronerText, parseKroner, toggle } from './scheme-draft.ts';

const sandefjord: Scheme = {
  id: 's1',
  name: 'Opplevelseskortet',
  description: 'For barn og unge.',
  eligibility: 'means_tested',
  minAge: 2,
  maxAge: 18,
  residence: 'registered_resident',
  periodKind: 'calendar_year',
  amountOre: 300_000,
  activityKinds: ['organised', 'event'],
  feeKinds: ['participation', 'ticket'],
  providerKinds: ['voluntary'],
  minSessions: null,
  expiryMonths: 0,
  youthAge: 15,
  budgetOre: 200_000_050,
  startsOn: '2026-01-01',
  endsOn: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  currentPeriod: null,
};

test('kroner are typed with spaces, a comma or a point, and become øre', () => {
  assert.equal(parseKroner('1000'), 100_000);
  assert.equal(parseKroner('1 000'), 100_000);
  assert.equal(parseKroner('1\u00a0000 kr'), 100_000);
  assert.equal(parseKroner('1000,5'), 100_050);
  assert.equal(parseKroner('1000.05'), 100_005);
  assert.ok(Number.isNaN(parseKroner('')));
  assert.ok(Number.isNaN(parseKroner('-5')));
  assert.ok(Number.isNaN(parseKroner('12,345')));
  assert.equal(kronerText(100_000), '1000');
  assert.equal(kronerText(100_050), '1000,50');
});

test('a scheme goes into the form and back unchanged', () => {
  const { input, problems } = inputOf(draftOf(sandefjord, '2026-12-03'));
  assert.deepEqual(problems, {});
  const { id, createdAt, updatedAt, currentPeriod, ...rules } = sandefjord;
  assert.deepEqual(input, rules);
});

test('a new scheme starts today with Drammen-like choices, and says what is missing', () => {
  const draft = draftOf(undefined, '2026-12-03');
  assert.equal(draft.startsOn, '2026-12-03');
  const { problems } = inputOf({ ...draft, maxAge: 'atten', minSessions: '8,5', activityKinds: [] });
  assert.deepEqual(problems, {
    name: 'required',
    maxAge: 'whole',
    amount: 'required',
    budget: 'required',
    minSessions: 'whole',
    activityKinds: 'choose',
  });
  assert.equal(inputOf({ ...draft, amount: '0' }).problems.amount, 'amount');
  assert.equal(inputOf({ ...draft, amount: '1000001' }).problems.amount, 'amount');
});

test("the server's field names lead to the form's fields", () => {
  assert.equal(fieldOf('amountOre'), 'amount');
  assert.equal(fieldOf('budgetOre'), 'budget');
  assert.equal(fieldOf('activityKinds/2'), 'activityKinds');
  assert.equal(fieldOf('youthAge'), 'youthAge');
  assert.equal(fieldOf('id'), undefined);
});

test('a choice keeps the order of the list', () => {
  assert.deepEqual(toggle(['c', 'a'], 'b', true, ['a', 'b', 'c']), ['a', 'b', 'c']);
  assert.deepEqual(toggle(['a', 'b'], 'a', false, ['a', 'b', 'c']), ['b']);
});
