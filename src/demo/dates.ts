/** Calendar dates as ISO strings, computed in UTC so that results never depend on the machine's time zone. */
import { ageOn } from '../domain/age.ts';
import type { Random } from './random.ts';

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Clamp 29 February to 28 February in common years.
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return isoDate(Date.UTC(y + years, m - 1, Math.min(d, lastDay)) / DAY_MS);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
function isoWeekday(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** A random birth date for someone who is exactly `age` on `today`. */
export function birthDateForAge(rng: Random, age: number, today: string): string {
  const latest = dayNumber(shiftYears(today, -age));
  const earliest = dayNumber(shiftYears(today, -(age + 1))) + 1;
  for (;;) {
    const candidate = isoDate(rng.int(earliest, latest));
    if (ageOn(candidate, today) === age) return candidate;
  }
}

export function firstWeekdayOnOrAfter(day: number, weekday: number): number {
  return day + ((weekday - isoWeekday(day) + 7) % 7);
}
