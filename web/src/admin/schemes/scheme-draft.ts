/**
 * A scheme as its form holds it (text as typed, kroner instead of øre) and the way to the API's input. Pure, so it
 * is unit tested without a browser.
 */
import type {
  ActivityKind,
  Eligibility,
  FeeKind,
  PeriodKind,
  ResidenceRule,
  Scheme,
  SchemeInput,
  SchemeProviderKind,
} from '../../api/cards.ts';

/** The server's limits. */
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
/** 1 million kroner per child and period. */
export const AMOUNT_MAX_KRONER = 1_000_000;
/** 1 000 million kroner per period. */
export const BUDGET_MAX_KRONER = 1_000_000_000;

export type Field =
  | 'name'
  | 'description'
  | 'eligibility'
  | 'minAge'
  | 'maxAge'
  | 'residence'
  | 'youthAge'
  | 'periodKind'
  | 'amount'
  | 'expiryMonths'
  | 'budget'
  | 'startsOn'
  | 'endsOn'
  | 'activityKinds'
  | 'feeKinds'
  | 'providerKinds'
  | 'minSessions';

export interface Draft {
  name: string;
  description: string;
  eligibility: Eligibility;
  minAge: string;
  maxAge: string;
  residence: ResidenceRule;
  youthAge: string;
  periodKind: PeriodKind;
  amount: string;
  expiryMonths: string;
  budget: string;
  startsOn: string;
  endsOn: string;
  activityKinds: ActivityKind[];
  feeKinds: FeeKind[];
  providerKinds: SchemeProviderKind[];
  minSessions: string;
}

/** Øre as kroner the way people type them: "1000", "1000,50". */
export function kronerText(ore: number): string {
  return ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2).replace('.', ',');
}

export function draftOf(scheme: Scheme | undefined, today: string): Draft {
  if (!scheme) {
    return {
      name: '',
      description: '',
      eligibility: 'universal',
      minAge: '6',
      maxAge: '18',
      residence: 'registered_resident',
      youthAge: '15',
      periodKind: 'half_year',
      amount: '',
      expiryMonths: '0',
      budget: '',
      startsOn: today,
      endsOn: '',
      activityKinds: ['organised'],
      feeKinds: ['participation', 'licence', 'membership'],
      providerKinds: ['voluntary', 'municipal', 'commercial', 'private'],
      minSessions: '',
    };
  }
  return {
    name: scheme.name,
    description: scheme.description,
    eligibility: scheme.eligibility,
    minAge: String(scheme.minAge),
    maxAge: String(scheme.maxAge),
    residence: scheme.residence,
    youthAge: String(scheme.youthAge),
    periodKind: scheme.periodKind,
    amount: kronerText(scheme.amountOre),
    expiryMonths: String(scheme.expiryMonths),
    budget: kronerText(scheme.budgetOre),
    startsOn: scheme.startsOn,
    endsOn: scheme.endsOn ?? '',
    activityKinds: [...scheme.activityKinds],
    feeKinds: [...scheme.feeKinds],
    providerKinds: [...scheme.providerKinds],
    minSessions: scheme.minSessions === null ? '' : String(scheme.minSessions),
  };
}

/**
 * Kroner as typed ("1 000", "1000,50", "1000.5") in øre; NaN when it is not an amount. Spaces between thousands
 * (also the no-break spaces a copied amount has) are allowed.
 */
export function parseKroner(value: string): number {
  const text = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr|NOK)$/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 100);
}

/** A whole number as typed; NaN when it is not one. */
export function parseWhole(value: string): number {
  const text = value.trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

export type Problem = 'required' | 'whole' | 'amount' | 'budget' | 'date' | 'choose';

/**
 * The API's input from the draft, or what is wrong with the fields that must be right before sending: required
 * fields, whole numbers, amounts in kroner, dates. The rules between fields (ages, limits) are the server's.
 */
export function inputOf(draft: Draft): { input: SchemeInput; problems: Partial<Record<Field, Problem>> } {
  const problems: Partial<Record<Field, Problem>> = {};
  const whole = (field: 'minAge' | 'maxAge' | 'youthAge' | 'expiryMonths') => {
    const text = draft[field].trim();
    if (!text) problems[field] = 'required';
    else if (Number.isNaN(parseWhole(text))) problems[field] = 'whole';
    return parseWhole(text);
  };
  if (!draft.name.trim()) problems.name = 'required';
  const minAge = whole('minAge');
  const maxAge = whole('maxAge');
  const youthAge = whole('youthAge');
  const expiryMonths = whole('expiryMonths');

  const amountOre = parseKroner(draft.amount);
  if (!draft.amount.trim()) problems.amount = 'required';
  else if (Number.isNaN(amountOre) || amountOre < 1 || amountOre > AMOUNT_MAX_KRONER * 100) problems.amount = 'amount';
  const budgetOre = parseKroner(draft.budget);
  if (!draft.budget.trim()) problems.budget = 'required';
  else if (Number.isNaN(budgetOre) || budgetOre > BUDGET_MAX_KRONER * 100) problems.budget = 'budget';

  const minSessionsText = draft.minSessions.trim();
  const minSessions = minSessionsText ? parseWhole(minSessionsText) : null;
  if (minSessions !== null && Number.isNaN(minSessions)) problems.minSessions = 'whole';

  const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!draft.startsOn) problems.startsOn = 'required';
  else if (!isDate(draft.startsOn)) problems.startsOn = 'date';
  if (draft.endsOn && !isDate(draft.endsOn)) problems.endsOn = 'date';

  if (draft.activityKinds.length === 0) problems.activityKinds = 'choose';
  if (draft.feeKinds.length === 0) problems.feeKinds = 'choose';
  if (draft.providerKinds.length === 0) problems.providerKinds = 'choose';

  return {
    input: {
      name: draft.name.trim(),
      description: draft.description.trim(),
      eligibility: draft.eligibility,
      minAge,
      maxAge,
      residence: draft.residence,
      periodKind: draft.periodKind,
      amountOre,
      activityKinds: draft.activityKinds,
      feeKinds: draft.feeKinds,
      providerKinds: draft.providerKinds,
      minSessions,
      expiryMonths,
      youthAge,
      budgetOre,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn || null,
    },
    problems,
  };
}

const SERVER_FIELDS: Record<string, Field> = { amountOre: 'amount', budgetOre: 'budget' };
const FIELDS = new Set<string>([
  'name',
  'description',
  'eligibility',
  'minAge',
  'maxAge',
  'residence',
  'youthAge',
  'periodKind',
  'expiryMonths',
  'startsOn',
  'endsOn',
  'activityKinds',
  'feeKinds',
  'providerKinds',
  'minSessions',
]);

/** The form's field for the server's field name (`activityKinds/2` is the list's; `amountOre` is `amount`). */
export function fieldOf(name: string): Field | undefined {
  const first = name.split('/')[0] ?? '';
  if (first in SERVER_FIELDS) return SERVER_FIELDS[first];
  return FIELDS.has(first) ? (first as Field) : undefined;
}

/** Adds or takes away one choice of a list, keeping the order of all the choices. */
export function toggle<T extends string>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const chosen = new Set(list);
  if (on) chosen.add(value);
  else chosen.delete(value);
  return order.filter((item) => chosen.has(item));
}
