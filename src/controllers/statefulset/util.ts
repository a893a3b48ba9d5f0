/**
 * The StatefulSet controller's pure helpers, under their upstream names
 * (pkg/controller/statefulset/stateful_set_utils.go, stateful_set_control.go,
 * pkg/controller/history/controller_history.go): identity from names, ordinal ranges, which
 * revision a missing pod is created at, health, the status counts, and revision-history
 * bookkeeping. Plain objects in, plain values out; table-tested in util.test.ts.
 */
import type { ObjectMeta, Pod, StatefulSet } from '../../model/types';
import type { StatefulSetStatus } from '../../model/statefulset';
import { parseTime } from '../../clock/virtual-clock';
import { isPodReady } from '../../model/pod-util';

/** On pods: the ControllerRevision name (`web-7b6c5f9d4`); on revisions: the bare hash. */
export const StatefulSetRevisionLabel = 'controller-revision-hash';
/** statefulset.kubernetes.io/pod-name = the pod's name (what a per-pod Service can select). */
export const StatefulSetPodNameLabel = 'statefulset.kubernetes.io/pod-name';
/** apps.kubernetes.io/pod-index = the ordinal (PodIndexLabel, on by default since v1.28). */
export const PodIndexLabel = 'apps.kubernetes.io/pod-index';

type Named = { metadata?: { name?: string } };

const statefulPodRegex = /^(.*)-([0-9]+)$/;

/**
 * getParentNameAndOrdinal: `web-12` → ['web', 12]. A name without a trailing number has no
 * parent and ordinal -1 (such a pod is ignored by the controller).
 */
export function getParentNameAndOrdinal(name: string | undefined): [string, number] {
  const m = statefulPodRegex.exec(name ?? '');
  if (!m) return ['', -1];
  const ordinal = Number(m[2]);
  // strconv.ParseInt(…, 10, 32): out of int32 range is no ordinal at all.
  if (!Number.isSafeInteger(ordinal) || ordinal > 2147483647) return [m[1], -1];
  return [m[1], ordinal];
}

export function getOrdinal(pod: Named): number {
  return getParentNameAndOrdinal(pod.metadata?.name)[1];
}

/** getPodName: `<set>-<ordinal>`. */
export function getPodName(setName: string, ordinal: number): string {
  return `${setName}-${ordinal}`;
}

/** getPersistentVolumeClaimName: `<claim template>-<set>-<ordinal>` (`datadir-web-0`). */
export function getPersistentVolumeClaimName(setName: string, claimTemplateName: string, ordinal: number): string {
  return `${claimTemplateName}-${setName}-${ordinal}`;
}

/** getStartOrdinal: spec.ordinals.start (StatefulSetStartOrdinal), 0 when absent. */
export function getStartOrdinal(set: StatefulSet): number {
  return set.spec?.ordinals?.start ?? 0;
}

/** getEndOrdinal: the last ordinal in range, start + replicas − 1 (start − 1 when scaled to 0). */
export function getEndOrdinal(set: StatefulSet): number {
  return getStartOrdinal(set) + (set.spec?.replicas ?? 1) - 1;
}

/** podInOrdinalRange: the pod's ordinal is one the set should run now. */
export function podInOrdinalRange(pod: Named, set: StatefulSet): boolean {
  const ord = getOrdinal(pod);
  return ord >= getStartOrdinal(set) && ord <= getEndOrdinal(set);
}

/** isMemberOf: the pod's name says it belongs to the set (adoption needs this too). */
export function isMemberOf(set: StatefulSet, pod: Named): boolean {
  return getParentNameAndOrdinal(pod.metadata?.name)[0] === set.metadata?.name;
}

/** allowsBurst: Parallel pod management lifts the ordering guarantees. */
export function allowsBurst(set: StatefulSet): boolean {
  return set.spec?.podManagementPolicy === 'Parallel';
}

/** isCreated: the API server has given the pod a phase (a pod being planned has none). */
export function isCreated(pod: Pod): boolean {
  return !!pod.status?.phase;
}

export function isFailed(pod: Pod): boolean {
  return pod.status?.phase === 'Failed';
}

export function isSucceeded(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded';
}

export function isPending(pod: Pod): boolean {
  return pod.status?.phase === 'Pending';
}

export function isTerminating(pod: Pod): boolean {
  return !!pod.metadata?.deletionTimestamp;
}

/** isRunningAndReady: phase Running and the Ready condition True. */
export function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && isPodReady(pod);
}

/**
 * isRunningAndAvailable: running, ready, and ready for longer than minReadySeconds (strictly;
 * IsPodAvailable).
 */
export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isRunningAndReady(pod)) return false;
  if (minReadySeconds <= 0) return true;
  const since = parseTime(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}

/** isHealthy: running, ready and not terminating — what OrderedReady waits for. */
export function isHealthy(pod: Pod): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}

/** getPodRevision: the controller-revision-hash label (a ControllerRevision name). */
export function getPodRevision(pod: Pod): string {
  return pod.metadata?.labels?.[StatefulSetRevisionLabel] ?? '';
}

/**
 * newVersionedStatefulSetPod's choice: a missing pod is created at the *current* revision when
 * its ordinal is below the partition (RollingUpdate), otherwise at the update revision — so a
 * deleted pod under the partition comes back as it was, and OnDelete re-creates at the new one.
 *
 *   RollingUpdate partition 2, ordinals 0..4: 0, 1 → current; 2, 3, 4 → update.
 *
 * Upstream's condition reads `RollingUpdate && rollingUpdate == nil && ordinal < start ||
 * rollingUpdate != nil && ordinal < start + partition`; the first half can never hold for an
 * ordinal in range, so only the partition matters.
 */
export function usesCurrentRevision(set: StatefulSet, ordinal: number): boolean {
  const strategy = set.spec?.updateStrategy;
  const start = getStartOrdinal(set);
  if (strategy?.type === 'RollingUpdate' && !strategy.rollingUpdate && ordinal < start) return true;
  if (strategy?.rollingUpdate) return ordinal < start + (strategy.rollingUpdate.partition ?? 0);
  return false;
}

/** The ordered list of what to wait for under RollingUpdate: the partition (index below which nothing updates). */
export function updateMin(set: StatefulSet): number {
  return set.spec?.updateStrategy?.rollingUpdate ? set.spec.updateStrategy.rollingUpdate.partition ?? 0 : 0;
}

/**
 * identityMatches: named `<set>-<ordinal>`, in the set's namespace, with the pod-name label.
 * (Hostname and subdomain are set at creation and immutable afterwards.)
 */
export function identityMatches(set: StatefulSet, pod: Pod): boolean {
  const [parent, ordinal] = getParentNameAndOrdinal(pod.metadata?.name);
  return (
    ordinal >= 0 &&
    set.metadata?.name === parent &&
    pod.metadata?.name === getPodName(set.metadata!.name!, ordinal) &&
    pod.metadata?.namespace === set.metadata?.namespace &&
    pod.metadata?.labels?.[StatefulSetPodNameLabel] === pod.metadata?.name
  );
}

/** storageMatches: every claim template is mounted from the pod's own claim. */
export function storageMatches(set: StatefulSet, pod: Pod): boolean {
  const ordinal = getOrdinal(pod);
  if (ordinal < 0) return false;
  const volumes = new Map((pod.spec?.volumes ?? []).map((v) => [v.name, v]));
  for (const claim of set.spec?.volumeClaimTemplates ?? []) {
    const v = volumes.get(claim.metadata?.name ?? '');
    if (!v?.persistentVolumeClaim || v.persistentVolumeClaim.claimName !== getPersistentVolumeClaimName(set.metadata!.name!, claim.metadata?.name ?? '', ordinal)) return false;
  }
  return true;
}

/** The five counts of a StatefulSet's status. */
export interface ReplicaStatus {
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
}

/**
 * computeReplicaStatus: `replicas` counts created pods (terminating ones too), ready/available
 * count running+ready ones, current/updated count non-terminating pods at each revision.
 */
export function computeReplicaStatus(pods: Pod[], minReadySeconds: number, nowMs: number, currentRevision: string, updateRevision: string): ReplicaStatus {
  const s: ReplicaStatus = { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0 };
  for (const pod of pods) {
    if (isCreated(pod)) s.replicas++;
    if (isRunningAndReady(pod)) {
      s.readyReplicas++;
      if (isRunningAndAvailable(pod, minReadySeconds, nowMs)) s.availableReplicas++;
    }
    if (isCreated(pod) && !isTerminating(pod)) {
      const rev = getPodRevision(pod);
      if (rev === currentRevision) s.currentReplicas++;
      if (rev === updateRevision) s.updatedReplicas++;
    }
  }
  return s;
}

/**
 * completeRollingUpdate: under RollingUpdate, once every created pod is updated and ready, the
 * update revision becomes the current one.
 */
export function completeRollingUpdate(set: StatefulSet, status: StatefulSetStatus): StatefulSetStatus {
  if (set.spec?.updateStrategy?.type === 'RollingUpdate' && (status.updatedReplicas ?? 0) === status.replicas && (status.readyReplicas ?? 0) === status.replicas) {
    return { ...status, currentReplicas: status.updatedReplicas, currentRevision: status.updateRevision };
  }
  return status;
}

/** inconsistentStatus: whether the computed status differs from the stored one (else no write). */
export function inconsistentStatus(set: StatefulSet, status: StatefulSetStatus): boolean {
  const s = set.status ?? ({} as StatefulSetStatus);
  const n = (x: number | undefined) => x ?? 0;
  return (
    n(status.observedGeneration) > n(s.observedGeneration) ||
    n(status.replicas) !== n(s.replicas) ||
    n(status.currentReplicas) !== n(s.currentReplicas) ||
    n(status.readyReplicas) !== n(s.readyReplicas) ||
    n(status.updatedReplicas) !== n(s.updatedReplicas) ||
    (status.currentRevision ?? '') !== (s.currentRevision ?? '') ||
    n(status.availableReplicas) !== n(s.availableReplicas) ||
    (status.updateRevision ?? '') !== (s.updateRevision ?? '') ||
    n(status.collisionCount) !== n(s.collisionCount)
  );
}

/** Sorts pods by descending ordinal (condemned pods go highest first). */
export function descendingOrdinal<T extends Named>(pods: T[]): T[] {
  return [...pods].sort((a, b) => getOrdinal(b) - getOrdinal(a));
}

// ------------------------------------------------------------------ ControllerRevision history

export interface RevisionLike {
  metadata?: ObjectMeta;
  revision: number;
}

/** history.SortControllerRevisions: by revision, then creation time, then name. */
export function sortControllerRevisions<T extends RevisionLike>(revisions: T[]): T[] {
  return [...revisions].sort((a, b) => {
    if (a.revision !== b.revision) return a.revision - b.revision;
    const ta = a.metadata?.creationTimestamp ?? '';
    const tb = b.metadata?.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? -1 : 1;
    const na = a.metadata?.name ?? '';
    const nb = b.metadata?.name ?? '';
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
}

/** nextRevision: one more than the highest revision (revisions sorted), 1 for the first. */
export function nextRevision(sorted: RevisionLike[]): number {
  return sorted.length === 0 ? 1 : sorted[sorted.length - 1].revision + 1;
}

/** history.ControllerRevisionName: `<owner>-<hash>`, the owner name cut to 223 characters. */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.length > 223 ? prefix.slice(0, 223) : prefix}-${hash}`;
}

/**
 * truncateHistory's choice: revisions that are neither the current nor the update revision nor
 * used by any pod are history; the oldest go until `limit` remain.
 *
 *   revisions 1..5, live {4, 5}, limit 2 → delete 1 (history 1, 2, 3 keeps 2, 3).
 */
export function revisionsToTruncate<T extends RevisionLike>(sorted: T[], live: ReadonlySet<string>, limit: number): T[] {
  const history = sorted.filter((r) => !live.has(r.metadata?.name ?? ''));
  if (limit < 0 || history.length <= limit) return [];
  return history.slice(0, history.length - limit);
}

// ------------------------------------------------------------------ PVC retention

export type RetentionPolicyType = 'Retain' | 'Delete';

/**
 * updateClaimOwnerRefForSetAndPod: which ownerReferences a claim must carry under the set's
 * persistentVolumeClaimRetentionPolicy. `whenDeleted: Delete` points the claim at the set
 * (garbage collected with it); `whenScaled: Delete` points the claim of a scaled-down ordinal at
 * its pod (collected when the pod is gone).
 *
 *   Retain/Retain            → no refs
 *   whenDeleted Delete       → set (while the ordinal is in range)
 *   whenScaled Delete        → pod, once the ordinal is out of range
 */
export function claimOwnerRefs(policy: { whenDeleted?: string; whenScaled?: string } | undefined, podInRange: boolean): { set: boolean; pod: boolean } {
  const whenDeleted = policy?.whenDeleted === 'Delete' ? 'Delete' : 'Retain';
  const whenScaled = policy?.whenScaled === 'Delete' ? 'Delete' : 'Retain';
  if (whenScaled === 'Retain' && whenDeleted === 'Retain') return { set: false, pod: false };
  if (whenScaled === 'Retain' && whenDeleted === 'Delete') return { set: true, pod: false };
  if (whenScaled === 'Delete' && whenDeleted === 'Retain') return { set: false, pod: !podInRange };
  return podInRange ? { set: true, pod: false } : { set: false, pod: true };
}
