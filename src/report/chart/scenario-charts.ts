import type { Labels } from '../i18n';
import type { ScenarioTimeline } from '../model/run-model';
import { nodeEvents } from './marks';
import { nodeChart } from './node-chart';
import { rolloutCharts } from './rollout-chart';
import { statefulSetCharts } from './statefulset-chart';

/** One chart of a scenario, with the caption pages put above it. */
export interface ChartItem {
  kind: 'rollout' | 'statefulset' | 'nodes';
  /** The Deployment or StatefulSet (with its namespace unless default); '' for the node chart. */
  name: string;
  caption: string;
  svg: string;
}

/**
 * Every chart a scenario's timeline gives: a rollout chart per Deployment, an ordinal chart per
 * StatefulSet, and a node chart (a lane per node, linear time) when a node was stopped or went
 * NotReady, or when nodes changed and there is no other chart. Node events are marked on every
 * chart's time axis.
 */
export function scenarioCharts(timeline: ScenarioTimeline | undefined, opts: { labels: Labels; failureAt?: number }): ChartItem[] {
  if (!timeline) return [];
  const L = opts.labels;
  const out: ChartItem[] = [];
  if (timeline.samples.length) for (const c of rolloutCharts(timeline, opts)) out.push({ kind: 'rollout', name: c.deployment, caption: `${L.rolloutTimeline} — ${c.deployment}`, svg: c.svg });
  for (const c of statefulSetCharts(timeline, opts)) out.push({ kind: 'statefulset', name: c.statefulSet, caption: `${L.statefulSetTimeline} — ${c.statefulSet}`, svg: c.svg });
  // Beside other charts only when a node failed: their time axes break quiet gaps, and how long
  // a node stayed NotReady (the 300-second toleration) is the point of those scenarios.
  const failed = nodeEvents(timeline).some((e) => e.what === 'stopped' || e.what === 'notready');
  if (out.length === 0 || failed) {
    const svg = nodeChart(timeline, opts);
    if (svg) out.push({ kind: 'nodes', name: '', caption: L.nodeTimeline, svg });
  }
  return out;
}
