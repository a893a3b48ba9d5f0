/**
 * Table tests for the ReplicaSet arithmetic (util.ts): TestSlowStartBatch and TestGetPodsToDelete
 * from upstream replica_set_test.go, and one row per ranking rule of k8s-semantics.md §14.1
 * (ActivePodsWithRanks.Less in controller_utils.go).
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Pod } from '../../model/types';
import { BurstReplicas, deletesBefore, getPodsRankedByRelatedPodsOnSameNode, getPodsToDelete, slowStartBatch } from './util';
import { NOW, pod } from '../testdata/fixtures';

const podNames = (pods: Pod[]): string[] => pods.map((p) => p.metadata!.name!);

// ---------------------------------------------------------------------------------------------
// slowStartBatch: batches 1, 2, 4, … capped by what remains; stop after a batch with a failure.
// ---------------------------------------------------------------------------------------------

const slowStartRows: Array<{ name: string; count: number; callLimit: number; wantSuccesses: number; wantCalls: number }> = [
  // TestSlowStartBatch: calls beyond callLimit fail.
  { name: 'callLimit = 0 (all fail): the function is called once', count: 10, callLimit: 0, wantSuccesses: 0, wantCalls: 1 },
  { name: 'callLimit = count (all succeed): 1 + 2 + 4 + 3', count: 10, callLimit: 10, wantSuccesses: 10, wantCalls: 10 },
  { name: 'callLimit < count (some succeed): 1 + 2 + 4, then stop', count: 10, callLimit: 5, wantSuccesses: 5, wantCalls: 7 },
  { name: 'nothing to do: no call', count: 0, callLimit: 0, wantSuccesses: 0, wantCalls: 0 },
  { name: 'one pod', count: 1, callLimit: 1, wantSuccesses: 1, wantCalls: 1 },
  { name: 'a failure in the second batch still runs the whole batch', count: 10, callLimit: 1, wantSuccesses: 1, wantCalls: 3 },
  { name: 'a burst of 500: 1 + 2 + … + 128 + 245', count: BurstReplicas, callLimit: BurstReplicas, wantSuccesses: 500, wantCalls: 500 },
  { name: 'quota of 10 on 100 pods: 1 + 2 + 4 + 8, 10 created', count: 100, callLimit: 10, wantSuccesses: 10, wantCalls: 15 },
];

for (const row of slowStartRows) {
  test(`slowStartBatch: ${row.name}`, () => {
    let calls = 0;
    const result = slowStartBatch(row.count, 1, () => ++calls <= row.callLimit);
    expect(result).to.deep.equal({ successes: row.wantSuccesses, calls: row.wantCalls });
    expect(calls).to.equal(row.wantCalls);
  });
}

test('slowStartBatch: the batch sizes are 1, 2, 4, 8, … capped by what remains', () => {
  const batches: number[] = [];
  let inBatch = 0;
  let expected = 1;
  let remaining = 20;
  slowStartBatch(20, 1, () => {
    inBatch++;
    if (inBatch === Math.min(expected, remaining)) {
      batches.push(inBatch);
      remaining -= inBatch;
      expected *= 2;
      inBatch = 0;
    }
    return true;
  });
  expect(batches).to.deep.equal([1, 2, 4, 8, 5]);
});

// ---------------------------------------------------------------------------------------------
// getPodsToDelete (TestGetPodsToDelete): `related` defaults to the pods themselves.
// ---------------------------------------------------------------------------------------------

const unscheduledPending = pod('unscheduled-pending-pod', { phase: 'Pending' });
const scheduledPending = pod('scheduled-pending-pod', { phase: 'Pending', node: 'fake-node' });
const scheduledRunningNotReady = pod('scheduled-running-not-ready-pod', { phase: 'Running', node: 'fake-node', ready: false });
const readyOnNode1 = pod('scheduled-running-ready-pod-on-node-1', { phase: 'Running', node: 'fake-node-1', ready: true });
const readyOnNode2 = pod('scheduled-running-ready-pod-on-node-2', { phase: 'Running', node: 'fake-node-2', ready: true });

const podsToDeleteRows: Array<{ name: string; pods: Pod[]; related?: Pod[]; diff: number; want: Pod[] }> = [
  { name: 'len(pods) = 0 (i.e., diff = 0 too)', pods: [], diff: 0, want: [] },
  { name: 'diff = len(pods): all of them, unsorted', pods: [scheduledRunningNotReady, readyOnNode1], diff: 2, want: [scheduledRunningNotReady, readyOnNode1] },
  { name: 'diff < len(pods)', pods: [readyOnNode1, scheduledRunningNotReady], diff: 1, want: [scheduledRunningNotReady] },
  {
    name: 'various pod phases and conditions, diff = len(pods)',
    pods: [readyOnNode1, readyOnNode1, readyOnNode2, scheduledRunningNotReady, scheduledPending, unscheduledPending],
    diff: 6,
    want: [readyOnNode1, readyOnNode1, readyOnNode2, scheduledRunningNotReady, scheduledPending, unscheduledPending],
  },
  {
    name: 'various pod phases and conditions, diff = len(pods), relatedPods empty',
    pods: [readyOnNode1, readyOnNode1, readyOnNode2, scheduledRunningNotReady, scheduledPending, unscheduledPending],
    related: [],
    diff: 6,
    want: [readyOnNode1, readyOnNode1, readyOnNode2, scheduledRunningNotReady, scheduledPending, unscheduledPending],
  },
  { name: 'scheduled vs unscheduled, diff < len(pods)', pods: [scheduledPending, unscheduledPending], diff: 1, want: [unscheduledPending] },
  {
    name: 'ready vs not-ready, diff < len(pods)',
    pods: [readyOnNode1, scheduledRunningNotReady, scheduledRunningNotReady],
    diff: 2,
    want: [scheduledRunningNotReady, scheduledRunningNotReady],
  },
  {
    name: 'ready and colocated with another ready pod vs not colocated, diff < len(pods)',
    pods: [readyOnNode1, readyOnNode2],
    related: [readyOnNode1, readyOnNode2, readyOnNode2],
    diff: 1,
    want: [readyOnNode2],
  },
  { name: 'pending vs running, diff < len(pods)', pods: [scheduledPending, scheduledRunningNotReady], diff: 1, want: [scheduledPending] },
  {
    name: 'various pod phases and conditions, diff < len(pods) (§14.1: delete 3)',
    pods: [readyOnNode1, readyOnNode2, scheduledRunningNotReady, scheduledPending, unscheduledPending],
    diff: 3,
    want: [unscheduledPending, scheduledPending, scheduledRunningNotReady],
  },
];

for (const row of podsToDeleteRows) {
  test(`getPodsToDelete: ${row.name}`, () => {
    expect(podNames(getPodsToDelete(row.pods, row.related ?? row.pods, row.diff, NOW))).to.deep.equal(podNames(row.want));
  });
}

// ---------------------------------------------------------------------------------------------
// getPodsRankedByRelatedPodsOnSameNode: rank = active related pods on the pod's node.
// ---------------------------------------------------------------------------------------------

const rankRows: Array<{ name: string; pods: Pod[]; related: Pod[]; want: number[] }> = [
  {
    name: 'related pods per node, old and new ReplicaSets alike',
    pods: [pod('a', { node: 'n1' }), pod('b', { node: 'n2' })],
    related: [pod('a', { node: 'n1' }), pod('b', { node: 'n2' }), pod('c', { node: 'n2' }), pod('d', { node: 'n3' })],
    want: [1, 2],
  },
  { name: 'no related pods (a ReplicaSet without a controller): every rank 0', pods: [pod('a', { node: 'n1' }), pod('b', { node: 'n1' })], related: [], want: [0, 0] },
  {
    name: 'terminating related pods are not active and do not count',
    pods: [pod('a', { node: 'n1' })],
    related: [pod('a', { node: 'n1' }), pod('x', { node: 'n1', deleting: true }), pod('y', { node: 'n1', phase: 'Succeeded' }), pod('z', { node: 'n1', phase: 'Failed' })],
    want: [1],
  },
];

for (const row of rankRows) {
  test(`getPodsRankedByRelatedPodsOnSameNode: ${row.name}`, () => {
    expect(getPodsRankedByRelatedPodsOnSameNode(row.pods, row.related).map((r) => r.rank)).to.deep.equal(row.want);
  });
}

// ---------------------------------------------------------------------------------------------
// deletesBefore (ActivePodsWithRanks.Less), one rule at a time, then precedence between rules.
// Each row states which of the two pods goes first; the other order must say the opposite
// ('tie': neither goes first). Ages are in seconds before NOW.
// ---------------------------------------------------------------------------------------------

const running = { phase: 'Running', node: 'n1' } as const;
const rankRowsLess: Array<{ name: string; a: Pod; b: Pod; rankA?: number; rankB?: number; first: 'a' | 'b' | 'tie' }> = [
  // 1. unscheduled < scheduled
  { name: '1: unscheduled before scheduled', a: pod('a', { phase: 'Pending' }), b: pod('b', { phase: 'Pending', node: 'n1' }), first: 'a' },
  // 2. Pending < Unknown < Running
  { name: '2: Pending before Running', a: pod('a', { phase: 'Pending', node: 'n1' }), b: pod('b', { phase: 'Running', node: 'n1' }), first: 'a' },
  { name: '2: Pending before Unknown', a: pod('a', { phase: 'Pending', node: 'n1' }), b: pod('b', { phase: 'Unknown', node: 'n1' }), first: 'a' },
  { name: '2: Unknown before Running', a: pod('a', { phase: 'Unknown', node: 'n1' }), b: pod('b', { phase: 'Running', node: 'n1' }), first: 'a' },
  // 3. not ready < ready
  { name: '3: not ready before ready', a: pod('a', { ...running, ready: false }), b: pod('b', { ...running, ready: true }), first: 'a' },
  { name: '3: no Ready condition counts as not ready', a: pod('a', { ...running }), b: pod('b', { ...running, ready: true }), first: 'a' },
  // 4. lower pod-deletion-cost first
  { name: '4: lower deletion cost first', a: pod('a', { ...running, ready: true, deletionCost: '-100' }), b: pod('b', { ...running, ready: true }), first: 'a' },
  { name: '4: higher deletion cost last', a: pod('a', { ...running, ready: true, deletionCost: '10' }), b: pod('b', { ...running, ready: true, deletionCost: '5' }), first: 'b' },
  { name: '4: an unparseable cost counts as 0', a: pod('a', { ...running, ready: true, deletionCost: 'cheap' }), b: pod('b', { ...running, ready: true, deletionCost: '1' }), first: 'a' },
  // 5. doubled-up first
  { name: '5: more related pods on the node first', a: pod('a', { ...running, ready: true }), b: pod('b', { ...running, ready: true }), rankA: 2, rankB: 1, first: 'a' },
  // 6. both ready: ready more recently first (logarithmic buckets, then UID)
  { name: '6: ready 10 s ago before ready 1 h ago', a: pod('a', { ...running, ready: true, readySecondsAgo: 3600 }), b: pod('b', { ...running, ready: true, readySecondsAgo: 10 }), first: 'b' },
  { name: '6: a zero ready time first', a: pod('a', { ...running, ready: true, readySecondsAgo: 10 }), b: pod('b', { ...running, ready: true }), first: 'b' },
  {
    name: '6: same log2 bucket (100 s vs 110 s): the smaller UID first',
    a: pod('a', { ...running, ready: true, readySecondsAgo: 100, uid: 'uid-2' }),
    b: pod('b', { ...running, ready: true, readySecondsAgo: 110, uid: 'uid-1' }),
    first: 'b',
  },
  {
    name: '6: only compared when both are ready (two not-ready pods fall through to creation time)',
    a: pod('a', { ...running, ready: false, readySecondsAgo: 10, createdSecondsAgo: 3600 }),
    b: pod('b', { ...running, ready: false, readySecondsAgo: 3600, createdSecondsAgo: 10 }),
    first: 'b',
  },
  // 7. more restarts first
  { name: '7: more container restarts first', a: pod('a', { ...running, ready: true, restarts: 0 }), b: pod('b', { ...running, ready: true, restarts: 5 }), first: 'b' },
  // 8. newer first
  { name: '8: created 10 s ago before created 1 h ago', a: pod('a', { ...running, createdSecondsAgo: 3600 }), b: pod('b', { ...running, createdSecondsAgo: 10 }), first: 'b' },
  { name: '8: a zero creation time first', a: pod('a', { ...running, createdSecondsAgo: 10 }), b: pod('b', { ...running }), first: 'b' },
  {
    name: '8: same log2 bucket: the smaller UID first',
    a: pod('a', { ...running, createdSecondsAgo: 100, uid: 'uid-1' }),
    b: pod('b', { ...running, createdSecondsAgo: 101, uid: 'uid-2' }),
    first: 'a',
  },
  { name: 'identical pods: neither first', a: pod('a', { ...running, createdSecondsAgo: 10 }), b: pod('b', { ...running, createdSecondsAgo: 10 }), first: 'tie' },
  // Precedence: the first differing rule wins.
  { name: '1 beats 2: unscheduled Running before scheduled Pending', a: pod('a', { phase: 'Running' }), b: pod('b', { phase: 'Pending', node: 'n1' }), first: 'a' },
  { name: '2 beats 4: Pending with a high cost before Running with a low one', a: pod('a', { phase: 'Pending', node: 'n1', deletionCost: '1000' }), b: pod('b', { ...running, ready: true, deletionCost: '-1000' }), first: 'a' },
  { name: '3 beats 4: not ready with a high cost before ready with a low one', a: pod('a', { ...running, ready: false, deletionCost: '1000' }), b: pod('b', { ...running, ready: true, deletionCost: '-1000' }), first: 'a' },
  { name: '4 beats 5: lower cost before doubled-up', a: pod('a', { ...running, ready: true, deletionCost: '-1' }), b: pod('b', { ...running, ready: true }), rankA: 1, rankB: 3, first: 'a' },
  { name: '5 beats 6: doubled-up before recently ready', a: pod('a', { ...running, ready: true, readySecondsAgo: 3600 }), b: pod('b', { ...running, ready: true, readySecondsAgo: 10 }), rankA: 2, rankB: 1, first: 'a' },
  { name: '6 beats 7: recently ready before many restarts', a: pod('a', { ...running, ready: true, readySecondsAgo: 10, restarts: 0 }), b: pod('b', { ...running, ready: true, readySecondsAgo: 3600, restarts: 9 }), first: 'a' },
  { name: '7 beats 8: more restarts before newer', a: pod('a', { ...running, restarts: 3, createdSecondsAgo: 3600 }), b: pod('b', { ...running, restarts: 0, createdSecondsAgo: 10 }), first: 'a' },
];

for (const row of rankRowsLess) {
  test(`deletesBefore: ${row.name}`, () => {
    const a = { pod: row.a, rank: row.rankA ?? 0 };
    const b = { pod: row.b, rank: row.rankB ?? 0 };
    expect(deletesBefore(a, b, NOW), 'a before b').to.equal(row.first === 'a');
    expect(deletesBefore(b, a, NOW), 'b before a').to.equal(row.first === 'b');
  });
}

test('getPodsToDelete: with ranks from related pods, a doubled-up ready pod goes before a lone one', () => {
  const lone = pod('lone', { phase: 'Running', node: 'n1', ready: true });
  const doubled = pod('doubled', { phase: 'Running', node: 'n2', ready: true });
  const sibling = pod('sibling-of-old-rs', { phase: 'Running', node: 'n2', ready: true });
  expect(podNames(getPodsToDelete([lone, doubled], [lone, doubled, sibling], 1, NOW))).to.deep.equal(['doubled']);
});

// ---------------------------------------------------------------------------------------------
// pickForDeletion: runs per node, merged. Where the comparator orders the pods consistently the
// result is exactly the first `diff` of a stable sort (ties in the order given).
// ---------------------------------------------------------------------------------------------

import * as fc from 'fast-check';
import { compareDeletionKeys, deletionCandidate, pickForDeletion } from './util';

const rankOn = (perNode: Map<string, number>, p: Pod): number => (p.spec?.nodeName ? perNode.get(p.spec.nodeName) ?? 0 : 0);

/**
 * Pods the comparator orders consistently: ready and creation ages are a few values in distinct
 * log2 buckets (equal ages tie, different ages never fall to the UID), ranks per node.
 */
const consistentPods = fc.array(
  fc.record({
    node: fc.constantFrom(undefined, 'n1', 'n2', 'n3', 'n4'),
    phase: fc.constantFrom('Pending', 'Running', 'Unknown'),
    ready: fc.boolean(),
    readySecondsAgo: fc.constantFrom(1, 100, 10000),
    createdSecondsAgo: fc.constantFrom(2, 200, 20000),
    restarts: fc.integer({ min: 0, max: 2 }),
    deletionCost: fc.constantFrom(undefined, '-5', '5'),
  }),
  { maxLength: 60 },
);

test('pickForDeletion: with a consistent comparator, the first diff of a stable sort, in that order (all as given when diff covers them)', () => {
  fc.assert(
    fc.property(consistentPods, fc.nat(70), fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }), (specs, diff, extra) => {
      const pods = specs.map((o, i) => pod(`p${i}`, o));
      // A node's rank: its pods plus some of another ReplicaSet's.
      const perNode = new Map(['n1', 'n2', 'n3', 'n4'].map((n, i) => [n, pods.filter((p) => p.spec?.nodeName === n).length + extra[i]]));
      const candidates = () =>
        pods.map((p) => {
          const c = deletionCandidate(p, NOW);
          c.rank = rankOn(perNode, p);
          return c;
        });
      // With everything going nothing is sorted (upstream's getPodsToDelete returns them as given).
      const want = (diff >= pods.length ? candidates() : candidates().sort(compareDeletionKeys).slice(0, diff)).map((c) => c.pod.metadata!.name);
      expect(podNames(pickForDeletion(candidates(), diff))).to.deep.equal(want);
    }),
    { seed: 42, numRuns: 300 },
  );
});

test('pickForDeletion: a whole node of a higher rank goes before any pod of a lower one, however young', () => {
  const crowded = [1, 2, 3].map((i) => pod(`crowded-${i}`, { phase: 'Running', node: 'n1', ready: true, readySecondsAgo: 10000 }));
  const young = pod('young', { phase: 'Running', node: 'n2', ready: true, readySecondsAgo: 1 });
  const perNode = new Map([['n1', 3], ['n2', 1]]);
  const candidates = [young, ...crowded].map((p) => Object.assign(deletionCandidate(p, NOW), { rank: rankOn(perNode, p) }));
  expect(podNames(pickForDeletion(candidates, 3))).to.deep.equal(['crowded-1', 'crowded-2', 'crowded-3']);
});
