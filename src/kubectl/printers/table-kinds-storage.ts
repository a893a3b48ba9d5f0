/**
 * Table definitions for the storage kinds and ControllerRevisions, transcribed from the v1.32
 * server printers (printPersistentVolumeClaim, printPersistentVolume, printStorageClass,
 * printVolumeAttachment, printControllerRevision in pkg/printers/internalversion/printers.go;
 * kubectl-and-api.md §1.4).
 * Importing this module registers them.
 */
import type { ObjectMeta, OwnerReference } from '../../model/types';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import { registerTableKind, type ColumnDefinition } from './table-registry';
import { translateTimestampSince } from './human-duration';
import { quantityText } from '../../model/quantity';

const name: ColumnDefinition = { name: 'Name', priority: 0, format: 'name' };
const age: ColumnDefinition = { name: 'Age', priority: 0 };
const col = (n: string, priority: 0 | 1 = 0): ColumnDefinition => ({ name: n, priority });

/** helper.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that fixed order, de-duplicated. */
export function accessModesString(modes: readonly string[] | undefined): string {
  const set = new Set(modes ?? []);
  const out: string[] = [];
  if (set.has('ReadWriteOnce')) out.push('RWO');
  if (set.has('ReadOnlyMany')) out.push('ROX');
  if (set.has('ReadWriteMany')) out.push('RWX');
  if (set.has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

/** GetPersistentVolumeClaimClass / GetPersistentVolumeClass: the beta annotation wins, then the field. */
export function storageClassOf(meta: ObjectMeta | undefined, field: string | undefined): string {
  return meta?.annotations?.[BETA_CLASS_ANNOTATION] ?? field ?? '';
}

registerTableKind<PersistentVolumeClaim>({
  kind: 'PersistentVolumeClaim',
  group: '',
  namespaced: true,
  columns: [name, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), age, col('VolumeMode', 1)],
  row(pvc, nowMs) {
    const phase = pvc.metadata?.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '';
    // CAPACITY and ACCESS MODES come from status, and only once the claim names its volume.
    const bound = !!pvc.spec?.volumeName;
    return [
      pvc.metadata?.name ?? '',
      phase,
      pvc.spec?.volumeName ?? '',
      bound ? quantityText(pvc.status?.capacity?.storage ?? '0') : '',
      bound ? accessModesString(pvc.status?.accessModes) : '',
      storageClassOf(pvc.metadata, pvc.spec?.storageClassName),
      pvc.spec?.volumeAttributesClassName || '<unset>',
      translateTimestampSince(pvc.metadata?.creationTimestamp, nowMs),
      pvc.spec?.volumeMode ?? '<unset>',
    ];
  },
});

registerTableKind<PersistentVolume>({
  kind: 'PersistentVolume',
  group: '',
  namespaced: false,
  columns: [
    name,
    col('Capacity'),
    col('Access Modes'),
    col('Reclaim Policy'),
    col('Status'),
    col('Claim'),
    col('StorageClass'),
    col('VolumeAttributesClass'),
    col('Reason'),
    age,
    col('VolumeMode', 1),
  ],
  row(pv, nowMs) {
    const ref = pv.spec?.claimRef;
    return [
      pv.metadata?.name ?? '',
      quantityText(pv.spec?.capacity?.storage ?? '0'),
      accessModesString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      pv.metadata?.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '',
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      storageClassOf(pv.metadata, pv.spec?.storageClassName),
      pv.spec?.volumeAttributesClassName || '<unset>',
      pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata?.creationTimestamp, nowMs),
      pv.spec?.volumeMode ?? '<unset>',
    ];
  },
});

interface StorageClassLike {
  metadata?: ObjectMeta;
  provisioner?: string;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  allowVolumeExpansion?: boolean;
}

registerTableKind<StorageClassLike>({
  kind: 'StorageClass',
  group: 'storage.k8s.io',
  namespaced: false,
  columns: [name, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), age],
  row(sc, nowMs) {
    const annotations = sc.metadata?.annotations ?? {};
    const isDefault = annotations['storageclass.kubernetes.io/is-default-class'] === 'true' || annotations['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
    return [
      `${sc.metadata?.name ?? ''}${isDefault ? ' (default)' : ''}`,
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      String(sc.allowVolumeExpansion ?? false),
      translateTimestampSince(sc.metadata?.creationTimestamp, nowMs),
    ];
  },
});

interface VolumeAttachmentLike {
  metadata?: ObjectMeta;
  spec?: { attacher?: string; nodeName?: string; source?: { persistentVolumeName?: string } };
  status?: { attached?: boolean };
}

// printVolumeAttachment: the PV cell is empty for an inline (CSI migration) source; ATTACHED is a
// boolean cell, printed `true` / `false`.
registerTableKind<VolumeAttachmentLike>({
  kind: 'VolumeAttachment',
  group: 'storage.k8s.io',
  namespaced: false,
  columns: [name, col('Attacher'), col('PV'), col('Node'), col('Attached'), age],
  row(va, nowMs) {
    return [
      va.metadata?.name ?? '',
      va.spec?.attacher ?? '',
      va.spec?.source?.persistentVolumeName ?? '',
      va.spec?.nodeName ?? '',
      String(va.status?.attached ?? false),
      translateTimestampSince(va.metadata?.creationTimestamp, nowMs),
    ];
  },
});

/** formatResourceName(GroupKind, name, withKind): `statefulset.apps/web`, `<none>` without a controller. */
function controllerName(refs: readonly OwnerReference[] | undefined): string {
  const ref = refs?.find((r) => r.controller);
  if (!ref) return '<none>';
  const slash = ref.apiVersion.indexOf('/');
  const group = slash >= 0 ? ref.apiVersion.slice(0, slash) : '';
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
}

registerTableKind<ControllerRevision>({
  kind: 'ControllerRevision',
  group: 'apps',
  namespaced: true,
  columns: [name, col('Controller'), col('Revision'), age],
  row(cr, nowMs) {
    return [cr.metadata?.name ?? '', controllerName(cr.metadata?.ownerReferences), cr.revision, translateTimestampSince(cr.metadata?.creationTimestamp, nowMs)];
  },
});
