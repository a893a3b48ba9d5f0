/**
 * The x axis of timeline charts: virtual time in seconds from the scenario's start. Long quiet
 * stretches ("When 15 minutes pass", a 10-minute progress deadline) would squeeze the interesting
 * seconds into a few pixels, so gaps without any change are drawn as a short break instead.
 */

export interface TimeSegment {
  /** ms since the start */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** A quiet gap drawn at a fixed width. */
  broken: boolean;
}

export interface Tick {
  t: number;
  x: number;
  label: string;
}

export interface TimeScaleOptions {
  /** A gap longer than this share of the whole span (and than minGapMs) is broken. @default 0.3 */
  gapShare?: number;
  /** @default 20000 */
  minGapMs?: number;
  /** Width of a broken gap in pixels. @default 28 */
  breakWidth?: number;
  /** Width every plain stretch keeps when the axis has breaks. @default 24 */
  minSegmentWidth?: number;
  /** Smallest distance between tick labels in pixels. @default 46 */
  tickSpacing?: number;
}

const STEPS_S = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400];

export class TimeScale {
  readonly segments: TimeSegment[];
  readonly span: number;

  /** `times`: ms since the start at which something changed; `end`: ms since the start where the axis ends. */
  constructor(times: number[], end: number, readonly x0: number, readonly x1: number, private readonly opts: TimeScaleOptions = {}) {
    this.span = Math.max(end, ...times, 0) || 1000;
    const points = [...new Set([0, this.span, ...times.filter((t) => t >= 0 && t <= this.span)])].sort((a, b) => a - b);
    const share = opts.gapShare ?? 0.3;
    const minGap = opts.minGapMs ?? 20000;
    const pieces: Array<{ from: number; to: number; broken: boolean }> = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const broken = to - from > minGap && to - from > share * this.span;
      const last = pieces[pieces.length - 1];
      if (last && !last.broken && !broken) last.to = to;
      else pieces.push({ from, to, broken });
    }
    const plain = pieces.filter((p) => !p.broken).reduce((n, p) => n + (p.to - p.from), 0);
    if (plain <= 0) pieces.splice(0, pieces.length, { from: 0, to: this.span, broken: false });
    // a quiet end still shows the final state after the break
    else if (pieces[pieces.length - 1].broken) pieces.push({ from: this.span, to: this.span, broken: false });
    const breakW = opts.breakWidth ?? 28;
    const brokenCount = pieces.filter((p) => p.broken).length;
    const plainTotal = Math.max(1, pieces.filter((p) => !p.broken).reduce((n, p) => n + (p.to - p.from), 0));
    // With breaks, every plain stretch keeps a little width, so the state after the last change
    // (a quiet end) is still visible.
    const plainCount = pieces.length - brokenCount;
    const minW = brokenCount > 0 ? (opts.minSegmentWidth ?? 24) : 0;
    const perMs = (x1 - x0 - brokenCount * breakW - plainCount * minW) / plainTotal;
    let x = x0;
    this.segments = pieces.map((p) => {
      const w = p.broken ? breakW : minW + (p.to - p.from) * perMs;
      const s = { ...p, x0: x, x1: x + w };
      x += w;
      return s;
    });
  }

  x(t: number): number {
    const c = Math.min(Math.max(t, 0), this.span);
    const s = this.segments.find((seg) => !seg.broken && c >= seg.from && c <= seg.to) ?? this.segments.find((seg) => c <= seg.to) ?? this.segments[this.segments.length - 1];
    if (s.to === s.from) return s === this.segments[this.segments.length - 1] ? s.x1 : s.x0;
    return s.x0 + ((c - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
  }

  breaks(): TimeSegment[] {
    return this.segments.filter((s) => s.broken);
  }

  ticks(): Tick[] {
    const spacing = this.opts.tickSpacing ?? 46;
    const out: Tick[] = [];
    const push = (t: number) => {
      const x = this.x(t);
      const prev = out[out.length - 1];
      if (prev && (t <= prev.t || x - prev.x < spacing)) return;
      out.push({ t, x, label: secondsLabel(t) });
    };
    for (const s of this.segments) {
      if (s.broken) continue;
      const pxPerS = ((s.x1 - s.x0) / Math.max(s.to - s.from, 1)) * 1000;
      const step = (STEPS_S.find((st) => st * pxPerS >= spacing) ?? STEPS_S[STEPS_S.length - 1]) * 1000;
      const first = Math.ceil(s.from / step) * step;
      // after a break, say where time resumes even if that is not a round number
      if (s.from > 0 && first - s.from > 1e-6) push(s.from);
      for (let t = first; t <= s.to + 1e-6; t += step) push(Math.round(t));
    }
    return out;
  }
}

/** ms → seconds for an axis label: "0", "2.5", "905". */
export function secondsLabel(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : String(Math.round(s * 10) / 10);
}
