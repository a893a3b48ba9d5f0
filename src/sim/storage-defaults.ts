import type { KubeObject } from '../model/types';
import { IsDefaultStorageClassAnnotation } from '../model/statefulset';

/**
 * minikube's default StorageClass, as its storage-provisioner addon creates it: `standard`,
 * provisioner `k8s.io/minikube-hostpath`, reclaim policy Delete, binding Immediate.
 */
export function minikubeStorageClass(): KubeObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'standard',
      labels: { 'addonmanager.kubernetes.io/mode': 'EnsureExists' },
      annotations: { [IsDefaultStorageClassAnnotation]: 'true' },
    },
    provisioner: 'k8s.io/minikube-hostpath',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  };
}
