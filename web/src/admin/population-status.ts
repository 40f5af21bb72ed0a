/** After this many days without an import the register's facts may be out of date (extracts come monthly). */
export const STALE_AFTER_DAYS = 35;

/** Whether the newest run (runs come newest first) is older than STALE_AFTER_DAYS at `now`, or there is none. */
export function isStale(runs: readonly { startedAt: string }[], now: Date): boolean {
  const newest = runs[0];
  if (!newest) return true;
  return now.getTime() - Date.parse(newest.startedAt) > STALE_AFTER_DAYS * 86_400_000;
}
