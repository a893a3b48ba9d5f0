import type { TimelineMark } from '../../timeline/timeline';
import type { Labels } from '../i18n';
import type { ScenarioTimeline } from '../model/run-model';
import type { Mark } from './chart';
import { secondsLabel } from './time-scale';

/**
 * What every timeline chart marks on its time axis: user actions, the kubectl commands that
 * change the cluster, node events (stopped, NotReady, back), controller events and the moment an
 * assertion broke. Each chart says which controller events are its own.
 */

/** Commands that change the cluster (worth a mark); reads like get, describe or rollout status are not. */
const MUTATING = /^(?:kubectl\s+|k\s+)?(?:set|scale|apply|create|replace|delete|patch|edit|annotate|label|cordon|uncordon|drain|taint|rollout\s+(?:pause|resume|undo|restart))\b/;

export type NodeEventKind = 'stopped' | 'started' | 'joined' | 'notready' | 'ready';

export const NODE_COLORS: Record<NodeEventKind, string> = {
  stopped: '#b91c1c',
  notready: '#c2410c',
  started: '#15803d',
  ready: '#15803d',
  joined: '#15803d',
};

/**
 * A node event in the timeline's marks: the user actions the simulator notes ("node node-1
 * stopped", "… started", "… joined") and the Node events of the node lifecycle controller
 * (NodeNotReady, NodeReady).
 */
export function nodeEventOf(m: TimelineMark): { node: string; what: NodeEventKind } | undefined {
  if (m.kind === 'user') {
    const u = /^node (\S+) (stopped|started|joined)$/.exec(m.text);
    return u ? { node: u[1], what: u[2] as NodeEventKind } : undefined;
  }
  if (m.reason === 'NodeNotReady' || m.reason === 'NodeReady') {
    const node = (m.object ?? '').split('/').pop() || /^Node (\S+) /.exec(m.text)?.[1];
    if (node) return { node, what: m.reason === 'NodeNotReady' ? 'notready' : 'ready' };
  }
  return undefined;
}

/** Node events in time order; a NodeReady at the instant the node was started says nothing new and is dropped. */
export function nodeEvents(timeline: ScenarioTimeline): Array<{ at: number; node: string; what: NodeEventKind; mark: TimelineMark }> {
  const out: Array<{ at: number; node: string; what: NodeEventKind; mark: TimelineMark }> = [];
  for (const m of timeline.marks) {
    const e = nodeEventOf(m);
    if (e) out.push({ at: m.at, ...e, mark: m });
  }
  out.sort((a, b) => a.at - b.at || a.mark.seq - b.mark.seq);
  return out.filter((e) => !(e.what === 'ready' && out.some((o) => o.node === e.node && o.at === e.at && (o.what === 'started' || o.what === 'joined'))));
}

export interface MarkOptions {
  labels: Labels;
  /** Virtual epoch ms of a failure to mark. */
  failureAt?: number;
  /** Which of the timeline's controller events (not node events) this chart marks. */
  events: (m: TimelineMark) => boolean;
  /** Further controller events (ms since the start), e.g. read from a StatefulSet's samples. */
  extraEvents?: Array<{ t: number; reason: string; text: string }>;
}

export function timelineMarks(timeline: ScenarioTimeline, rel: (at: number) => number, opts: MarkOptions): Mark[] {
  const L = opts.labels;
  const at = (ms: number) => L.chart.atSeconds(secondsLabel(ms));
  const marks: Mark[] = [];
  for (const e of nodeEvents(timeline)) {
    const t = rel(e.at);
    marks.push({ t, kind: 'node', label: L.chart.nodeEvent(e.node, e.what), tip: `${at(t)}: ${e.mark.reason ? `${e.mark.reason}: ` : ''}${e.mark.text}`, color: NODE_COLORS[e.what] });
  }
  for (const m of timeline.marks) {
    if (nodeEventOf(m)) continue;
    if (m.kind === 'user') marks.push({ t: rel(m.at), kind: 'user', label: m.text, tip: `${at(rel(m.at))}: ${m.text}` });
    else if (opts.events(m)) marks.push({ t: rel(m.at), kind: 'event', label: m.reason ?? '', tip: `${at(rel(m.at))}: ${m.reason ? `${m.reason}: ` : ''}${m.text}` });
  }
  for (const e of opts.extraEvents ?? []) marks.push({ t: e.t, kind: 'event', label: e.reason, tip: `${at(e.t)}: ${e.reason}: ${e.text}` });
  const userTimes = new Set(marks.filter((m) => m.kind === 'user' || m.kind === 'node').map((m) => m.t));
  for (const c of timeline.commands ?? []) {
    const line = c.line.replace(/^(kubectl|k)\s+/, '');
    if (!MUTATING.test(line) || userTimes.has(rel(c.at))) continue;
    marks.push({ t: rel(c.at), kind: 'user', label: `kubectl ${line}`, tip: `${at(rel(c.at))}: $ kubectl ${line}` });
  }
  if (opts.failureAt !== undefined) marks.push({ t: rel(opts.failureAt), kind: 'failure', label: L.chart.failure, tip: `${at(rel(opts.failureAt))}: ${L.chart.failure}` });
  return marks.sort((a, b) => a.t - b.t);
}
