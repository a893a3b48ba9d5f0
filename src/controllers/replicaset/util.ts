import type { Pod } from '../../model/types';
import { isPodActive, getPodCondition, totalRestarts } from '../../model/pod-util';
import { parseTime } from '../../clock/virtual-clock';
import { BinaryHeap } from '../../clock/binary-heap';

/**
 * ReplicaSet arithmetic re-implemented from pkg/controller/controller_utils.go and
 * replica_set.go: which pods go first on scale-down, and the slow-start batches for creation.
 */

export const PodDeletionCostAnnotation = 'controller.kubernetes.io/pod-deletion-cost';
export const SlowStartInitialBatchSize = 1;
/** burstReplicas: at most this many creations or deletions per sync. */
export const BurstReplicas = 500;

export interface RankedPod {
  pod: Pod;
  /** Active pods on the same node that belong to the same controller (old and new ReplicaSets). */
  rank: number;
}

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function deletionCost(pod: Pod): number {
  const v = pod.metadata?.annotations?.[PodDeletionCostAnnotation];
  if (v === undefined || !/^-?\d+$/.test(v)) return 0;
  return Number(v);
}

/**
 * LogarithmicScaleDown buckets: times are compared by floor(log2(age in ns)), so pods of similar
 * age tie and the UID decides (pseudo-random but stable), as upstream.
 */
function logBucket(ts: number | undefined, nowMs: number): number {
  if (ts === undefined) return -1;
  const ageNs = Math.max(1, (nowMs - ts) * 1e6);
  return Math.floor(Math.log2(ageNs));
}

/** The facts ActivePodsWithRanks.Less compares, read once per pod rather than once per comparison. */
export interface DeletionKey {
  scheduled: boolean;
  phase: number;
  ready: boolean;
  cost: number;
  rank: number;
  readyTime: number | undefined;
  readyBucket: number;
  restarts: number;
  created: number | undefined;
  createdBucket: number;
  uid: string;
}

/** A pod with its deletion key, as a scale-down ranks it. */
export interface DeletionCandidate extends DeletionKey {
  pod: Pod;
  /** The instant the age buckets are for: they move with time. */
  bucketsAt: number;
  /** Its place among the pods being ranked: equal candidates go in this order. */
  order: number;
  /** Its pod is no longer a candidate, though a kept run still lists it (PodTally): skipped. */
  removed: boolean;
}

export function deletionKey(r: RankedPod, nowMs: number): DeletionKey {
  const key = deletionCandidate(r.pod, nowMs);
  key.rank = r.rank;
  return key;
}

/**
 * Moves a candidate's age buckets to `nowMs` (a candidate kept from an earlier instant). True
 * when a bucket changed: only then can its place among other candidates have changed.
 */
export function ageCandidate(c: DeletionCandidate, nowMs: number): boolean {
  if (c.bucketsAt === nowMs) return false;
  c.bucketsAt = nowMs;
  const readyBucket = logBucket(c.readyTime, nowMs);
  const createdBucket = logBucket(c.created, nowMs);
  if (readyBucket === c.readyBucket && createdBucket === c.createdBucket) return false;
  c.readyBucket = readyBucket;
  c.createdBucket = createdBucket;
  return true;
}

/** A pod's deletion candidate as of `nowMs`, rank 0 (the ranking sets it). */
export function deletionCandidate(p: Pod, nowMs: number): DeletionCandidate {
  // The Ready condition is looked up once for both readiness and its transition time.
  const readyCondition = getPodCondition(p, 'Ready');
  const ready = readyCondition?.status === 'True';
  const readyTime = ready ? parseTime(readyCondition.lastTransitionTime) : undefined;
  const created = parseTime(p.metadata?.creationTimestamp);
  return {
    pod: p,
    bucketsAt: nowMs,
    order: 0,
    removed: false,
    scheduled: !!p.spec?.nodeName,
    phase: PHASE_ORDER[p.status?.phase ?? 'Pending'] ?? 0,
    ready,
    cost: deletionCost(p),
    rank: 0,
    readyTime,
    readyBucket: logBucket(readyTime, nowMs),
    restarts: totalRestarts(p),
    created,
    createdBucket: logBucket(created, nowMs),
    uid: p.metadata?.uid ?? '',
  };
}

/**
 * ActivePodsWithRanks.Less over precomputed keys: negative when `a` goes first.
 * 1 unscheduled first, 2 Pending < Unknown < Running, 3 not ready first, 4 lower deletion cost,
 * 5 higher rank (doubled-up on a node), 6 more recently ready, 7 more restarts, 8 newer.
 */
export function compareDeletionKeys(a: DeletionKey, b: DeletionKey): number {
  if (a.scheduled !== b.scheduled) return a.scheduled ? 1 : -1;
  if (a.phase !== b.phase) return a.phase - b.phase;
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.ready && b.ready && a.readyTime !== b.readyTime) {
    // younger readiness (smaller age bucket) first; the same bucket falls to the UID
    if (a.readyBucket !== b.readyBucket) return a.readyBucket - b.readyBucket;
    if (a.uid !== b.uid) return a.uid < b.uid ? -1 : 1;
  }
  if (a.restarts !== b.restarts) return b.restarts - a.restarts;
  if (a.created !== b.created) {
    if (a.createdBucket !== b.createdBucket) return a.createdBucket - b.createdBucket;
    if (a.uid !== b.uid) return a.uid < b.uid ? -1 : 1;
  }
  return 0;
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function deletesBefore(a: RankedPod, b: RankedPod, nowMs: number): boolean {
  return compareDeletionKeys(deletionKey(a, nowMs), deletionKey(b, nowMs)) < 0;
}

/**
 * getPodsToDelete: the `diff` pods to remove, ranked by deletesBefore. `related` are all pods of
 * the same controller (for the doubled-up rank; only active ones count). With everything going,
 * nothing is ranked and `related` is not read.
 */
export function getPodsToDelete(filteredPods: Pod[], relatedPods: Iterable<Pod>, diff: number, nowMs: number): Pod[] {
  if (diff >= filteredPods.length) return [...filteredPods];
  const perNode = activePodsPerNode(relatedPods);
  return pickForDeletion(
    filteredPods.map((pod) => {
      const c = deletionCandidate(pod, nowMs);
      c.rank = rankOnNode(perNode, pod);
      return c;
    }),
    diff,
  );
}

/**
 * The `diff` candidates that go first, in the order they go (all of them, in their order, when
 * `diff` covers them).
 *
 * Upstream sorts every pod and takes the first `diff`. Its comparator is not always a consistent
 * order (two pods ready in the same second go by restarts and age, two ready a moment apart by
 * UID), so which of such pods go depends on the sorting procedure, and in a real cluster on the
 * informer's random order. Here one procedure decides: the candidates of each node (pods on one
 * node share their rank) are sorted stably in the order given, and the nodes' sorted runs are
 * merged by the comparator, ties to the earlier pod. Where the comparator is consistent this is
 * exactly the first `diff` of a stable sort (a property test checks it).
 *
 * Why runs: a node's run stays sorted while its pods do not change, so the ReplicaSet
 * controller's tally keeps them between syncs and a scale-down of 500 pods a sync sorts nothing
 * again but what changed (PodTally.podsToDelete). Ranking every pod at every sync, as upstream
 * does, made scaling 100,000 pods down quadratic here.
 *
 * The candidates are the caller's to give up: their `order` is set, their `rank` overwritten.
 */
export function pickForDeletion(ranked: DeletionCandidate[], diff: number): Pod[] {
  if (diff >= ranked.length) return ranked.map((r) => r.pod);
  // Runs by node, and by rank should a caller rank pods of one node differently.
  const byNode = new Map<string, Map<number, DeletionCandidate[]>>();
  ranked.forEach((c, i) => {
    c.order = i;
    const node = c.pod.spec?.nodeName ?? '';
    let byRank = byNode.get(node);
    if (!byRank) byNode.set(node, (byRank = new Map()));
    const run = byRank.get(c.rank);
    if (run) run.push(c);
    else byRank.set(c.rank, [c]);
  });
  const runs: DeletionRun[] = [];
  for (const node of [...byNode.keys()].sort()) {
    const byRank = byNode.get(node)!;
    for (const rank of [...byRank.keys()].sort((a, b) => b - a)) runs.push({ sorted: sortRun(byRank.get(rank)!), next: 0, rank });
  }
  return mergeRuns(runs, diff);
}

/** One node's candidates sorted by the comparator, read from `next`, all of rank `rank`. */
export interface DeletionRun {
  sorted: readonly DeletionCandidate[];
  next: number;
  rank: number;
}

/**
 * Sorts one node's candidates in place, stably (ties keep the order given). Their ranks are the
 * same within a node, so they are set equal for the sort; the merge gives each its node's rank.
 */
export function sortRun(candidates: DeletionCandidate[]): DeletionCandidate[] {
  for (const c of candidates) c.rank = 0;
  return candidates.sort(compareDeletionKeys);
}

/**
 * Merges sorted runs by the comparator (each run's head carrying its run's rank; ties to the
 * smaller `order`), taking `diff` candidates. `runs` come in a fixed order (node name, then rank
 * from high to low) so that the merge is the same for the same pods.
 */
export function mergeRuns(runs: DeletionRun[], diff: number): Pod[] {
  const before = (a: DeletionRun, b: DeletionRun): boolean => {
    const x = a.sorted[a.next];
    const y = b.sorted[b.next];
    const c = compareDeletionKeys(x, y);
    return c < 0 || (c === 0 && x.order < y.order);
  };
  const heap = new BinaryHeap<DeletionRun>(before);
  // A run goes (back) in the heap with its next live candidate at its head, carrying its rank.
  const offer = (run: DeletionRun): void => {
    while (run.next < run.sorted.length && run.sorted[run.next].removed) run.next++;
    if (run.next >= run.sorted.length) return;
    run.sorted[run.next].rank = run.rank;
    heap.push(run);
  };
  for (const run of runs) offer(run);
  const out: Pod[] = [];
  while (out.length < diff && heap.size > 0) {
    const run = heap.pop()!;
    out.push(run.sorted[run.next++].pod);
    offer(run);
  }
  return out;
}

/**
 * getPodsRankedByRelatedPodsOnSameNode: like upstream, only active related pods (controller.IsPodActive:
 * not terminating, not Succeeded/Failed) count towards a node's rank.
 */
export function getPodsRankedByRelatedPodsOnSameNode(podsToRank: Pod[], relatedPods: Iterable<Pod>): RankedPod[] {
  const perNode = activePodsPerNode(relatedPods);
  return podsToRank.map((pod) => ({ pod, rank: rankOnNode(perNode, pod) }));
}

/** Active pods per node name: the rank of every pod on that node. */
export function activePodsPerNode(pods: Iterable<Pod>): Map<string, number> {
  const perNode = new Map<string, number>();
  for (const p of pods) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName;
    if (n) perNode.set(n, (perNode.get(n) ?? 0) + 1);
  }
  return perNode;
}

function rankOnNode(perNode: Map<string, number>, pod: Pod): number {
  const n = pod.spec?.nodeName;
  return n ? perNode.get(n) ?? 0 : 0;
}

/**
 * slowStartBatch: call `fn` in batches of 1, 2, 4, … (capped by what remains); stop after the
 * first batch with a failure. Returns the number of successes and of calls made.
 * Example: 10 all succeed → batches 1+2+4+3; first call fails → 1 call, 0 successes.
 */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => boolean): { successes: number; calls: number } {
  let remaining = count;
  let successes = 0;
  let calls = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let failed = false;
    for (let i = 0; i < batch; i++) {
      calls++;
      if (fn()) successes++;
      else failed = true;
    }
    if (failed) break;
    remaining -= batch;
  }
  return { successes, calls };
}
