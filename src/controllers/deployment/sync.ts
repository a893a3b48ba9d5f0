import type { Deployment, DeploymentStatus, KubeObject, ReplicaSet } from '../../model/types';
import { rfc3339 } from '../../clock/virtual-clock';
import { computeHash, deepCopy, deepEqual } from '../../model/hash';
import type { DeploymentController } from './controller';
import { COMPONENT, ownerRefTo } from './controller';
import {
  DefaultDeploymentUniqueLabelKey, DesiredReplicasAnnotation, MaxReplicasAnnotation, MaxRevHistoryLengthInChars,
  MinimumReplicasAvailable, MinimumReplicasUnavailable, NewReplicaSetReason, FoundNewRSReason, PausedDeployReason,
  ResumedDeployReason, RevisionAnnotation, RevisionHistoryAnnotation, TimedOutReason, RollbackToAnnotation,
  filterActiveReplicaSets, findActiveOrLatest, findNewReplicaSet, getAvailableReplicaCountForReplicaSets,
  getActualReplicaCountForReplicaSets, getDeploymentCondition, getDesiredReplicasAnnotation, getReadyReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets, hasProgressDeadline, hasRevisionHistoryLimit, isRollingUpdate, isSaturated, maxRevision,
  maxSurge, maxUnavailable, newDeploymentCondition, newRSNewReplicas, proportionalScalePlan, replicasAnnotationsNeedUpdate,
  setDeploymentCondition, skipCopyAnnotation, sortByRevision,
} from './util';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

/** Mirrors sync.go: shared steps of every sync path. */

const now = (dc: DeploymentController): string => rfc3339(dc.ctx.clock.now());

/** getAllReplicaSetsAndSyncRevisions: the new ReplicaSet (created if asked) and all old ones. */
export function getAllReplicaSetsAndSyncRevisions(dc: DeploymentController, d: D, rsList: RS[], createIfNotExisted: boolean): { newRS: RS | undefined; oldRSs: RS[] } {
  const existingNew = findNewReplicaSet(d, rsList) as RS | undefined;
  const oldRSs = rsList.filter((rs) => rs !== existingNew);
  const newRS = getNewReplicaSet(dc, d, rsList, oldRSs, existingNew, createIfNotExisted);
  return { newRS, oldRSs };
}

/**
 * getNewReplicaSet: syncs the existing new ReplicaSet's annotations and revision, or creates it
 * with a name from the template hash, the revision max(old)+1 and the NewRSNewReplicas size.
 */
function getNewReplicaSet(dc: DeploymentController, d: D, rsList: RS[], oldRSs: RS[], existingNew: RS | undefined, createIfNotExisted: boolean): RS | undefined {
  const newRevision = String(maxRevision(oldRSs) + 1n);
  if (existingNew) {
    const rsCopy = deepCopy(existingNew);
    const annotationsUpdated = setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
    const minReadySecondsNeedsUpdate = (rsCopy.spec?.minReadySeconds ?? 0) !== (d.spec?.minReadySeconds ?? 0);
    if (annotationsUpdated || minReadySecondsNeedsUpdate) {
      dc.ctx.store.modify(existingNew, (o) => {
        o.metadata.annotations = rsCopy.metadata.annotations;
        o.spec = { ...o.spec!, minReadySeconds: d.spec?.minReadySeconds ?? 0 };
        if (!o.spec.minReadySeconds) delete o.spec.minReadySeconds;
      }, { bumpGeneration: minReadySecondsNeedsUpdate });
      return existingNew;
    }
    const rsRevision = existingNew.metadata.annotations?.[RevisionAnnotation];
    const cond = getDeploymentCondition(d.status, 'Progressing');
    const needsCondition = hasProgressDeadline(d) && !cond;
    if ((rsRevision !== undefined && d.metadata.annotations?.[RevisionAnnotation] !== rsRevision) || needsCondition) {
      dc.updateStatus(d, (o) => {
        if (rsRevision !== undefined) o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [RevisionAnnotation]: rsRevision };
        if (needsCondition) {
          o.status ??= {};
          setDeploymentCondition(o.status, newDeploymentCondition('Progressing', 'True', FoundNewRSReason, `Found new replica set "${existingNew.metadata.name}"`, now(dc)));
        }
      });
    }
    return existingNew;
  }
  if (!createIfNotExisted) return undefined;

  const template = deepCopy(d.spec!.template!);
  const hash = computeHash(template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash } };
  const selector = deepCopy(d.spec!.selector!);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash };
  const newRS: RS = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, labels: { ...template.metadata.labels }, ownerReferences: [ownerRefTo(d)] },
    spec: { replicas: 0, selector, template, ...(d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}) },
  };
  const replicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
  newRS.spec!.replicas = replicas;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false);
  const created = dc.ctx.store.create(newRS);
  if (!created.ok) {
    const existing = dc.ctx.store.get<RS>('ReplicaSet', d.metadata.namespace, newRS.metadata.name!);
    const ref = existing?.metadata.ownerReferences?.find((r) => r.controller);
    if (existing && ref?.uid === d.metadata.uid && deepEqual(existing.spec?.template, template)) return existing;
    // A hash collision: bump collisionCount so the next sync computes another name.
    dc.updateStatus(d, (o) => {
      o.status = { ...(o.status ?? {}), collisionCount: (o.status?.collisionCount ?? 0) + 1 };
    });
    return undefined;
  }
  if (replicas > 0) {
    dc.ctx.recordEvent(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${newRS.metadata.name} from 0 to ${replicas}`, COMPONENT);
  }
  dc.updateStatus(d, (o) => {
    o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [RevisionAnnotation]: newRevision };
    if (hasProgressDeadline(o)) {
      o.status ??= {};
      setDeploymentCondition(o.status, newDeploymentCondition('Progressing', 'True', NewReplicaSetReason, `Created new replica set "${newRS.metadata.name}"`, now(dc)));
    }
  });
  return newRS;
}

/**
 * SetNewReplicaSetAnnotations: copy the Deployment's annotations (minus the skip list), raise the
 * revision (remembering the former one in revision-history on a rollback), and for a ReplicaSet
 * about to be created stamp desired-replicas and max-replicas.
 */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: string, exists: boolean): boolean {
  const meta = rs.metadata!;
  const annotations = (meta.annotations ??= {});
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) {
    if (skipCopyAnnotation(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  const oldRevision = annotations[RevisionAnnotation];
  const hadRevision = oldRevision !== undefined;
  let oldRevisionInt = 0;
  if (hadRevision) {
    if (!/^\d+$/.test(oldRevision)) return false;
    oldRevisionInt = Number(oldRevision);
  }
  const newRevisionInt = Number(newRevision);
  if (oldRevisionInt < newRevisionInt) {
    annotations[RevisionAnnotation] = newRevision;
    changed = true;
    if (hadRevision) {
      const history = annotations[RevisionHistoryAnnotation];
      if (!history) annotations[RevisionHistoryAnnotation] = oldRevision;
      else {
        let old = history.split(',');
        let totalLen = history.length + oldRevision.length + 1;
        let start = 0;
        while (totalLen > MaxRevHistoryLengthInChars && start < old.length) {
          totalLen -= old[start].length + 1;
          start++;
        }
        if (totalLen <= MaxRevHistoryLengthInChars) {
          old = [...old.slice(start), oldRevision];
          annotations[RevisionHistoryAnnotation] = old.join(',');
        }
      }
    }
  }
  if (!exists) {
    const replicas = d.spec?.replicas ?? 0;
    if (setReplicasAnnotations(rs, replicas, replicas + maxSurge(d))) changed = true;
  }
  return changed;
}

export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  const a = (rs.metadata!.annotations ??= {});
  let changed = false;
  if (a[DesiredReplicasAnnotation] !== String(desired)) {
    a[DesiredReplicasAnnotation] = String(desired);
    changed = true;
  }
  if (a[MaxReplicasAnnotation] !== String(max)) {
    a[MaxReplicasAnnotation] = String(max);
    changed = true;
  }
  return changed;
}

/** scaleReplicaSetAndRecordEvent: no-op when the size is already right. */
export function scaleReplicaSetAndRecordEvent(dc: DeploymentController, rs: RS, newScale: number, d: D): boolean {
  const current = rs.spec?.replicas ?? 0;
  if (current === newScale) return false;
  return scaleReplicaSet(dc, rs, newScale, d, current < newScale ? 'up' : 'down');
}

/**
 * scaleReplicaSet: writes size and the desired/max annotations; records ScalingReplicaSet when
 * the size changed. `operation` is passed in because proportional scaling names one direction
 * for the whole pass, as upstream does.
 */
export function scaleReplicaSet(dc: DeploymentController, rs: RS, newScale: number, d: D, operation: string): boolean {
  const oldScale = rs.spec?.replicas ?? 0;
  const replicas = d.spec?.replicas ?? 0;
  const max = replicas + maxSurge(d);
  const sizeNeedsUpdate = oldScale !== newScale;
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, replicas, max)) return false;
  dc.ctx.store.modify(rs, (o) => {
    o.spec = { ...o.spec!, replicas: newScale };
    setReplicasAnnotations(o, replicas, max);
  }, { bumpGeneration: sizeNeedsUpdate });
  if (sizeNeedsUpdate) {
    dc.ctx.recordEvent(d, 'Normal', 'ScalingReplicaSet', `Scaled ${operation} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`, COMPONENT);
  }
  return sizeNeedsUpdate;
}

/** scale: the paused / scaling-event path, with proportional scaling of a rollout in flight. */
export function scale(dc: DeploymentController, d: D, newRS: RS | undefined, oldRSs: RS[]): void {
  const replicas = d.spec?.replicas ?? 0;
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs) as RS | undefined;
  if (activeOrLatest) {
    if ((activeOrLatest.spec?.replicas ?? 0) === replicas) return;
    scaleReplicaSetAndRecordEvent(dc, activeOrLatest, replicas, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) scaleReplicaSetAndRecordEvent(dc, old as RS, 0, d);
    return;
  }
  if (isRollingUpdate(d)) {
    const active = filterActiveReplicaSets([...oldRSs, newRS]) as RS[];
    const plan = proportionalScalePlan(d, active);
    plan.order.forEach((rs, i) => scaleReplicaSet(dc, rs as RS, plan.sizes[i], d, plan.operation));
  }
}

/** sync: scale only (paused Deployments and scaling events), then status. */
export function sync(dc: DeploymentController, d: D, rsList: RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, false);
  scale(dc, d, newRS, oldRSs);
  if (d.spec?.paused && d.metadata.annotations?.[RollbackToAnnotation] === undefined) cleanupDeployment(dc, oldRSs, d);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

export function syncStatusOnly(dc: DeploymentController, d: D, rsList: RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, false);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

/** isScalingEvent: an active ReplicaSet was sized for a different spec.replicas. */
export function isScalingEvent(dc: DeploymentController, d: D, rsList: RS[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, false);
  for (const rs of filterActiveReplicaSets([...oldRSs, newRS])) {
    const desired = getDesiredReplicasAnnotation(rs);
    if (desired === undefined) continue;
    if (desired !== (d.spec?.replicas ?? 0)) return true;
  }
  return false;
}

/**
 * cleanupDeployment: keep revisionHistoryLimit old ReplicaSets; delete the oldest revisions
 * beyond it, but only those fully scaled down and observed.
 */
export function cleanupDeployment(dc: DeploymentController, oldRSs: RS[], d: D): void {
  if (!hasRevisionHistoryLimit(d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - (d.spec?.revisionHistoryLimit ?? 0);
  if (diff <= 0) return;
  const sorted = sortByRevision(cleanable) as RS[];
  for (let i = 0; i < diff; i++) {
    const rs = sorted[i];
    if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec?.replicas ?? 0) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0) || rs.metadata.deletionTimestamp) continue;
    dc.ctx.deleteObject(rs);
  }
}

/** calculateStatus: the Deployment status from its ReplicaSets, with the Available condition. */
export function calculateStatus(dc: DeploymentController, allRSs: Array<RS | undefined>, newRS: RS | undefined, d: D): DeploymentStatus {
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  const total = getReplicaCountForReplicaSets(allRSs);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: getActualReplicaCountForReplicaSets(allRSs),
    updatedReplicas: getActualReplicaCountForReplicaSets([newRS]),
    readyReplicas: getReadyReplicaCountForReplicaSets(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
    conditions: deepCopy(d.status?.conditions ?? []),
  };
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if ((d.spec?.replicas ?? 0) - maxUnavailable(d) <= available) {
    setDeploymentCondition(status, newDeploymentCondition('Available', 'True', MinimumReplicasAvailable, 'Deployment has minimum availability.', now(dc)));
  } else {
    setDeploymentCondition(status, newDeploymentCondition('Available', 'False', MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', now(dc)));
  }
  return status;
}

/** syncDeploymentStatus: write the status when it changed. */
export function syncDeploymentStatus(dc: DeploymentController, allRSs: Array<RS | undefined>, newRS: RS | undefined, d: D): void {
  const status = calculateStatus(dc, allRSs, newRS, d);
  writeStatusIfChanged(dc, d, status);
}

export function writeStatusIfChanged(dc: DeploymentController, d: D, status: DeploymentStatus): boolean {
  if (deepEqual(normalizeStatus(d.status), normalizeStatus(status))) return false;
  dc.ctx.store.modify(d, (o) => {
    o.status = status;
  });
  return true;
}

/** Zero-valued fields are omitted on the wire, so a missing count equals 0. */
function normalizeStatus(s: DeploymentStatus | undefined): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s ?? {})) {
    if (v === 0 || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * checkPausedConditions: Progressing=Unknown DeploymentPaused / DeploymentResumed, never over a
 * ProgressDeadlineExceeded condition.
 */
export function checkPausedConditions(dc: DeploymentController, d: D): void {
  if (!hasProgressDeadline(d)) return;
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (cond?.reason === TimedOutReason) return;
  const pausedCondExists = cond?.reason === PausedDeployReason;
  if (d.spec?.paused && !pausedCondExists) {
    dc.updateStatus(d, (o) => {
      o.status ??= {};
      setDeploymentCondition(o.status, newDeploymentCondition('Progressing', 'Unknown', PausedDeployReason, 'Deployment is paused', now(dc)));
    });
  } else if (!d.spec?.paused && pausedCondExists) {
    dc.updateStatus(d, (o) => {
      o.status ??= {};
      setDeploymentCondition(o.status, newDeploymentCondition('Progressing', 'Unknown', ResumedDeployReason, 'Deployment is resumed', now(dc)));
    });
  }
}
