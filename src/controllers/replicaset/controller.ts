import type { KubeObject, OwnerReference, Pod, ReplicaSet, ReplicaSetStatus } from '../../model/types';
import { deepFreeze } from '../../model/shared';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { selectorMatches } from '../../model/labels';
import { controllerRef, isPodActive, isPodAvailable, isPodReady } from '../../model/pod-util';
import { rfc3339 } from '../../clock/virtual-clock';
import { deepCopy, deepEqual } from '../../model/hash';
import { defaultPod } from '../../model/defaults';
import { ownerRefTo } from '../deployment/controller';
import { BurstReplicas, SlowStartInitialBatchSize, getPodsToDelete, slowStartBatch } from './util';
import { PodTally, hasLabels } from './pod-tally';

type RS = ReplicaSet & KubeObject;
type P = Pod & KubeObject;

export const COMPONENT = 'replicaset-controller';

/** The active pods a ReplicaSet manages after claiming: how many, and (when needed) which, in order. */
interface ClaimedPods {
  count: number;
  list(): P[];
  /** The claim walked every pod (it released some): the list is at hand. */
  walked: boolean;
}

/** ReplicaFailure's cause. */
type Failure = { reason: string; message: string };

/**
 * Mirrors pkg/controller/replicaset/replica_set.go: claim pods, create or delete the difference
 * (slow start, burst 500, upstream deletion ranking), then write status.
 */
export class ReplicaSetController implements Controller {
  readonly name = 'replicaset';
  private readonly tally: PodTally;

  constructor(private readonly ctx: ControllerContext) {
    this.tally = new PodTally(ctx.store);
  }

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'ReplicaSet') {
      if (e.type === 'deleted') {
        this.tally.replicaSetDeleted(e.object.metadata.uid!);
        this.podOwnerReferences.delete(e.object.metadata.uid!);
      }
      else enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      this.tally.podChanged(e.object as P, e.type === 'deleted');
      const ref = controllerRef(e.object);
      if (ref) {
        if (ref.kind === 'ReplicaSet') enqueue(this.keyOf(e.object.metadata.namespace, ref.name));
      } else if (e.type !== 'deleted') {
        // An orphan pod may be adopted by a matching ReplicaSet.
        for (const rs of this.ctx.store.list<RS>('ReplicaSet', e.object.metadata.namespace)) {
          if (selectorMatches(rs.spec?.selector, e.object.metadata.labels)) enqueue(objectKey(rs));
        }
      }
    }
  }

  /**
   * The ownerReferences of a ReplicaSet's pods: the same for all of them, shared and frozen
   * (writers replace a pod's list, never change it: see ObjectStore.indexOwners).
   */
  private readonly podOwnerReferences = new Map<string, OwnerReference[]>();

  private ownerReferencesOf(rs: RS): OwnerReference[] {
    let refs = this.podOwnerReferences.get(rs.metadata.uid!);
    if (!refs) this.podOwnerReferences.set(rs.metadata.uid!, (refs = deepFreeze([ownerRefTo(rs)])));
    return refs;
  }

  private lastKey = { namespace: undefined as string | undefined, name: '', key: '' };

  /**
   * `namespace/name` of a pod's ReplicaSet. Pod events come in runs for one ReplicaSet, so the
   * last key is kept: one string (hashed once by the queue) instead of a new one per pod event.
   */
  private keyOf(namespace: string | undefined, name: string): string {
    const last = this.lastKey;
    if (last.namespace !== namespace || last.name !== name) {
      last.namespace = namespace;
      last.name = name;
      last.key = `${namespace}/${name}`;
    }
    return last.key;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const rs = this.ctx.store.get<RS>('ReplicaSet', ns, name);
    if (!rs) return;
    const active = this.claimPods(rs);
    let failure: Failure | undefined;
    if (!rs.metadata.deletionTimestamp) failure = this.manageReplicas(active, rs);
    // Pods created or deleted just now count as they are now: the status reads the store again.
    this.updateStatus(rs, failure);
  }

  /**
   * ClaimPods: adopt matching orphans, release owned pods whose labels no longer match, and
   * return the active pods the ReplicaSet then manages. Only a release needs the walk over every
   * pod (in order, as the writes are made); the tally says whether there is one to release.
   */
  private claimPods(rs: RS): ClaimedPods {
    if (this.tally.of(rs).activeNotMatching > 0) {
      const active = this.claimByWalking(rs).filter(isPodActive);
      return { count: active.length, list: () => active, walked: true };
    }
    this.adoptOrphans(rs, []);
    // Adopted pods are the ReplicaSet's last dependents, where the walk would have put them.
    return { count: this.tally.of(rs).activeMatching, list: () => this.activeOwnedPods(rs), walked: false };
  }

  /** The walk of ClaimPods: owned pods that match, releasing those that do not, then adoptions. */
  private claimByWalking(rs: RS): P[] {
    const owned: P[] = [];
    const uid = rs.metadata.uid!;
    for (const o of this.ctx.store.dependents(uid)) {
      if (o.kind !== 'Pod' || controllerRef(o)?.uid !== uid) continue;
      const pod = o as P;
      if (selectorMatches(rs.spec?.selector, pod.metadata.labels)) owned.push(pod);
      else if (isPodActive(pod)) {
        this.ctx.store.modify(pod, (p) => {
          p.metadata.ownerReferences = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        });
      }
    }
    this.adoptOrphans(rs, owned);
    return owned;
  }

  /** Active orphans the selector matches become this ReplicaSet's (added to `owned`). */
  private adoptOrphans(rs: RS, owned: P[]): void {
    if (rs.metadata.deletionTimestamp) return;
    for (const pod of this.ctx.store.orphans<P>('Pod', rs.metadata.namespace)) {
      if (controllerRef(pod) || !isPodActive(pod) || !selectorMatches(rs.spec?.selector, pod.metadata.labels)) continue;
      this.ctx.store.modify(pod, (p) => {
        p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRefTo(rs)];
      });
      owned.push(pod);
    }
  }

  /** Active pods this ReplicaSet controls and selects, in the order of its dependents. */
  private activeOwnedPods(rs: RS): P[] {
    const uid = rs.metadata.uid!;
    const active: P[] = [];
    for (const o of this.ctx.store.eachDependent(uid)) {
      if (o.kind !== 'Pod' || controllerRef(o)?.uid !== uid) continue;
      const pod = o as P;
      if (selectorMatches(rs.spec?.selector, pod.metadata.labels) && isPodActive(pod)) active.push(pod);
    }
    return active;
  }

  /** manageReplicas: returns the ReplicaFailure cause when a create or delete failed. */
  private manageReplicas(active: ClaimedPods, rs: RS): Failure | undefined {
    const diff = active.count - (rs.spec?.replicas ?? 0);
    if (diff < 0) {
      const want = Math.min(-diff, BurstReplicas);
      let failure: Failure | undefined;
      slowStartBatch(want, SlowStartInitialBatchSize, () => {
        const pod = podFromTemplate(rs, this.ownerReferencesOf(rs));
        const r = this.ctx.createObject(pod);
        if (!r.ok) {
          failure = { reason: 'FailedCreate', message: r.error.message };
          this.ctx.recordEvent(rs, 'Warning', 'FailedCreate', `Error creating: ${r.error.message}`, COMPONENT);
          return false;
        }
        this.ctx.recordEvent(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${r.value.metadata.name}`, COMPONENT);
        return true;
      });
      return failure;
    }
    if (diff > 0) {
      const n = Math.min(diff, BurstReplicas);
      for (const pod of this.podsToDelete(rs, active, n)) {
        this.ctx.deleteObject(pod as P);
        this.ctx.recordEvent(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata!.name}`, COMPONENT);
      }
    }
    return undefined;
  }

  /** getPodsToDelete over the claimed pods, from the tally unless the claim had to walk them. */
  private podsToDelete(rs: RS, active: ClaimedPods, n: number): P[] {
    const now = this.ctx.clock.now();
    const fromTally = active.walked ? undefined : this.tally.podsToDelete(rs, this.siblingsOf(rs), n, now);
    return fromTally ?? (getPodsToDelete(active.list(), this.relatedPods(rs), n, now) as P[]);
  }

  /** The ReplicaSets that share this one's controller (itself included); none for a bare one. */
  private siblingsOf(rs: RS): RS[] {
    const owner = controllerRef(rs);
    if (!owner) return [];
    return [...this.ctx.store.eachDependent(owner.uid)].filter((o) => o.kind === 'ReplicaSet') as RS[];
  }

  /**
   * Pods of every ReplicaSet that shares this one's controller (getIndirectlyRelatedPods), read
   * only when a scale-down has to rank; the ranking counts the active ones.
   */
  private *relatedPods(rs: RS): Iterable<P> {
    const owner = controllerRef(rs);
    // A bare ReplicaSet has no related pods: every rank is 0 (getIndirectlyRelatedPods).
    if (!owner) return;
    for (const sibling of this.ctx.store.eachDependent(owner.uid)) {
      if (sibling.kind !== 'ReplicaSet') continue;
      for (const o of this.ctx.store.eachDependent(sibling.metadata.uid!)) if (o.kind === 'Pod') yield o as P;
    }
  }

  /**
   * calculateStatus's counts over the active pods this ReplicaSet controls. Without
   * minReadySeconds a ready pod is available (IsPodAvailable) and the tally has them all.
   */
  private countActivePods(rs: RS, minReady: number, now: number): { replicas: number; fully: number; ready: number; available: number } {
    if (minReady === 0) {
      const t = this.tally.of(rs);
      return { replicas: t.active, fully: t.fullyLabeled, ready: t.ready, available: t.ready };
    }
    return this.countByWalking(rs, minReady, now);
  }

  /** The same counts from every pod, read in place: availability moves with time, not with events. */
  private countByWalking(rs: RS, minReady: number, now: number): { replicas: number; fully: number; ready: number; available: number } {
    const uid = rs.metadata.uid!;
    const templateLabels = rs.spec?.template?.metadata?.labels;
    let replicas = 0;
    let fully = 0;
    let ready = 0;
    let available = 0;
    for (const o of this.ctx.store.eachDependent(uid)) {
      if (o.kind !== 'Pod' || controllerRef(o)?.uid !== uid) continue;
      const p = o as P;
      if (!isPodActive(p)) continue;
      replicas++;
      if (hasLabels(p.metadata.labels, templateLabels)) fully++;
      if (isPodReady(p)) {
        ready++;
        if (isPodAvailable(p, minReady, now)) available++;
      }
    }
    return { replicas, fully, ready, available };
  }

  /** calculateStatus + updateReplicaSetStatus, and the minReadySeconds re-check. */
  private updateStatus(rs: RS, failure: Failure | undefined): void {
    const now = this.ctx.clock.now();
    const minReady = rs.spec?.minReadySeconds ?? 0;
    const { replicas: current, fully, ready, available } = this.countActivePods(rs, minReady, now);
    const status: ReplicaSetStatus = {
      replicas: current,
      fullyLabeledReplicas: fully,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation,
      conditions: deepCopy(rs.status?.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure' || failure),
    };
    if (failure) {
      const existing = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
      status.conditions = [
        ...(status.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure'),
        { type: 'ReplicaFailure', status: 'True', reason: failure.reason, message: failure.message, lastTransitionTime: existing?.lastTransitionTime ?? rfc3339(now) },
      ];
    }
    if (status.conditions?.length === 0) delete status.conditions;
    if (!sameStatus(rs.status, status)) {
      this.ctx.store.modify(rs, (o) => {
        o.status = status;
      });
    }
    // Availability arrives with time, not with a write. Upstream looks again minReadySeconds
    // after a sync that saw every replica ready but not all available (and only then). The
    // extra millisecond stands for the controller's latency: IsPodAvailable is strict.
    const replicas = rs.spec?.replicas ?? 0;
    if (!failure && minReady > 0 && ready === replicas && available !== replicas) this.ctx.enqueueAfter(objectKey(rs), minReady * 1000 + 1);
  }
}

/** Status equality as the API sees it: a missing count is 0. */
function sameStatus(a: ReplicaSetStatus | undefined, b: ReplicaSetStatus): boolean {
  const n = (x: number | undefined) => x ?? 0;
  return (
    n(a?.replicas) === n(b.replicas) &&
    n(a?.fullyLabeledReplicas) === n(b.fullyLabeledReplicas) &&
    n(a?.readyReplicas) === n(b.readyReplicas) &&
    n(a?.availableReplicas) === n(b.availableReplicas) &&
    n(a?.observedGeneration) === n(b.observedGeneration) &&
    deepEqual(a?.conditions ?? [], b.conditions ?? [])
  );
}

/** GetPodFromTemplate: labels, annotations and spec from the template; generateName `<rs>-`. */
export function podFromTemplate(rs: RS, ownerReferences: OwnerReference[]): P {
  const t = rs.spec!.template!;
  const pod: P = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ownerReferences,
    },
    spec: deepCopy(t.spec!),
  };
  (pod as { status?: Pod['status'] }).status = { phase: 'Pending', qosClass: 'BestEffort' };
  defaultPod(pod);
  return pod;
}
