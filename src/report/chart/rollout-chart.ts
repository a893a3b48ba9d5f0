import type { DeploymentSample } from '../../timeline/timeline';
import type { Labels } from '../i18n';
import type { ScenarioTimeline } from '../model/run-model';
import { renderChart, stepArea, stepPath, type Series } from './chart';
import { timelineMarks } from './marks';
import { el, esc, num } from './svg';
import { secondsLabel } from './time-scale';

/**
 * The rollout timeline of one Deployment: pods per ReplicaSet (stacked, the newest ReplicaSet in
 * blue, older ones in warm colours), terminating pods on top, available pods against desired
 * replicas, and the band maxSurge/maxUnavailable allow — with user actions, kubectl commands and
 * the controller's scaling events and node events (stopped, NotReady, back) marked on the time axis.
 */

export const NEW_RS_COLOR = '#2563eb';
export const OLD_RS_COLORS = ['#f59e0b', '#b45309', '#a8a29e', '#ea580c', '#78716c', '#facc15'];
const AVAILABLE = '#16a34a';
const DESIRED = '#111827';
const BAND = '#22c55e';
const TERMINATING = '#9ca3af';

export interface RolloutChartOptions {
  labels: Labels;
  /** Virtual epoch ms of a failure to mark. */
  failureAt?: number;
}

/** One SVG per Deployment the timeline saw, in order of first appearance. */
export function rolloutCharts(timeline: ScenarioTimeline, opts: RolloutChartOptions): Array<{ deployment: string; svg: string }> {
  const deployments = new Map<string, DeploymentSample[]>();
  for (const s of timeline.samples) {
    const key = JSON.stringify([s.namespace, s.deployment]);
    const list = deployments.get(key);
    if (list) list.push(s);
    else deployments.set(key, [s]);
  }
  return [...deployments.values()].map((samples) => {
    const { namespace, deployment } = samples[0];
    const key = `${namespace}/${deployment}`;
    return { deployment: namespace === 'default' ? deployment : key, svg: rolloutChart(timeline, samples, opts, deployments.size > 1 ? key : undefined) };
  });
}

export function rolloutChart(timeline: ScenarioTimeline, samples: DeploymentSample[], opts: RolloutChartOptions, only?: string): string {
  const L = opts.labels;
  const start = timeline.start;
  const rel = (at: number) => at - start;
  const end = Math.max(rel(timeline.end ?? 0), ...samples.map((s) => rel(s.at)), ...timeline.marks.map((m) => rel(m.at)), 0);
  // in legend order; drawing order comes from each series' layer
  const series: Series[] = [...replicaSetSeries(samples, rel, end, L), terminatingSeries(samples, rel, end, L), availableSeries(samples, rel, end, L), desiredSeries(samples, rel, end, L), bandSeries(samples, rel, end, L)].filter(
    (s): s is Series => s !== undefined,
  );
  const marks = timelineMarks(timeline, rel, { ...opts, events: (m) => !only || m.object === only });
  const deployment = samples[0]?.deployment ?? '';
  return renderChart({
    ariaLabel: L.chart.aria(deployment),
    end,
    times: [...samples.map((s) => rel(s.at)), ...marks.map((m) => m.t)],
    series,
    marks,
    xLabel: L.chart.time,
    yLabel: L.chart.scale,
    gapTip: L.chart.skipped,
    hovers: hoversOf(samples, rel, end, L),
  });
}

/** The last sample at each instant: areas cannot show states that lasted no time. */
function lastPerInstant(samples: DeploymentSample[]): DeploymentSample[] {
  return samples.filter((s, i) => i + 1 === samples.length || samples[i + 1].at !== s.at);
}

function bandSeries(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Series | undefined {
  const pts = lastPerInstant(samples).map((s) => ({ t: rel(s.at), lo: Math.max(0, s.replicas - s.maxUnavailable), hi: s.replicas + s.maxSurge, s }));
  if (pts.length === 0) return undefined;
  const tip = (p: (typeof pts)[number]) => L.chart.bandTip(p.lo, p.hi, p.s.maxUnavailable, p.s.maxSurge);
  return {
    kind: 'band',
    layer: 0,
    max: Math.max(...pts.map((p) => p.hi)),
    legend: [{ label: L.chart.band, swatch: 'band', color: BAND }],
    render: (ctx) =>
      `${el('path', { d: stepArea(ctx, pts, end), fill: BAND, 'fill-opacity': 0.13 }, `<title>${esc(tip(pts[pts.length - 1]))}</title>`)}` +
      el('path', { d: stepPath(ctx, pts.map((p) => ({ t: p.t, v: p.hi })), end), fill: 'none', stroke: BAND, 'stroke-width': 1, 'stroke-dasharray': '4 3' }) +
      el('path', { d: stepPath(ctx, pts.map((p) => ({ t: p.t, v: p.lo })), end), fill: 'none', stroke: BAND, 'stroke-width': 1, 'stroke-dasharray': '4 3' }),
  };
}

/** Stacked areas of each ReplicaSet's pods, oldest at the bottom; the stack's outline is the pod count. */
function replicaSetSeries(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Series[] {
  const order: string[] = [];
  const revision = new Map<string, number>();
  for (const s of samples) {
    for (const r of s.replicaSets) {
      if (!order.includes(r.name)) order.push(r.name);
      revision.set(r.name, r.revision);
    }
  }
  if (order.length === 0) return [];
  const last = samples[samples.length - 1];
  const newest = [...last.replicaSets].sort((a, b) => b.revision - a.revision)[0]?.name ?? order[order.length - 1];
  const pts = lastPerInstant(samples);
  const countOf = (s: DeploymentSample, name: string) => s.replicaSets.find((r) => r.name === name)?.current ?? 0;
  let oldIndex = 0;
  const colors = new Map(order.map((n) => [n, n === newest ? NEW_RS_COLOR : OLD_RS_COLORS[oldIndex++ % OLD_RS_COLORS.length]]));
  const stackOrder = [...order.filter((n) => n !== newest), newest];
  const series: Series[] = stackOrder.map((name, i) => {
    const below = stackOrder.slice(0, i);
    const points = pts.map((s) => {
      const lo = below.reduce((n, b) => n + countOf(s, b), 0);
      return { t: rel(s.at), lo, hi: lo + countOf(s, name) };
    });
    const color = colors.get(name)!;
    return {
      kind: 'replicaset-pods',
      layer: 1,
      max: Math.max(...points.map((p) => p.hi)),
      legend: [{ label: L.chart.podsOf(name, revision.get(name) ?? 0), swatch: 'area', color }],
      render: (ctx) => el('path', { d: stepArea(ctx, points, end), fill: color, 'fill-opacity': 0.5, stroke: color, 'stroke-width': 1, 'data-replicaset': name }),
    };
  });
  // The newest ReplicaSet first in the legend: it is the one the rollout is about.
  const newestSeries = series.pop()!;
  series.unshift(newestSeries);
  series.push({
    kind: 'pods',
    layer: 2,
    max: Math.max(...samples.map((s) => s.pods)),
    legend: [],
    render: (ctx) => el('path', { d: stepPath(ctx, samples.map((s) => ({ t: rel(s.at), v: s.pods })), end), fill: 'none', stroke: '#1f2937', 'stroke-width': 1, 'stroke-opacity': 0.6 }),
  });
  return series;
}

function terminatingSeries(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Series | undefined {
  if (!samples.some((s) => s.podObjects > s.pods)) return undefined;
  const pts = lastPerInstant(samples).map((s) => ({ t: rel(s.at), lo: s.pods, hi: s.podObjects }));
  return {
    kind: 'terminating',
    layer: 1,
    max: Math.max(...samples.map((s) => s.podObjects)),
    legend: [{ label: L.chart.terminating, swatch: 'hatch', color: TERMINATING }],
    render: (ctx) => el('path', { d: stepArea(ctx, pts, end), fill: TERMINATING, 'fill-opacity': 0.3, stroke: TERMINATING, 'stroke-width': 1, 'stroke-dasharray': '1 2' }),
  };
}

function availableSeries(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Series | undefined {
  if (samples.length === 0) return undefined;
  return {
    kind: 'available',
    layer: 3,
    max: Math.max(...samples.map((s) => s.available)),
    legend: [{ label: L.chart.available, swatch: 'line', color: AVAILABLE }],
    render: (ctx) => el('path', { d: stepPath(ctx, samples.map((s) => ({ t: rel(s.at), v: s.available })), end), fill: 'none', stroke: AVAILABLE, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }),
  };
}

function desiredSeries(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Series | undefined {
  if (samples.length === 0) return undefined;
  return {
    kind: 'desired',
    layer: 4,
    max: Math.max(...samples.map((s) => s.replicas)),
    legend: [{ label: L.chart.desired, swatch: 'dash', color: DESIRED }],
    render: (ctx) => el('path', { d: stepPath(ctx, lastPerInstant(samples).map((s) => ({ t: rel(s.at), v: s.replicas })), end), fill: 'none', stroke: DESIRED, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }),
  };
}

function hoversOf(samples: DeploymentSample[], rel: (at: number) => number, end: number, L: Labels): Array<{ t: number; until: number; text: string }> {
  const pts = lastPerInstant(samples);
  return pts.map((s, i) => {
    const t = rel(s.at);
    const rs = s.replicaSets.map((r) => `${r.name}: ${r.current}`).join(', ');
    const text = `${L.chart.atSeconds(secondsLabel(t))} — ${rs}${rs ? '; ' : ''}${L.chart.available} ${s.available} / ${L.chart.desired} ${s.replicas}; ${L.chart.pods} ${s.pods}${s.podObjects > s.pods ? ` (+${s.podObjects - s.pods} ${L.chart.terminating})` : ''}`;
    return { t, until: i + 1 < pts.length ? rel(pts[i + 1].at) : end, text };
  });
}

export { num };
