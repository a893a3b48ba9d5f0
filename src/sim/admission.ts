import type { Deployment, KubeObject, Pod, ReplicaSet } from '../model/types';
import type { FieldError } from '../model/field-error';
import type { ObjectStore } from '../store/object-store';
import type { ApiError } from '../store/api-error';
import { defaultDeployment, defaultPod, defaultReplicaSet } from '../model/defaults';
import { validateDeployment, validatePod, validateReplicaSet, validateObjectMeta } from '../model/validation';
import { deepEqual } from '../model/hash';
import { defaultJob, validateJob } from '../model/job';
import { applyLimitRangeDefaults, limitRangeViolations, quotaViolation } from '../model/resource-policy';
import { forbidden } from '../store/api-error';

/**
 * What the API server does to a write before storing it, per kind: defaulting, then validation
 * (create when `old` is absent, update otherwise), then admission that needs the cluster's state
 * (quotas, port allocation…). A kind not listed gets only metadata validation.
 */
export interface AdmissionContext {
  store: ObjectStore;
  now: number;
  /** The most pods the simulated cluster holds (ClusterOptions.maxPods). */
  maxPods?: number;
}

export interface KindAdmission {
  default?(obj: KubeObject, ctx: AdmissionContext): void;
  validate?(obj: KubeObject, old: KubeObject | undefined, ctx: AdmissionContext): FieldError[];
  /** Checks against other objects; an ApiError rejects the write as it is (e.g. 403 quota). */
  admit?(obj: KubeObject, old: KubeObject | undefined, ctx: AdmissionContext): ApiError | undefined;
}

export const ADMISSION: Record<string, KindAdmission> = {
  Job: {
    default: (o) => defaultJob(o),
    validate: (o) => validateJob(o),
  },
  Deployment: {
    default: (o) => defaultDeployment(o as Deployment),
    validate: (o, old) => validateDeployment(o as Deployment, old as Deployment | undefined),
  },
  ReplicaSet: {
    default: (o) => defaultReplicaSet(o as ReplicaSet),
    validate: (o, old) => validateReplicaSet(o as ReplicaSet, old as ReplicaSet | undefined),
  },
  Secret: {
    // The API server folds write-only stringData into base64 data, and types a Secret Opaque.
    default: (o) => {
      const secret = o as KubeObject & { type?: string; data?: Record<string, string>; stringData?: Record<string, string> };
      if (!secret.type) secret.type = 'Opaque';
      if (secret.stringData) {
        secret.data = { ...(secret.data ?? {}) };
        for (const [k, v] of Object.entries(secret.stringData)) secret.data[k] = Buffer.from(v, 'utf8').toString('base64');
        delete secret.stringData;
      }
    },
  },
  Pod: {
    // The ServiceAccount plugin names the account here (defaultPod) and mounts its token volume
    // on create once the pod has its uid: Simulator.createNew, model/service-account.ts.
    default: (o, ctx) => {
      defaultPod(o as Pod);
      applyLimitRangeDefaults(o as Pod, ctx.store.list('LimitRange', o.metadata.namespace ?? 'default'));
    },
    admit: (o, old, ctx) => {
      if (old) return undefined;
      const ns = o.metadata.namespace ?? 'default';
      const name = o.metadata.name ?? o.metadata.generateName ?? '';
      // A simulator's own limit, so `replicas: 2147483647` fails loudly instead of eating memory.
      if (ctx.maxPods !== undefined && ctx.store.count('Pod') >= ctx.maxPods) {
        return forbidden('Pod', name, `the simulated cluster already holds ${ctx.maxPods} pods, its limit (ClusterOptions.maxPods)`);
      }
      const limits = limitRangeViolations(o as Pod, ctx.store.list('LimitRange', ns));
      if (limits.length) return forbidden('Pod', name, limits.length === 1 ? limits[0] : `[${limits.join(', ')}]`);
      const quotas = ctx.store.list('ResourceQuota', ns);
      if (quotas.length === 0) return undefined;
      const quota = quotaViolation(o as Pod, quotas as never, ctx.store.list<Pod & KubeObject>('Pod', ns));
      return quota ? forbidden('Pod', name, quota) : undefined;
    },
    validate: (o, old) => [...validatePod(o as Pod), ...(old ? podUpdateErrors(o as Pod, old as Pod) : [])],
  },
};

/** Registers (or extends) the admission of a kind; later registrations run after earlier ones. */
export function registerAdmission(kind: string, a: KindAdmission): void {
  const prev = ADMISSION[kind];
  if (!prev) {
    ADMISSION[kind] = a;
    return;
  }
  ADMISSION[kind] = {
    default: (o, c) => {
      prev.default?.(o, c);
      a.default?.(o, c);
    },
    validate: (o, old, c) => [...(prev.validate?.(o, old, c) ?? []), ...(a.validate?.(o, old, c) ?? [])],
    admit: (o, old, c) => prev.admit?.(o, old, c) ?? a.admit?.(o, old, c),
  };
}

export function validateGeneric(obj: KubeObject): FieldError[] {
  return validateObjectMeta(obj.metadata);
}

function podUpdateErrors(pod: Pod, old: Pod): FieldError[] {
  // Pod updates may only change images and a few fields (ValidatePodUpdate).
  const strip = (p: Pod) => ({ ...p.spec, containers: p.spec?.containers?.map((c) => ({ ...c, image: undefined })), activeDeadlineSeconds: undefined, tolerations: undefined });
  if (!deepEqual(strip(pod), strip(old))) {
    return [{ type: 'Forbidden', field: 'spec', detail: 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)' }];
  }
  return [];
}
