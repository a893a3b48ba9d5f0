/**
 * `kubectl describe persistentvolumeclaim | persistentvolume | storageclass`, transcribed from
 * describe.go (v1.32) and checked against the real kubectl v1.32 binary (golden cases
 * describe-pvc-*, describe-pv-*, describe-storageclass*). Callers fetch the related objects.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { Event, ObjectMeta, Pod } from '../../model/types';
import { tabbedString, type PrefixWriter } from './describe-writer';
import { printAnnotationsMultiline, printLabelsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { translateTimestampSince } from './human-duration';
import { formatRFC1123Z } from './timestamps';
import { compareGoStrings, formatLabels } from './selector';
import { goSort } from './go-sort';
import { accessModesString, storageClassOf } from './table-kinds-storage';
import {
  printAWSElasticBlockStoreSource,
  printCSIPersistentSource,
  printGCEPersistentDiskSource,
  printHostPathSource,
  printLocalSource,
  printNFSSource,
} from './describe-volume-sources';
import { quantityText } from '../../model/quantity';

type PVC = Omit<PersistentVolumeClaim, 'metadata'> & { metadata?: ObjectMeta };
type PV = Omit<PersistentVolume, 'metadata'> & { metadata?: ObjectMeta };

/** Go's `%v` of a string slice: `[a b]`, `[]` when empty or absent. */
function goStringSlice(list: readonly string[] | undefined): string {
  return `[${(list ?? []).join(' ')}]`;
}

/** What `describe pvc` prints besides the claim. */
export interface PersistentVolumeClaimRelations {
  /** The pods in the claim's namespace (all of them: "Used By" is computed here). */
  readonly pods: readonly Pod[];
  readonly events?: readonly Event[];
}

/**
 * getPodsForPVC: the pods whose volumes name the claim (a pod once per such volume, as kubectl
 * appends), then the pods that own the claim (generic ephemeral volumes) not already listed.
 */
export function podsUsingClaim(pvc: PVC, pods: readonly Pod[]): Pod[] {
  const name = pvc.metadata?.name;
  const using: Pod[] = [];
  for (const pod of pods) {
    for (const v of pod.spec?.volumes ?? []) {
      if (v.persistentVolumeClaim && v.persistentVolumeClaim.claimName === name) using.push(pod);
    }
  }
  for (const ref of pvc.metadata?.ownerReferences ?? []) {
    if (ref.kind !== 'Pod') continue;
    const owner = pods.find((p) => p.metadata?.uid === ref.uid);
    if (!owner || using.some((p) => p.metadata?.uid === owner.metadata?.uid)) continue;
    using.push(owner);
  }
  return using;
}

/**
 * `kubectl describe pvc`:
 * ```
 * Name:          data
 * Namespace:     default
 * StorageClass:  standard
 * Status:        Bound
 * Volume:        pvc-4267b0a3-…
 * Labels:        <none>
 * Annotations:   pv.kubernetes.io/bind-completed: yes
 * Finalizers:    [kubernetes.io/pvc-protection]
 * Capacity:      1Gi
 * Access Modes:  RWO
 * VolumeMode:    Filesystem
 * Used By:       app
 * Events:        <none>
 * ```
 * Capacity and Access Modes come from the status, and only once the claim names its volume.
 */
export function describePersistentVolumeClaim(pvc: PVC, relations: PersistentVolumeClaimRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = pvc.metadata ?? {};
    const spec = pvc.spec ?? {};
    const status = pvc.status ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(0, `StorageClass:\t${storageClassOf(meta, spec.storageClassName)}\n`);
    if (meta.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, nowMs)})\n`);
    else w.write(0, `Status:\t${status.phase ?? ''}\n`);
    w.write(0, `Volume:\t${spec.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Finalizers:\t${goStringSlice(meta.finalizers)}\n`);
    const bound = !!spec.volumeName;
    w.write(0, `Capacity:\t${bound ? quantityText(status.capacity?.storage ?? '0') : ''}\n`);
    w.write(0, `Access Modes:\t${bound ? accessModesString(status.accessModes) : ''}\n`);
    // The API server defaults volumeMode to Filesystem.
    w.write(0, `VolumeMode:\t${spec.volumeMode ?? 'Filesystem'}\n`);
    if (spec.dataSource) {
      w.write(0, 'DataSource:\n');
      if (spec.dataSource.apiGroup !== undefined && spec.dataSource.apiGroup !== null) w.write(1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
      w.write(1, `Kind:\t${spec.dataSource.kind}\n`);
      w.write(1, `Name:\t${spec.dataSource.name}\n`);
    }
    printPodNames(w, 'Used By', podsUsingClaim(pvc, relations.pods));
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(0, 'Conditions:\n');
      w.write(1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(1, `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastProbeTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
      }
    }
    describeEvents(relations.events, w, nowMs);
  });
}

/** printPodsMultiline: pod names sorted by name, one a line; `<none>` when there are none. */
function printPodNames(w: PrefixWriter, title: string, pods: readonly Pod[]): void {
  w.write(0, `${title}:\t`);
  if (pods.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  const names = goSort(pods.map((p) => p.metadata?.name ?? ''), (a, b) => compareGoStrings(a, b) < 0);
  names.forEach((name, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${name}\n`);
  });
}

/** What `describe pv` prints besides the volume. */
export interface PersistentVolumeRelations {
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe pv`: identity, finalizers, class, status (`Terminating (lasts …)` once
 * deleted), claim, reclaim policy, access modes, volume mode, capacity, node affinity, message and
 * the Source block of its volume type.
 */
export function describePersistentVolume(pv: PV, relations: PersistentVolumeRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = pv.metadata ?? {};
    const spec = pv.spec ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Finalizers:\t${goStringSlice(meta.finalizers)}\n`);
    w.write(0, `StorageClass:\t${storageClassOf(meta, spec.storageClassName)}\n`);
    if (meta.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, nowMs)})\n`);
    else w.write(0, `Status:\t${pv.status?.phase ?? ''}\n`);
    const claim = spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : '';
    w.write(0, `Claim:\t${claim}\n`);
    // The API server defaults the reclaim policy to Retain and the volume mode to Filesystem.
    w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? 'Retain'}\n`);
    w.write(0, `Access Modes:\t${accessModesString(spec.accessModes)}\n`);
    w.write(0, `VolumeMode:\t${spec.volumeMode ?? 'Filesystem'}\n`);
    w.write(0, `Capacity:\t${quantityText(spec.capacity?.storage ?? '0')}\n`);
    printVolumeNodeAffinity(w, spec.nodeAffinity);
    w.write(0, `Message:\t${pv.status?.message ?? ''}\n`);
    w.write(0, 'Source:\n');
    if (spec.hostPath) printHostPathSource(spec.hostPath, w);
    else if (spec.gcePersistentDisk) printGCEPersistentDiskSource(spec.gcePersistentDisk, w);
    else if (spec.awsElasticBlockStore) printAWSElasticBlockStoreSource(spec.awsElasticBlockStore, w);
    else if (spec.nfs) printNFSSource(spec.nfs, w);
    else if (spec.local) printLocalSource(spec.local, w);
    else if (spec.csi) printCSIPersistentSource(spec.csi, w);
    else w.write(1, '<unknown>\n');
    describeEvents(relations.events, w, nowMs);
  });
}

type VolumeNodeAffinity = NonNullable<PersistentVolume['spec']>['nodeAffinity'];

/**
 * printVolumeNodeAffinity: `Node Affinity:\t<none>` without required terms, else
 * `Required Terms:` and one `Term N:` per node selector term, its match expressions as
 * `key op [v1, v2]` (operator lower-cased), one a line.
 */
function printVolumeNodeAffinity(w: PrefixWriter, affinity: VolumeNodeAffinity): void {
  w.write(0, 'Node Affinity:\t');
  if (!affinity?.required) {
    w.write(0, '<none>\n');
    return;
  }
  w.write(0, '\n');
  w.write(1, 'Required Terms:\t');
  const terms = affinity.required.nodeSelectorTerms ?? [];
  if (terms.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  w.write(0, '\n');
  terms.forEach((term, i) => {
    w.write(2, `Term ${i}:\t`);
    const reqs = term.matchExpressions ?? [];
    if (reqs.length === 0) {
      w.write(0, '<none>\n');
      return;
    }
    reqs.forEach((req, j) => {
      if (j !== 0) w.write(2, '\t');
      let expr = `${req.key} ${req.operator.toLowerCase()}`;
      if ((req.values ?? []).length > 0) expr += ` [${req.values!.join(', ')}]`;
      w.write(0, `${expr}\n`);
    });
  });
}

/** A StorageClass, the parts describe reads. */
export interface StorageClassLike {
  readonly metadata?: ObjectMeta;
  readonly provisioner?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly reclaimPolicy?: string;
  readonly volumeBindingMode?: string;
  readonly allowVolumeExpansion?: boolean;
  readonly mountOptions?: readonly string[];
  readonly allowedTopologies?: ReadonlyArray<{
    readonly matchLabelExpressions?: ReadonlyArray<{ readonly key: string; readonly values: readonly string[] }>;
  }>;
}

/** What `describe storageclass` prints besides the class. */
export interface StorageClassRelations {
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe storageclass`. Annotations print on one line as `k=v,…` (labels.FormatLabels,
 * last-applied-configuration included), IsDefaultClass `Yes`/`No`, AllowVolumeExpansion
 * `True`/`False`/`<unset>`.
 */
export function describeStorageClass(sc: StorageClassLike, relations: StorageClassRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = sc.metadata ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `IsDefaultClass:\t${isDefaultClass(meta) ? 'Yes' : 'No'}\n`);
    w.write(0, `Annotations:\t${formatLabels(meta.annotations)}\n`);
    w.write(0, `Provisioner:\t${sc.provisioner ?? ''}\n`);
    w.write(0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
    const expansion = sc.allowVolumeExpansion === undefined || sc.allowVolumeExpansion === null ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False';
    w.write(0, `AllowVolumeExpansion:\t${expansion}\n`);
    const options = sc.mountOptions ?? [];
    if (options.length === 0) w.write(0, 'MountOptions:\t<none>\n');
    else {
      w.write(0, 'MountOptions:\n');
      for (const o of options) w.write(1, `${o}\n`);
    }
    // The API server defaults both.
    w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy ?? 'Delete'}\n`);
    w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode ?? 'Immediate'}\n`);
    if (sc.allowedTopologies) {
      w.write(0, 'AllowedTopologies:\t');
      if (sc.allowedTopologies.length === 0) w.write(0, '<none>\n');
      else {
        w.write(0, '\n');
        sc.allowedTopologies.forEach((term, i) => {
          w.write(1, `Term ${i}:\t`);
          const reqs = term.matchLabelExpressions ?? [];
          if (reqs.length === 0) {
            w.write(0, '<none>\n');
            return;
          }
          reqs.forEach((req, j) => {
            if (j !== 0) w.write(1, '\t');
            w.write(0, `${req.key} in${req.values.length > 0 ? ` [${req.values.join(', ')}]` : ''}\n`);
          });
        });
      }
    }
    describeEvents(relations.events, w, nowMs);
  });
}

/** storageutil.IsDefaultAnnotation: the GA or the beta is-default-class annotation is "true". */
function isDefaultClass(meta: ObjectMeta): boolean {
  const a = meta.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}
