/**
 * `kubectl describe TYPE [NAME…]` (also `TYPE/NAME`, `-l`, `-A`, `-f`): deployments,
 * replicasets, pods, services, nodes, statefulsets, daemonsets, jobs, persistent volumes and
 * claims, storage classes, configmaps and secrets, each with its related objects and events; the
 * kinds kubectl has no describer for (VolumeAttachment, ControllerRevision, Event) through its
 * generic describer.
 * As kubectl, `describe TYPE PREFIX` describes every object whose name starts with PREFIX when
 * none is called exactly that; several objects are separated by an empty line.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { describeDeployment, describeReplicaSet, describePod } from '../printers';
import { describeNode, describeService, describeStatefulSet, type EndpointSliceLike } from '../printers/describe-more';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass, type StorageClassLike } from '../printers/describe-storage';
import { describeConfigMap, describeSecret, type ConfigMapLike, type SecretLike } from '../printers/describe-config';
import { describeDaemonSet, describeJob, type JobLike } from '../printers/describe-workloads';
import { describeGeneric } from '../printers/describe-generic';
import type { DaemonSet, Deployment, Event, KubeObject, Node, Pod, ReplicaSet, Service, StatefulSet } from '../../model/types';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { selectorMatches } from '../../model/labels';
import { findNewReplicaSet } from '../../controllers/deployment/util';
import { fetchTargets, listObjects } from './fetch';
import { rfc3339 } from '../../clock/virtual-clock';
import type { Simulator } from '../../sim/simulator';

export function describe(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const allNamespaces = bool(cmd.flags['all-namespaces']);
  const fetched = fetchTargets(ctx, { allNamespaces, labelSelector: str(cmd.flags.selector) ?? '' });
  let errors = fetched.errors;
  let objects = fetched.groups.flatMap((g) => g.objects);
  let prefixMatch = false;
  // DescribeMatchingResources: `describe TYPE NAME` with no such object describes the prefix matches.
  if (errors.length === 1 && errors[0].includes('(NotFound)') && cmd.args.length === 2 && !cmd.args[0].includes('/') && fetched.groups.length === 1) {
    const resource = fetched.groups[0].resource;
    const matches = listObjects(ctx, resource, { allNamespaces }).objects.filter((o) => o.metadata.name?.startsWith(cmd.args[1]));
    if (matches.length > 0) {
      objects = matches;
      errors = [];
      prefixMatch = true;
    }
  }
  const showEvents = cmd.flags['show-events'] === undefined ? true : bool(cmd.flags['show-events']);
  const texts: string[] = [];
  for (const o of objects) {
    const text = describeObject(sim, o, showEvents);
    if (text === undefined) {
      errors.push(`error: kubespec cannot describe ${o.kind} objects yet`);
      continue;
    }
    texts.push(text);
  }
  // The usual path separates objects with an empty line… and DescribeMatchingResources ends each with one.
  out.out(prefixMatch ? texts.map((t) => `${t}\n`).join('') : texts.join('\n\n'));
  if (objects.length === 0 && errors.length === 0) {
    out.err(allNamespaces ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

/** The events describe shows for an object (involvedObject uid, or kind and name for nodes). */
function eventsFor(sim: Simulator, o: KubeObject): Event[] {
  return sim.list<Event & KubeObject>('Event', '*').filter((e) =>
    e.involvedObject?.uid === o.metadata.uid ||
    (o.kind === 'Node' && e.involvedObject?.kind === 'Node' && e.involvedObject?.name === o.metadata.name));
}

function describeObject(sim: Simulator, o: KubeObject, showEvents: boolean): string | undefined {
  const now = sim.now();
  const events = showEvents ? eventsFor(sim, o) : undefined;
  const controlledBy = (kind: string, owner: KubeObject) =>
    sim.list<KubeObject>(kind, owner.metadata.namespace).filter((x) => x.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid && r.controller));
  switch (o.kind) {
    case 'Deployment': {
      const d = o as Deployment & KubeObject;
      const rss = controlledBy('ReplicaSet', o) as Array<ReplicaSet & KubeObject>;
      const newRS = findNewReplicaSet(d, rss);
      return describeDeployment(d, { oldRSs: rss.filter((r) => r !== newRS), newRS, events }, now);
    }
    case 'ReplicaSet':
      return describeReplicaSet(o as ReplicaSet, { pods: sim.list<Pod & KubeObject>('Pod', o.metadata.namespace), events }, now);
    case 'Pod': {
      const pod = o as Pod & KubeObject;
      const node = pod.spec?.nodeName ? sim.get<Node & KubeObject>('Node', pod.spec.nodeName) : undefined;
      return describePod(pod, { events, node }, now);
    }
    case 'Service': {
      const endpointSlices = sim.list<KubeObject>('EndpointSlice', o.metadata.namespace).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === o.metadata.name) as unknown as EndpointSliceLike[];
      return describeService(o as Service, { endpointSlices, events }, now);
    }
    case 'Node': {
      const pods = sim.list<Pod & KubeObject>('Pod', '*').filter((p) => p.spec?.nodeName === o.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
      return describeNode(o as Node, { pods, events, leaseRenewTime: nodeLeaseRenewTime(sim, o as Node & KubeObject) }, now);
    }
    case 'StatefulSet':
      return describeStatefulSet(o as StatefulSet, { pods: controlledBy('Pod', o) as Pod[], events }, now);
    case 'DaemonSet': {
      const ds = o as DaemonSet & KubeObject;
      const pods = sim.list<Pod & KubeObject>('Pod', o.metadata.namespace).filter((p) => selectorMatches(ds.spec?.selector, p.metadata.labels));
      return describeDaemonSet(ds, { pods, events }, now);
    }
    case 'Job':
      return describeJob(o as KubeObject & JobLike, { events }, now);
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(o as unknown as PersistentVolumeClaim, { pods: sim.list<Pod & KubeObject>('Pod', o.metadata.namespace), events }, now);
    case 'PersistentVolume':
      return describePersistentVolume(o as unknown as PersistentVolume, { events }, now);
    case 'StorageClass':
      return describeStorageClass(o as unknown as StorageClassLike, { events }, now);
    case 'ConfigMap':
      return describeConfigMap(o as unknown as ConfigMapLike, { events }, now);
    case 'Secret':
      return describeSecret(o as unknown as SecretLike);
    default:
      // describe.go's describerMap; every other kind goes to the generic describer.
      return DEDICATED_DESCRIBERS.has(o.kind) ? undefined : describeGeneric(o, { events }, now);
  }
}

/** The kinds kubectl v1.32 has a describer of its own for (describe.go describerMap), of those served here. */
const DEDICATED_DESCRIBERS = new Set([
  'Pod', 'ReplicationController', 'Secret', 'Service', 'ServiceAccount', 'Node', 'LimitRange', 'ResourceQuota', 'PersistentVolume',
  'PersistentVolumeClaim', 'Namespace', 'Endpoints', 'ConfigMap', 'PriorityClass', 'EndpointSlice', 'HorizontalPodAutoscaler', 'Ingress',
  'IngressClass', 'ServiceCIDR', 'IPAddress', 'Job', 'CronJob', 'StatefulSet', 'Deployment', 'DaemonSet', 'ReplicaSet',
  'CertificateSigningRequest', 'StorageClass', 'CSINode', 'VolumeAttributesClass', 'PodDisruptionBudget', 'Role', 'ClusterRole',
  'RoleBinding', 'ClusterRoleBinding', 'NetworkPolicy',
]);

/**
 * The renew time of a node's Lease: the kubelet renews it every 10 s, so the last 10 s tick of a
 * live node (Ready True), else the node's last heartbeat. RFC3339 with microseconds, as served.
 */
export function nodeLeaseRenewTime(sim: Simulator, node: Node & KubeObject): string {
  const start = sim.now() - sim.elapsed();
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  let at: number;
  if (ready?.status === 'True' || !ready?.lastHeartbeatTime) at = start + Math.floor((sim.now() - start) / 10_000) * 10_000;
  else at = Date.parse(ready.lastHeartbeatTime);
  return rfc3339(at).replace('Z', '.000000Z');
}
