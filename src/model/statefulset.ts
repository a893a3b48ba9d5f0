import type * as apps from 'kubernetes-types/apps/v1';
import type * as core from 'kubernetes-types/core/v1';
import type { LabelSelector, ObjectMeta, StatefulSet } from './types';
import { defaultPodTemplate } from './defaults';
import { FieldError, goInt, goIntOrString, goLabelSelector, goString, goStringMap } from './field-error';
import { isEmptySelector, selectorMatches } from './labels';
import { validateObjectMeta, validatePodSpec } from './validation';
import { deepEqual } from './hash';

/**
 * StatefulSets and the objects around them (PersistentVolumeClaims, PersistentVolumes,
 * StorageClasses, ControllerRevisions): types, API defaulting (pkg/apis/apps/v1/defaults.go,
 * pkg/apis/core/v1/defaults.go) and validation (pkg/apis/apps/validation, the parts the
 * tutorials can reach).
 */

type WithMeta<T> = Omit<{ -readonly [K in keyof T]: T[K] }, 'metadata'> & { metadata?: ObjectMeta };

export type PersistentVolumeClaim = WithMeta<core.PersistentVolumeClaim>;
export type PersistentVolume = WithMeta<core.PersistentVolume>;
export type ControllerRevision = WithMeta<apps.ControllerRevision> & { data?: unknown };
export type StatefulSetSpec = apps.StatefulSetSpec;
export type StatefulSetStatus = apps.StatefulSetStatus;
/** storage.k8s.io/v1 StorageClass (only the fields the simulator reads). */
export interface StorageClass {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  provisioner: string;
  /** @default 'Delete' */
  reclaimPolicy?: 'Delete' | 'Retain';
  /** @default 'Immediate' */
  volumeBindingMode?: 'Immediate' | 'WaitForFirstConsumer';
  allowVolumeExpansion?: boolean;
  parameters?: Record<string, string>;
}

/** `storageclass.kubernetes.io/is-default-class: "true"` marks the class PVCs get when they name none. */
export const IsDefaultStorageClassAnnotation = 'storageclass.kubernetes.io/is-default-class';

/**
 * The default StorageClass (GetDefaultClass): among the classes annotated as default, the newest,
 * then the name that sorts first (what v1.26+ does when several are marked).
 */
export function pickDefaultStorageClass(classes: ReadonlyArray<{ metadata?: ObjectMeta }>): string | undefined {
  const defaults = classes
    .filter((sc) => sc.metadata?.annotations?.[IsDefaultStorageClassAnnotation] === 'true')
    .sort((a, b) => (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '') || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  return defaults[0]?.metadata?.name;
}

/** SetDefaults_StatefulSet (k8s-semantics.md §2.3). */
export function defaultStatefulSet(s: StatefulSet): void {
  const spec = ((s as { spec?: StatefulSetSpec }).spec ??= {} as StatefulSetSpec) as { -readonly [K in keyof StatefulSetSpec]: StatefulSetSpec[K] };
  if (!spec.podManagementPolicy) spec.podManagementPolicy = 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {}) as { type?: string; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    // Only an empty type gets an empty rollingUpdate; `type: RollingUpdate` alone keeps it nil.
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) {
    if (strategy.rollingUpdate.partition === undefined || strategy.rollingUpdate.partition === null) strategy.rollingUpdate.partition = 0;
  }
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {}) as { whenDeleted?: string; whenScaled?: string };
  if (!retention.whenDeleted) retention.whenDeleted = 'Retain';
  if (!retention.whenScaled) retention.whenScaled = 'Retain';
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
  if (spec.template) defaultPodTemplate(spec.template as Parameters<typeof defaultPodTemplate>[0]);
  for (const claim of spec.volumeClaimTemplates ?? []) {
    const c = claim as PersistentVolumeClaim;
    // The claim template is a PVC: apiVersion/kind and the PVC spec defaults are filled in.
    (c as { apiVersion?: string }).apiVersion ??= 'v1';
    (c as { kind?: string }).kind ??= 'PersistentVolumeClaim';
    defaultPersistentVolumeClaimSpec(c);
  }
}

/** SetDefaults_PersistentVolumeClaim(Spec): volumeMode Filesystem, phase Pending. */
export function defaultPersistentVolumeClaimSpec(pvc: PersistentVolumeClaim): void {
  const spec = (pvc.spec ??= {}) as { volumeMode?: string };
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  const status = (pvc.status ??= {}) as { phase?: string };
  if (!status.phase) status.phase = 'Pending';
}

/** SetDefaults_PersistentVolume: reclaim policy Retain, volumeMode Filesystem, phase Pending. */
export function defaultPersistentVolume(pv: PersistentVolume): void {
  const spec = (pv.spec ??= {}) as { persistentVolumeReclaimPolicy?: string; volumeMode?: string };
  if (!spec.persistentVolumeReclaimPolicy) spec.persistentVolumeReclaimPolicy = 'Retain';
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  const hostPath = (spec as { hostPath?: { type?: string } }).hostPath;
  if (hostPath && hostPath.type === undefined) hostPath.type = '';
  const status = (pv.status ??= {}) as { phase?: string };
  if (!status.phase) status.phase = 'Pending';
}

/** SetDefaults_StorageClass: reclaimPolicy Delete, volumeBindingMode Immediate. */
export function defaultStorageClass(sc: StorageClass): void {
  if (!sc.reclaimPolicy) sc.reclaimPolicy = 'Delete';
  if (!sc.volumeBindingMode) sc.volumeBindingMode = 'Immediate';
}

const NEGATIVE = 'must be greater than or equal to 0';

/** ValidateStatefulSet (create) and, with `old`, ValidateStatefulSetUpdate. */
export function validateStatefulSet(s: StatefulSet, old?: StatefulSet): FieldError[] {
  const errs = validateObjectMeta(s.metadata);
  const spec = s.spec;
  if (!spec) return [...errs, { type: 'Required', field: 'spec' }];
  const policy = spec.podManagementPolicy;
  if (policy !== 'OrderedReady' && policy !== 'Parallel') {
    errs.push({ type: 'Unsupported', field: 'spec.podManagementPolicy', value: goString(policy ?? ''), detail: 'supported values: "OrderedReady", "Parallel"' });
  }
  const strategy = spec.updateStrategy ?? {};
  if (strategy.type === 'OnDelete') {
    if (strategy.rollingUpdate) errs.push({ type: 'Invalid', field: 'spec.updateStrategy.rollingUpdate', value: goRollingUpdate(strategy.rollingUpdate), detail: "only allowed for updateStrategy 'RollingUpdate'" });
  } else if (strategy.type === 'RollingUpdate') {
    const partition = strategy.rollingUpdate?.partition;
    if (partition !== undefined && partition < 0) errs.push({ type: 'Invalid', field: 'spec.updateStrategy.rollingUpdate.partition', value: goInt(partition), detail: NEGATIVE });
  } else {
    errs.push({ type: 'Unsupported', field: 'spec.updateStrategy.type', value: goString(strategy.type ?? ''), detail: 'supported values: "OnDelete", "RollingUpdate"' });
  }
  const retention = spec.persistentVolumeClaimRetentionPolicy ?? {};
  for (const f of ['whenDeleted', 'whenScaled'] as const) {
    const v = retention[f];
    if (v !== 'Retain' && v !== 'Delete') {
      errs.push({ type: 'Unsupported', field: `spec.persistentVolumeClaimRetentionPolicy.${f}`, value: goString(v ?? ''), detail: 'supported values: "Retain", "Delete"' });
    }
  }
  if (spec.replicas !== undefined && spec.replicas < 0) errs.push({ type: 'Invalid', field: 'spec.replicas', value: goInt(spec.replicas), detail: NEGATIVE });
  if (spec.minReadySeconds !== undefined && spec.minReadySeconds < 0) errs.push({ type: 'Invalid', field: 'spec.minReadySeconds', value: goInt(spec.minReadySeconds), detail: NEGATIVE });
  const start = spec.ordinals?.start;
  if (start !== undefined && start < 0) errs.push({ type: 'Invalid', field: 'spec.ordinals.start', value: goInt(start), detail: NEGATIVE });
  validateSelectorAndTemplate(spec.selector, spec.template as { metadata?: ObjectMeta; spec?: unknown } | undefined, errs);
  if (old?.spec) errs.push(...validateUpdate(spec, old.spec));
  return errs;
}

function validateSelectorAndTemplate(selector: LabelSelector | undefined, template: { metadata?: ObjectMeta; spec?: unknown } | undefined, errs: FieldError[]): void {
  if (!selector) errs.push({ type: 'Required', field: 'spec.selector' });
  else if (isEmptySelector(selector)) errs.push({ type: 'Invalid', field: 'spec.selector', value: goLabelSelector(selector), detail: 'empty selector is invalid for statefulset' });
  if (!template) {
    errs.push({ type: 'Required', field: 'spec.template' });
    return;
  }
  const labels = template.metadata?.labels;
  if (selector && !isEmptySelector(selector) && !selectorMatches(selector, labels)) {
    errs.push({ type: 'Invalid', field: 'spec.template.metadata.labels', value: goStringMap(labels ?? {}), detail: '`selector` does not match template `labels`' });
  }
  const podSpec = template.spec as Parameters<typeof validatePodSpec>[0];
  errs.push(...validatePodSpec(podSpec, 'spec.template.spec'));
  if (podSpec && podSpec.restartPolicy !== 'Always') {
    errs.push({ type: 'Unsupported', field: 'spec.template.spec.restartPolicy', value: goString(podSpec.restartPolicy ?? ''), detail: 'supported values: "Always"' });
  }
}

/** Fields a StatefulSet update may change (ValidateStatefulSetUpdate). */
function validateUpdate(spec: StatefulSetSpec, old: StatefulSetSpec): FieldError[] {
  const frozen = (s: StatefulSetSpec) => ({
    ...s,
    replicas: undefined,
    ordinals: undefined,
    template: undefined,
    updateStrategy: undefined,
    persistentVolumeClaimRetentionPolicy: undefined,
    minReadySeconds: undefined,
    revisionHistoryLimit: undefined,
  });
  if (deepEqual(frozen(spec), frozen(old))) return [];
  return [{
    type: 'Forbidden',
    field: 'spec',
    detail: "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
  }];
}

function goRollingUpdate(ru: { partition?: number; maxUnavailable?: number | string }): string {
  const partition = ru.partition === undefined ? '(*int32)(nil)' : `(*int32)(${ru.partition})`;
  const mu = ru.maxUnavailable === undefined ? '(*intstr.IntOrString)(nil)' : `&${goIntOrString(ru.maxUnavailable)}`;
  return `&apps.RollingUpdateStatefulSetStrategy{Partition:${partition}, MaxUnavailable:${mu}}`;
}

/** ValidatePersistentVolumeClaim, the parts a tutorial manifest can get wrong. */
export function validatePersistentVolumeClaim(pvc: PersistentVolumeClaim, old?: PersistentVolumeClaim): FieldError[] {
  const errs = validateObjectMeta(pvc.metadata);
  const spec = pvc.spec ?? {};
  if (!spec.accessModes || spec.accessModes.length === 0) errs.push({ type: 'Required', field: 'spec.accessModes', detail: 'at least 1 access mode is required' });
  for (const m of spec.accessModes ?? []) {
    if (!['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'].includes(m)) {
      errs.push({ type: 'Unsupported', field: 'spec.accessModes', value: goString(m), detail: 'supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"' });
    }
  }
  if (!spec.resources?.requests?.storage) errs.push({ type: 'Required', field: 'spec.resources[storage]' });
  if (old && old.spec) {
    // Once bound, the spec is immutable except for a larger request and the volume binding.
    const strip = (s: PersistentVolumeClaim['spec']) => ({ ...s, resources: undefined, volumeName: undefined, storageClassName: undefined });
    if (!deepEqual(strip(old.spec), strip(spec))) {
      errs.push({ type: 'Forbidden', field: 'spec', detail: 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims' });
    }
  }
  return errs;
}
