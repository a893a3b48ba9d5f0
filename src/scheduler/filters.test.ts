import { test } from 'node:test';
import { expect } from 'chai';
import type { Node, Pod } from '../model/types';
import { failedSchedulingMessage, filterNode, NodeUsage } from './filters';
import { podRequests } from '../model/quantity';

function node(name: string, extra: { unschedulable?: boolean; taints?: Array<{ key: string; value?: string; effect: string }>; labels?: Record<string, string>; cpu?: string; memory?: string; pods?: string } = {}): Node {
  return {
    metadata: { name, labels: extra.labels ?? {} },
    spec: { unschedulable: extra.unschedulable, taints: extra.taints },
    status: { allocatable: { cpu: extra.cpu ?? '2', memory: extra.memory ?? '8Gi', pods: extra.pods ?? '110' } },
  };
}

function pod(extra: { cpu?: string; memory?: string; nodeSelector?: Record<string, string>; tolerations?: Pod['spec'] extends infer S ? S extends { tolerations?: infer T } ? T : never : never } = {}): Pod {
  const requests: Record<string, string> = {};
  if (extra.cpu) requests.cpu = extra.cpu;
  if (extra.memory) requests.memory = extra.memory;
  return { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x', resources: { requests } }], nodeSelector: extra.nodeSelector, tolerations: extra.tolerations } };
}

const idle: NodeUsage = { pods: 0, requested: {} };

const rows: Array<{ name: string; pod: Pod; node: Node; usage: NodeUsage; want: string[] }> = [
  { name: 'a healthy empty node fits', pod: pod(), node: node('a'), usage: idle, want: [] as string[] },
  { name: 'a cordoned node does not', pod: pod(), node: node('a', { unschedulable: true }), usage: idle, want: ['node(s) were unschedulable'] },
  { name: 'an untolerated NoSchedule taint', pod: pod(), node: node('a', { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }] }), usage: idle, want: ['node(s) had untolerated taint {node.kubernetes.io/unreachable: }'] },
  { name: 'a tolerated taint', pod: pod({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }] }), node: node('a', { taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] }), usage: idle, want: [] },
  { name: 'PreferNoSchedule never filters', pod: pod(), node: node('a', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] }), usage: idle, want: [] },
  { name: 'a node selector that does not match', pod: pod({ nodeSelector: { disk: 'ssd' } }), node: node('a', { labels: { disk: 'hdd' } }), usage: idle, want: ["node(s) didn't match Pod's node affinity/selector"] },
  { name: 'not enough memory', pod: pod({ memory: '6Gi' }), node: node('a'), usage: { pods: 1, requested: { memory: 4 * 2 ** 30 * 1000 } }, want: ['Insufficient memory'] },
  { name: 'not enough cpu and memory', pod: pod({ cpu: '1500m', memory: '6Gi' }), node: node('a'), usage: { pods: 1, requested: { cpu: 1000, memory: 4 * 2 ** 30 * 1000 } }, want: ['Insufficient cpu', 'Insufficient memory'] },
  { name: 'the pod limit', pod: pod(), node: node('a', { pods: '2' }), usage: { pods: 2, requested: {} }, want: ['Too many pods'] },
];
for (const row of rows) {
  test(`filterNode: ${row.name}`, () => {
    expect(filterNode(row.pod, row.node, row.usage, podRequests(row.pod.spec)).reasons).to.deep.equal(row.want);
  });
}

test('FailedScheduling message: counts, sorted, with the preemption sentence', () => {
  const results = [
    { fits: false, reasons: ['Insufficient memory'], unresolvable: false },
    { fits: false, reasons: ['Insufficient memory'], unresolvable: false },
  ];
  expect(failedSchedulingMessage(2, results)).to.equal('0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.');
});

test('FailedScheduling message: mixed reasons', () => {
  const results = [
    { fits: false, reasons: ['node(s) were unschedulable'], unresolvable: true },
    { fits: false, reasons: ['Insufficient cpu'], unresolvable: false },
  ];
  expect(failedSchedulingMessage(2, results)).to.equal('0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.');
});

test('quantities: requests add up in milli-units', () => {
  expect(podRequests({ containers: [{ resources: { requests: { cpu: '250m', memory: '128Mi' } } }, { resources: { requests: { cpu: '0.5' } } }] })).to.deep.equal({ cpu: 750, memory: 128 * 2 ** 20 * 1000 });
});

test('VolumeBinding PreFilter: missing, lost, deleting and unbound immediate claims keep the pod off every node', async () => {
  const { volumeBindingPreFilter, preFilterFailureMessage } = await import('./filters');
  const bound = { deleting: false, phase: 'Bound', volumeName: 'pv-1', waitForFirstConsumer: false };
  const rows: Array<[string, Parameters<typeof volumeBindingPreFilter>[0], string | undefined]> = [
    ['all bound', [{ name: 'a', claim: bound }], undefined],
    ['missing', [{ name: 'gvol-1' }], 'persistentvolumeclaim "gvol-1" not found'],
    ['lost', [{ name: 'a', claim: { ...bound, phase: 'Lost' } }], 'persistentvolumeclaim "a" bound to non-existent persistentvolume "pv-1"'],
    ['being deleted', [{ name: 'a', claim: { ...bound, deleting: true } }], 'persistentvolumeclaim "a" is being deleted'],
    ['unbound, Immediate', [{ name: 'a', claim: { deleting: false, phase: 'Pending', waitForFirstConsumer: false } }], 'pod has unbound immediate PersistentVolumeClaims'],
    ['unbound, WaitForFirstConsumer: the scheduler picks the node', [{ name: 'a', claim: { deleting: false, phase: 'Pending', waitForFirstConsumer: true } }], undefined],
    ['the first broken claim wins over an unbound one', [{ name: 'a', claim: { deleting: false, phase: 'Pending', waitForFirstConsumer: false } }, { name: 'b' }], 'persistentvolumeclaim "b" not found'],
  ];
  for (const [name, claims, want] of rows) expect(volumeBindingPreFilter(claims), name).to.equal(want);
  expect(preFilterFailureMessage(2, 'pod has unbound immediate PersistentVolumeClaims')).to.equal(
    '0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
  );
});

test('VolumeBinding Filter: a bound volume with node affinity admits only matching nodes', async () => {
  const { volumeNodeAffinityFits } = await import('./filters');
  const local = { spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['a'] }] }] } } } };
  expect(volumeNodeAffinityFits([local], node('a', { labels: { 'kubernetes.io/hostname': 'a' } })).fits).to.equal(true);
  expect(volumeNodeAffinityFits([local], node('b', { labels: { 'kubernetes.io/hostname': 'b' } })).reasons).to.deep.equal(['node(s) had volume node affinity conflict']);
  expect(volumeNodeAffinityFits([{ spec: {} }], node('b')).fits).to.equal(true);
});
