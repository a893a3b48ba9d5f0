import type { Labels, NodeState } from '../i18n';
import type { ScenarioTimeline } from '../model/run-model';
import { renderChart, type Series } from './chart';
import { nodeEvents, timelineMarks } from './marks';
import { el, esc, title } from './svg';
import { secondsLabel } from './time-scale';

/**
 * The nodes a scenario stopped, started or added, a lane each: Ready, kubelet stopped (the API
 * does not know yet: the node is still Ready for the grace period), NotReady once the node
 * lifecycle controller marked it Unknown, and Ready again when the kubelet is back. Drawn for
 * scenarios with node events but no Deployment or StatefulSet chart to mark them on.
 */

export const NODE_STATE_COLORS: Record<NodeState, { fill: string; stroke: string }> = {
  ready: { fill: '#bbf7d0', stroke: '#16a34a' },
  stopped: { fill: '#fde68a', stroke: '#d97706' },
  notready: { fill: '#fca5a5', stroke: '#b91c1c' },
};

export interface NodeRun {
  from: number;
  to: number;
  state: NodeState;
}

/** Each node's stretches in ms since the start; a node that joined has none before it joined. */
export function nodeRuns(timeline: ScenarioTimeline, end: number): Map<string, NodeRun[]> {
  const events = nodeEvents(timeline);
  const names = [...new Set(events.map((e) => e.node))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const out = new Map<string, NodeRun[]>();
  for (const node of names) {
    const mine = events.filter((e) => e.node === node);
    const runs: NodeRun[] = [];
    let state: NodeState | undefined = mine[0].what === 'joined' ? undefined : 'ready';
    let from = 0;
    const close = (t: number) => {
      if (state && t > from) runs.push({ from, to: t, state });
    };
    for (const e of mine) {
      const t = e.at - timeline.start;
      const next: NodeState = e.what === 'stopped' ? 'stopped' : e.what === 'notready' ? 'notready' : 'ready';
      if (next === state) continue;
      close(t);
      state = next;
      from = t;
    }
    close(Math.max(end, from + 1));
    out.set(node, runs);
  }
  return out;
}

export interface NodeChartOptions {
  labels: Labels;
  failureAt?: number;
}

/** The node chart, or undefined when the timeline has no node events. */
export function nodeChart(timeline: ScenarioTimeline, opts: NodeChartOptions): string | undefined {
  const L = opts.labels;
  const rel = (at: number) => at - timeline.start;
  const end = Math.max(rel(timeline.end ?? 0), ...timeline.marks.map((m) => rel(m.at)), 0);
  const runs = nodeRuns(timeline, end);
  if (runs.size === 0) return undefined;
  const names = [...runs.keys()];
  const used = new Set([...runs.values()].flatMap((r) => r.map((x) => x.state)));
  const series: Series = {
    kind: 'node-state',
    layer: 1,
    max: 0,
    legend: (['ready', 'stopped', 'notready'] as NodeState[]).filter((s) => used.has(s)).map((s) => ({ label: L.nodes.state[s], swatch: 'solid', color: NODE_STATE_COLORS[s].fill })),
    render: (ctx) =>
      names
        .map((node, i) => {
          const { y0, y1 } = ctx.lane(i);
          const parts = runs.get(node)!.map((r) => {
            const x0 = ctx.time.x(r.from);
            const x1 = Math.max(ctx.time.x(r.to), x0 + 1.5);
            const c = NODE_STATE_COLORS[r.state];
            return `<g data-state="${r.state}">${title(L.nodes.segment(node, L.nodes.state[r.state], secondsLabel(r.from), secondsLabel(r.to)))}${el('rect', { x: x0, y: y0 + 4, width: x1 - x0, height: y1 - y0 - 8, fill: c.fill, stroke: c.stroke, 'stroke-width': 1 })}</g>`;
          });
          return `<g data-lane="${esc(node)}">${parts.join('')}</g>`;
        })
        .join(''),
  };
  const marks = timelineMarks(timeline, rel, { labels: L, failureAt: opts.failureAt, events: () => false });
  return renderChart({
    ariaLabel: L.nodes.aria,
    end,
    times: marks.map((m) => m.t),
    series: [series],
    marks,
    xLabel: L.chart.time,
    yLabel: L.nodes.lanes,
    gapTip: L.chart.skipped,
    lanes: names,
    // how long a node stayed stopped or NotReady is what the chart is for: no broken gaps
    linear: true,
  });
}
