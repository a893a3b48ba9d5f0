import type { Pod } from '../../model/types';
import { isPodActive, isPodReady, getPodCondition, totalRestarts } from '../../model/pod-util';
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

export function deletionKey(r: RankedPod, nowMs: number): DeletionKey {
  const p = r.pod;
  const ready = isPodReady(p);
  const readyTime = ready ? parseTime(getPodCondition(p, 'Ready')?.lastTransitionTime) : undefined;
  const created = parseTime(p.metadata?.creationTimestamp);
  return {
    scheduled: !!p.spec?.nodeName,
    phase: PHASE_ORDER[p.status?.phase ?? 'Pending'] ?? 0,
    ready,
    cost: deletionCost(p),
    rank: r.rank,
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
 * getPodsToDelete: the `diff` pods to remove, ranked by deletesBefore. `related` are all active
 * pods of the same controller (for the doubled-up rank). With everything going, nothing is sorted.
 */
export function getPodsToDelete(filteredPods: Pod[], relatedPods: Pod[], diff: number, nowMs: number): Pod[] {
  if (diff >= filteredPods.length) return [...filteredPods];
  const ranked = getPodsRankedByRelatedPodsOnSameNode(filteredPods, relatedPods).map((r) => ({ ...r, key: deletionKey(r, nowMs) }));
  const cmp = (a: { key: DeletionKey }, b: { key: DeletionKey }) => compareDeletionKeys(a.key, b.key);
  if (diff > 64) return selectSmallest(ranked, diff, cmp).map((r) => r.pod);
  // A small scale-down out of many pods: keep the best `diff` in a sorted window, O(n·diff)
  // instead of sorting everything; the chosen set is the same as the sort's first `diff`.
  const best: typeof ranked = [];
  for (const r of ranked) {
    if (best.length === diff && cmp(r, best[diff - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && cmp(r, best[i - 1]) < 0) i--;
    best.splice(i, 0, r);
    if (best.length > diff) best.pop();
  }
  return best.map((r) => r.pod);
}

/**
 * getPodsRankedByRelatedPodsOnSameNode: like upstream, only active related pods (controller.IsPodActive:
 * not terminating, not Succeeded/Failed) count towards a node's rank.
 */
export function getPodsRankedByRelatedPodsOnSameNode(podsToRank: Pod[], relatedPods: Pod[]): RankedPod[] {
  const perNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName;
    if (n) perNode.set(n, (perNode.get(n) ?? 0) + 1);
  }
  return podsToRank.map((pod) => ({ pod, rank: pod.spec?.nodeName ? perNode.get(pod.spec.nodeName) ?? 0 : 0 }));
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
export function selectSmallest<T>(items: T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const a = [...items];
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    // Median of three as the pivot.
    const [x, y, z] = [a[lo], a[mid], a[hi]];
    const pivot = cmp(x, y) < 0 ? (cmp(y, z) < 0 ? y : cmp(x, z) < 0 ? z : x) : cmp(x, z) < 0 ? x : cmp(y, z) < 0 ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (cmp(a[i], pivot) < 0) i++;
      while (cmp(pivot, a[j]) < 0) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
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
