/**
 * Small object builders for the controller table tests, in the spirit of upstream's
 * `newDeployment`, `rs` and `newPod` test helpers: every field a row does not mention keeps a
 * harmless default, and every timestamp is relative to one fixed instant.
 */
import type { Deployment, DeploymentCondition, DeploymentStatus, IntOrString, Pod, PodTemplateSpec, ReplicaSet } from '../../model/types';
import { DEFAULT_START, rfc3339 } from '../../clock/virtual-clock';
import { DesiredReplicasAnnotation, MaxReplicasAnnotation, RevisionAnnotation } from '../deployment/util';
import { PodDeletionCostAnnotation } from '../replicaset/util';

/** The "now" of every table (the simulator's default start, 2026-01-01T00:00:00Z). */
export const NOW = DEFAULT_START;

/** RFC3339 time `seconds` before NOW (negative: after NOW). */
export const ago = (seconds: number): string => rfc3339(NOW - seconds * 1000);

export function template(image = 'nginx:1.25', labels: Record<string, string> = { app: 'web' }): PodTemplateSpec {
  return { metadata: { labels: { ...labels } }, spec: { containers: [{ name: 'web', image }] } };
}

export interface DeploymentExtra {
  name?: string;
  generation?: number;
  status?: DeploymentStatus;
  progressDeadlineSeconds?: number;
  revisionHistoryLimit?: number;
  template?: PodTemplateSpec;
}

/**
 * A RollingUpdate Deployment. An absent maxSurge / maxUnavailable stays absent (ResolveFenceposts
 * treats it as 0), as upstream's tests build them.
 */
export function deployment(replicas: number, maxSurge?: IntOrString, maxUnavailable?: IntOrString, extra: DeploymentExtra = {}): Deployment {
  const rollingUpdate: { maxSurge?: IntOrString; maxUnavailable?: IntOrString } = {};
  if (maxSurge !== undefined) rollingUpdate.maxSurge = maxSurge;
  if (maxUnavailable !== undefined) rollingUpdate.maxUnavailable = maxUnavailable;
  return {
    metadata: { name: extra.name ?? 'web', namespace: 'default', generation: extra.generation ?? 1 },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: extra.template ?? template(),
      strategy: { type: 'RollingUpdate', rollingUpdate },
      ...(extra.progressDeadlineSeconds !== undefined ? { progressDeadlineSeconds: extra.progressDeadlineSeconds } : {}),
      ...(extra.revisionHistoryLimit !== undefined ? { revisionHistoryLimit: extra.revisionHistoryLimit } : {}),
    },
    status: extra.status ?? {},
  };
}

export function recreateDeployment(replicas: number | undefined, extra: DeploymentExtra = {}): Deployment {
  const d = deployment(0, undefined, undefined, extra);
  d.spec = { ...d.spec!, strategy: { type: 'Recreate' } };
  if (replicas === undefined) delete d.spec.replicas;
  else d.spec.replicas = replicas;
  return d;
}

/** The desired-replicas / max-replicas pair `scaleReplicaSet` stamps on a ReplicaSet. */
export const sized = (desired: number, max: number): Record<string, string> => ({
  [DesiredReplicasAnnotation]: String(desired),
  [MaxReplicasAnnotation]: String(max),
});

export const revisionAnnotation = (revision: string): Record<string, string> => ({ [RevisionAnnotation]: revision });

export interface ReplicaSetExtra {
  /** status.replicas; defaults to spec.replicas. */
  statusReplicas?: number;
  readyReplicas?: number;
  generation?: number;
  observedGeneration?: number;
  deleting?: boolean;
  template?: PodTemplateSpec;
}

/**
 * rs(name, spec.replicas, status.availableReplicas, created seconds before NOW, annotations).
 * Older ReplicaSets are the ones with the larger age.
 */
export function rs(name: string, replicas: number, available: number, createdSecondsAgo: number, annotations?: Record<string, string>, extra: ReplicaSetExtra = {}): ReplicaSet {
  return {
    metadata: {
      name,
      namespace: 'default',
      creationTimestamp: ago(createdSecondsAgo),
      ...(annotations ? { annotations: { ...annotations } } : {}),
      ...(extra.generation !== undefined ? { generation: extra.generation } : {}),
      ...(extra.deleting ? { deletionTimestamp: ago(0) } : {}),
    },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: extra.template ?? template() },
    status: {
      replicas: extra.statusReplicas ?? replicas,
      availableReplicas: available,
      ...(extra.readyReplicas !== undefined ? { readyReplicas: extra.readyReplicas } : {}),
      ...(extra.observedGeneration !== undefined ? { observedGeneration: extra.observedGeneration } : {}),
    },
  };
}

/** Spec sizes by name, the shape most rows assert. */
export const sizes = (rss: Array<ReplicaSet | undefined>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of rss) if (r) out[r.metadata!.name!] = r.spec?.replicas ?? 0;
  return out;
};

export const withReplicas = (r: ReplicaSet, replicas: number): ReplicaSet => ({ ...r, spec: { ...r.spec!, replicas } });

export interface PodOptions {
  node?: string;
  phase?: string;
  /** Ready condition: true / false / absent. */
  ready?: boolean;
  readySecondsAgo?: number;
  createdSecondsAgo?: number;
  restarts?: number;
  deletionCost?: string;
  uid?: string;
  deleting?: boolean;
}

export function pod(name: string, o: PodOptions = {}): Pod {
  const conditions =
    o.ready === undefined
      ? undefined
      : [{ type: 'Ready', status: o.ready ? 'True' : 'False', ...(o.readySecondsAgo !== undefined ? { lastTransitionTime: ago(o.readySecondsAgo) } : {}) }];
  return {
    metadata: {
      name,
      namespace: 'default',
      uid: o.uid ?? `uid-${name}`,
      ...(o.createdSecondsAgo !== undefined ? { creationTimestamp: ago(o.createdSecondsAgo) } : {}),
      ...(o.deletionCost !== undefined ? { annotations: { [PodDeletionCostAnnotation]: o.deletionCost } } : {}),
      ...(o.deleting ? { deletionTimestamp: ago(0) } : {}),
    },
    spec: { containers: [{ name: 'web', image: 'nginx' }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Pending',
      ...(conditions ? { conditions } : {}),
      ...(o.restarts !== undefined ? { containerStatuses: [{ name: 'web', image: 'nginx', imageID: '', ready: !!o.ready, restartCount: o.restarts }] } : {}),
    },
  };
}

export function status(replicas: number, updated: number, ready: number, available: number, extra: Partial<DeploymentStatus> = {}): DeploymentStatus {
  return { replicas, updatedReplicas: updated, readyReplicas: ready, availableReplicas: available, ...extra };
}

export function condition(type: string, statusValue: string, reason: string, lastUpdateTime?: string, lastTransitionTime?: string): DeploymentCondition {
  return {
    type,
    status: statusValue,
    reason,
    ...(lastUpdateTime !== undefined ? { lastUpdateTime } : {}),
    ...(lastTransitionTime !== undefined ? { lastTransitionTime } : {}),
  };
}
