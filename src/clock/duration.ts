/**
 * Durations as people write them in scenarios and as kubectl accepts them: "30s", "5m", "1h30m",
 * "600ms", or a bare number of seconds.
 */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(text: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== t.length) {
    throw new Error(`invalid duration "${text}": expected a number with a unit such as 30s, 5m, 1h30m or 600ms`);
  }
  return Math.round(total);
}

export type DurationInput = number | string;

/** A number means milliseconds; a string is parsed. */
export function toMs(d: DurationInput): number {
  return typeof d === 'number' ? d : parseDuration(d);
}
