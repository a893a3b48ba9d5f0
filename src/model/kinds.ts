/**
 * The kinds the simulated API server stores: how each is named in URLs and messages.
 * `deployments.apps "web" not found` is built from `resource` and `group`.
 */
export interface KindInfo {
  kind: string;
  apiVersion: string;
  group: string;
  resource: string;
  namespaced: boolean;
}

const KINDS: KindInfo[] = [
  { kind: 'Pod', apiVersion: 'v1', group: '', resource: 'pods', namespaced: true },
  { kind: 'Node', apiVersion: 'v1', group: '', resource: 'nodes', namespaced: false },
  { kind: 'Namespace', apiVersion: 'v1', group: '', resource: 'namespaces', namespaced: false },
  { kind: 'Event', apiVersion: 'v1', group: '', resource: 'events', namespaced: true },
  { kind: 'Service', apiVersion: 'v1', group: '', resource: 'services', namespaced: true },
  { kind: 'Endpoints', apiVersion: 'v1', group: '', resource: 'endpoints', namespaced: true },
  { kind: 'ConfigMap', apiVersion: 'v1', group: '', resource: 'configmaps', namespaced: true },
  { kind: 'Secret', apiVersion: 'v1', group: '', resource: 'secrets', namespaced: true },
  { kind: 'LimitRange', apiVersion: 'v1', group: '', resource: 'limitranges', namespaced: true },
  { kind: 'ResourceQuota', apiVersion: 'v1', group: '', resource: 'resourcequotas', namespaced: true },
  { kind: 'PersistentVolumeClaim', apiVersion: 'v1', group: '', resource: 'persistentvolumeclaims', namespaced: true },
  { kind: 'PersistentVolume', apiVersion: 'v1', group: '', resource: 'persistentvolumes', namespaced: false },
  { kind: 'Deployment', apiVersion: 'apps/v1', group: 'apps', resource: 'deployments', namespaced: true },
  { kind: 'ReplicaSet', apiVersion: 'apps/v1', group: 'apps', resource: 'replicasets', namespaced: true },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', group: 'apps', resource: 'statefulsets', namespaced: true },
  { kind: 'DaemonSet', apiVersion: 'apps/v1', group: 'apps', resource: 'daemonsets', namespaced: true },
  { kind: 'ControllerRevision', apiVersion: 'apps/v1', group: 'apps', resource: 'controllerrevisions', namespaced: true },
  { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1', group: 'policy', resource: 'poddisruptionbudgets', namespaced: true },
  { kind: 'Job', apiVersion: 'batch/v1', group: 'batch', resource: 'jobs', namespaced: true },
  { kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1', group: 'storage.k8s.io', resource: 'storageclasses', namespaced: false },
  { kind: 'VolumeAttachment', apiVersion: 'storage.k8s.io/v1', group: 'storage.k8s.io', resource: 'volumeattachments', namespaced: false },
  { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', group: 'discovery.k8s.io', resource: 'endpointslices', namespaced: true },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindInfo(kind: string): KindInfo | undefined {
  return BY_KIND.get(kind);
}

export function allKinds(): readonly KindInfo[] {
  return KINDS;
}

/** `deployments.apps` / `pods`: the qualified resource used in API messages. */
export function qualifiedResource(kind: string): string {
  const k = BY_KIND.get(kind);
  if (!k) return kind.toLowerCase() + 's';
  return k.group ? `${k.resource}.${k.group}` : k.resource;
}

/** `deployment.apps/web` / `pod/x`: the name kubectl's name printer shows. */
export function kindSlashName(kind: string, name: string): string {
  const k = BY_KIND.get(kind);
  const lower = kind.toLowerCase();
  return k && k.group ? `${lower}.${k.group}/${name}` : `${lower}/${name}`;
}
