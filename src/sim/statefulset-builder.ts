import { stringify } from 'yaml';
import { containerNameFor } from './builders';

/**
 * A StatefulSet (and its headless Service) from a few facts, what a scenario's shorthand
 * ("statefulset "web" with 3 replicas of image "nginx:1.25"") stands for. Ordinary YAML, applied
 * like any other manifest.
 */
export interface StatefulSetShorthand {
  name: string;
  replicas: number;
  image: string;
  /** The governing Service. @default the set's name */
  serviceName?: string;
  /** @default { app: name } */
  labels?: Record<string, string>;
  /** @default 'OrderedReady' (left to API defaulting) */
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  /** @default 'RollingUpdate' (left to API defaulting) */
  updateStrategy?: 'RollingUpdate' | 'OnDelete';
  partition?: number;
  minReadySeconds?: number;
  /** One volumeClaimTemplate, mounted at /data. */
  volumeClaim?: { name: string; storage: string; storageClassName?: string };
  persistentVolumeClaimRetentionPolicy?: { whenDeleted?: 'Retain' | 'Delete'; whenScaled?: 'Retain' | 'Delete' };
  containerPort?: number;
}

export function statefulSetManifest(s: StatefulSetShorthand): string {
  const labels = s.labels ?? { app: s.name };
  const container: Record<string, unknown> = { name: containerNameFor(s.image), image: s.image };
  if (s.containerPort) container.ports = [{ containerPort: s.containerPort }];
  if (s.volumeClaim) container.volumeMounts = [{ name: s.volumeClaim.name, mountPath: '/data' }];
  const spec: Record<string, unknown> = { selector: { matchLabels: labels }, serviceName: s.serviceName ?? s.name, replicas: s.replicas };
  if (s.podManagementPolicy) spec.podManagementPolicy = s.podManagementPolicy;
  if (s.updateStrategy === 'OnDelete') spec.updateStrategy = { type: 'OnDelete' };
  else if (s.partition !== undefined) spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: s.partition } };
  if (s.minReadySeconds !== undefined) spec.minReadySeconds = s.minReadySeconds;
  if (s.persistentVolumeClaimRetentionPolicy) spec.persistentVolumeClaimRetentionPolicy = s.persistentVolumeClaimRetentionPolicy;
  spec.template = { metadata: { labels }, spec: { containers: [container] } };
  if (s.volumeClaim) {
    spec.volumeClaimTemplates = [{
      metadata: { name: s.volumeClaim.name },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: s.volumeClaim.storage } },
        ...(s.volumeClaim.storageClassName ? { storageClassName: s.volumeClaim.storageClassName } : {}),
      },
    }];
  }
  return stringify({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: s.name }, spec });
}

/** A headless Service (`clusterIP: None`) selecting `labels`, the kind a StatefulSet needs for pod DNS names. */
export function headlessServiceManifest(name: string, labels: Record<string, string>, port = 80): string {
  return stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { clusterIP: 'None', selector: labels, ports: [{ name: 'http', port }] } });
}
