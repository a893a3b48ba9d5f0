/**
 * Virtual time. Milliseconds since the Unix epoch, moved only by the simulator's event loop.
 * The default start instant is fixed so that timestamps in transcripts are stable.
 */
export const DEFAULT_START = Date.UTC(2026, 0, 1, 0, 0, 0);

export class VirtualClock {
  private current: number;

  constructor(startMs: number = DEFAULT_START) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Moves time forward; time never goes back. */
  set(ms: number): void {
    if (ms < this.current) throw new Error(`virtual clock cannot go back from ${this.current} to ${ms}`);
    this.current = ms;
  }
}

/** RFC3339 with second precision, as the API server serialises metav1.Time. */
export function rfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  if (sec !== lastSecond) {
    lastSecond = sec;
    lastText = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}
// Most calls in a run ask for the same instant: remember the last one.
let lastSecond = NaN;
let lastText = '';
const parsed = new Map<string, number>();

/** Parses an RFC3339 timestamp back to epoch milliseconds (undefined when absent). */
export function parseTime(ts: string | undefined): number | undefined {
  if (!ts) return undefined;
  let ms = parsed.get(ts);
  if (ms === undefined) {
    ms = Date.parse(ts);
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(ts, ms);
  }
  return Number.isNaN(ms) ? undefined : ms;
}
