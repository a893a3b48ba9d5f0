import type { KubeObject, Pod, ReplicaSet, ReplicaSetStatus } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { selectorMatches } from '../../model/labels';
import { controllerRef, isPodActive, isPodAvailable, isPodReady } from '../../model/pod-util';
import { rfc3339 } from '../../clock/virtual-clock';
import { deepCopy, deepEqual } from '../../model/hash';
import { defaultPod } from '../../model/defaults';
import { ownerRefTo } from '../deployment/controller';
import { BurstReplicas, SlowStartInitialBatchSize, getPodsToDelete, slowStartBatch } from './util';

type RS = ReplicaSet & KubeObject;
type P = Pod & KubeObject;

export const COMPONENT = 'replicaset-controller';

/**
 * Mirrors pkg/controller/replicaset/replica_set.go: claim pods, create or delete the difference
 * (slow start, burst 500, upstream deletion ranking), then write status.
 */
export class ReplicaSetController implements Controller {
  readonly name = 'replicaset';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'ReplicaSet') {
      if (e.type !== 'deleted') enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      const ref = controllerRef(e.object);
      if (ref) {
        if (ref.kind === 'ReplicaSet') enqueue(`${e.object.metadata.namespace}/${ref.name}`);
      } else if (e.type !== 'deleted') {
        // An orphan pod may be adopted by a matching ReplicaSet.
        for (const rs of this.ctx.store.list<RS>('ReplicaSet', e.object.metadata.namespace)) {
          if (selectorMatches(rs.spec?.selector, e.object.metadata.labels)) enqueue(objectKey(rs));
        }
      }
    }
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const rs = this.ctx.store.get<RS>('ReplicaSet', ns, name);
    if (!rs) return;
    const pods = this.claimPods(rs);
    const active = pods.filter(isPodActive);
    let failure: { reason: string; message: string } | undefined;
    if (!rs.metadata.deletionTimestamp) failure = this.manageReplicas(active, rs);
    // Pods created or deleted just now: re-read them for the status.
    const current = this.ownedPods(rs).filter(isPodActive);
    this.updateStatus(rs, current, failure);
  }

  /** ClaimPods: adopt matching orphans, release owned pods whose labels no longer match. */
  private claimPods(rs: RS): P[] {
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
    if (!rs.metadata.deletionTimestamp) {
      for (const pod of this.ctx.store.orphans<P>('Pod', rs.metadata.namespace)) {
        if (controllerRef(pod) || !isPodActive(pod) || !selectorMatches(rs.spec?.selector, pod.metadata.labels)) continue;
        this.ctx.store.modify(pod, (p) => {
          p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRefTo(rs)];
        });
        owned.push(pod);
      }
    }
    return owned;
  }

  private ownedPods(rs: RS): P[] {
    const uid = rs.metadata.uid!;
    return this.ctx.store.dependents(uid).filter((o) => o.kind === 'Pod' && controllerRef(o)?.uid === uid) as P[];
  }

  /** manageReplicas: returns the ReplicaFailure cause when a create or delete failed. */
  private manageReplicas(active: P[], rs: RS): { reason: string; message: string } | undefined {
    const diff = active.length - (rs.spec?.replicas ?? 0);
    if (diff < 0) {
      const want = Math.min(-diff, BurstReplicas);
      let failure: { reason: string; message: string } | undefined;
      slowStartBatch(want, SlowStartInitialBatchSize, () => {
        const pod = podFromTemplate(rs);
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
      const related = this.relatedPods(rs);
      for (const pod of getPodsToDelete(active, related, n, this.ctx.clock.now())) {
        this.ctx.deleteObject(pod as P);
        this.ctx.recordEvent(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata!.name}`, COMPONENT);
      }
    }
    return undefined;
  }

  /** Active pods of every ReplicaSet that shares this one's controller (getIndirectlyRelatedPods). */
  private relatedPods(rs: RS): P[] {
    const owner = controllerRef(rs);
    // A bare ReplicaSet has no related pods: every rank is 0 (getIndirectlyRelatedPods).
    if (!owner) return [];
    const out: P[] = [];
    for (const sibling of this.ctx.store.dependents(owner.uid)) {
      if (sibling.kind !== 'ReplicaSet') continue;
      for (const o of this.ctx.store.dependents(sibling.metadata.uid!)) if (o.kind === 'Pod' && isPodActive(o as P)) out.push(o as P);
    }
    return out;
  }

  /** calculateStatus + updateReplicaSetStatus, and the minReadySeconds re-check. */
  private updateStatus(rs: RS, active: P[], failure: { reason: string; message: string } | undefined): void {
    const now = this.ctx.clock.now();
    const minReady = rs.spec?.minReadySeconds ?? 0;
    const templateLabels = Object.entries(rs.spec?.template?.metadata?.labels ?? {});
    let fully = 0;
    let ready = 0;
    let available = 0;
    for (const p of active) {
      const labels = p.metadata.labels ?? {};
      if (templateLabels.every(([k, v]) => labels[k] === v)) fully++;
      if (isPodReady(p)) {
        ready++;
        if (isPodAvailable(p, minReady, now)) available++;
      }
    }
    const status: ReplicaSetStatus = {
      replicas: active.length,
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
export function podFromTemplate(rs: RS): P {
  const t = rs.spec!.template!;
  const pod: P = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ownerReferences: [ownerRefTo(rs)],
    },
    spec: deepCopy(t.spec!),
  };
  (pod as { status?: Pod['status'] }).status = { phase: 'Pending', qosClass: 'BestEffort' };
  defaultPod(pod);
  return pod;
}
