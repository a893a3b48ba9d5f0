/**
 * AGE and every other "how long ago" cell. A transcription of apimachinery's
 * `duration.HumanDuration` (kubectl-and-api.md §1.2): the unit shrinks in precision as the
 * duration grows, and every step truncates toward zero like Go's integer conversions.
 */
import { parseTimestamp } from './timestamps';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Human-readable duration of `ms` milliseconds, e.g. `5m40s`, `3h4m`, `2d5h`, `3y100d`.
 *
 * Worked examples: 119 999 ms → `119s`; 340 000 ms → `5m40s`; 11 040 000 ms (3h4m) → `3h4m`;
 * −1 500 ms → `0s` (a clock skew under 2 s reads as "now"); −2 000 ms → `<invalid>`.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    const days = Math.trunc(hours / 24);
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  const years = Math.trunc(hours / 24 / 365);
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/**
 * `translateTimestampSince` of printers.go and describe.go: the age of `ts` at `nowMs`, or
 * `<unknown>` when the timestamp is absent (or Go's zero time).
 */
export function translateTimestampSince(ts: string | null | undefined, nowMs: number): string {
  const ms = parseTimestamp(ts);
  if (ms === undefined) return '<unknown>';
  return humanDuration(nowMs - ms);
}
