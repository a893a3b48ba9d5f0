/**
 * One sync of a StatefulSet as a plan: mirrors `updateStatefulSet` (stateful_set_control.go,
 * v1.32 with MaxUnavailableStatefulSet off) over a snapshot of the set and its pods, and returns
 * the API calls it would make, in order, with the status it would write. The controller carries
 * the calls out; tests read the plan (sync.test.ts). Like upstream, every decision rests on the
 * snapshot: a pod created in this sync only counts from the next one.
 */
import type { Pod, StatefulSet } from '../../model/types';
import type { StatefulSetStatus } from '../../model/statefulset';
import {
  allowsBurst,
  computeReplicaStatus,
  descendingOrdinal,
  getEndOrdinal,
  getOrdinal,
  getPodName,
  getPodRevision,
  getStartOrdinal,
  identityMatches,
  isCreated,
  isFailed,
  isHealthy,
  isPending,
  isRunningAndAvailable,
  isRunningAndReady,
  isSucceeded,
  isTerminating,
  updateMin,
  usesCurrentRevision,
} from './util';

export type SyncAction =
  /** Delete a pod: a failed/succeeded one (re-created next sync), a condemned one, one to update. */
  | { type: 'delete'; pod: string; why: 'failed' | 'succeeded' | 'condemned' | 'update' }
  /** Create the claims, then the pod, of an ordinal at a revision. */
  | { type: 'create'; ordinal: number; pod: string; revision: 'current' | 'update' }
  /** A pending pod whose claims may be missing: create the missing ones. */
  | { type: 'createMissingClaims'; pod: string }
  /** Put the identity labels back on a pod (identityMatches failed). */
  | { type: 'updateIdentity'; pod: string }
  /** Make the pod's claims carry the ownerReferences the retention policy asks for. */
  | { type: 'fixClaims'; pod: string };

export interface SyncPlan {
  actions: SyncAction[];
  /** The status to write (before completeRollingUpdate). */
  status: StatefulSetStatus;
  /** What the sync stopped at, for messages and tests ("waiting for web-1 to be Running and Ready"). */
  blockedBy?: string;
}

export interface SyncInput {
  set: StatefulSet;
  /** The pods the set owns (claimed), terminating ones included. */
  pods: Pod[];
  currentRevision: string;
  updateRevision: string;
  collisionCount: number;
  nowMs: number;
}

/** A pod that does not exist yet: what newVersionedStatefulSetPod would build. */
interface Planned {
  planned: true;
  ordinal: number;
  name: string;
  revision: string;
  atCurrent: boolean;
}

type Slot = Pod | Planned;

const isPlanned = (s: Slot): s is Planned => (s as Planned).planned === true;
const nameOf = (s: Slot): string => (isPlanned(s) ? s.name : s.metadata?.name ?? '');

export function planStatefulSetSync(input: SyncInput): SyncPlan {
  const { set, pods, currentRevision, updateRevision, nowMs } = input;
  const minReady = set.spec?.minReadySeconds ?? 0;
  const setName = set.metadata?.name ?? '';
  const actions: SyncAction[] = [];
  const start = getStartOrdinal(set);
  const end = getEndOrdinal(set);
  const replicaCount = Math.max(0, end - start + 1);

  // Partition pods into valid replicas (by ordinal) and condemned ones (valid ordinal, out of range).
  const replicas: Slot[] = new Array(replicaCount);
  let condemned: Pod[] = [];
  for (const pod of pods) {
    const ord = getOrdinal(pod);
    if (ord >= start && ord <= end) replicas[ord - start] = pod;
    else if (ord >= 0) condemned.push(pod);
  }
  for (let ord = start; ord <= end; ord++) {
    if (!replicas[ord - start]) {
      const atCurrent = usesCurrentRevision(set, ord);
      replicas[ord - start] = { planned: true, ordinal: ord, name: getPodName(setName, ord), revision: atCurrent ? currentRevision : updateRevision, atCurrent };
    }
  }
  condemned = descendingOrdinal(condemned);

  const created = [...replicas.filter((r): r is Pod => !isPlanned(r)), ...condemned];
  const status: StatefulSetStatus = {
    observedGeneration: set.metadata?.generation,
    currentRevision,
    updateRevision,
    collisionCount: input.collisionCount,
    ...computeReplicaStatus(created, minReady, nowMs, currentRevision, updateRevision),
  };
  const result = (blockedBy?: string): SyncPlan => ({ actions, status, ...(blockedBy ? { blockedBy } : {}) });

  // The first unhealthy pod: in range first (ascending), else the lowest condemned one.
  const healthy = (s: Slot) => !isPlanned(s) && isHealthy(s);
  let firstUnhealthy: Slot | undefined = replicas.find((r) => !healthy(r));
  if (!firstUnhealthy) for (let i = condemned.length - 1; i >= 0 && !firstUnhealthy; i--) if (!healthy(condemned[i])) firstUnhealthy = condemned[i];

  if (set.metadata?.deletionTimestamp) return result('the StatefulSet is being deleted');

  const monotonic = !allowsBurst(set);

  // processReplica, ascending; OrderedReady stops at the first pod that is not yet healthy.
  for (const slot of replicas) {
    const blocked = processReplica(slot);
    if (blocked && monotonic) return result(blocked);
  }

  // Claims of condemned pods get the ownerReferences the retention policy wants before they go.
  for (const pod of condemned) actions.push({ type: 'fixClaims', pod: nameOf(pod) });

  // processCondemned, descending; OrderedReady deletes one pod at a time, and only while every
  // remaining pod is healthy (the first unhealthy pod itself may go).
  for (const pod of condemned) {
    const name = nameOf(pod);
    if (isTerminating(pod)) {
      if (monotonic) return result(`waiting for ${name} to terminate before scaling down`);
      continue;
    }
    if (monotonic && pod !== firstUnhealthy && !isRunningAndReady(pod)) return result(`waiting for ${name} to be Running and Ready before scaling down`);
    if (monotonic && pod !== firstUnhealthy && !isRunningAndAvailable(pod, minReady, nowMs)) return result(`waiting for ${name} to be available before scaling down`);
    actions.push({ type: 'delete', pod: name, why: 'condemned' });
    if (monotonic) return result(`deleted ${name} for scale down`);
  }

  // OnDelete: pods take the new template only when someone deletes them.
  if (set.spec?.updateStrategy?.type === 'OnDelete') return result();

  // RollingUpdate: the highest ordinal not at the update revision goes first, one at a time,
  // each after the previous replacement is healthy; ordinals below the partition never update.
  for (let target = replicas.length - 1; target >= updateMin(set); target--) {
    const slot = replicas[target];
    const rev = isPlanned(slot) ? slot.revision : getPodRevision(slot);
    if (rev !== updateRevision && (isPlanned(slot) || !isTerminating(slot))) {
      actions.push({ type: 'delete', pod: nameOf(slot), why: 'update' });
      status.currentReplicas = (status.currentReplicas ?? 0) - 1;
      return result(`deleted ${nameOf(slot)} to update it`);
    }
    if (!healthy(slot)) return result(`waiting for ${nameOf(slot)} to update`);
  }
  return result();

  /** One in-range slot; returns why OrderedReady must stop here, or undefined to go on. */
  function processReplica(slot: Slot): string | undefined {
    const name = nameOf(slot);
    if (!isPlanned(slot) && (isFailed(slot) || isSucceeded(slot))) {
      // The replacement is created on a later sync, once the old object is gone.
      if (!isTerminating(slot)) actions.push({ type: 'delete', pod: name, why: isFailed(slot) ? 'failed' : 'succeeded' });
      return `waiting for ${name} to be re-created`;
    }
    if (isPlanned(slot)) {
      actions.push({ type: 'create', ordinal: slot.ordinal, pod: name, revision: slot.atCurrent ? 'current' : 'update' });
      // What a just-created pod looks like to the rest of this sync: Pending, not ready.
      return `created ${name}`;
    }
    const pod = slot;
    if (isCreated(pod) && isPending(pod)) actions.push({ type: 'createMissingClaims', pod: name });
    if (isTerminating(pod)) return `waiting for ${name} to terminate`;
    if (!isRunningAndReady(pod)) return `waiting for ${name} to be Running and Ready`;
    if (!isRunningAndAvailable(pod, minReady, nowMs)) return `waiting for ${name} to be available`;
    if (!identityMatches(set, pod)) actions.push({ type: 'updateIdentity', pod: name });
    actions.push({ type: 'fixClaims', pod: name });
    return undefined;
  }
}
