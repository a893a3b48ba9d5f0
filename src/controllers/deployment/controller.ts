import type { Deployment, KubeObject, ReplicaSet, Pod } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { isEmptySelector, selectorMatches } from '../../model/labels';
import { controllerRef } from '../../model/pod-util';
import { deepCopy, deepEqual } from '../../model/hash';
import { RollbackToAnnotation } from './util';
import { rolloutRolling } from './rolling';
import { rolloutRecreate } from './recreate';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync';
import { rollback } from './rollback';

export const COMPONENT = 'deployment-controller';

/**
 * Mirrors pkg/controller/deployment/deployment_controller.go: watches Deployments, their
 * ReplicaSets and (for Recreate) pod deletions, and runs syncDeployment per key.
 */
export class DeploymentController implements Controller {
  readonly name = 'deployment';

  constructor(readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Deployment') {
      enqueue(objectKey(e.object));
    } else if (e.kind === 'ReplicaSet') {
      const ref = controllerRef(e.object);
      if (ref?.kind === 'Deployment') enqueue(`${e.object.metadata.namespace}/${ref.name}`);
      else if (!ref && e.type !== 'deleted') {
        // An orphan may be adopted by any Deployment whose selector matches it.
        for (const d of this.ctx.store.list<Deployment & KubeObject>('Deployment', e.object.metadata.namespace)) {
          if (selectorMatches(d.spec?.selector, e.object.metadata.labels)) enqueue(objectKey(d));
        }
      }
    } else if (e.kind === 'Pod' && e.type === 'deleted') {
      // deletePod: a Recreate deployment whose old pods are all gone may proceed.
      const rsRef = controllerRef(e.object);
      if (rsRef?.kind !== 'ReplicaSet') return;
      const rs = this.ctx.store.get<ReplicaSet & KubeObject>('ReplicaSet', e.object.metadata.namespace, rsRef.name);
      const dRef = rs && controllerRef(rs);
      if (!dRef || dRef.kind !== 'Deployment') return;
      const d = this.ctx.store.get<Deployment & KubeObject>('Deployment', e.object.metadata.namespace, dRef.name);
      if (d?.spec?.strategy?.type === 'Recreate') enqueue(objectKey(d));
    }
  }

  /** syncDeployment. */
  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const d = this.ctx.store.get<Deployment & KubeObject>('Deployment', ns, name);
    if (!d) return;
    if (isEmptySelector(d.spec?.selector)) {
      this.ctx.recordEvent(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.', COMPONENT);
      if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
        this.ctx.store.modify(d, (o) => {
          o.status = { ...(o.status ?? {}), observedGeneration: o.metadata.generation };
        });
      }
      return;
    }
    const rsList = this.getReplicaSetsForDeployment(d);
    if (d.metadata.deletionTimestamp) return syncStatusOnly(this, d, rsList);
    checkPausedConditions(this, d);
    if (d.spec?.paused) return sync(this, d, rsList);
    if (d.metadata.annotations?.[RollbackToAnnotation] !== undefined) return rollback(this, d, rsList);
    if (isScalingEvent(this, d, rsList)) return sync(this, d, rsList);
    if (d.spec?.strategy?.type === 'Recreate') return rolloutRecreate(this, d, rsList, this.getPodMapForDeployment(rsList));
    return rolloutRolling(this, d, rsList);
  }

  /**
   * getReplicaSetsForDeployment / ClaimReplicaSets: adopt orphans that match the selector,
   * release owned ReplicaSets that no longer match, ignore those another controller owns.
   */
  getReplicaSetsForDeployment(d: Deployment & KubeObject): Array<ReplicaSet & KubeObject> {
    const owned: Array<ReplicaSet & KubeObject> = [];
    for (const rs of this.ctx.store.list<ReplicaSet & KubeObject>('ReplicaSet', d.metadata.namespace)) {
      const ref = controllerRef(rs);
      const matches = selectorMatches(d.spec?.selector, rs.metadata.labels);
      if (ref) {
        if (ref.uid !== d.metadata.uid) continue;
        if (matches) owned.push(rs);
        else this.ctx.store.modify(rs, (o) => {
          o.metadata.ownerReferences = (o.metadata.ownerReferences ?? []).filter((r) => r.uid !== d.metadata.uid);
        });
      } else if (matches && !d.metadata.deletionTimestamp && !rs.metadata.deletionTimestamp) {
        this.ctx.store.modify(rs, (o) => {
          o.metadata.ownerReferences = [...(o.metadata.ownerReferences ?? []), ownerRefTo(d)];
        });
        owned.push(rs);
      }
    }
    return owned;
  }

  /** Pods grouped by owning ReplicaSet uid (terminating pods included), for Recreate. */
  getPodMapForDeployment(rsList: ReplicaSet[]): Map<string, Pod[]> {
    const map = new Map<string, Pod[]>();
    for (const rs of rsList) {
      const uid = rs.metadata!.uid!;
      map.set(uid, this.ctx.store.dependents(uid).filter((o) => o.kind === 'Pod' && controllerRef(o)?.uid === uid) as unknown as Pod[]);
    }
    return map;
  }

  /** Writes the Deployment's status (the /status subresource: no generation bump). */
  updateStatus(d: Deployment & KubeObject, mutate: (d: Deployment & KubeObject) => void): void {
    this.ctx.store.modify(d, (o) => {
      const before = deepCopy({ status: o.status, annotations: o.metadata.annotations });
      mutate(o);
      return !deepEqual(before, { status: o.status, annotations: o.metadata.annotations });
    });
  }
}

export function ownerRefTo(owner: KubeObject) {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

