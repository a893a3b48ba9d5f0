/**
 * The Events section of every describer (describe.go `DescribeEvents`). With no events it is one
 * line, `Events:\t<none>`, which joins the alignment block above it. Otherwise the tabwriter is
 * flushed first, so the events table is aligned on its own; rows are sorted by the time of the
 * last occurrence, oldest first.
 */
import type { Event } from '../../model/types';
import type { PrefixWriter } from './describe-writer';
import { goSort } from './go-sort';
import { parseTimestamp } from './timestamps';
import { translateTimestampSince } from './human-duration';

/**
 * Writes the Events section. `events` undefined means the describer was asked not to show events
 * (`--show-events=false`): nothing is written.
 */
export function describeEvents(events: readonly Event[] | undefined, w: PrefixWriter, nowMs: number): void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  // event.SortableEvents with sort.Sort: ties keep whatever order Go's sort leaves them in.
  const sorted = goSort([...events], (a, b) => eventSortTime(a) < eventSortTime(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, nowMs)}\t${eventSource(e)}\t${(e.message ?? '').trim()}\n`);
  }
}

/**
 * The Age cell: age of the first occurrence, or `<last> (x<count> over <first>)` for a repeated
 * event, e.g. `12m (x3 over 20m)`.
 */
export function eventAge(e: Event, nowMs: number): string {
  const first =
    parseTimestamp(e.eventTime) !== undefined
      ? translateTimestampSince(e.eventTime, nowMs)
      : translateTimestampSince(e.firstTimestamp, nowMs);
  if (e.series) {
    return `${translateTimestampSince(e.series.lastObservedTime, nowMs)} (x${e.series.count ?? 0} over ${first})`;
  }
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, nowMs)} (x${e.count} over ${first})`;
  return first;
}

/** The From cell: `source.component`, else the reporting controller. */
export function eventSource(e: Event): string {
  return e.source?.component || e.reportingComponent || '';
}

// event.SortableEvents' eventTime: series time, else lastTimestamp, else eventTime; a missing
// time is Go's zero time, earlier than any real one.
function eventSortTime(e: Event): number {
  const t = e.series
    ? parseTimestamp(e.series.lastObservedTime)
    : (parseTimestamp(e.lastTimestamp) ?? parseTimestamp(e.eventTime));
  return t ?? Number.NEGATIVE_INFINITY;
}
