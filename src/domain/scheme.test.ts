import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { periodContaining } from './period.ts';
import { PROVIDER_KINDS } from './provider.ts';
import {
  ACTIVITY_KINDS,
  type ActivityForCoverage,
  EXAMPLE_SCHEMES,
  FEE_KINDS,
  type Fee,
  type SchemeInput,
  schemePays,
  splitFees,
  validateScheme,
} from './scheme.ts';

const subsetOf = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const schemeRules = fc.record({
  activityKinds: subsetOf(ACTIVITY_KINDS),
  feeKinds: subsetOf(FEE_KINDS),
  providerKinds: subsetOf(PROVIDER_KINDS),
  minSessions: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  startsOn: isoDate,
  endsOn: fc.option(isoDate, { nil: null }),
});

const activity: fc.Arbitrary<ActivityForCoverage> = fc
  .record({
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    providerKind: fc.constantFrom(...PROVIDER_KINDS),
    sessionCount: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    seasonStart: isoDate,
    days: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ days, seasonStart, ...rest }) => {
    const end = new Date(`${seasonStart}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    return { ...rest, seasonStart, seasonEnd: end.toISOString().slice(0, 10) };
  });

const period = fc
  .tuple(fc.constantFrom('half_year', 'calendar_year' as const), isoDate)
  .map(([kind, date]) => periodContaining(kind, date));

test('a fee is covered exactly when every rule of the scheme holds', () => {
  fc.assert(
    fc.property(schemeRules, period, activity, fc.constantFrom(...FEE_KINDS), (scheme, p, a, fee) => {
      const expected =
        scheme.startsOn <= p.end &&
        (scheme.endsOn === null || scheme.endsOn >= p.start) &&
        scheme.activityKinds.includes(a.kind) &&
        scheme.providerKinds.includes(a.providerKind) &&
        (scheme.minSessions === null || (a.sessionCount !== null && a.sessionCount >= scheme.minSessions)) &&
        a.seasonStart <= p.end &&
        a.seasonEnd >= p.start &&
        scheme.feeKinds.includes(fee);
      assert.equal(schemePays(scheme, p, a, fee).covered, expected);
    }),
  );
});

test('allowing more kinds never refuses what was covered; a higher session minimum never covers more', () => {
  fc.assert(
    fc.property(
      schemeRules,
      period,
      activity,
      fc.constantFrom(...FEE_KINDS),
      fc.constantFrom(...ACTIVITY_KINDS),
      fc.constantFrom(...FEE_KINDS),
      fc.integer({ min: 1, max: 20 }),
      (scheme, p, a, fee, extraActivity, extraFee, more) => {
        const before = schemePays(scheme, p, a, fee).covered;
        const wider = {
          ...scheme,
          activityKinds: [...new Set([...scheme.activityKinds, extraActivity])],
          feeKinds: [...new Set([...scheme.feeKinds, extraFee])],
        };
        if (before) assert.equal(schemePays(wider, p, a, fee).covered, true);
        const stricter = { ...scheme, minSessions: (scheme.minSessions ?? 0) + more };
        if (schemePays(stricter, p, a, fee).covered) assert.equal(before, true);
      },
    ),
  );
});

test("Drammen's card pays a football club's training fee, not a camp, a cinema ticket or a 6-session course", () => {
  const drammen = EXAMPLE_SCHEMES.drammen;
  const autumn = periodContaining('half_year', '2026-08-20');
  const football: ActivityForCoverage = {
    kind: 'organised',
    providerKind: 'voluntary',
    sessionCount: 30,
    seasonStart: '2026-08-15',
    seasonEnd: '2026-12-10',
  };
  assert.deepEqual(schemePays(drammen, autumn, football, 'participation'), { covered: true });
  assert.deepEqual(schemePays(drammen, autumn, football, 'licence'), { covered: true });
  assert.deepEqual(schemePays(drammen, autumn, football, 'equipment'), { covered: false, reason: 'fee_kind' });
  assert.deepEqual(schemePays(drammen, autumn, { ...football, kind: 'camp' }, 'participation'), {
    covered: false,
    reason: 'activity_kind',
  });
  assert.deepEqual(schemePays(drammen, autumn, { ...football, kind: 'experience' }, 'ticket'), {
    covered: false,
    reason: 'activity_kind',
  });
  assert.deepEqual(schemePays(drammen, autumn, { ...football, sessionCount: 6 }, 'participation'), {
    covered: false,
    reason: 'too_few_sessions',
  });
  assert.deepEqual(
    schemePays(drammen, autumn, { ...football, seasonStart: '2027-01-10', seasonEnd: '2027-05-01' }, 'participation'),
    { covered: false, reason: 'season_outside_period' },
  );
  const sandefjord = EXAMPLE_SCHEMES.sandefjord;
  const year = periodContaining('calendar_year', '2026-08-20');
  assert.deepEqual(schemePays(sandefjord, year, football, 'equipment'), { covered: true });
  assert.deepEqual(schemePays(sandefjord, year, { ...football, kind: 'tournament' }, 'cup'), { covered: true });
});

const fees = fc.array(
  fc.record({ kind: fc.constantFrom(...FEE_KINDS), amountOre: fc.integer({ min: 0, max: 2_000_000 }) }),
  { maxLength: 6 },
);

test('the card pays the covered fees as far as the balance holds; the family pays the rest, to the øre', () => {
  fc.assert(
    fc.property(fees, subsetOf(FEE_KINDS), fc.integer({ min: 0, max: 5_000_000 }), (list, coveredKinds, balance) => {
      const covered = (fee: Fee) => coveredKinds.includes(fee.kind);
      const split = splitFees(list, covered, balance);
      const total = list.reduce((sum, f) => sum + f.amountOre, 0);
      const coveredSum = list.filter(covered).reduce((sum, f) => sum + f.amountOre, 0);
      assert.equal(split.cardOre + split.restOre, total);
      assert.ok(split.cardOre <= balance);
      assert.ok(split.cardOre <= coveredSum);
      assert.ok(split.restOre >= total - coveredSum);
      assert.equal(split.cardOre, Math.min(balance, coveredSum));
      assert.ok(Number.isInteger(split.cardOre) && Number.isInteger(split.restOre));
    }),
  );
  assert.throws(() => splitFees([], () => true, -1), RangeError);
  assert.throws(() => splitFees([{ kind: 'licence', amountOre: 10.5 }], () => true, 100), RangeError);
});

test('the schemes of Drammen and Sandefjord are valid; bad rules are refused field by field', () => {
  assert.deepEqual(validateScheme(EXAMPLE_SCHEMES.drammen), []);
  assert.deepEqual(validateScheme(EXAMPLE_SCHEMES.sandefjord), []);
  const bad: SchemeInput = {
    ...EXAMPLE_SCHEMES.drammen,
    name: '  ',
    minAge: 12,
    maxAge: 8,
    amountOre: 0,
    activityKinds: [],
    feeKinds: ['participation', 'participation'],
    providerKinds: ['club' as never],
    minSessions: 0,
    expiryMonths: 1.5,
    youthAge: 25,
    residence: 'none',
    startsOn: '2026-02-30',
    endsOn: '2025-01-01',
  };
  const rules = Object.fromEntries(validateScheme(bad).map((f) => [f.field, f.rule]));
  assert.deepEqual(rules, {
    'body/name': 'minLength',
    'body/maxAge': 'ageRange',
    'body/amountOre': 'range',
    'body/activityKinds': 'minItems',
    'body/feeKinds/1': 'duplicate',
    'body/providerKinds/0': 'enum',
    'body/minSessions': 'range',
    'body/expiryMonths': 'range',
    'body/youthAge': 'range',
    'body/residence': 'universalNeedsResidence',
    'body/startsOn': 'format',
  });
});
