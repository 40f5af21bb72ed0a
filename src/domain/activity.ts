/**
 * Rules for the activities a provider presents: what a valid activity is, the weekdays that follow from its
 * schedule, and what must be in place before it may be published. Pure.
 */
import type { FieldError } from '../errors.ts';
import { isIsoDate } from './age.ts';
import { REFUND_POLICIES, type RefundPolicy } from './enrolment.ts';
import { FEE_KINDS, type Fee } from './scheme.ts';

/** The ten categories of the catalogue (the codes of the `activity_category` reference table). */
export const ACTIVITY_CATEGORY_CODES = [
  'art_culture',
  'sport',
  'nature_outdoor',
  'faith_life_stance',
  'interest_organisation',
  'humanitarian',
  'immigrant_organisation',
  'recreation_social',
  'volunteer_meeting_place',
  'private_municipal',
] as const;
export type ActivityCategoryCode = (typeof ACTIVITY_CATEGORY_CODES)[number];

/**
 * Languages an activity's leaders may speak, as ISO 639-1 codes: Norwegian (both written standards), Sami and
 * the languages most spoken by families who moved to Norway.
 */
export const SPOKEN_LANGUAGES = [
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
  'ps',
  'ur',
  'tr',
  'ku',
  'ru',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'ro',
  'sv',
  'da',
  'fi',
  'is',
  'sq',
  'bs',
  'hr',
  'sr',
  'th',
  'vi',
  'tl',
  'zh',
  'ta',
  'hi',
  'am',
  'sw',
  'ne',
  'my',
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** Languages the texts of an activity can be translated into. */
export const TRANSLATION_LANGUAGES = ['nb', 'nn', 'en', 'ar', 'uk', 'so', 'pl'] as const;
export type TranslationLanguageCode = (typeof TRANSLATION_LANGUAGES)[number];

/** Written standard of an activity's own texts. */
export const TEXT_LANGUAGES = ['nb', 'nn'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export const LIMITS = {
  titleLength: 200,
  descriptionLength: 5000,
  targetGroupLength: 200,
  priceIncludesLength: 1000,
  streetAddressLength: 200,
  contactNameLength: 200,
  contactEmailLength: 254,
  minAge: 0,
  maxAge: 25,
  scheduleEntries: 14,
  sessionCount: 1000,
  /** 100 000 kroner. */
  priceOre: 10_000_000,
  languages: 20,
  /** Places in one activity. */
  capacity: 10_000,
} as const;

/** Mainland Norway with its coast and islands (Svalbard and Jan Mayen are no municipality). */
export const NORWAY_BOUNDS = { minLatitude: 57.9, maxLatitude: 71.3, minLongitude: 4.4, maxLongitude: 31.3 } as const;

export interface ScheduleEntry {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** "HH:MM", 24-hour clock. */
  start: string;
  end: string;
}

/** The editable fields of an activity, as a provider sends them. */
export interface ActivityInput {
  title: string;
  description: string;
  category: string;
  minAge: number;
  maxAge: number;
  targetGroup: string | null;
  seasonStart: string;
  seasonEnd: string;
  schedule: ScheduleEntry[];
  sessionCount: number | null;
  priceOre: number;
  priceIncludes: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
  languages: string[];
  adapted: boolean;
  freeTrial: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  textLanguage: string;
}

/** Field errors without the request part; the caller prefixes them ('body/…'). */
export type ActivityFieldError = FieldError;

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const POSTAL_CODE = /^[0-9]{4}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Eight to fifteen digits, optionally with a leading + and spaces between groups. */
const PHONE = /^\+?[0-9]{8,15}$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function isEmail(value: string): boolean {
  return value.length <= LIMITS.contactEmailLength && EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value.replace(/ /g, ''));
}

export function isPostalCode(value: string): boolean {
  return POSTAL_CODE.test(value);
}

export function isInNorway(latitude: number, longitude: number): boolean {
  return (
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    latitude >= NORWAY_BOUNDS.minLatitude &&
    latitude <= NORWAY_BOUNDS.maxLatitude &&
    longitude >= NORWAY_BOUNDS.minLongitude &&
    longitude <= NORWAY_BOUNDS.maxLongitude
  );
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Trims texts, turns empty optional texts into null and orders the schedule by weekday and time. */
export function normaliseActivityInput(input: ActivityInput): ActivityInput {
  return {
    ...input,
    title: input.title.trim(),
    description: input.description.trim(),
    targetGroup: blankToNull(input.targetGroup),
    priceIncludes: blankToNull(input.priceIncludes),
    streetAddress: blankToNull(input.streetAddress),
    postalCode: blankToNull(input.postalCode),
    neighbourhoodId: blankToNull(input.neighbourhoodId),
    contactName: blankToNull(input.contactName),
    contactEmail: blankToNull(input.contactEmail),
    contactPhone: blankToNull(input.contactPhone),
    schedule: [...input.schedule].sort((a, b) =>
      a.weekday !== b.weekday ? a.weekday - b.weekday : a.start.localeCompare(b.start),
    ),
    languages: [...new Set(input.languages)],
  };
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function checkLength(errors: ActivityFieldError[], field: string, value: string | null, max: number, min = 0): void {
  if (value === null) return;
  if (value.length < min) errors.push({ field, rule: min === 1 ? 'required' : 'minLength', params: { limit: min } });
  else if (value.length > max) errors.push({ field, rule: 'maxLength', params: { limit: max } });
}

function checkSchedule(errors: ActivityFieldError[], schedule: readonly ScheduleEntry[]): void {
  if (schedule.length > LIMITS.scheduleEntries) {
    errors.push({ field: 'schedule', rule: 'maxItems', params: { limit: LIMITS.scheduleEntries } });
    return;
  }
  schedule.forEach((entry, i) => {
    if (!isIntegerIn(entry.weekday, 1, 7)) errors.push({ field: `schedule/${i}/weekday`, rule: 'invalid' });
    const startOk = isTime(entry.start);
    const endOk = isTime(entry.end);
    if (!startOk) errors.push({ field: `schedule/${i}/start`, rule: 'pattern' });
    if (!endOk) errors.push({ field: `schedule/${i}/end`, rule: 'pattern' });
    if (startOk && endOk && entry.end <= entry.start) errors.push({ field: `schedule/${i}/end`, rule: 'timeRange' });
  });
}

/** Every rule an activity's fields must meet, draft or published. Empty when the input is valid. */
export function validateActivityInput(input: ActivityInput): ActivityFieldError[] {
  const errors: ActivityFieldError[] = [];
  checkLength(errors, 'title', input.title, LIMITS.titleLength, 1);
  checkLength(errors, 'description', input.description, LIMITS.descriptionLength);
  checkLength(errors, 'targetGroup', input.targetGroup, LIMITS.targetGroupLength);
  checkLength(errors, 'priceIncludes', input.priceIncludes, LIMITS.priceIncludesLength);
  checkLength(errors, 'streetAddress', input.streetAddress, LIMITS.streetAddressLength);
  checkLength(errors, 'contactName', input.contactName, LIMITS.contactNameLength);

  if (!(ACTIVITY_CATEGORY_CODES as readonly string[]).includes(input.category)) {
    errors.push({ field: 'category', rule: 'enum', params: { allowed: ACTIVITY_CATEGORY_CODES.join(', ') } });
  }

  const minOk = isIntegerIn(input.minAge, LIMITS.minAge, LIMITS.maxAge);
  const maxOk = isIntegerIn(input.maxAge, LIMITS.minAge, LIMITS.maxAge);
  if (!minOk) errors.push({ field: 'minAge', rule: 'invalid' });
  if (!maxOk) errors.push({ field: 'maxAge', rule: 'invalid' });
  if (minOk && maxOk && input.maxAge < input.minAge) errors.push({ field: 'maxAge', rule: 'ageRange' });

  const startOk = isIsoDate(input.seasonStart);
  const endOk = isIsoDate(input.seasonEnd);
  if (!startOk) errors.push({ field: 'seasonStart', rule: 'format' });
  if (!endOk) errors.push({ field: 'seasonEnd', rule: 'format' });
  if (startOk && endOk && input.seasonEnd < input.seasonStart) errors.push({ field: 'seasonEnd', rule: 'dateRange' });

  checkSchedule(errors, input.schedule);

  if (input.sessionCount !== null && !isIntegerIn(input.sessionCount, 0, LIMITS.sessionCount)) {
    errors.push({ field: 'sessionCount', rule: 'invalid' });
  }

  if (!Number.isInteger(input.priceOre)) errors.push({ field: 'priceOre', rule: 'type' });
  else if (input.priceOre < 0) errors.push({ field: 'priceOre', rule: 'minimum', params: { limit: 0 } });
  else if (input.priceOre > LIMITS.priceOre)
    errors.push({ field: 'priceOre', rule: 'maximum', params: { limit: LIMITS.priceOre } });

  if (input.postalCode !== null && !isPostalCode(input.postalCode)) {
    errors.push({ field: 'postalCode', rule: 'pattern' });
  }

  const hasLatitude = input.latitude !== null;
  const hasLongitude = input.longitude !== null;
  if (hasLatitude !== hasLongitude) {
    errors.push({ field: hasLatitude ? 'longitude' : 'latitude', rule: 'coordinates' });
  } else if (input.latitude !== null && input.longitude !== null && !isInNorway(input.latitude, input.longitude)) {
    errors.push({ field: 'latitude', rule: 'coordinates' });
  }

  if (input.languages.length > LIMITS.languages) {
    errors.push({ field: 'languages', rule: 'maxItems', params: { limit: LIMITS.languages } });
  } else {
    input.languages.forEach((language, i) => {
      if (!(SPOKEN_LANGUAGES as readonly string[]).includes(language)) {
        errors.push({ field: `languages/${i}`, rule: 'enum', params: { allowed: SPOKEN_LANGUAGES.join(', ') } });
      }
    });
  }

  if (input.contactEmail !== null && !isEmail(input.contactEmail)) {
    errors.push({ field: 'contactEmail', rule: 'email' });
  }
  if (input.contactPhone !== null && !isPhone(input.contactPhone)) {
    errors.push({ field: 'contactPhone', rule: 'phone' });
  }

  if (!(TEXT_LANGUAGES as readonly string[]).includes(input.textLanguage)) {
    errors.push({ field: 'textLanguage', rule: 'enum', params: { allowed: TEXT_LANGUAGES.join(', ') } });
  }
  return errors;
}

/** The weekdays an activity meets on, in order, each once (kept in step with the schedule for filtering). */
export function weekdaysOf(schedule: readonly ScheduleEntry[]): number[] {
  return [...new Set(schedule.map((s) => s.weekday))].sort((a, b) => a - b);
}

/** An activity is free when it costs nothing. */
export function isFree(priceOre: number): boolean {
  return priceOre === 0;
}

/** What publishing looks at. */
export interface PublishableActivity {
  seasonStart: string | null;
  seasonEnd: string | null;
  schedule: readonly ScheduleEntry[];
  sessionCount: number | null;
  streetAddress: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export type PublishRequirement = 'location' | 'season' | 'schedule' | 'contact';

export interface PublishProblem {
  requirement: PublishRequirement;
  /** 'required' when missing; 'invalid' when present but unusable (a season that has ended). */
  rule: 'required' | 'invalid';
}

/**
 * What is missing before an activity may be published: where it is (an address with postal code, a point on
 * the map or a neighbourhood), a season that has not ended, when it meets (a schedule entry or a number of
 * sessions) and a way to reach the provider (e-mail or phone). Empty when it may be published.
 */
export function publishable(activity: PublishableActivity, today: string): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const hasAddress = activity.streetAddress !== null && activity.postalCode !== null;
  const hasPoint = activity.latitude !== null && activity.longitude !== null;
  if (!hasAddress && !hasPoint && activity.neighbourhoodId === null) {
    problems.push({ requirement: 'location', rule: 'required' });
  }
  if (activity.seasonStart === null || activity.seasonEnd === null) {
    problems.push({ requirement: 'season', rule: 'required' });
  } else if (activity.seasonEnd < today) {
    problems.push({ requirement: 'season', rule: 'invalid' });
  }
  if (activity.schedule.length === 0 && (activity.sessionCount === null || activity.sessionCount === 0)) {
    problems.push({ requirement: 'schedule', rule: 'required' });
  }
  if (activity.contactEmail === null && activity.contactPhone === null) {
    problems.push({ requirement: 'contact', rule: 'required' });
  }
  return problems;
}

/** The texts of an activity in another language. */
export interface TranslationInput {
  title: string;
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
}

export function normaliseTranslationInput(input: TranslationInput): TranslationInput {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    targetGroup: blankToNull(input.targetGroup),
    priceIncludes: blankToNull(input.priceIncludes),
  };
}

/** The same length rules as the activity's own texts. */
export function validateTranslationInput(input: TranslationInput): ActivityFieldError[] {
  const errors: ActivityFieldError[] = [];
  checkLength(errors, 'title', input.title, LIMITS.titleLength, 1);
  checkLength(errors, 'description', input.description, LIMITS.descriptionLength);
  checkLength(errors, 'targetGroup', input.targetGroup, LIMITS.targetGroupLength);
  checkLength(errors, 'priceIncludes', input.priceIncludes, LIMITS.priceIncludesLength);
  return errors;
}

/** Most pictures an activity shows. */
export const MAX_ACTIVITY_IMAGES = 10;
export const ALT_TEXT_LENGTH = 300;

export interface ActivityImageInput {
  imageId: string;
  altText: string;
}

/** The ordered pictures of an activity: at most ten, each once, each with a text for screen readers. */
export function validateActivityImages(images: readonly ActivityImageInput[]): ActivityFieldError[] {
  const errors: ActivityFieldError[] = [];
  if (images.length > MAX_ACTIVITY_IMAGES) {
    return [{ field: '', rule: 'maxItems', params: { limit: MAX_ACTIVITY_IMAGES } }];
  }
  const seen = new Set<string>();
  images.forEach((image, i) => {
    if (seen.has(image.imageId)) errors.push({ field: `${i}/imageId`, rule: 'invalid' });
    seen.add(image.imageId);
    checkLength(errors, `${i}/altText`, image.altText.trim(), ALT_TEXT_LENGTH, 1);
  });
  return errors;
}

/**
 * What a family signs up to: the places (none = unlimited), whether a full activity keeps a waiting list, the
 * refund rule on cancellation, and what the price is made of (one line per kind of fee).
 */
export interface ActivityTerms {
  capacity: number | null;
  waitingList: boolean;
  refundPolicy: string;
  fees: { kind: string; amountOre: number }[];
}

export const DEFAULT_REFUND_POLICY: RefundPolicy = 'until_season_start';

/**
 * The rules of an activity's terms. `priceOre` is the single price the provider sent, if any: with fee lines the
 * price is their sum, so a price that differs from the sum is refused rather than silently replaced.
 */
export function validateActivityTerms(terms: ActivityTerms, priceOre?: number): ActivityFieldError[] {
  const errors: ActivityFieldError[] = [];
  if (terms.capacity !== null) {
    if (!Number.isInteger(terms.capacity)) errors.push({ field: 'capacity', rule: 'type' });
    else if (terms.capacity < 1) errors.push({ field: 'capacity', rule: 'minimum', params: { limit: 1 } });
    else if (terms.capacity > LIMITS.capacity)
      errors.push({ field: 'capacity', rule: 'maximum', params: { limit: LIMITS.capacity } });
  }
  if (terms.waitingList && terms.capacity === null) errors.push({ field: 'waitingList', rule: 'needsCapacity' });
  if (!(REFUND_POLICIES as readonly string[]).includes(terms.refundPolicy)) {
    errors.push({ field: 'refundPolicy', rule: 'enum', params: { allowed: REFUND_POLICIES.join(', ') } });
  }
  if (terms.fees.length > FEE_KINDS.length) {
    errors.push({ field: 'fees', rule: 'maxItems', params: { limit: FEE_KINDS.length } });
    return errors;
  }
  const seen = new Set<string>();
  let sum = 0;
  let amountsOk = true;
  terms.fees.forEach((line, i) => {
    if (!(FEE_KINDS as readonly string[]).includes(line.kind)) {
      errors.push({ field: `fees/${i}/kind`, rule: 'enum', params: { allowed: FEE_KINDS.join(', ') } });
    } else if (seen.has(line.kind)) {
      errors.push({ field: `fees/${i}/kind`, rule: 'duplicate' });
    }
    seen.add(line.kind);
    const at = `fees/${i}/amountOre`;
    if (!Number.isInteger(line.amountOre)) errors.push({ field: at, rule: 'type' });
    else if (line.amountOre < 1) errors.push({ field: at, rule: 'minimum', params: { limit: 1 } });
    else if (line.amountOre > LIMITS.priceOre)
      errors.push({ field: at, rule: 'maximum', params: { limit: LIMITS.priceOre } });
    else sum += line.amountOre;
    if (!errors.some((e) => e.field === at)) return;
    amountsOk = false;
  });
  if (amountsOk && sum > LIMITS.priceOre) {
    errors.push({ field: 'fees', rule: 'feeTotal', params: { limit: LIMITS.priceOre } });
  }
  if (amountsOk && terms.fees.length > 0 && priceOre !== undefined && priceOre !== sum) {
    errors.push({ field: 'priceOre', rule: 'feeSum' });
  }
  return errors;
}

/** The price an activity shows: the sum of its fee lines, or the single price when it has none. */
export function priceOf(fees: readonly Fee[], priceOre: number): number {
  return fees.length === 0 ? priceOre : fees.reduce((sum, line) => sum + line.amountOre, 0);
}

/**
 * Whether a new capacity leaves room for the places already taken (paid, being paid, or offered): lowering it
 * below them would take a place from a child who has it. No capacity (unlimited) always does.
 */
export function capacityHolds(capacity: number | null, placesTaken: number): boolean {
  return capacity === null || capacity >= placesTaken;
}

/** What a family sees of the places: how many are left (null when unlimited), and whether there is a queue. */
export function placesOf(
  capacity: number | null,
  waitingList: boolean,
  placesTaken: number,
): { capacity: number | null; left: number | null; full: boolean; waitingList: boolean } {
  if (capacity === null) return { capacity, left: null, full: false, waitingList: false };
  const left = Math.max(0, capacity - placesTaken);
  return { capacity, left, full: left === 0, waitingList };
}
