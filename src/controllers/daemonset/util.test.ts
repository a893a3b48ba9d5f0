/**
 * Table tests for the DaemonSet placement and update arithmetic (util.ts), one row per rule of
 * k8s-semantics.md §16 and upstream daemon_controller_test.go / update_test.go cases.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { DaemonSet, IntOrString, Node, Pod, Taint } from '../../model/types';
import { NOW, ago } from '../testdata/fixtures';
import {
  DefaultDaemonSetUniqueLabelKey,
  addOrUpdateDaemonPodTolerations,
  daemonSetStatus,
  findUpdatedPodsOnNode,
  nodeShouldRunDaemonPod,
  podsShouldBeOnNode,
  rollingUpdatePlan,
  targetNodeName,
  updatedDesiredNodeCounts,
  nodeNameAffinity,
} from './util';

const HASH = 'new';

function node(name: string, opts: { labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean } = {}): Node {
  return { metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(opts.labels ?? {}) } }, spec: { taints: opts.taints, unschedulable: opts.unschedulable } } as Node;
}

function daemonSet(opts: { maxUnavailable?: IntOrString; maxSurge?: IntOrString; onDelete?: boolean; nodeSelector?: Record<string, string>; tolerations?: Pod['spec'] extends infer S ? S extends { tolerations?: infer T } ? T : never : never; nodeName?: string; minReadySeconds?: number } = {}): DaemonSet {
  return {
    metadata: { name: 'agent', namespace: 'default', generation: 2, annotations: { 'deprecated.daemonset.template.generation': '2' } },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      minReadySeconds: opts.minReadySeconds,
      updateStrategy: opts.onDelete ? { type: 'OnDelete' } : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: opts.maxUnavailable ?? 1, maxSurge: opts.maxSurge ?? 0 } },
      template: {
        metadata: { labels: { app: 'agent' } },
        spec: { containers: [{ name: 'agent', image: 'agent:2' }], nodeSelector: opts.nodeSelector, tolerations: opts.tolerations, nodeName: opts.nodeName },
      },
    },
  } as DaemonSet;
}

interface PodOpts {
  hash?: string;
  ready?: boolean;
  /** Seconds since the pod turned Ready. @default 100 */
  readyFor?: number;
  terminating?: boolean;
  /** Seconds since creation. @default 200 */
  age?: number;
  phase?: string;
}

function pod(name: string, nodeName: string, o: PodOpts = {}): Pod {
  return {
    metadata: {
      name,
      namespace: 'default',
      creationTimestamp: ago(o.age ?? 200),
      labels: { app: 'agent', [DefaultDaemonSetUniqueLabelKey]: o.hash ?? 'old', 'pod-template-generation': o.hash === HASH ? '2' : '1' },
      ...(o.terminating ? { deletionTimestamp: ago(-30) } : {}),
    },
    spec: { nodeName, containers: [{ name: 'agent', image: 'agent' }] },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: ago(o.readyFor ?? 100) }],
    },
  } as Pod;
}

const newPod = (name: string, n: string, o: PodOpts = {}) => pod(name, n, { ...o, hash: HASH });

// ---------------------------------------------------------------------------------------------
// nodeShouldRunDaemonPod: (shouldRun, shouldContinueRunning)
// ---------------------------------------------------------------------------------------------

const placementRows: Array<{ name: string; node: Node; ds: DaemonSet; want: [boolean, boolean] }> = [
  { name: 'a plain node runs a pod', node: node('n1'), ds: daemonSet(), want: [true, true] },
  { name: 'nodeSelector matches', node: node('n1', { labels: { disk: 'ssd' } }), ds: daemonSet({ nodeSelector: { disk: 'ssd' } }), want: [true, true] },
  { name: 'nodeSelector does not match: neither run nor keep', node: node('n1', { labels: { disk: 'hdd' } }), ds: daemonSet({ nodeSelector: { disk: 'ssd' } }), want: [false, false] },
  { name: 'template nodeName names another node', node: node('n1'), ds: daemonSet({ nodeName: 'n2' }), want: [false, false] },
  { name: 'template nodeName names this node', node: node('n1'), ds: daemonSet({ nodeName: 'n1' }), want: [true, true] },
  {
    name: 'an untolerated NoSchedule taint: no new pod, a running one stays',
    node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
    ds: daemonSet(),
    want: [false, true],
  },
  { name: 'an untolerated NoExecute taint: the pod goes', node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] }), ds: daemonSet(), want: [false, false] },
  {
    name: 'a tolerated taint',
    node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
    ds: daemonSet({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }] }),
    want: [true, true],
  },
  { name: 'an Exists toleration without key tolerates everything', node: node('n1', { taints: [{ key: 'x', effect: 'NoExecute' }] }), ds: daemonSet({ tolerations: [{ operator: 'Exists' }] }), want: [true, true] },
  { name: 'PreferNoSchedule never keeps a daemon pod away', node: node('n1', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }), ds: daemonSet(), want: [true, true] },
  {
    name: 'a cordoned node (unschedulable taint) still gets its daemon pod',
    node: node('n1', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }),
    ds: daemonSet(),
    want: [true, true],
  },
  { name: 'a NotReady node (not-ready:NoExecute) keeps and gets its daemon pod', node: node('n1', { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] }), ds: daemonSet(), want: [true, true] },
  { name: 'an unreachable node keeps its daemon pod', node: node('n1', { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }] }), ds: daemonSet(), want: [true, true] },
  {
    name: 'the control-plane taint keeps ordinary daemon pods off',
    node: node('n1', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }),
    ds: daemonSet(),
    want: [false, true],
  },
];

for (const row of placementRows) {
  test(`nodeShouldRunDaemonPod: ${row.name}`, () => {
    const r = nodeShouldRunDaemonPod(row.node, row.ds);
    expect([r.shouldRun, r.shouldContinueRunning]).to.deep.equal(row.want);
  });
}

test('addOrUpdateDaemonPodTolerations: the six daemon tolerations, no tolerationSeconds', () => {
  const spec = { containers: [], tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] };
  addOrUpdateDaemonPodTolerations(spec);
  expect(spec.tolerations).to.deep.equal([
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ]);
});

test('nodeNameAffinity and targetNodeName: a daemon pod is pinned by metadata.name', () => {
  const affinity = nodeNameAffinity(undefined, 'node-2');
  expect(affinity).to.deep.equal({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-2'] }] }] } } });
  expect(targetNodeName({ spec: { containers: [], affinity } } as Pod)).to.equal('node-2');
  expect(targetNodeName({ spec: { containers: [], nodeName: 'node-1', affinity } } as Pod)).to.equal('node-1');
});

// ---------------------------------------------------------------------------------------------
// updatedDesiredNodeCounts: maxSurge and maxUnavailable both round UP over eligible nodes.
// ---------------------------------------------------------------------------------------------

const countRows: Array<{ name: string; nodes: number; ds: DaemonSet; want: [number, number, number] }> = [
  { name: 'defaults on 3 nodes: one at a time', nodes: 3, ds: daemonSet(), want: [0, 1, 3] },
  { name: '50% of 3 rounds up to 2', nodes: 3, ds: daemonSet({ maxUnavailable: '50%' }), want: [0, 2, 3] },
  { name: '10% of 3 rounds up to 1', nodes: 3, ds: daemonSet({ maxUnavailable: '10%' }), want: [0, 1, 3] },
  { name: '25% of 10 rounds up to 3 (a Deployment would take 2)', nodes: 10, ds: daemonSet({ maxUnavailable: '25%' }), want: [0, 3, 10] },
  { name: 'maxSurge 34% of 3 rounds up to 2', nodes: 3, ds: daemonSet({ maxSurge: '34%', maxUnavailable: 0 }), want: [2, 0, 3] },
  { name: 'maxSurge 1', nodes: 5, ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }), want: [1, 0, 5] },
  { name: 'both resolve to 0: the controller accepts 1 unavailable', nodes: 4, ds: daemonSet({ maxSurge: '0%', maxUnavailable: '0%' }), want: [0, 1, 4] },
  { name: 'OnDelete: no counts, the fallback of 1', nodes: 2, ds: daemonSet({ onDelete: true }), want: [0, 1, 2] },
  { name: 'no eligible node: nothing to do', nodes: 0, ds: daemonSet(), want: [0, 1, 0] },
];

for (const row of countRows) {
  test(`updatedDesiredNodeCounts: ${row.name}`, () => {
    const nodes = Array.from({ length: row.nodes }, (_, i) => node(`n${i + 1}`));
    const r = updatedDesiredNodeCounts(row.ds, nodes);
    // With no eligible node the int maxUnavailable (1) is returned as is.
    expect([r.maxSurge, r.maxUnavailable, r.desiredNumberScheduled]).to.deep.equal(row.want);
  });
}

// ---------------------------------------------------------------------------------------------
// podsShouldBeOnNode: what the core loop does on one node.
// ---------------------------------------------------------------------------------------------

const manageRows: Array<{ name: string; node?: Node; ds?: DaemonSet; pods: Pod[]; create: boolean; remove: string[] }> = [
  { name: 'no pod yet: create one', pods: [], create: true, remove: [] },
  { name: 'one running pod: nothing to do', pods: [pod('a', 'n1')], create: false, remove: [] },
  { name: 'only a terminating pod: wait for it to go (no surge)', pods: [pod('a', 'n1', { terminating: true })], create: false, remove: [] },
  { name: 'only a terminating pod with surge: create the replacement now', ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }), pods: [pod('a', 'n1', { terminating: true })], create: true, remove: [] },
  { name: 'two pods without surge: keep the oldest', pods: [pod('young', 'n1', { age: 10 }), pod('old', 'n1', { age: 100 })], create: false, remove: ['young'] },
  { name: 'a failed pod is deleted', pods: [pod('a', 'n1', { phase: 'Failed' })], create: false, remove: ['a'] },
  { name: 'a succeeded pod is deleted', pods: [pod('a', 'n1', { phase: 'Succeeded' }), pod('b', 'n1', { age: 10 })], create: false, remove: ['a'] },
  { name: 'the node no longer matches: delete its pods', node: node('n1', { labels: { disk: 'hdd' } }), ds: daemonSet({ nodeSelector: { disk: 'ssd' } }), pods: [pod('a', 'n1')], create: false, remove: ['a'] },
  { name: 'a NoSchedule taint arrived: the running pod stays', node: node('n1', { taints: [{ key: 'x', effect: 'NoSchedule' }] }), pods: [pod('a', 'n1')], create: false, remove: [] },
  {
    name: 'surge: old ready, new not yet available: keep both',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }),
    pods: [pod('old', 'n1'), newPod('new', 'n1', { ready: false, age: 5 })],
    create: false,
    remove: [],
  },
  { name: 'surge: the new pod is available: the old one goes', ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }), pods: [pod('old', 'n1'), newPod('new', 'n1', { age: 5, readyFor: 2 })], create: false, remove: ['old'] },
  {
    name: 'surge: minReadySeconds not yet over: keep both',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0, minReadySeconds: 10 }),
    pods: [pod('old', 'n1'), newPod('new', 'n1', { age: 5, readyFor: 2 })],
    create: false,
    remove: [],
  },
  { name: 'surge: the old pod is not ready: it goes at once', ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }), pods: [pod('old', 'n1', { ready: false }), newPod('new', 'n1', { ready: false, age: 5 })], create: false, remove: ['old'] },
  {
    name: 'surge: a third pod is always deleted',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }),
    pods: [pod('old', 'n1', { age: 100 }), newPod('new', 'n1', { age: 50, ready: false }), newPod('newer', 'n1', { age: 5, ready: false })],
    create: false,
    remove: ['newer'],
  },
];

for (const row of manageRows) {
  test(`podsShouldBeOnNode: ${row.name}`, () => {
    const n = row.node ?? node('n1');
    const plan = podsShouldBeOnNode(n, row.pods, row.ds ?? daemonSet(), HASH, NOW);
    expect({ create: plan.nodesNeedingDaemonPods.length > 0, remove: plan.podsToDelete }).to.deep.equal({ create: row.create, remove: row.remove });
  });
}

test('findUpdatedPodsOnNode: two old pods on a node are not ok (the core loop cleans up first)', () => {
  expect(findUpdatedPodsOnNode([pod('a', 'n1'), pod('b', 'n1')], HASH, 2).ok).to.equal(false);
  const r = findUpdatedPodsOnNode([pod('a', 'n1'), newPod('b', 'n1'), pod('c', 'n1', { terminating: true })], HASH, 2);
  expect([r.ok, r.oldPod?.metadata?.name, r.newPod?.metadata?.name]).to.deep.equal([true, 'a', 'b']);
});

test('isPodUpdated by template generation when the hash differs', () => {
  const p = pod('a', 'n1', { hash: 'elsewhere' });
  p.metadata!.labels!['pod-template-generation'] = '2';
  expect(findUpdatedPodsOnNode([p], HASH, 2).newPod?.metadata?.name).to.equal('a');
});

// ---------------------------------------------------------------------------------------------
// rollingUpdatePlan (update.go)
// ---------------------------------------------------------------------------------------------

const three = [node('n1'), node('n2'), node('n3')];
const byNode = (...pods: Pod[]) => {
  const m = new Map<string, Pod[]>();
  for (const p of pods) m.set(p.spec!.nodeName!, [...(m.get(p.spec!.nodeName!) ?? []), p]);
  return m;
};

const updateRows: Array<{ name: string; ds: DaemonSet; nodes?: Node[]; pods: Pod[]; remove: string[]; create: string[] }> = [
  { name: 'all old and available, maxUnavailable 1: delete one', ds: daemonSet(), pods: [pod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: ['a'], create: [] },
  { name: 'maxUnavailable 2: delete two', ds: daemonSet({ maxUnavailable: 2 }), pods: [pod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: ['a', 'b'], create: [] },
  { name: 'maxUnavailable 100%: delete all', ds: daemonSet({ maxUnavailable: '100%' }), pods: [pod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: ['a', 'b', 'c'], create: [] },
  {
    name: 'the first node has only a terminating pod: it counts as unavailable, wait',
    ds: daemonSet(),
    pods: [pod('a', 'n1', { terminating: true }), pod('b', 'n2'), pod('c', 'n3')],
    remove: [],
    create: [],
  },
  { name: 'a new pod not yet available counts against maxUnavailable', ds: daemonSet(), pods: [newPod('a', 'n1', { ready: false }), pod('b', 'n2'), pod('c', 'n3')], remove: [], create: [] },
  { name: 'a new available pod frees the budget: next node', ds: daemonSet(), pods: [newPod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: ['b'], create: [] },
  {
    name: 'an old unavailable pod is always replaced, beyond the budget',
    ds: daemonSet(),
    pods: [newPod('a', 'n1', { ready: false }), pod('b', 'n2', { ready: false }), pod('c', 'n3')],
    remove: ['b'],
    create: [],
  },
  {
    name: 'minReadySeconds: a new pod ready for less is not available yet',
    ds: daemonSet({ minReadySeconds: 30 }),
    pods: [newPod('a', 'n1', { readyFor: 10 }), pod('b', 'n2'), pod('c', 'n3')],
    remove: [],
    create: [],
  },
  { name: 'everything updated: nothing to do', ds: daemonSet(), pods: [newPod('a', 'n1'), newPod('b', 'n2'), newPod('c', 'n3')], remove: [], create: [] },
  { name: 'surge 1, all old: start one new pod beside the first old one', ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }), pods: [pod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: [], create: ['n1'] },
  {
    name: 'surge 1, the new pod is not available yet: wait',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }),
    pods: [pod('a', 'n1'), newPod('a2', 'n1', { ready: false }), pod('b', 'n2'), pod('c', 'n3')],
    remove: [],
    create: [],
  },
  {
    name: 'surge 1, the new pod is available: drop its old one and surge on the next node',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }),
    pods: [pod('a', 'n1'), newPod('a2', 'n1'), pod('b', 'n2'), pod('c', 'n3')],
    remove: ['a'],
    create: ['n2'],
  },
  { name: 'surge 2 of 3 nodes', ds: daemonSet({ maxSurge: 2, maxUnavailable: 0 }), pods: [pod('a', 'n1'), pod('b', 'n2'), pod('c', 'n3')], remove: [], create: ['n1', 'n2'] },
  {
    name: 'surge: an unavailable old pod gets its replacement at once, beyond maxSurge',
    ds: daemonSet({ maxSurge: 1, maxUnavailable: 0 }),
    pods: [pod('a', 'n1'), newPod('a2', 'n1', { ready: false }), pod('b', 'n2', { ready: false }), pod('c', 'n3')],
    remove: [],
    create: ['n2'],
  },
];

for (const row of updateRows) {
  test(`rollingUpdatePlan: ${row.name}`, () => {
    const plan = rollingUpdatePlan(row.ds, row.nodes ?? three, byNode(...row.pods), HASH, NOW);
    expect({ remove: plan.oldPodsToDelete, create: plan.newNodesToCreate }).to.deep.equal({ remove: row.remove, create: row.create });
  });
}

// ---------------------------------------------------------------------------------------------
// daemonSetStatus
// ---------------------------------------------------------------------------------------------

test('daemonSetStatus: all updated and available', () => {
  const s = daemonSetStatus(daemonSet(), three, byNode(newPod('a', 'n1'), newPod('b', 'n2'), newPod('c', 'n3')), HASH, NOW);
  expect(s).to.deep.include({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, numberAvailable: 3, updatedNumberScheduled: 3, numberMisscheduled: 0, observedGeneration: 2 });
  expect(s.numberUnavailable).to.equal(undefined);
});

test('daemonSetStatus: the oldest pod of a node speaks for it, terminating or not', () => {
  const s = daemonSetStatus(daemonSet(), three, byNode(pod('a', 'n1', { terminating: true }), newPod('b', 'n2', { ready: false }), pod('c', 'n3')), HASH, NOW);
  expect(s).to.deep.include({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, numberAvailable: 2, updatedNumberScheduled: 1, numberUnavailable: 1 });
});

test('daemonSetStatus: a pod on a node that should not run one is misscheduled', () => {
  const ds = daemonSet({ nodeSelector: { disk: 'ssd' } });
  const nodes = [node('n1', { labels: { disk: 'ssd' } }), node('n2')];
  const s = daemonSetStatus(ds, nodes, byNode(newPod('a', 'n1'), newPod('b', 'n2')), HASH, NOW);
  expect(s).to.deep.include({ desiredNumberScheduled: 1, currentNumberScheduled: 1, numberMisscheduled: 1, numberAvailable: 1 });
});

test('daemonSetStatus: an eligible node without a pod is desired, not current', () => {
  const s = daemonSetStatus(daemonSet(), three, byNode(newPod('a', 'n1')), HASH, NOW);
  expect(s).to.deep.include({ desiredNumberScheduled: 3, currentNumberScheduled: 1, numberUnavailable: 2 });
});
