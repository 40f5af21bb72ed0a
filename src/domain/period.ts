/**
 * A scheme's periods on the Norwegian calendar: half-years (1 January–30 June, 1 July–31 December) or calendar
 * years, as calendar dates in Europe/Oslo ('YYYY-MM-DD'). Pure.
 */
import { isIsoDate } from './age.ts';

export const PERIOD_KINDS = ['half_year', 'calendar_year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First day. */
  start: string;
  /** Last day (inclusive). */
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function ymd(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return date.split('-').map(Number) as [number, number, number];
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period of a kind that a calendar date falls in. */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const [year, month] = ymd(date);
  if (kind === 'calendar_year') return { kind, start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
  return month <= 6
    ? { kind, start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-06-30` }
    : { kind, start: `${pad(year, 4)}-07-01`, end: `${pad(year, 4)}-12-31` };
}

/** The period that starts on a date, or undefined when no period of the kind starts then. */
export function periodStartingOn(kind: PeriodKind, start: string): Period | undefined {
  const period = periodContaining(kind, start);
  return period.start === start ? period : undefined;
}

/** The period right after one. */
export function nextPeriod(period: Period): Period {
  return periodContaining(period.kind, addDays(period.end, 1));
}

/** The period right before one. */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.kind, addDays(period.start, -1));
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = ymd(date);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * The last day on which a period's money may be spent: the period's last day, or the last day of the month that
 * lies `months` months after it.
 */
export function expiryDate(period: Period, months: number): string {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`not a number of months: ${months}`);
  const [y, m] = ymd(period.end);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

/** Whether a calendar date lies within a period. ISO dates compare as strings. */
export function inPeriod(period: Period, date: string): boolean {
  return period.start <= date && date <= period.end;
}

/** Whether a season (first and last day) overlaps a period. */
export function overlaps(period: Period, from: string, to: string): boolean {
  return from <= period.end && to >= period.start;
}
