import { test } from 'node:test';
import { expect } from 'chai';
import { statefulSetCharts, ordinalRuns, revisionsOf } from './statefulset-chart';
import { nodeChart, nodeRuns } from './node-chart';
import { rolloutCharts } from './rollout-chart';
import { scenarioCharts } from './scenario-charts';
import { stripes } from './chart';
import { labelsFor } from '../i18n';
import { EPOCH, nodeFailureMarks, statefulSetTimeline, timeline } from '../testdata/synthetic';
import { parseTimeline } from '../model/collect';

const en = labelsFor('en');

/** The inner SVG of `<g data-lane="…">`. */
function lane(svg: string, name: string): string {
  const open = `<g data-lane="${name}">`;
  const at = svg.indexOf(open);
  expect(at, `lane ${name}`).to.be.at.least(0);
  let depth = 0;
  const re = /<g\b[^>]*>|<\/g>/g;
  re.lastIndex = at;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return svg.slice(at + open.length, m.index);
  }
  throw new Error('unbalanced');
}

/** x of the first segment in a lane with the given state. */
function firstX(svg: string, name: string, state: string): number {
  const m = new RegExp(`<g data-state="${state}"[^>]*><title>[^<]*</title><rect x="([\\d.]+)"`).exec(lane(svg, name));
  expect(m, `${name} has a ${state} segment`).to.not.equal(null);
  return Number(m![1]);
}

test('the ordinal chart has a lane per ordinal, top to bottom, with each pod\'s segments', () => {
  const [c] = statefulSetCharts(statefulSetTimeline(3), { labels: en });
  expect(c.statefulSet).to.equal('web');
  expect(c.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
  expect(c.svg).to.include('data-series="ordinal-pods"');
  expect(c.svg).to.include('data-series="wanted"');
  const labels = [...c.svg.matchAll(/data-lane-label="([^"]+)"/g)].map((m) => m[1]);
  expect(labels).to.deep.equal(['web-0', 'web-1', 'web-2']);
  for (const name of labels) {
    const l = lane(c.svg, name);
    expect(l.match(/data-state="pending"/g), name).to.have.length(2);
    expect(l.match(/data-state="ready"/g), name).to.have.length(2);
    expect(l.match(/data-state="terminating"/g), name).to.have.length(1);
  }
  // 0, then 1, then 2
  expect(firstX(c.svg, 'web-0', 'pending')).to.be.lessThan(firstX(c.svg, 'web-1', 'pending'));
  expect(firstX(c.svg, 'web-1', 'pending')).to.be.lessThan(firstX(c.svg, 'web-2', 'pending'));
  // the update goes 2, then 1, then 0
  expect(firstX(c.svg, 'web-2', 'terminating')).to.be.lessThan(firstX(c.svg, 'web-1', 'terminating'));
  expect(firstX(c.svg, 'web-1', 'terminating')).to.be.lessThan(firstX(c.svg, 'web-0', 'terminating'));
  expect(c.svg).to.include('<title>web-1: Ready, revision web-new, 8 s → 11 s</title>');
  expect(c.svg).to.not.match(/<script|<style|href=|<pattern|id="/);
});

test('pods of a later revision are striped, and the legend names the revisions with their roles', () => {
  const [c] = statefulSetCharts(statefulSetTimeline(3), { labels: en });
  const l = lane(c.svg, 'web-0');
  const oldReady = /<g data-state="ready" data-revision="web-old">.*?<\/g>/.exec(l)![0];
  const newReady = /<g data-state="ready" data-revision="web-new">.*?<\/g>/.exec(l)![0];
  expect(oldReady).to.not.include('<path');
  expect(newReady).to.match(/<path d="M[^"]+L[^"]+"/);
  expect(c.svg).to.include('web-old (old revision)');
  expect(c.svg).to.include('web-new (current revision)');
  expect(revisionsOf(statefulSetTimeline(3).statefulSetSamples)).to.deep.equal(['web-old', 'web-new']);
  // one revision: no stripes, no revision legend
  const [plain] = statefulSetCharts(statefulSetTimeline(2, { updateAt: -1 }), { labels: en });
  expect(plain.svg).to.not.include('old revision');
  expect(plain.svg, 'no stripes').to.not.include('stroke-opacity="0.45"');
  expect(plain.svg).to.not.include('data-state="terminating"');
});

test('a replaced pod starts with a cut, and ordinals above replicas have no wanted background', () => {
  const t = statefulSetTimeline(3);
  const { ordinals, runs, wanted } = ordinalRuns(t.statefulSetSamples, (at) => at - t.start, t.end - t.start);
  expect(ordinals).to.deep.equal([0, 1, 2]);
  expect(runs.get(2)!.map((r) => `${r.state}@${r.from / 1000}-${r.to / 1000}`)).to.deep.equal(['pending@2-3', 'ready@3-4', 'terminating@4-5', 'pending@5-6', 'ready@6-11']);
  expect(new Set(runs.get(2)!.map((r) => r.uid)).size).to.equal(2);
  expect(wanted).to.deep.equal([{ from: 0, to: 11000, replicas: 3 }]);
  const [c] = statefulSetCharts(t, { labels: en });
  expect(lane(c.svg, 'web-2')).to.match(/<line [^>]*stroke="#ffffff" stroke-width="2"\/>/);
  // scale 3 → 1: web-1 and web-2 are no longer wanted
  const scaled = statefulSetTimeline(3, { updateAt: -1 });
  const last = scaled.statefulSetSamples[scaled.statefulSetSamples.length - 1];
  scaled.statefulSetSamples.push({ ...last, at: EPOCH + 3500, seq: 99, replicas: 1 });
  const w = ordinalRuns(scaled.statefulSetSamples, (at) => at - EPOCH, 4000).wanted;
  expect(w.map((x) => x.replicas)).to.deep.equal([3, 1]);
  expect(statefulSetCharts(scaled, { labels: en })[0].svg).to.include('<title>web-2: no pod wanted (ordinal ≥ replicas), 3.5 s → 4 s</title>');
});

test('Korean pages get Korean labels on the ordinal and node charts', () => {
  const [c] = statefulSetCharts(statefulSetTimeline(3, { marks: nodeFailureMarks() }), { labels: labelsFor('ko') });
  expect(c.svg).to.include('준비됨 (Ready)');
  expect(c.svg).to.include('종료 중');
  expect(c.svg).to.include('web-new (현재 리비전)');
  expect(c.svg).to.include('가상 시간 (초)');
  expect(c.svg).to.include('node-1 중지');
  const n = nodeChart({ ...timeline(3), samples: [], marks: nodeFailureMarks() }, { labels: labelsFor('ko') })!;
  expect(n).to.include('kubelet 중지 (API에는 아직 Ready)');
  expect(n).to.include('node-1 재시작');
});

test('text from the scenario is escaped in the ordinal chart', () => {
  const t = statefulSetTimeline(2, { name: '<script>x</script>' });
  t.marks[0].text = '<img src=x onerror=alert(1)>';
  const [c] = statefulSetCharts(t, { labels: en });
  expect(c.svg).to.not.match(/<script|<img/);
  expect(c.svg).to.include('&lt;script&gt;x&lt;/script&gt;-0');
  expect(c.svg).to.include('&lt;img src=x onerror=alert(1)&gt;');
});

test('node events are marked on the rollout and ordinal charts; a NodeReady at the restart instant is not repeated', () => {
  const t = { ...timeline(4), marks: [...timeline(4).marks, ...nodeFailureMarks()] };
  const [r] = rolloutCharts(t, { labels: en });
  expect(r.svg.match(/data-mark="node"/g)).to.have.length(3);
  expect(r.svg).to.include('<title>at 1 s: node node-1 stopped</title>');
  expect(r.svg).to.include('<title>at 55 s: NodeNotReady: Node node-1 status is now: NodeNotReady</title>');
  expect(r.svg).to.include('>node-1 NotReady</text>');
  expect(r.svg).to.include('>node-1 back</text>');
  expect(r.svg).to.not.include('NodeReady: Node');
  expect(r.svg).to.not.match(/data-mark="event"><title>[^<]*NodeNotReady/);
  const [s] = statefulSetCharts(statefulSetTimeline(3, { marks: nodeFailureMarks() }), { labels: en });
  expect(s.svg.match(/data-mark="node"/g)).to.have.length(3);
  // the controller's pod events, read from the samples' causes
  expect(s.svg).to.include('SuccessfulCreate: create Pod web-2 in StatefulSet web successful</title>');
});

test('a scenario with node events but no Deployment or StatefulSet gets a node chart on a linear time axis', () => {
  const t = { ...timeline(3), samples: [], marks: nodeFailureMarks() };
  const charts = scenarioCharts(t, { labels: en });
  expect(charts.map((c) => c.kind)).to.deep.equal(['nodes']);
  expect(charts[0].caption).to.equal('Nodes');
  const svg = charts[0].svg;
  expect([...svg.matchAll(/data-lane-label="([^"]+)"/g)].map((m) => m[1])).to.deep.equal(['node-1']);
  expect(lane(svg, 'node-1').match(/data-state="(\w+)"/g)).to.deep.equal(['data-state="ready"', 'data-state="stopped"', 'data-state="notready"', 'data-state="ready"']);
  expect(svg).to.include('<title>node-1: NotReady (status Unknown), 55 s → 361 s</title>');
  expect(svg).to.not.include('data-break');
  expect(nodeRuns(t, 362000).get('node-1')!.map((r) => r.state)).to.deep.equal(['ready', 'stopped', 'notready', 'ready']);
  // a node that joined has no lane before it joined
  const joined = nodeRuns({ ...t, marks: [{ at: EPOCH + 2000, seq: 1, kind: 'user', text: 'node node-3 joined' }] }, 5000);
  expect(joined.get('node-3')).to.deep.equal([{ from: 2000, to: 5000, state: 'ready' }]);
  // no node events: no node chart
  expect(scenarioCharts({ ...t, marks: [] }, { labels: en })).to.deep.equal([]);
});

test('every chart a timeline gives: rollout and ordinal charts, and the node chart when a node failed', () => {
  const sts = statefulSetTimeline(2);
  const t = { ...timeline(3), statefulSetSamples: sts.statefulSetSamples, marks: [...timeline(3).marks, ...nodeFailureMarks()] };
  const charts = scenarioCharts(t, { labels: en });
  expect(charts.map((c) => `${c.kind}:${c.name}`)).to.deep.equal(['rollout:web', 'statefulset:web', 'nodes:']);
  expect(charts[1].caption).to.equal('StatefulSet pods by ordinal — web');
  // a node that only joined is marked on the axis; no node chart beside the others
  const joined = { ...t, marks: [{ at: EPOCH + 2000, seq: 1, kind: 'user' as const, text: 'node node-3 joined' }] };
  expect(scenarioCharts(joined, { labels: en }).map((c) => c.kind)).to.deep.equal(['rollout', 'statefulset']);
  expect(scenarioCharts(undefined, { labels: en })).to.deep.equal([]);
});

test('the same timeline gives the same bytes', () => {
  const a = statefulSetCharts(statefulSetTimeline(3, { marks: nodeFailureMarks() }), { labels: en, failureAt: EPOCH + 3000 })[0].svg;
  const b = statefulSetCharts(statefulSetTimeline(3, { marks: nodeFailureMarks() }), { labels: en, failureAt: EPOCH + 3000 })[0].svg;
  expect(a).to.equal(b);
  expect(a).to.include('data-mark="failure"');
});

test('stripes stay inside their rectangle', () => {
  for (const variant of [1, 2, 3]) {
    const d = stripes(10, 20, 47, 38, variant);
    expect(d).to.not.equal('');
    for (const [, x, y] of d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
      expect(Number(x)).to.be.within(10, 47);
      expect(Number(y)).to.be.within(20, 38);
    }
  }
  expect(stripes(10, 20, 10, 38, 1)).to.equal('');
});

test('the timeline attachment keeps its StatefulSet samples', () => {
  const t = statefulSetTimeline(2);
  const parsed = parseTimeline(JSON.stringify(t))!;
  expect(parsed.statefulSetSamples).to.have.length(t.statefulSetSamples.length);
  expect(parseTimeline(JSON.stringify({ ...timeline(2), statefulSetSamples: [] }))!).to.not.have.property('statefulSetSamples');
});
