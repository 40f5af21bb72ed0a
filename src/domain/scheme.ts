/**
 * The rules of a leisure-card scheme (ordning): who is eligible, how much per period, what the card may pay for,
 * and how a fee is split between the card and the family. Pure.
 */
import type { FieldError } from '../errors.ts';
import { ageOn, isIsoDate } from './age.ts';
import { overlaps, PERIOD_KINDS, type Period, type PeriodKind } from './period.ts';
import { PROVIDER_KINDS, type ProviderKind } from './provider.ts';

/** What an activity is. Drammen's card pays only for regular organised activities. */
export const ACTIVITY_KINDS = [
  'organised',
  'holiday',
  'camp',
  'tournament',
  'event',
  'experience',
  'self_organised',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What a fee is for: participation (training) fee, player licence, membership, and the optional kinds. */
export const FEE_KINDS = [
  'participation',
  'licence',
  'membership',
  'equipment',
  'cup',
  'camp',
  'event',
  'ticket',
] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export const ELIGIBILITY_KINDS = ['universal', 'means_tested'] as const;
export type Eligibility = (typeof ELIGIBILITY_KINDS)[number];

/** registered_resident: the population register (or a caseworker's confirmation) has the child living here. */
export const RESIDENCE_RULES = ['registered_resident', 'none'] as const;
export type ResidenceRule = (typeof RESIDENCE_RULES)[number];

/** Why a caseworker placed a child in a means-tested scheme. */
export const PLACEMENT_REASONS = ['low_income', 'child_welfare', 'refugee', 'health', 'other'] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export const SCHEME_LIMITS = {
  nameLength: 200,
  descriptionLength: 5000,
  /** 1 million kroner per child and period. */
  amountOre: 100_000_000,
  /** 1 000 million kroner per period. */
  budgetOre: 100_000_000_000,
  minAge: 0,
  maxAge: 25,
  minSessions: 1000,
  expiryMonths: 24,
  youthAgeFrom: 10,
  youthAgeTo: 18,
  placementNoteLength: 1000,
} as const;

/** The rules a municipality administrator sets for a scheme. */
export interface SchemeRules {
  eligibility: Eligibility;
  minAge: number;
  maxAge: number;
  residence: ResidenceRule;
  periodKind: PeriodKind;
  amountOre: number;
  activityKinds: readonly ActivityKind[];
  feeKinds: readonly FeeKind[];
  providerKinds: readonly ProviderKind[];
  /** An eligible activity meets at least this many times in its season; null: no minimum. */
  minSessions: number | null;
  /** Unspent money expires this many months after the period ends (0: at its end). */
  expiryMonths: number;
  /** From this age the youth sees and uses the card alone. */
  youthAge: number;
  /** Set aside per period. */
  budgetOre: number;
  /** First day the scheme grants. */
  startsOn: string;
  /** Last day, or null while it runs. */
  endsOn: string | null;
}

export interface SchemeInput extends SchemeRules {
  name: string;
  description: string;
}

function isIntegerBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A list of known values, each once, at least one. */
function checkList(fields: FieldError[], field: string, values: readonly string[], allowed: readonly string[]): void {
  if (values.length === 0) {
    fields.push({ field, rule: 'minItems', params: { limit: 1 } });
    return;
  }
  values.forEach((value, i) => {
    if (!allowed.includes(value))
      fields.push({ field: `${field}/${i}`, rule: 'enum', params: { allowed: allowed.join(', ') } });
    else if (values.indexOf(value) !== i) fields.push({ field: `${field}/${i}`, rule: 'duplicate' });
  });
}

/** Checks a scheme as an administrator sends it; field paths are under `prefix` (e.g. 'body'). */
export function validateScheme(input: SchemeInput, prefix = 'body'): FieldError[] {
  const fields: FieldError[] = [];
  const at = (name: string) => `${prefix}/${name}`;
  const name = input.name.trim();
  if (name.length === 0) fields.push({ field: at('name'), rule: 'minLength', params: { limit: 1 } });
  if (name.length > SCHEME_LIMITS.nameLength) {
    fields.push({ field: at('name'), rule: 'maxLength', params: { limit: SCHEME_LIMITS.nameLength } });
  }
  if (input.description.length > SCHEME_LIMITS.descriptionLength) {
    fields.push({ field: at('description'), rule: 'maxLength', params: { limit: SCHEME_LIMITS.descriptionLength } });
  }
  if (!(ELIGIBILITY_KINDS as readonly string[]).includes(input.eligibility)) {
    fields.push({ field: at('eligibility'), rule: 'enum', params: { allowed: ELIGIBILITY_KINDS.join(', ') } });
  }
  if (!(RESIDENCE_RULES as readonly string[]).includes(input.residence)) {
    fields.push({ field: at('residence'), rule: 'enum', params: { allowed: RESIDENCE_RULES.join(', ') } });
  } else if (input.eligibility === 'universal' && input.residence !== 'registered_resident') {
    // A universal scheme without a residence rule would grant to everyone the register mentions.
    fields.push({ field: at('residence'), rule: 'universalNeedsResidence' });
  }
  if (!(PERIOD_KINDS as readonly string[]).includes(input.periodKind)) {
    fields.push({ field: at('periodKind'), rule: 'enum', params: { allowed: PERIOD_KINDS.join(', ') } });
  }
  for (const key of ['minAge', 'maxAge'] as const) {
    if (!isIntegerBetween(input[key], SCHEME_LIMITS.minAge, SCHEME_LIMITS.maxAge)) {
      fields.push({ field: at(key), rule: 'range', params: { min: SCHEME_LIMITS.minAge, max: SCHEME_LIMITS.maxAge } });
    }
  }
  if (Number.isInteger(input.minAge) && Number.isInteger(input.maxAge) && input.maxAge < input.minAge) {
    fields.push({ field: at('maxAge'), rule: 'ageRange' });
  }
  if (!isIntegerBetween(input.amountOre, 1, SCHEME_LIMITS.amountOre)) {
    fields.push({ field: at('amountOre'), rule: 'range', params: { min: 1, max: SCHEME_LIMITS.amountOre } });
  }
  if (!isIntegerBetween(input.budgetOre, 0, SCHEME_LIMITS.budgetOre)) {
    fields.push({ field: at('budgetOre'), rule: 'range', params: { min: 0, max: SCHEME_LIMITS.budgetOre } });
  }
  checkList(fields, at('activityKinds'), input.activityKinds, ACTIVITY_KINDS);
  checkList(fields, at('feeKinds'), input.feeKinds, FEE_KINDS);
  checkList(fields, at('providerKinds'), input.providerKinds, PROVIDER_KINDS);
  if (input.minSessions !== null && !isIntegerBetween(input.minSessions, 1, SCHEME_LIMITS.minSessions)) {
    fields.push({ field: at('minSessions'), rule: 'range', params: { min: 1, max: SCHEME_LIMITS.minSessions } });
  }
  if (!isIntegerBetween(input.expiryMonths, 0, SCHEME_LIMITS.expiryMonths)) {
    fields.push({ field: at('expiryMonths'), rule: 'range', params: { min: 0, max: SCHEME_LIMITS.expiryMonths } });
  }
  if (!isIntegerBetween(input.youthAge, SCHEME_LIMITS.youthAgeFrom, SCHEME_LIMITS.youthAgeTo)) {
    fields.push({
      field: at('youthAge'),
      rule: 'range',
      params: { min: SCHEME_LIMITS.youthAgeFrom, max: SCHEME_LIMITS.youthAgeTo },
    });
  }
  if (!isIsoDate(input.startsOn)) fields.push({ field: at('startsOn'), rule: 'format', params: { format: 'date' } });
  if (input.endsOn !== null) {
    if (!isIsoDate(input.endsOn)) fields.push({ field: at('endsOn'), rule: 'format', params: { format: 'date' } });
    else if (isIsoDate(input.startsOn) && input.endsOn < input.startsOn) {
      fields.push({ field: at('endsOn'), rule: 'dateRange' });
    }
  }
  return fields;
}

/** Whether a scheme grants in a period: it has started by the period's end and not ended before its start. */
export function schemeInForce(scheme: Pick<SchemeRules, 'startsOn' | 'endsOn'>, period: Period): boolean {
  return scheme.startsOn <= period.end && (scheme.endsOn === null || scheme.endsOn >= period.start);
}

/** What the coverage rule needs to know about an activity. */
export interface ActivityForCoverage {
  kind: ActivityKind;
  providerKind: ProviderKind;
  sessionCount: number | null;
  seasonStart: string;
  seasonEnd: string;
}

export type CoverageRefusal =
  | 'scheme_not_in_force'
  | 'activity_kind'
  | 'provider_kind'
  | 'too_few_sessions'
  | 'season_outside_period'
  | 'fee_kind';

export type Coverage = { covered: true } | { covered: false; reason: CoverageRefusal };

/**
 * Whether a scheme's money of a period may pay a fee of a kind for an activity. The one rule for it: enrolment,
 * the wallet and the provider's payment requests all ask here. The first rule that fails is the reason.
 */
export function schemePays(
  scheme: Pick<SchemeRules, 'activityKinds' | 'feeKinds' | 'providerKinds' | 'minSessions' | 'startsOn' | 'endsOn'>,
  period: Period,
  activity: ActivityForCoverage,
  feeKind: FeeKind,
): Coverage {
  if (!schemeInForce(scheme, period)) return { covered: false, reason: 'scheme_not_in_force' };
  if (!scheme.activityKinds.includes(activity.kind)) return { covered: false, reason: 'activity_kind' };
  if (!scheme.providerKinds.includes(activity.providerKind)) return { covered: false, reason: 'provider_kind' };
  if (scheme.minSessions !== null && (activity.sessionCount === null || activity.sessionCount < scheme.minSessions)) {
    return { covered: false, reason: 'too_few_sessions' };
  }
  if (!overlaps(period, activity.seasonStart, activity.seasonEnd)) {
    return { covered: false, reason: 'season_outside_period' };
  }
  if (!scheme.feeKinds.includes(feeKind)) return { covered: false, reason: 'fee_kind' };
  return { covered: true };
}

export interface Fee {
  kind: FeeKind;
  amountOre: number;
}

export interface FeeSplit {
  /** What the card pays: the covered fees, as far as the balance holds. */
  cardOre: number;
  /** What the family pays by other means. */
  restOre: number;
  /** The part of the fees the scheme covers (the card pays it when the balance allows). */
  coveredOre: number;
}

/** Splits fees between the card and the family: the card pays what the rules allow and the balance holds. */
export function splitFees(fees: readonly Fee[], isCovered: (fee: Fee) => boolean, balanceOre: number): FeeSplit {
  if (!Number.isInteger(balanceOre) || balanceOre < 0) throw new RangeError(`not a balance: ${balanceOre}`);
  let total = 0;
  let covered = 0;
  for (const fee of fees) {
    if (!Number.isInteger(fee.amountOre) || fee.amountOre < 0) throw new RangeError(`not an amount: ${fee.amountOre}`);
    total += fee.amountOre;
    if (isCovered(fee)) covered += fee.amountOre;
  }
  const cardOre = Math.min(covered, balanceOre);
  return { cardOre, restOre: total - cardOre, coveredOre: covered };
}

/** Whether a child is within a scheme's age range on a date. */
export function withinSchemeAge(
  scheme: Pick<SchemeRules, 'minAge' | 'maxAge'>,
  birthDate: string,
  date: string,
): boolean {
  const age = ageOn(birthDate, date);
  return age >= scheme.minAge && age <= scheme.maxAge;
}

/** Whether a card holder sees and uses the card without a guardian on a date. */
export function actsAlone(scheme: Pick<SchemeRules, 'youthAge'>, birthDate: string, date: string): boolean {
  return ageOn(birthDate, date) >= scheme.youthAge;
}

/** The rules of the two real schemes in the brief, for the demo municipality and tests. */
export const EXAMPLE_SCHEMES = {
  /** Drammen: every resident child 6–18 gets 1 000 kroner per half-year for participation fees. */
  drammen: {
    name: 'Fritidskortet',
    description:
      'Alle barn og unge mellom 6 og 18 år som er folkeregistrert i kommunen får 1 000 kroner hvert halvår til ' +
      'deltakeravgift, lisens og kontingent for organiserte aktiviteter som møtes minst 8 ganger i halvåret.',
    eligibility: 'universal',
    minAge: 6,
    maxAge: 18,
    residence: 'registered_resident',
    periodKind: 'half_year',
    amountOre: 100_000,
    activityKinds: ['organised'],
    feeKinds: ['participation', 'licence', 'membership'],
    providerKinds: ['voluntary', 'municipal', 'commercial', 'private'],
    minSessions: 8,
    expiryMonths: 0,
    youthAge: 15,
    budgetOre: 1_460_000_000,
    startsOn: '2026-01-01',
    endsOn: null,
  },
  /** Sandefjord: children 2–18 in low-income families, placed by NAV and partners, for a calendar year. */
  sandefjord: {
    name: 'Opplevelseskortet',
    description:
      'For barn og unge mellom 2 og 18 år i familier med lav inntekt. NAV, helsesykepleier, skole, barnehage og ' +
      'barnevern tildeler kortet. Det gjelder et kalenderår og dekker kontingent, utstyr, cuper og arrangementer ' +
      'for én aktivitet, og gratisbilletter.',
    eligibility: 'means_tested',
    minAge: 2,
    maxAge: 18,
    residence: 'registered_resident',
    periodKind: 'calendar_year',
    amountOre: 300_000,
    activityKinds: ['organised', 'tournament', 'event', 'experience', 'camp'],
    feeKinds: ['participation', 'licence', 'membership', 'equipment', 'cup', 'event', 'ticket'],
    providerKinds: ['voluntary', 'municipal', 'commercial', 'private'],
    minSessions: null,
    expiryMonths: 0,
    youthAge: 15,
    budgetOre: 200_000_000,
    startsOn: '2026-01-01',
    endsOn: null,
  },
} as const satisfies Record<string, SchemeInput>;
