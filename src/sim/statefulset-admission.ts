import type { StatefulSet } from '../model/types';
import { registerAdmission } from './admission';
import {
  PersistentVolume,
  PersistentVolumeClaim,
  StorageClass,
  defaultPersistentVolume,
  defaultPersistentVolumeClaimSpec,
  defaultStatefulSet,
  defaultStorageClass,
  pickDefaultStorageClass,
  validatePersistentVolumeClaim,
  validateStatefulSet,
} from '../model/statefulset';
import { validateObjectMeta } from '../model/validation';

/**
 * Admission for StatefulSets and their storage: API defaulting and validation, and the
 * DefaultStorageClass admission plugin (a claim that names no class gets the default one).
 * Importing this module registers them.
 */

registerAdmission('StatefulSet', {
  default: (o) => defaultStatefulSet(o as StatefulSet),
  validate: (o, old) => validateStatefulSet(o as StatefulSet, old as StatefulSet | undefined),
});

registerAdmission('PersistentVolumeClaim', {
  default: (o, ctx) => {
    const pvc = o as unknown as PersistentVolumeClaim;
    defaultPersistentVolumeClaimSpec(pvc);
    // DefaultStorageClass admission (plugin/pkg/admission/storage/storageclass/setdefault): only on
    // create, only when storageClassName is absent ("" asks for no class at all).
    const spec = pvc.spec as { storageClassName?: string };
    if (spec.storageClassName === undefined && !ctx.store.get('PersistentVolumeClaim', o.metadata.namespace ?? 'default', o.metadata.name ?? '')) {
      const def = pickDefaultStorageClass(ctx.store.list('StorageClass'));
      if (def) spec.storageClassName = def;
    }
    // StorageObjectInUseProtection admission: claims (and volumes) carry a protection finalizer.
    const meta = o.metadata;
    if (!meta.finalizers?.includes('kubernetes.io/pvc-protection')) meta.finalizers = [...(meta.finalizers ?? []), 'kubernetes.io/pvc-protection'];
  },
  validate: (o, old) => validatePersistentVolumeClaim(o as unknown as PersistentVolumeClaim, old as unknown as PersistentVolumeClaim | undefined),
});

registerAdmission('PersistentVolume', {
  default: (o) => {
    defaultPersistentVolume(o as unknown as PersistentVolume);
    if (!o.metadata.finalizers?.includes('kubernetes.io/pv-protection')) o.metadata.finalizers = [...(o.metadata.finalizers ?? []), 'kubernetes.io/pv-protection'];
  },
  validate: (o) => validateObjectMeta(o.metadata),
});

registerAdmission('StorageClass', {
  default: (o) => defaultStorageClass(o as unknown as StorageClass),
  validate: (o) => {
    const errs = validateObjectMeta(o.metadata);
    if (!(o as unknown as StorageClass).provisioner) errs.push({ type: 'Required', field: 'provisioner' });
    return errs;
  },
});
