import type { KubeObject, Pod } from '../../model/types';
import type { PersistentVolume, PersistentVolumeClaim } from '../../model/statefulset';
import type { ObjectStore } from '../../store/object-store';

/**
 * The claim → volume lookups the scheduler, the kubelet and the attach/detach controller all make.
 */

/** Whether any of the pod's volumes names a claim — without building a list (runs on every pod event). */
export function hasClaims(pod: Pod): boolean {
  const volumes = pod.spec?.volumes;
  if (!volumes) return false;
  for (const v of volumes) if (v.persistentVolumeClaim?.claimName) return true;
  return false;
}

/** The volume a claim is Bound to, if the claim and the volume both exist. */
export function boundVolumeOf(store: ObjectStore, namespace: string | undefined, claimName: string): (PersistentVolume & KubeObject) | undefined {
  const pvc = store.get<PersistentVolumeClaim & KubeObject>('PersistentVolumeClaim', namespace, claimName);
  const volumeName = pvc?.status?.phase === 'Bound' ? pvc.spec?.volumeName : undefined;
  return volumeName ? store.get<PersistentVolume & KubeObject>('PersistentVolume', undefined, volumeName) : undefined;
}
