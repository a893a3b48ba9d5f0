import type { StatefulSetSample, OrdinalPoint } from '../../timeline/statefulset-timeline';
import type { Labels, OrdinalState, RevisionRole } from '../i18n';
import type { ScenarioTimeline } from '../model/run-model';
import { renderChart, stripes, STRIPE_STYLE, type LegendItem, type Series } from './chart';
import { timelineMarks } from './marks';
import { el, esc, title } from './svg';
import { secondsLabel } from './time-scale';

/**
 * The ordinal chart of one StatefulSet: a lane per ordinal (`web-0` at the top), and in each lane
 * the life of the pod holding that name — Pending, Running but not ready, Ready, Terminating, or
 * nothing — over virtual time. Pods of a later revision are striped, so ordered creation (0, then
 * 1, then 2), reverse-order scale-down and the rolling update from the highest ordinal down read
 * as staircases. The lane's light background says the ordinal is wanted (ordinal < replicas);
 * user actions, node events and the controller's pod events are marked on the time axis.
 */

export const STATE_COLORS: Record<OrdinalState, { fill: string; stroke: string; opacity: number }> = {
  pending: { fill: '#fbbf24', stroke: '#d97706', opacity: 0.75 },
  running: { fill: '#86efac', stroke: '#16a34a', opacity: 0.9 },
  ready: { fill: '#16a34a', stroke: '#15803d', opacity: 0.85 },
  terminating: { fill: '#9ca3af', stroke: '#6b7280', opacity: 0.55 },
  other: { fill: '#dc2626', stroke: '#991b1b', opacity: 0.7 },
};
const STATE_ORDER: OrdinalState[] = ['pending', 'running', 'ready', 'terminating', 'other'];
const WANTED = '#eef2f7';
const REVISION_SWATCH = '#94a3b8';

export interface OrdinalChartOptions {
  labels: Labels;
  /** Virtual epoch ms of a failure to mark. */
  failureAt?: number;
}

/** One SVG per StatefulSet the timeline saw, in order of first appearance. */
export function statefulSetCharts(timeline: ScenarioTimeline, opts: OrdinalChartOptions): Array<{ statefulSet: string; svg: string }> {
  const sets = new Map<string, StatefulSetSample[]>();
  for (const s of timeline.statefulSetSamples ?? []) {
    const key = JSON.stringify([s.namespace, s.statefulSet]);
    const list = sets.get(key);
    if (list) list.push(s);
    else sets.set(key, [s]);
  }
  return [...sets.values()].map((samples) => {
    const { namespace, statefulSet } = samples[0];
    return { statefulSet: namespace === 'default' ? statefulSet : `${namespace}/${statefulSet}`, svg: statefulSetChart(timeline, samples, opts) };
  });
}

export function ordinalState(p: OrdinalPoint): OrdinalState {
  if (p.terminating) return 'terminating';
  if (p.phase === 'Running') return p.ready ? 'ready' : 'running';
  if (p.phase === 'Pending' || p.phase === '') return 'pending';
  return 'other';
}

/** A stretch of one lane: one pod object in one state and revision. */
export interface LaneRun {
  from: number;
  to: number;
  pod: string;
  uid: string;
  state: OrdinalState;
  revision: string;
}

/**
 * The stretches of every ordinal, in ms since the start. Samples at one instant are folded into
 * the last of them: a state that lasted no time cannot be drawn.
 */
export function ordinalRuns(samples: StatefulSetSample[], rel: (at: number) => number, end: number): { ordinals: number[]; runs: Map<number, LaneRun[]>; wanted: Array<{ from: number; to: number; replicas: number }> } {
  const instants = samples.filter((s, i) => i + 1 === samples.length || samples[i + 1].at !== s.at);
  const maxReplicas = Math.max(0, ...samples.map((s) => s.replicas));
  const maxOrdinal = Math.max(-1, ...samples.flatMap((s) => s.pods.map((p) => p.ordinal)));
  const ordinals = Array.from({ length: Math.max(maxReplicas, maxOrdinal + 1) }, (_, i) => i);
  const runs = new Map<number, LaneRun[]>(ordinals.map((o) => [o, []]));
  instants.forEach((s, i) => {
    const from = rel(s.at);
    const to = i + 1 < instants.length ? rel(instants[i + 1].at) : end;
    for (const o of ordinals) {
      // a name is held by one pod object at a time
      const p = s.pods.find((x) => x.ordinal === o);
      if (!p) continue;
      const lane = runs.get(o)!;
      const state = ordinalState(p);
      const last = lane[lane.length - 1];
      if (last && last.to === from && last.uid === p.uid && last.state === state && last.revision === p.revision) last.to = to;
      else lane.push({ from, to, pod: p.pod, uid: p.uid, state, revision: p.revision });
    }
  });
  const wanted: Array<{ from: number; to: number; replicas: number }> = [];
  instants.forEach((s, i) => {
    const from = rel(s.at);
    const to = i + 1 < instants.length ? rel(instants[i + 1].at) : end;
    const last = wanted[wanted.length - 1];
    if (last && last.replicas === s.replicas && last.to === from) last.to = to;
    else wanted.push({ from, to, replicas: s.replicas });
  });
  return { ordinals, runs, wanted };
}

/** Revisions in order of first appearance: the first is drawn plain, later ones striped. */
export function revisionsOf(samples: StatefulSetSample[]): string[] {
  const order: string[] = [];
  const add = (r: string) => r && !order.includes(r) && order.push(r);
  for (const s of samples) {
    add(s.currentRevision);
    for (const p of s.pods) add(p.revision);
    add(s.updateRevision);
  }
  return order;
}

/** 0 for the first revision (plain), then '/', '\', both, '/', … */
function stripeOf(index: number): number {
  return index <= 0 ? 0 : ((index - 1) % 3) + 1;
}

export function statefulSetChart(timeline: ScenarioTimeline, samples: StatefulSetSample[], opts: OrdinalChartOptions): string {
  const L = opts.labels;
  const start = timeline.start;
  const rel = (at: number) => at - start;
  const lastChange = Math.max(0, ...samples.map((s) => rel(s.at)));
  let end = Math.max(rel(timeline.end ?? 0), lastChange, ...timeline.marks.map((m) => rel(m.at)), 0);
  // a state reached as the scenario ends (web-2 Ready at the last instant) still gets some width
  if (end - lastChange < end * 0.03) end = lastChange + Math.max(end * 0.04, 100);
  const name = samples[0]?.statefulSet ?? '';
  const { ordinals, runs, wanted } = ordinalRuns(samples, rel, end);
  const revisions = revisionsOf(samples);
  const stripeFor = (rev: string) => stripeOf(revisions.indexOf(rev));
  const striped = revisions.length > 1;
  const secs = (ms: number) => secondsLabel(ms);
  const last = samples[samples.length - 1];
  const roleOf = (rev: string): RevisionRole => (last && rev === last.currentRevision ? 'current' : last && rev === last.updateRevision ? 'update' : 'old');

  const used = new Set([...runs.values()].flatMap((r) => r.map((x) => x.state)));
  const stateLegend: LegendItem[] = STATE_ORDER.filter((s) => used.has(s)).map((s) => ({ label: L.ordinals.state[s], swatch: 'solid', color: STATE_COLORS[s].fill }));
  const revisionLegend: LegendItem[] = striped ? revisions.map((r, i) => ({ label: L.ordinals.revision(r, roleOf(r)), swatch: 'solid', color: REVISION_SWATCH, stripes: stripeOf(i) })) : [];

  const background: Series = {
    kind: 'wanted',
    layer: 0,
    max: 0,
    legend: [{ label: L.ordinals.wanted, swatch: 'solid', color: WANTED }],
    render: (ctx) =>
      ordinals
        .map((o, i) => {
          const { y0, y1 } = ctx.lane(i);
          return wanted
            .map((w) => {
              const x0 = ctx.time.x(w.from);
              const x1 = ctx.time.x(w.to);
              if (x1 - x0 <= 0) return '';
              const pod = `${name}-${o}`;
              return o < w.replicas
                ? el('rect', { x: x0, y: y0 + 1, width: x1 - x0, height: y1 - y0 - 2, fill: WANTED })
                : el('rect', { x: x0, y: y0 + 1, width: x1 - x0, height: y1 - y0 - 2, fill: '#ffffff', 'fill-opacity': 0 }, title(L.ordinals.notWanted(pod, secs(w.from), secs(w.to))));
            })
            .join('');
        })
        .join(''),
  };

  const pods: Series = {
    kind: 'ordinal-pods',
    layer: 1,
    max: 0,
    legend: [...stateLegend, ...revisionLegend],
    render: (ctx) =>
      ordinals
        .map((o, i) => {
          const { y0, y1 } = ctx.lane(i);
          const top = y0 + 4;
          const bottom = y1 - 4;
          const lane = runs.get(o)!;
          const parts = lane.map((r, k) => {
            const x0 = ctx.time.x(r.from);
            const x1 = Math.max(ctx.time.x(r.to), x0 + 1.5);
            const c = STATE_COLORS[r.state];
            const tip = L.ordinals.segment(r.pod, L.ordinals.state[r.state], striped ? r.revision : '', secs(r.from), secs(r.to));
            const stripe = striped ? stripeFor(r.revision) : 0;
            // a new pod object under the same name starts with a white cut
            const replaced = k > 0 && lane[k - 1].uid !== r.uid && lane[k - 1].to === r.from;
            return (
              `<g data-state="${r.state}" data-revision="${esc(r.revision)}">${title(tip)}` +
              el('rect', { x: x0, y: top, width: x1 - x0, height: bottom - top, fill: c.fill, 'fill-opacity': c.opacity, stroke: c.stroke, 'stroke-width': 1, 'stroke-dasharray': r.state === 'terminating' ? '2 2' : undefined }) +
              (stripe ? el('path', { d: stripes(x0, top, x1, bottom, stripe), ...STRIPE_STYLE }) : '') +
              (replaced ? el('line', { x1: x0, x2: x0, y1: top - 2, y2: bottom + 2, stroke: '#ffffff', 'stroke-width': 2 }) : '') +
              '</g>'
            );
          });
          return `<g data-lane="${esc(`${name}-${o}`)}">${parts.join('')}</g>`;
        })
        .join(''),
  };

  // The controller's events are the causes of the samples ("SuccessfulCreate: create Pod web-1 …").
  const extraEvents: Array<{ t: number; reason: string; text: string }> = [];
  for (const s of samples) {
    const m = /^([A-Z][A-Za-z]+): (.+)$/.exec(s.cause);
    if (!m) continue;
    const e = { t: rel(s.at), reason: m[1], text: m[2] };
    if (!extraEvents.some((x) => x.t === e.t && x.text === e.text)) extraEvents.push(e);
  }
  const marks = timelineMarks(timeline, rel, { labels: L, failureAt: opts.failureAt, events: () => false, extraEvents });
  return renderChart({
    ariaLabel: L.ordinals.aria(name),
    end,
    times: [...samples.map((s) => rel(s.at)), ...marks.map((m) => m.t)],
    series: [pods, background],
    marks,
    xLabel: L.chart.time,
    yLabel: L.ordinals.lanes,
    gapTip: L.chart.skipped,
    lanes: ordinals.map((o) => `${name}-${o}`),
  });
}
