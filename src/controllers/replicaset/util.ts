import type { Pod } from '../../model/types';
import { isPodActive, getPodCondition, totalRestarts } from '../../model/pod-util';
import { parseTime } from '../../clock/virtual-clock';

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
}

export function deletionKey(r: RankedPod, nowMs: number): DeletionKey {
  const key = deletionCandidate(r.pod, nowMs);
  key.rank = r.rank;
  return key;
}

/** Moves a candidate's age buckets to `nowMs` (a candidate kept from an earlier instant). */
export function ageCandidate(c: DeletionCandidate, nowMs: number): void {
  if (c.bucketsAt === nowMs) return;
  c.bucketsAt = nowMs;
  c.readyBucket = logBucket(c.readyTime, nowMs);
  c.createdBucket = logBucket(c.created, nowMs);
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
 * `diff` covers them). Candidates often tie (pods created and ready in the same second), and
 * which of the tied pods go depends on the selection procedure: every scale-down goes through
 * this one, so that the choice never depends on who asks.
 */
export function pickForDeletion(ranked: DeletionCandidate[], diff: number, opts: { owned?: boolean } = {}): Pod[] {
  if (diff >= ranked.length) return ranked.map((r) => r.pod);
  if (diff > 64) return selectSmallest(ranked, diff, compareDeletionKeys, opts).map((r) => r.pod);
  // A small scale-down out of many pods: keep the best `diff` in a sorted window, O(n·diff)
  // instead of sorting everything; the chosen set is the same as the sort's first `diff`.
  const best: DeletionCandidate[] = [];
  for (const r of ranked) {
    if (best.length === diff && compareDeletionKeys(r, best[diff - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && compareDeletionKeys(r, best[i - 1]) < 0) i--;
    best.splice(i, 0, r);
    if (best.length > diff) best.pop();
  }
  return best.map((r) => r.pod);
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

/**
 * The `k` smallest items under `cmp`, in order: a quickselect (expected O(n)) followed by sorting
 * only those k. Scaling a huge ReplicaSet down 500 pods per sync must not sort every pod each time.
 * Pivots are chosen by position, so the result is deterministic.
 */
export function selectSmallest<T>(items: T[], k: number, cmp: (a: T, b: T) => number, opts: { owned?: boolean } = {}): T[] {
  // `owned`: the caller made `items` for this call, so it may be reordered in place.
  const a = opts.owned ? items : [...items];
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    // Median of three as the pivot.
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = cmp(x, y) < 0 ? (cmp(y, z) < 0 ? y : cmp(x, z) < 0 ? z : x) : cmp(x, z) < 0 ? x : cmp(y, z) < 0 ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (cmp(a[i], pivot) < 0) i++;
      while (cmp(pivot, a[j]) < 0) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return a.slice(0, k).sort(cmp);
}
