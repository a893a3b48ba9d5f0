import { el, esc, num, textWidth, title } from './svg';
import { TimeScale } from './time-scale';

/**
 * A timeline chart: a time axis (virtual seconds), a count axis or a column of lanes (one per
 * StatefulSet ordinal, one per node), a stack of series and marks on the time axis. What is
 * plotted comes as `Series` values, so a new kind of chart is a new function returning series;
 * the frame, axes, legend and marks stay here. Output is one self-contained <svg> (presentation attributes only, no CSS, no script)
 * that renders the same inline in a page, as a file beside a Markdown page, or offline.
 */

export interface PlotContext {
  time: TimeScale;
  /** count → y pixel */
  y: (v: number) => number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** ms since the start, for series whose data is in epoch ms */
  start: number;
  /** With `lanes`: the top and bottom pixel of lane `i` (counted from the top). */
  lane: (i: number) => { y0: number; y1: number };
}

export interface LegendItem {
  label: string;
  /** 'area' swatch, 'line' swatch, 'dash' line, 'band' light area */
  swatch: 'area' | 'line' | 'dash' | 'band' | 'hatch' | 'solid';
  color: string;
  /** Diagonal stripes over the swatch (see `stripes`): 1 '/', 2 '\\', 3 both. */
  stripes?: number;
}

export interface Series {
  /** The series kind (`replicaset-pods`, `available`, …): tests and pages look for it via data-series. */
  kind: string;
  legend: LegendItem[];
  /** Largest value the series reaches, for the count axis. */
  max: number;
  /** Drawing order: lower first. */
  layer: number;
  render(ctx: PlotContext): string;
}

export interface Mark {
  /** ms since the start */
  t: number;
  /** user action, controller event (a small triangle), broken assertion, node stopped/started/NotReady */
  kind: 'user' | 'event' | 'failure' | 'node';
  /** Short text written above the plot (every kind but events). */
  label: string;
  /** Full text in the tooltip. */
  tip: string;
  /** Colour of a node mark (stopped, NotReady, back). */
  color?: string;
}

export interface ChartSpec {
  ariaLabel: string;
  /** ms since the start at which the axis ends */
  end: number;
  /** ms since the start at which something changed (decides where quiet gaps are broken) */
  times: number[];
  series: Series[];
  marks: Mark[];
  xLabel: string;
  yLabel: string;
  /** Tooltip of a broken gap: (seconds) => text */
  gapTip: (seconds: string) => string;
  /** Hover areas: per instant, the state in words. */
  hovers?: Array<{ t: number; until: number; text: string }>;
  /** Lanes instead of the count axis, top to bottom (`web-0`, `web-1`…); yLabel names them. */
  lanes?: string[];
  /** Keep time linear: no quiet gap is broken (where the length of a state is the point). */
  linear?: boolean;
}

const W = 760;
/** Height of one lane in a lane chart. */
export const LANE_H = 24;
const LANE_LABEL_MAX = 150;
const RIGHT = 16;
const MARK_ROW = 13;
const PLOT_H_COUNT = 200;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Malgun Gothic", sans-serif';
const AXIS = '#6b7280';
const GRID = '#e5e7eb';

export function renderChart(spec: ChartSpec): string {
  const lanes = spec.lanes;
  const laneLabels = (lanes ?? []).map((l) => shortenToWidth(l, LANE_LABEL_MAX - 14, 11));
  const LEFT = lanes ? Math.min(LANE_LABEL_MAX, Math.max(46, ...laneLabels.map((l) => textWidth(l, 11) + 24))) : 46;
  const PLOT_H = lanes ? Math.max(1, lanes.length) * LANE_H + 4 : PLOT_H_COUNT;
  const plotW = W - LEFT - RIGHT;
  const time = new TimeScale(spec.times, spec.end, LEFT, LEFT + plotW, spec.linear ? { minGapMs: Infinity } : {});
  // rows of labels above the plot for user/failure/node marks, staggered so they do not overlap
  const labelled = spec.marks.filter((m) => m.kind !== 'event').sort((a, b) => a.t - b.t);
  const rowEnds: number[] = [];
  const placed = labelled.map((m) => {
    const x = time.x(m.t);
    const text = shorten(m.label, 34);
    const w = textWidth(text, 10) + 8;
    const anchorStart = x + w <= W - RIGHT;
    const [a, b] = anchorStart ? [x, x + w] : [x - w, x];
    let row = rowEnds.findIndex((end) => end < a);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = b;
    return { m, x, row, text, anchorStart };
  });
  const rows = Math.min(rowEnds.length, 6);
  const top = Math.max(10 + rows * MARK_ROW + (rows ? 4 : 0), lanes && spec.yLabel ? 18 : 0);
  const max = Math.max(1, ...spec.series.map((s) => s.max));
  const yStep = niceStep(max, 6);
  const yMax = Math.ceil((max + (max >= 4 ? 1 : 0.5)) / yStep) * yStep;
  const y = (v: number) => top + PLOT_H - (v / yMax) * PLOT_H;
  const lane = (i: number) => ({ y0: top + 2 + i * LANE_H, y1: top + 2 + (i + 1) * LANE_H });
  const ctx: PlotContext = { time, y, left: LEFT, top, width: plotW, height: PLOT_H, start: 0, lane };

  const parts: string[] = [];
  if (lanes) {
    // one row per lane, its name on the left
    laneLabels.forEach((label, i) => {
      const { y0, y1 } = lane(i);
      if (i > 0) parts.push(el('line', { x1: LEFT, x2: LEFT + plotW, y1: y0, y2: y0, stroke: GRID, 'stroke-width': 1 }));
      parts.push(el('text', { x: LEFT - 8, y: (y0 + y1) / 2 + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#111827', 'data-lane-label': lanes[i] }, esc(label)));
    });
    if (spec.yLabel) parts.push(el('text', { x: 4, y: top - 3, 'font-size': 10, fill: AXIS }, esc(spec.yLabel)));
  } else {
    // grid and count axis
    for (let v = 0; v <= yMax + 1e-9; v += yStep) {
      parts.push(el('line', { x1: LEFT, x2: LEFT + plotW, y1: y(v), y2: y(v), stroke: v === 0 ? AXIS : GRID, 'stroke-width': 1 }));
      parts.push(el('text', { x: LEFT - 6, y: y(v) + 3.5, 'text-anchor': 'end', 'font-size': 10, fill: AXIS }, esc(String(Math.round(v * 10) / 10))));
    }
    parts.push(el('text', { x: 12, y: top + PLOT_H / 2, 'text-anchor': 'middle', 'font-size': 10, fill: AXIS, transform: `rotate(-90 12 ${num(top + PLOT_H / 2)})` }, esc(spec.yLabel)));
  }
  // series
  const ordered = [...spec.series].sort((a, b) => a.layer - b.layer);
  for (const s of ordered) parts.push(`<g data-series="${esc(s.kind)}">${s.render(ctx)}</g>`);
  // quiet gaps (the '…' under one is left out where it would run into the axis title)
  const xLabelLeft = LEFT + plotW - textWidth(spec.xLabel, 10) - 8;
  for (const b of time.breaks()) {
    const secs = String(Math.round((b.to - b.from) / 100) / 10);
    parts.push(
      `<g data-break="">${title(spec.gapTip(secs))}` +
        el('rect', { x: b.x0 + 3, y: top, width: b.x1 - b.x0 - 6, height: PLOT_H, fill: '#ffffff', 'fill-opacity': 0.85 }) +
        el('path', { d: zigzag(b.x0 + 3, top, PLOT_H), fill: 'none', stroke: AXIS, 'stroke-width': 1 }) +
        el('path', { d: zigzag(b.x1 - 3, top, PLOT_H), fill: 'none', stroke: AXIS, 'stroke-width': 1 }) +
        ((b.x0 + b.x1) / 2 + 6 < xLabelLeft ? el('text', { x: (b.x0 + b.x1) / 2, y: top + PLOT_H + 26, 'text-anchor': 'middle', 'font-size': 9, fill: AXIS }, '…') : '') +
        '</g>',
    );
  }
  // hover areas: the state at each instant in a tooltip
  if (spec.hovers?.length) {
    const hv = spec.hovers
      .map((h) => {
        const x0 = time.x(h.t);
        const x1 = Math.max(time.x(h.until), x0 + 3);
        return `<rect x="${num(x0)}" y="${num(top)}" width="${num(x1 - x0)}" height="${PLOT_H}">${title(h.text)}</rect>`;
      })
      .join('');
    parts.push(`<g data-hover="" fill="#000000" fill-opacity="0">${hv}</g>`);
  }
  // time axis
  parts.push(el('line', { x1: LEFT, x2: LEFT + plotW, y1: top + PLOT_H, y2: top + PLOT_H, stroke: AXIS, 'stroke-width': 1 }));
  for (const t of time.ticks()) {
    parts.push(el('line', { x1: t.x, x2: t.x, y1: top + PLOT_H, y2: top + PLOT_H + 4, stroke: AXIS, 'stroke-width': 1 }));
    parts.push(el('text', { x: t.x, y: top + PLOT_H + 15, 'text-anchor': 'middle', 'font-size': 10, fill: AXIS }, esc(t.label)));
  }
  parts.push(el('text', { x: LEFT + plotW, y: top + PLOT_H + 30, 'text-anchor': 'end', 'font-size': 10, fill: AXIS }, esc(spec.xLabel)));
  // marks
  const marks: string[] = [];
  for (const m of spec.marks.filter((k) => k.kind === 'event')) {
    const x = time.x(m.t);
    const yb = top + PLOT_H;
    marks.push(`<g data-mark="event">${title(m.tip)}${el('path', { d: `M${num(x)} ${num(yb - 1)}l-4 7h8z`, fill: '#6b7280' })}</g>`);
  }
  for (const p of placed) {
    const color = p.m.kind === 'failure' ? '#dc2626' : p.m.kind === 'node' ? (p.m.color ?? '#7c2d12') : '#111827';
    const ly = 10 + Math.min(p.row, rows - 1) * MARK_ROW + 9;
    const strong = p.m.kind === 'failure' || p.m.kind === 'node';
    marks.push(
      `<g data-mark="${p.m.kind}">${title(p.m.tip)}` +
        el('line', { x1: p.x, x2: p.x, y1: ly + 3, y2: top + PLOT_H, stroke: color, 'stroke-width': p.m.kind === 'failure' ? 2 : p.m.kind === 'node' ? 1.5 : 1, 'stroke-dasharray': p.m.kind === 'failure' ? undefined : p.m.kind === 'node' ? '6 2' : '3 3' }) +
        (p.m.kind === 'node' ? el('path', { d: `M${num(p.x)} ${num(top + PLOT_H + 1)}l-4.5 7h9z`, fill: color }) : '') +
        el('text', { x: p.anchorStart ? p.x + 3 : p.x - 3, y: ly, 'text-anchor': p.anchorStart ? 'start' : 'end', 'font-size': 10, fill: color, 'font-weight': strong ? 'bold' : undefined }, esc(p.text)) +
        '</g>',
    );
  }
  parts.push(...marks);
  // legend
  const legendTop = top + PLOT_H + 40;
  const items = spec.series.flatMap((s) => s.legend);
  let lx = LEFT;
  let ly = legendTop;
  const legend: string[] = [];
  for (const item of items) {
    const w = 22 + textWidth(item.label, 11) + 16;
    if (lx + w > W - RIGHT && lx > LEFT) {
      lx = LEFT;
      ly += 18;
    }
    legend.push(`<g data-legend="">${swatch(item, lx, ly)}${el('text', { x: lx + 22, y: ly + 4, 'font-size': 11, fill: '#111827' }, esc(item.label))}</g>`);
    lx += w;
  }
  parts.push(...legend);
  const height = (items.length ? ly + 14 : top + PLOT_H + 36) + 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${num(height)}" width="${W}" height="${num(height)}" role="img" aria-label="${esc(spec.ariaLabel)}" font-family="${esc(FONT)}" data-chart="timeline">` +
    `${title(spec.ariaLabel)}${el('rect', { x: 0, y: 0, width: W, height, fill: '#ffffff' })}${parts.join('')}</svg>`
  );
}

function swatch(item: LegendItem, x: number, y: number): string {
  const base = swatchShape(item, x, y);
  return item.stripes ? base + el('path', { d: stripes(x, y - 5, x + 16, y + 5, item.stripes), ...STRIPE_STYLE }) : base;
}

function swatchShape(item: LegendItem, x: number, y: number): string {
  switch (item.swatch) {
    case 'solid':
      return el('rect', { x, y: y - 5, width: 16, height: 10, fill: item.color, stroke: item.color, 'stroke-width': 1 });
    case 'area':
      return el('rect', { x, y: y - 5, width: 16, height: 10, fill: item.color, 'fill-opacity': 0.55, stroke: item.color });
    case 'band':
      return el('rect', { x, y: y - 5, width: 16, height: 10, fill: item.color, 'fill-opacity': 0.25, stroke: item.color, 'stroke-dasharray': '2 2' });
    case 'hatch':
      return el('rect', { x, y: y - 5, width: 16, height: 10, fill: item.color, 'fill-opacity': 0.3, stroke: item.color, 'stroke-dasharray': '1 2' });
    case 'dash':
      return el('line', { x1: x, x2: x + 16, y1: y, y2: y, stroke: item.color, 'stroke-width': 2, 'stroke-dasharray': '5 3' });
    default:
      return el('line', { x1: x, x2: x + 16, y1: y, y2: y, stroke: item.color, 'stroke-width': 2.5 });
  }
}

/** How stripes are drawn over lane segments and legend swatches. */
export const STRIPE_STYLE = { stroke: '#111827', 'stroke-opacity': 0.45, 'stroke-width': 1.2, fill: 'none' } as const;

/**
 * Diagonal stripes clipped to a rectangle, as one path (no <pattern>: ids would clash when several
 * charts share a page). `variant` 1 draws '/', 2 '\\', 3 both; `gap` is the distance along x.
 */
export function stripes(x0: number, y0: number, x1: number, y1: number, variant: number, gap = 6): string {
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0) return '';
  let d = '';
  const draw = (rising: boolean) => {
    for (let k = -h + gap / 2; k < w; k += gap) {
      // rising ('/'): x = x0 + k + (y1 - y); falling ('\\'): x = x0 + k + (y - y0)
      let xa = x0 + k;
      let ya = rising ? y1 : y0;
      let xb = x0 + k + h;
      let yb = rising ? y0 : y1;
      if (xa < x0) {
        ya += rising ? -(x0 - xa) : x0 - xa;
        xa = x0;
      }
      if (xb > x1) {
        yb += rising ? xb - x1 : -(xb - x1);
        xb = x1;
      }
      if (xb - xa < 0.5) continue;
      d += `M${num(xa)} ${num(ya)}L${num(xb)} ${num(yb)}`;
    }
  };
  if (variant === 1 || variant === 3) draw(true);
  if (variant === 2 || variant === 3) draw(false);
  return d;
}

function zigzag(x: number, top: number, h: number): string {
  let d = `M${num(x)} ${num(top)}`;
  for (let yy = top, i = 0; yy < top + h; yy += 8, i++) d += `L${num(x + (i % 2 ? -3 : 3))} ${num(Math.min(yy + 8, top + h))}`;
  return d;
}

/** 1, 2, 5 × 10^n so that max spans about `ticks` steps. */
export function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  return Math.max(1, step);
}

/** Cut in the middle: the end of a mark's text ("… → 4", "…/web.yaml") says the most. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const tail = Math.min(12, Math.floor(max / 3));
  return `${chars.slice(0, max - 1 - tail).join('').trimEnd()}…${chars.slice(chars.length - tail).join('').trimStart()}`;
}

function shortenToWidth(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * A step path through (t, v) points: the value holds until the next point, several points at one
 * instant draw a vertical stroke through each (so a peak inside one instant is still visible).
 */
export function stepPath(ctx: PlotContext, points: Array<{ t: number; v: number }>, endT: number): string {
  if (points.length === 0) return '';
  let d = '';
  let prevY: number | undefined;
  for (const p of points) {
    const x = ctx.time.x(p.t);
    const y = ctx.y(p.v);
    d += d === '' ? `M${num(x)} ${num(y)}` : `H${num(x)}${prevY === y ? '' : `V${num(y)}`}`;
    prevY = y;
  }
  return `${d}H${num(ctx.time.x(endT))}`;
}

/** The area between two step curves sampled at the same instants (lower first). */
export function stepArea(ctx: PlotContext, points: Array<{ t: number; lo: number; hi: number }>, endT: number): string {
  if (points.length === 0) return '';
  const upper: string[] = [];
  const lower: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const x0 = ctx.time.x(points[i].t);
    const x1 = ctx.time.x(i + 1 < points.length ? points[i + 1].t : endT);
    upper.push(`${num(x0)} ${num(ctx.y(points[i].hi))}`, `${num(x1)} ${num(ctx.y(points[i].hi))}`);
    lower.push(`${num(x0)} ${num(ctx.y(points[i].lo))}`, `${num(x1)} ${num(ctx.y(points[i].lo))}`);
  }
  return `M${upper.join('L')}L${lower.reverse().join('L')}Z`;
}
