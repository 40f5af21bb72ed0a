/**
 * A full extract is the whole population: residents missing from it have moved out. A file cut short (a failed
 * transfer, the wrong municipality's file, a test extract) would move out thousands of children and end their
 * cards, so a full import that would mark more than a share of the residents as moved out is refused as
 * probably incomplete, and writes nothing. The operator can allow a larger share for one run when it is real
 * (e.g. after a municipal merger).
 */
export const DEFAULT_MAX_MOVED_OUT_SHARE = 0.1;

/** Small municipalities may see this many residents go in one extract whatever their share. */
export const MOVED_OUT_ALLOWANCE = 25;

/** How many residents a full import may mark as moved out, of those who were residents before it. */
export function movedOutLimit(residents: number, maxShare: number = DEFAULT_MAX_MOVED_OUT_SHARE): number {
  if (!(maxShare >= 0)) throw new RangeError('maxShare must be a share between 0 and 1');
  if (maxShare >= 1) return residents;
  return Math.max(MOVED_OUT_ALLOWANCE, Math.ceil(residents * maxShare));
}

/**
 * A register row about someone born after the day it is read is wrong (a typing error in the source, a test
 * record, a date in the wrong field): nobody born tomorrow lives in the municipality today. Pure: `today` is the
 * calendar date in Norway (osloDate) of the run. Both are ISO calendar dates, so they compare as text.
 */
export function isBornAfter(birthDate: string, today: string): boolean {
  return birthDate > today;
}
