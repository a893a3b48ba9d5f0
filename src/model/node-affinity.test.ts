/** Tolerations against taints, and nodeSelector / required node affinity against a node. */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Node, PodSpec, Taint, Toleration } from './types';
import { findUntoleratedTaint, nodeMatchesPodAffinity, toleratesTaint } from './node-affinity';

const taint: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
const tolerationRows: Array<{ name: string; t: Toleration; want: boolean }> = [
  { name: 'Equal with the same value', t: { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, want: true },
  { name: 'operator defaults to Equal', t: { key: 'dedicated', value: 'gpu' }, want: true },
  { name: 'another value', t: { key: 'dedicated', operator: 'Equal', value: 'cpu' }, want: false },
  { name: 'Exists on the key, any value', t: { key: 'dedicated', operator: 'Exists' }, want: true },
  { name: 'Exists with no key tolerates everything', t: { operator: 'Exists' }, want: true },
  { name: 'another effect', t: { key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, want: false },
  { name: 'another key', t: { key: 'other', operator: 'Exists' }, want: false },
];
for (const row of tolerationRows) {
  test(`toleratesTaint: ${row.name}`, () => {
    expect(toleratesTaint(row.t, taint)).to.equal(row.want);
  });
}

test('findUntoleratedTaint: the filter decides which effects count', () => {
  const taints: Taint[] = [taint, { key: 'x', effect: 'NoExecute' }];
  expect(findUntoleratedTaint(taints, [], (t) => t.effect === 'NoExecute')?.key).to.equal('x');
  expect(findUntoleratedTaint(taints, [{ operator: 'Exists', key: 'x' }], () => true)?.key).to.equal('dedicated');
  expect(findUntoleratedTaint(taints, [{ operator: 'Exists' }], () => true)).to.equal(undefined);
});

const node = { metadata: { name: 'node-2', labels: { disk: 'ssd', cores: '8' } } } as Node;
const affinityRows: Array<{ name: string; spec: Partial<PodSpec>; want: boolean }> = [
  { name: 'nothing asked', spec: {}, want: true },
  { name: 'nodeSelector matches', spec: { nodeSelector: { disk: 'ssd' } }, want: true },
  { name: 'nodeSelector does not match', spec: { nodeSelector: { disk: 'hdd' } }, want: false },
  { name: 'matchFields metadata.name In', spec: affinity([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-2'] }] }]), want: true },
  { name: 'matchFields another name', spec: affinity([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }]), want: false },
  { name: 'terms are ORed', spec: affinity([{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['hdd'] }] }, { matchExpressions: [{ key: 'disk', operator: 'Exists' }] }]), want: true },
  { name: 'expressions in a term are ANDed', spec: affinity([{ matchExpressions: [{ key: 'disk', operator: 'Exists' }, { key: 'gpu', operator: 'Exists' }] }]), want: false },
  { name: 'Gt on a number', spec: affinity([{ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['4'] }] }]), want: true },
  { name: 'DoesNotExist', spec: affinity([{ matchExpressions: [{ key: 'gpu', operator: 'DoesNotExist' }] }]), want: true },
  { name: 'an empty term matches nothing', spec: affinity([{}]), want: false },
];
for (const row of affinityRows) {
  test(`nodeMatchesPodAffinity: ${row.name}`, () => {
    expect(nodeMatchesPodAffinity(row.spec as PodSpec, node)).to.equal(row.want);
  });
}

function affinity(nodeSelectorTerms: unknown[]): Partial<PodSpec> {
  return { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } } } as Partial<PodSpec>;
}
