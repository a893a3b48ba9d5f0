import type { KubeObject, Pod, Service } from '../../model/types';
import type { Endpoint as SliceEndpoint, EndpointPort as SlicePort } from 'kubernetes-types/discovery/v1';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { rfc3339, parseTime } from '../../clock/virtual-clock';
import { canonicalJson, deepEqual } from '../../model/hash';
import { controllerRef, getPodCondition } from '../../model/pod-util';
import { ownerRefTo } from '../deployment/controller';
import { enqueueServicesOfPod, servicePods } from './controller';
import {
  EndpointSliceControllerName,
  EndpointsLastChangeTriggerTime,
  IsHeadlessService,
  LabelManagedBy,
  LabelServiceName,
  MaxEndpointsPerSlice,
  TriggerState,
  computeLastChangeTriggerTime,
  podToSliceEndpoint,
  shouldPodBeInEndpoints,
  sliceEndpointPorts,
} from './util';

type S = Service & KubeObject;
type P = Pod & KubeObject;
export interface EndpointSliceObject extends KubeObject {
  addressType: string;
  endpoints: SliceEndpoint[];
  ports?: SlicePort[];
}

/**
 * Mirrors pkg/controller/endpointslice (reconciler.go), simplified: the selected pods become
 * EndpointSlice endpoints — terminating ones included, with ready / serving / terminating
 * conditions — grouped by the ports they offer, at most 100 per slice. Slices are named
 * `<service>-<5 random>`, owned by the Service, and labelled kubernetes.io/service-name.
 * [SIM] Upstream packs new endpoints into existing slices to minimise writes, in no particular
 * order; here each port group is laid out afresh, by address as the Endpoints object orders them,
 * and only slices whose content changes are written.
 */
export class EndpointSliceController implements Controller {
  readonly name = 'endpointslice';
  private readonly triggers = new Map<string, TriggerState>();
  private readonly podServices = new Map<string, string[]>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Service') {
      enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      enqueueServicesOfPod(this.ctx.store, this.podServices, e.object, e.type === 'deleted', enqueue);
    } else if (e.kind === 'EndpointSlice' && e.type === 'deleted') {
      const svc = e.object.metadata.labels?.[LabelServiceName];
      if (svc && e.object.metadata.labels?.[LabelManagedBy] === EndpointSliceControllerName) enqueue(`${e.object.metadata.namespace}/${svc}`);
    }
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const svc = this.ctx.store.get<S>('Service', ns, name);
    if (!svc) {
      // The garbage collector removes the slices with their owner.
      this.triggers.delete(key);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !svc.spec?.selector) return;
    const pods = servicePods(svc, this.ctx.store.list<P>('Pod', ns))
      .filter((p) => shouldPodBeInEndpoints(p, true))
      .sort(byAddress);
    const trigger = computeLastChangeTriggerTime(
      this.triggers.get(key),
      parseTime(svc.metadata.creationTimestamp) ?? 0,
      pods.map((p) => ({ name: p.metadata.name!, readyTransition: parseTime(getPodCondition(p, 'Ready')?.lastTransitionTime) })),
    );
    this.triggers.set(key, trigger.state);

    // Endpoints grouped by the ports they offer, each group cut into slices of at most 100.
    const groups = new Map<string, { ports: SlicePort[]; endpoints: SliceEndpoint[] }>();
    for (const pod of pods) {
      const ports = sliceEndpointPorts(svc, pod);
      if (ports.length === 0 && (svc.spec?.ports ?? []).length > 0) continue;
      const k = canonicalJson(ports);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { ports, endpoints: [] }));
      g.endpoints.push(podToSliceEndpoint(pod, svc));
    }
    const desired: Array<{ ports: SlicePort[]; endpoints: SliceEndpoint[] }> = [];
    for (const g of groups.values()) {
      for (let i = 0; i < g.endpoints.length; i += MaxEndpointsPerSlice) desired.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MaxEndpointsPerSlice) });
    }
    // No endpoints at all: one placeholder slice, as upstream keeps.
    if (desired.length === 0) desired.push({ ports: [], endpoints: [] });

    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [LabelServiceName]: name, [LabelManagedBy]: EndpointSliceControllerName };
    if (svc.spec?.clusterIP === 'None') labels[IsHeadlessService] = '';
    const existing = this.ctx.store
      .dependents(svc.metadata.uid!)
      .filter((o) => o.kind === 'EndpointSlice' && controllerRef(o)?.uid === svc.metadata.uid && o.metadata.labels?.[LabelManagedBy] === EndpointSliceControllerName) as EndpointSliceObject[];
    existing.sort((a, b) => (a.metadata.creationTimestamp! < b.metadata.creationTimestamp! ? -1 : a.metadata.creationTimestamp! > b.metadata.creationTimestamp! ? 1 : a.metadata.name! < b.metadata.name! ? -1 : 1));
    const changedAt = trigger.time;
    desired.forEach((want, i) => {
      const slice = existing[i];
      const ports = want.ports.length > 0 ? want.ports : undefined;
      if (slice && deepEqual(slice.endpoints, want.endpoints) && deepEqual(slice.ports, ports) && deepEqual(slice.metadata.labels, labels)) return;
      const apply = (o: EndpointSliceObject) => {
        o.metadata.labels = { ...labels };
        const annotations = { ...(o.metadata.annotations ?? {}) };
        if (changedAt !== undefined) annotations[EndpointsLastChangeTriggerTime] = rfc3339(changedAt);
        else delete annotations[EndpointsLastChangeTriggerTime];
        o.metadata.annotations = annotations;
        if (Object.keys(annotations).length === 0) delete o.metadata.annotations;
        o.endpoints = want.endpoints;
        if (ports) o.ports = ports;
        else delete o.ports;
      };
      if (slice) this.ctx.store.modify(slice, apply);
      else {
        const created: EndpointSliceObject = {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: { generateName: `${name}-`, namespace: ns, ownerReferences: [ownerRefTo(svc)] },
          addressType: 'IPv4',
          endpoints: [],
        };
        apply(created);
        this.ctx.store.create(created);
      }
    });
    for (const extra of existing.slice(desired.length)) this.ctx.deleteObject(extra);
  }
}

/** By IP as text (as Endpoints addresses sort), then by name. */
function byAddress(a: P, b: P): number {
  const ia = a.status?.podIP ?? '';
  const ib = b.status?.podIP ?? '';
  if (ia !== ib) return ia < ib ? -1 : 1;
  return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
}
