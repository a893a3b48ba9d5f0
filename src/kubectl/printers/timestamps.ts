/**
 * Reading and writing the timestamps kubectl shows. Objects carry RFC3339 strings
 * ("2026-11-22T00:00:05Z"); the printers get the virtual clock's "now" as epoch milliseconds and
 * never read the wall clock, so output is a pure function of its inputs.
 */

/** Go's zero `time.Time` as it serialises; metav1.Time treats it as "not set". */
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * Epoch milliseconds of an RFC3339 timestamp, or `undefined` when it is absent or Go's zero time
 * (both print as `<unknown>` in kubectl, mirroring `metav1.Time.IsZero`).
 */
export function parseTimestamp(ts: string | null | undefined): number | undefined {
  if (ts === undefined || ts === null || ts === '' || ts === GO_ZERO_TIME) return undefined;
  const ms = Date.parse(ts);
  if (Number.isNaN(ms)) throw new Error(`not an RFC3339 timestamp: ${JSON.stringify(ts)}`);
  return ms;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Go's `time.RFC1123Z` layout (`Mon, 02 Jan 2006 15:04:05 -0700`), always in UTC: kubectl uses
 * its local zone, and the simulator fixes that zone to UTC so output does not depend on the
 * machine (kubectl-and-api.md §2.9, "CreationTimestamp"). A missing timestamp prints as Go's zero
 * time does.
 */
export function formatRFC1123Z(ts: string | null | undefined): string {
  const ms = parseTimestamp(ts);
  if (ms === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
  );
}
