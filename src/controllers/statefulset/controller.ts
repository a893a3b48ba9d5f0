import type { KubeObject, OwnerReference, Pod, PodTemplateSpec, StatefulSet } from '../../model/types';
import type { PersistentVolumeClaim, StatefulSetStatus } from '../../model/statefulset';
import { defaultPersistentVolumeClaimSpec, pickDefaultStorageClass } from '../../model/statefulset';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { isEmptySelector, selectorMatches } from '../../model/labels';
import { controllerRef } from '../../model/pod-util';
import { deepCopy, deepEqual } from '../../model/hash';
import { defaultPod } from '../../model/defaults';
import { planStatefulSetSync, SyncAction } from './sync';
import { CR, STS, claimRevisions, getStatefulSetRevisions, ownerRefTo, templateOf, truncateHistory } from './revisions';
import {
  PodIndexLabel,
  StatefulSetPodNameLabel,
  StatefulSetRevisionLabel,
  claimOwnerRefs,
  completeRollingUpdate,
  getOrdinal,
  getPersistentVolumeClaimName,
  getPodName,
  inconsistentStatus,
  isMemberOf,
  podInOrdinalRange,
} from './util';

type P = Pod & KubeObject;
type PVC = PersistentVolumeClaim & KubeObject;

export const COMPONENT = 'statefulset-controller';

/**
 * Mirrors pkg/controller/statefulset (stateful_set.go, stateful_set_control.go,
 * stateful_pod_control.go): claims pods and revisions, works out the current and update
 * revisions, plans one sync (sync.ts) and carries it out — claims before pods, one pod at a time
 * under OrderedReady — then writes status and trims the revision history.
 */
export class StatefulSetController implements Controller {
  readonly name = 'statefulset';
  /** When a delayed re-sync of a key is already due (the work queue keeps one AddAfter per key). */
  private readonly requeueAt = new Map<string, number>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'StatefulSet') {
      if (e.type !== 'deleted') enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      const ref = controllerRef(e.object);
      if (ref) {
        if (ref.kind === 'StatefulSet') enqueue(`${e.object.metadata.namespace}/${ref.name}`);
      } else if (e.type !== 'deleted') {
        // An orphan named like a set's pod, matching its selector, may be adopted.
        for (const set of this.ctx.store.list<STS>('StatefulSet', e.object.metadata.namespace)) {
          if (isMemberOf(set, e.object) && selectorMatches(set.spec?.selector, e.object.metadata.labels)) enqueue(objectKey(set));
        }
      }
    }
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const set = this.ctx.store.get<STS>('StatefulSet', ns, name);
    if (!set || isEmptySelector(set.spec?.selector)) {
      this.requeueAt.delete(key);
      return;
    }
    const revisions = claimRevisions(this.ctx, set);
    const pods = this.claimPods(set);
    const { current, update, collisionCount } = getStatefulSetRevisions(this.ctx, set, revisions);
    const now = this.ctx.clock.now();
    const plan = planStatefulSetSync({ set, pods, currentRevision: current.metadata.name!, updateRevision: update.metadata.name!, collisionCount, nowMs: now });
    for (const action of plan.actions) if (!this.perform(set, action, current, update)) break;
    this.updateStatus(set, plan.status);
    truncateHistory(this.ctx, set, pods, revisions, current, update);
    // Availability arrives with time: look again once minReadySeconds have passed.
    const minReady = set.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && (set.status?.availableReplicas ?? 0) !== (set.spec?.replicas ?? 1)) {
      // The extra millisecond stands for the controller's latency: IsPodAvailable is strict.
      const pending = this.requeueAt.get(key);
      if (pending === undefined || pending <= now) {
        this.requeueAt.set(key, now + minReady * 1000 + 1);
        this.ctx.enqueueAfter(key, minReady * 1000 + 1);
      }
    }
  }

  /** getPodsForStatefulSet / ClaimPods: by selector and by name (`<set>-<n>`). */
  private claimPods(set: STS): P[] {
    const uid = set.metadata.uid!;
    const owned: P[] = [];
    for (const o of this.ctx.store.dependents(uid)) {
      if (o.kind !== 'Pod' || controllerRef(o)?.uid !== uid) continue;
      const pod = o as P;
      if (selectorMatches(set.spec?.selector, pod.metadata.labels) && isMemberOf(set, pod)) owned.push(pod);
      else {
        this.ctx.store.modify(pod, (p) => {
          p.metadata.ownerReferences = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        });
      }
    }
    if (!set.metadata.deletionTimestamp) {
      for (const pod of this.ctx.store.orphans<P>('Pod', set.metadata.namespace)) {
        if (pod.metadata.deletionTimestamp || !isMemberOf(set, pod) || !selectorMatches(set.spec?.selector, pod.metadata.labels)) continue;
        this.ctx.store.modify(pod, (p) => {
          p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRefTo(set)];
        });
        owned.push(pod);
      }
    }
    return owned;
  }

  /** One planned API call; false stops the sync (a failed call). */
  private perform(set: STS, a: SyncAction, current: CR, update: CR): boolean {
    const ns = set.metadata.namespace;
    const setName = set.metadata.name!;
    switch (a.type) {
      case 'create': {
        const template = a.revision === 'current' ? templateOf(current) : templateOf(update);
        const revisionName = a.revision === 'current' ? current.metadata.name! : update.metadata.name!;
        const pod = newStatefulSetPod(set, template, a.ordinal, revisionName);
        // CreateStatefulPod: the claims first, then the pod.
        if (!this.createClaims(set, pod)) return false;
        const r = this.ctx.createObject(pod);
        if (!r.ok) {
          if (r.error.reason !== 'AlreadyExists') this.event(set, 'Warning', 'FailedCreate', `create Pod ${pod.metadata.name} in StatefulSet ${setName} failed error: ${r.error.message}`);
          return false;
        }
        this.event(set, 'Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${setName} successful`);
        return true;
      }
      case 'createMissingClaims': {
        const pod = this.ctx.store.get<P>('Pod', ns, a.pod);
        return pod ? this.createClaims(set, pod) : true;
      }
      case 'delete': {
        const pod = this.ctx.store.get<P>('Pod', ns, a.pod);
        if (!pod) return true;
        if (a.why === 'failed') this.event(set, 'Warning', 'RecreatingFailedPod', `StatefulSet ${ns}/${setName} is recreating failed Pod ${a.pod}`);
        if (a.why === 'succeeded') this.event(set, 'Normal', 'RecreatingTerminatedPod', `StatefulSet ${ns}/${setName} is recreating terminated Pod ${a.pod}`);
        this.ctx.deleteObject(pod);
        this.event(set, 'Normal', 'SuccessfulDelete', `delete Pod ${a.pod} in StatefulSet ${setName} successful`);
        return true;
      }
      case 'updateIdentity': {
        const pod = this.ctx.store.get<P>('Pod', ns, a.pod);
        if (!pod) return true;
        this.ctx.store.modify(pod, (p) => {
          p.metadata.labels = { ...(p.metadata.labels ?? {}), [StatefulSetPodNameLabel]: p.metadata.name!, [PodIndexLabel]: String(getOrdinal(p)) };
        });
        this.event(set, 'Normal', 'SuccessfulUpdate', `update Pod ${a.pod} in StatefulSet ${setName} successful`);
        return true;
      }
      case 'fixClaims': {
        const pod = this.ctx.store.get<P>('Pod', ns, a.pod);
        if (pod) this.fixClaimOwners(set, pod);
        return true;
      }
    }
  }

  /** createPersistentVolumeClaims: every missing claim of the pod, with the retention ownerRefs. */
  private createClaims(set: STS, pod: P): boolean {
    for (const claim of persistentVolumeClaimsFor(set, getOrdinal(pod))) {
      if (this.ctx.store.get('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name!)) continue;
      // What the API server's DefaultStorageClass admission does to a claim without a class.
      const spec = claim.spec as { storageClassName?: string };
      if (spec.storageClassName === undefined) {
        const def = pickDefaultStorageClass(this.ctx.store.list('StorageClass'));
        if (def) spec.storageClassName = def;
      }
      const refs = claimOwnerRefs(set.spec?.persistentVolumeClaimRetentionPolicy, podInOrdinalRange(pod, set));
      const owners: OwnerReference[] = [];
      if (refs.set) owners.push(plainRef(set));
      if (refs.pod && pod.metadata.uid) owners.push(plainRef(pod));
      if (owners.length) claim.metadata.ownerReferences = owners;
      // The StorageObjectInUseProtection admission plugin's finalizer.
      claim.metadata.finalizers = ['kubernetes.io/pvc-protection'];
      const r = this.ctx.store.create(claim);
      if (!r.ok) {
        this.event(set, 'Warning', 'FailedCreate', `create Claim ${claim.metadata.name} for Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${r.error.message}`);
        return false;
      }
      this.event(set, 'Normal', 'SuccessfulCreate', `create Claim ${claim.metadata.name} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`);
    }
    return true;
  }

  /** UpdatePodClaimForRetentionPolicy: claims point at the set / the pod as the policy says. */
  private fixClaimOwners(set: STS, pod: P): void {
    const want = claimOwnerRefs(set.spec?.persistentVolumeClaimRetentionPolicy, podInOrdinalRange(pod, set));
    for (const template of set.spec?.volumeClaimTemplates ?? []) {
      const claimName = getPersistentVolumeClaimName(set.metadata.name!, template.metadata?.name ?? '', getOrdinal(pod));
      const claim = this.ctx.store.get<PVC>('PersistentVolumeClaim', set.metadata.namespace, claimName);
      if (!claim) continue;
      const refs = claim.metadata.ownerReferences ?? [];
      const others = refs.filter((r) => r.uid !== set.metadata.uid && r.uid !== pod.metadata.uid);
      const next = [...others];
      if (want.set) next.push(refs.find((r) => r.uid === set.metadata.uid) ?? plainRef(set));
      if (want.pod) next.push(refs.find((r) => r.uid === pod.metadata.uid) ?? plainRef(pod));
      if (deepEqual(next, refs)) continue;
      this.ctx.store.modify(claim, (c) => {
        c.metadata.ownerReferences = next.length ? next : undefined;
        if (!c.metadata.ownerReferences) delete c.metadata.ownerReferences;
      });
    }
  }

  /** updateStatefulSetStatus: completeRollingUpdate, then a write only if something changed. */
  private updateStatus(set: STS, planned: StatefulSetStatus): void {
    const status = completeRollingUpdate(set, planned);
    if (!inconsistentStatus(set, status)) return;
    this.ctx.store.modify(set, (o) => {
      o.status = apiStatus(status);
    });
  }

  private event(set: STS, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.recordEvent(set, type, reason, message, COMPONENT);
  }
}

/** A plain (non-controller) ownerReference, as the retention policy sets on claims. */
function plainRef(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid! };
}

/**
 * The status as the API returns it: zero counts with `omitempty` are dropped (readyReplicas,
 * currentReplicas, updatedReplicas), replicas and availableReplicas always shown.
 */
function apiStatus(s: StatefulSetStatus): StatefulSetStatus {
  const out: Record<string, unknown> = {};
  if (s.observedGeneration) out.observedGeneration = s.observedGeneration;
  out.replicas = s.replicas ?? 0;
  if (s.readyReplicas) out.readyReplicas = s.readyReplicas;
  if (s.currentReplicas) out.currentReplicas = s.currentReplicas;
  if (s.updatedReplicas) out.updatedReplicas = s.updatedReplicas;
  if (s.currentRevision) out.currentRevision = s.currentRevision;
  if (s.updateRevision) out.updateRevision = s.updateRevision;
  out.collisionCount = s.collisionCount ?? 0;
  out.availableReplicas = s.availableReplicas ?? 0;
  return out as unknown as StatefulSetStatus;
}

/**
 * newStatefulSetPod + setPodRevision: the pod of `ordinal` from a revision's template — named
 * `<set>-<n>` (generateName `<set>-` stays, as GetPodFromTemplate sets it), hostname = name,
 * subdomain = serviceName, identity and revision labels, one volume per claim template.
 */
export function newStatefulSetPod(set: STS, template: PodTemplateSpec, ordinal: number, revisionName: string): P {
  const name = getPodName(set.metadata.name!, ordinal);
  const spec = deepCopy(template.spec ?? { containers: [] });
  spec.hostname = name;
  if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
  const claimVolumes = (set.spec?.volumeClaimTemplates ?? []).map((c) => ({
    name: c.metadata?.name ?? '',
    persistentVolumeClaim: { claimName: getPersistentVolumeClaimName(set.metadata.name!, c.metadata?.name ?? '', ordinal) },
  }));
  const claimNames = new Set(claimVolumes.map((v) => v.name));
  if (claimVolumes.length > 0) spec.volumes = [...claimVolumes, ...(spec.volumes ?? []).filter((v) => !claimNames.has(v.name))];
  const pod: P = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${set.metadata.name}-`,
      namespace: set.metadata.namespace,
      labels: {
        ...(template.metadata?.labels ?? {}),
        [StatefulSetPodNameLabel]: name,
        [PodIndexLabel]: String(ordinal),
        [StatefulSetRevisionLabel]: revisionName,
      },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [ownerRefTo(set)],
    },
    spec,
  };
  (pod as { status?: Pod['status'] }).status = { phase: 'Pending' }; // the API server adds the QoS class
  defaultPod(pod);
  return pod;
}

/**
 * getPersistentVolumeClaims: one claim per template for an ordinal, named
 * `<template>-<set>-<n>`, labelled with the template's labels overlaid by the selector's
 * matchLabels.
 */
export function persistentVolumeClaimsFor(set: STS, ordinal: number): PVC[] {
  return (set.spec?.volumeClaimTemplates ?? []).map((t) => {
    const claim = deepCopy(t) as unknown as PVC;
    claim.apiVersion = 'v1';
    claim.kind = 'PersistentVolumeClaim';
    claim.metadata = {
      name: getPersistentVolumeClaimName(set.metadata.name!, t.metadata?.name ?? '', ordinal),
      namespace: set.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}), ...(set.spec?.selector?.matchLabels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
    };
    delete (claim as { status?: unknown }).status;
    defaultPersistentVolumeClaimSpec(claim);
    return claim;
  });
}

export type { StatefulSet };
