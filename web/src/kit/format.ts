/**
 * Dates and times as people in Norway read them: in Norwegian time (Europe/Oslo) whatever the device's time zone,
 * written the way the chosen language writes them. Pure, so it is unit tested without a browser.
 */
import type { Language } from '../i18n/languages.ts';

export const TIME_ZONE = 'Europe/Oslo';

/**
 * Arabic is written with Western digits, as in the Norwegian letters and documents families compare it with.
 * Nynorsk falls back to bokmål: Chromium's locale data has no nynorsk, and without the fallback it would use the
 * browser's own language (an English phone showed "NOK 1,000" and "December 3" on a nynorsk page).
 */
const INTL_LOCALES: Record<Language, readonly string[]> = {
  nb: ['nb-NO'],
  nn: ['nn-NO', 'nb-NO'],
  en: ['en-GB'],
  ar: ['ar-u-nu-latn'],
};

export function intlLocale(language: Language): string[] {
  return [...INTL_LOCALES[language]];
}

/** A moment (ISO 8601 with offset) as date and time in Norway, e.g. "1. juli 2025, 00:30" (24-hour clock in every language). */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A calendar date (YYYY-MM-DD, e.g. a birth date), written out without moving it across time zones. */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A whole number in the language's way, e.g. "1 234" in Norwegian. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** An age in whole years with the right plural in every language, e.g. "10 år", "1 year", "10 سنوات". */
export function formatAge(years: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(
    years,
  );
}

/** A price in øre as kroner, e.g. "1 200 kr" (whole kroner without decimals, else two decimals). */
export function formatPrice(ore: number, language: Language): string {
  const whole = ore % 100 === 0;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: language === 'en' ? 'code' : 'symbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(ore / 100);
}

/**
 * An amount of money in øre as kroner, e.g. "1 000 kr"; with `signed`, money in shows "+" and money out "−"
 * (as on a bank statement). Whole kroner without decimals, else two decimals.
 */
export function formatAmount(ore: number, language: Language, { signed = false }: { signed?: boolean } = {}): string {
  const whole = ore % 100 === 0;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: language === 'en' ? 'code' : 'symbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(ore / 100);
}

/** Two calendar dates (YYYY-MM-DD) as one span, e.g. "1. juli – 31. desember 2026". */
export function formatDateRange(startIso: string, endIso: string, language: Language): string {
  const toDate = (iso: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  };
  const start = toDate(startIso);
  const end = toDate(endIso);
  if (!start || !end) return `${startIso} – ${endIso}`;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

/** A distance in metres: "350 m" below a kilometre, else "1,2 km". */
export function formatDistance(metres: number, language: Language): string {
  if (metres < 1000) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'meter' }).format(rounded);
  }
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: metres < 10_000 ? 1 : 0,
  }).format(metres / 1000);
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday), long or short. */
export function weekdayName(isoWeekday: number, language: Language, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: width, timeZone: 'UTC' }).format(date);
}
