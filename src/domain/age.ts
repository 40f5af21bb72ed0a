/** Ages and dates on the Norwegian calendar (Europe/Oslo). Pure. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parts(value: string): [number, number, number] {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return value.split('-').map(Number) as [number, number, number];
}

/** Made once: making an Intl.DateTimeFormat costs more than a search's own work in Node (see docs/catalogue.md). */
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Europe/Oslo as 'YYYY-MM-DD'. */
export function osloDate(instant: Date = new Date()): string {
  return OSLO_DATE.format(instant);
}

/** Completed years on a date; someone born on 29 February is a year older on 1 March in common years. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(date);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** Whether a child is within an age scope on a date: from the minAge birthday to the day before turning maxAge + 1. */
export function isChildInScope(birthDate: string, date: string, minAge = 6, maxAge = 18): boolean {
  const age = ageOn(birthDate, date);
  return age >= minAge && age <= maxAge;
}

/**
 * The birth dates of the people within an age scope on a date, as a range for a query: born after `bornAfter` and
 * on or before `bornOnOrBefore`. The same rule as ageOn (29 February birthdays count on 1 March in common years).
 */
export function birthDatesInScope(
  date: string,
  minAge = 6,
  maxAge = 18,
): { bornAfter: string; bornOnOrBefore: string } {
  return { bornAfter: sameDayYearsBefore(date, maxAge + 1), bornOnOrBefore: sameDayYearsBefore(date, minAge) };
}

/** The latest birth date of someone who has turned `years` on `date`. */
function sameDayYearsBefore(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}
