/**
 * The activity editor's form state and its conversion to and from the API. Every field is kept as typed (text),
 * and turned into the API's types only when saving: ages and session counts as whole numbers, the price in
 * kroner as whole øre. Pure, no DOM.
 */
import type { ActivityCategory, ActivityInput, ProviderActivity, SpokenLanguage } from '../../api/providers.ts';

export interface ScheduleRow {
  weekday: string;
  start: string;
  end: string;
}

/** One line of the price as typed: a kind of fee and an amount in kroner. */
export interface FeeRow {
  kind: string;
  amount: string;
}

export type FeeKind = NonNullable<ActivityInput['fees']>[number]['kind'];
export type RefundPolicy = NonNullable<ActivityInput['refundPolicy']>;

/** The kinds of fee a price can be made of, in the order the editor offers them. */
export const FEE_KINDS: readonly FeeKind[] = [
  'participation',
  'membership',
  'licence',
  'equipment',
  'cup',
  'camp',
  'event',
  'ticket',
];
export const REFUND_POLICIES: readonly RefundPolicy[] = ['until_season_start', 'none'];
export const CAPACITY_MAX = 10_000;

export interface ActivityDraft {
  title: string;
  description: string;
  category: string;
  textLanguage: 'nb' | 'nn';
  minAge: string;
  maxAge: string;
  targetGroup: string;
  adapted: boolean;
  seasonStart: string;
  seasonEnd: string;
  schedule: ScheduleRow[];
  sessionCount: string;
  price: string;
  /** The price's lines; none: the single price above. */
  fees: FeeRow[];
  /** Places; empty is unlimited. */
  capacity: string;
  waitingList: boolean;
  refundPolicy: RefundPolicy;
  priceIncludes: string;
  freeTrial: boolean;
  streetAddress: string;
  postalCode: string;
  neighbourhoodId: string;
  languages: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** The ten categories of the catalogue. */
export const CATEGORIES: readonly ActivityCategory[] = [
  'sport',
  'art_culture',
  'nature_outdoor',
  'faith_life_stance',
  'interest_organisation',
  'humanitarian',
  'immigrant_organisation',
  'recreation_social',
  'volunteer_meeting_place',
  'private_municipal',
];

/** Languages offered as checkboxes: Norwegian, Sami and the languages most spoken by families who moved here. */
export const COMMON_LANGUAGES: readonly SpokenLanguage[] = [
  'nb',
  'nn',
  'se',
  'en',
  'ar',
  'so',
  'uk',
  'pl',
  'lt',
  'ti',
  'fa',
  'ur',
  'tr',
  'ru',
  'es',
  'fr',
  'de',
];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const AGE_MIN = 0;
export const AGE_MAX = 25;
/** 100 000 kroner. */
export const PRICE_MAX_ORE = 10_000_000;
export const SCHEDULE_MAX = 14;

export function emptyDraft(textLanguage: 'nb' | 'nn' = 'nb'): ActivityDraft {
  return {
    title: '',
    description: '',
    category: '',
    textLanguage,
    minAge: '',
    maxAge: '',
    targetGroup: '',
    adapted: false,
    seasonStart: '',
    seasonEnd: '',
    schedule: [],
    sessionCount: '',
    price: '0',
    fees: [],
    capacity: '',
    waitingList: false,
    refundPolicy: 'until_season_start',
    priceIncludes: '',
    freeTrial: false,
    streetAddress: '',
    postalCode: '',
    neighbourhoodId: '',
    languages: [textLanguage],
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

/** Øre as kroner the way people type them: "450", or "450,50" when there are øre. */
export function oreToKroner(ore: number): string {
  const kroner = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? String(kroner) : `${kroner},${String(rest).padStart(2, '0')}`;
}

/**
 * Kroner as typed ("450", "450,5", "450.50", "1 200") as whole øre, or null when it is not an amount. Parsed as
 * text, so no rounding error can creep in.
 */
export function kronerToOre(typed: string): number | null {
  const compact = typed.replace(/[\s\u00a0]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const kroner = Number(match[1]);
  const ore = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
  return kroner * 100 + ore;
}

export function draftOf(activity: ProviderActivity): ActivityDraft {
  return {
    title: activity.title,
    description: activity.description,
    category: activity.category,
    textLanguage: activity.textLanguage === 'nn' ? 'nn' : 'nb',
    minAge: String(activity.minAge),
    maxAge: String(activity.maxAge),
    targetGroup: activity.targetGroup ?? '',
    adapted: activity.adapted,
    seasonStart: activity.seasonStart,
    seasonEnd: activity.seasonEnd,
    schedule: activity.schedule.map((s) => ({ weekday: String(s.weekday), start: s.start, end: s.end })),
    sessionCount: activity.sessionCount === null ? '' : String(activity.sessionCount),
    price: oreToKroner(activity.priceOre),
    fees: activity.fees.map((f) => ({ kind: f.kind, amount: oreToKroner(f.amountOre) })),
    capacity: activity.capacity === null ? '' : String(activity.capacity),
    waitingList: activity.waitingList,
    refundPolicy: activity.refundPolicy,
    priceIncludes: activity.priceIncludes ?? '',
    freeTrial: activity.freeTrial,
    streetAddress: activity.streetAddress ?? '',
    postalCode: activity.postalCode ?? '',
    neighbourhoodId: activity.neighbourhoodId ?? '',
    languages: activity.languages,
    contactName: activity.contactName ?? '',
    contactEmail: activity.contactEmail ?? '',
    contactPhone: activity.contactPhone ?? '',
  };
}

/** Problems found before sending, by field name; each value is a message key. */
export type DraftProblems = Record<string, string>;

const WHOLE = /^\d{1,4}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The API's body for the draft, or the problems that stop it from being sent. The point on the map is not edited
 * here and is kept as it was (the API replaces every field).
 */
export function inputOf(
  draft: ActivityDraft,
  point: { latitude: number | null; longitude: number | null } = { latitude: null, longitude: null },
): { input?: ActivityInput; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const text = (value: string) => value.trim();
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

  if (!text(draft.title)) problems.title = 'activityEditor.errors.titleRequired';
  if (!(CATEGORIES as readonly string[]).includes(draft.category))
    problems.category = 'activityEditor.errors.categoryRequired';

  const age = (value: string) => (WHOLE.test(value.trim()) ? Number(value.trim()) : null);
  const minAge = age(draft.minAge);
  const maxAge = age(draft.maxAge);
  if (minAge === null || minAge > AGE_MAX) problems.minAge = 'activityEditor.errors.age';
  if (maxAge === null || maxAge > AGE_MAX) problems.maxAge = 'activityEditor.errors.age';
  else if (minAge !== null && maxAge < minAge) problems.maxAge = 'activityEditor.errors.ageOrder';

  if (!DATE.test(draft.seasonStart)) problems.seasonStart = 'activityEditor.errors.seasonStartRequired';
  if (!DATE.test(draft.seasonEnd)) problems.seasonEnd = 'activityEditor.errors.seasonEndRequired';
  else if (DATE.test(draft.seasonStart) && draft.seasonEnd < draft.seasonStart)
    problems.seasonEnd = 'activityEditor.errors.seasonOrder';

  draft.schedule.forEach((row, i) => {
    if (!TIME.test(row.start)) problems[`schedule/${i}/start`] = 'activityEditor.errors.time';
    if (!TIME.test(row.end)) problems[`schedule/${i}/end`] = 'activityEditor.errors.time';
    else if (TIME.test(row.start) && row.end <= row.start)
      problems[`schedule/${i}/end`] = 'activityEditor.errors.timeOrder';
  });

  let sessionCount: number | null = null;
  if (draft.sessionCount.trim()) {
    if (WHOLE.test(draft.sessionCount.trim())) sessionCount = Number(draft.sessionCount.trim());
    else problems.sessionCount = 'activityEditor.errors.sessionCount';
  }

  // With lines, the price is their sum; without, the single price as typed.
  const seen = new Set<string>();
  const fees = draft.fees.map((row, i) => {
    if (!(FEE_KINDS as readonly string[]).includes(row.kind))
      problems[`fees/${i}/kind`] = 'activityTermsEditor.errors.kind';
    else if (seen.has(row.kind)) problems[`fees/${i}/kind`] = 'activityTermsEditor.errors.kindTwice';
    seen.add(row.kind);
    const amountOre = kronerToOre(row.amount);
    if (amountOre === null || amountOre === 0) problems[`fees/${i}/amountOre`] = 'activityTermsEditor.errors.amount';
    else if (amountOre > PRICE_MAX_ORE) problems[`fees/${i}/amountOre`] = 'activityEditor.errors.priceTooHigh';
    return { kind: row.kind as FeeKind, amountOre: amountOre ?? 0 };
  });
  const priceOre =
    fees.length > 0
      ? fees.reduce((sum, f) => sum + f.amountOre, 0)
      : kronerToOre(draft.price.trim() === '' ? '0' : draft.price);
  if (fees.length === 0 && priceOre === null) problems.priceOre = 'activityEditor.errors.price';
  else if (priceOre !== null && priceOre > PRICE_MAX_ORE) {
    problems[fees.length > 0 ? 'fees' : 'priceOre'] = 'activityEditor.errors.priceTooHigh';
  }

  let capacity: number | null = null;
  if (draft.capacity.trim()) {
    const typed = draft.capacity.trim();
    if (/^\d{1,5}$/.test(typed) && Number(typed) >= 1 && Number(typed) <= CAPACITY_MAX) capacity = Number(typed);
    else problems.capacity = 'activityTermsEditor.errors.capacity';
  }

  const postalCode = orNull(draft.postalCode);
  if (postalCode !== null && !/^\d{4}$/.test(postalCode)) problems.postalCode = 'activityEditor.errors.postalCode';

  if (Object.keys(problems).length > 0 || minAge === null || maxAge === null || priceOre === null) return { problems };
  return {
    problems,
    input: {
      title: text(draft.title),
      description: text(draft.description),
      category: draft.category as ActivityCategory,
      textLanguage: draft.textLanguage,
      minAge,
      maxAge,
      targetGroup: orNull(draft.targetGroup),
      adapted: draft.adapted,
      seasonStart: draft.seasonStart,
      seasonEnd: draft.seasonEnd,
      schedule: draft.schedule.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
      sessionCount,
      priceOre,
      fees,
      capacity,
      // A waiting list only means something when the places are counted.
      waitingList: capacity !== null && draft.waitingList,
      refundPolicy: draft.refundPolicy,
      priceIncludes: orNull(draft.priceIncludes),
      freeTrial: draft.freeTrial,
      streetAddress: orNull(draft.streetAddress),
      postalCode,
      latitude: point.latitude,
      longitude: point.longitude,
      neighbourhoodId: orNull(draft.neighbourhoodId),
      languages: draft.languages as SpokenLanguage[],
      contactName: orNull(draft.contactName),
      contactEmail: orNull(draft.contactEmail),
      contactPhone: orNull(draft.contactPhone),
    },
  };
}
