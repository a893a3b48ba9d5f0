import type { KubeObject, Pod, Service } from '../../model/types';
import type { EndpointSubset } from 'kubernetes-types/core/v1';
import type { SimEvent } from '../../events/sim-event';
import type { ObjectStore } from '../../store/object-store';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { rfc3339, parseTime } from '../../clock/virtual-clock';
import { deepEqual } from '../../model/hash';
import { getPodCondition } from '../../model/pod-util';
import {
  EndpointsLastChangeTriggerTime,
  EndpointsOverCapacity,
  IsHeadlessService,
  TriggerState,
  computeLastChangeTriggerTime,
  computeSubsets,
  subsetsEqual,
  truncateEndpoints,
} from './util';

type S = Service & KubeObject;
type P = Pod & KubeObject;
export interface EndpointsObject extends KubeObject {
  subsets?: EndpointSubset[];
}

export const COMPONENT = 'endpoint-controller';

/** The pods a Service selects: its selector read as equality on labels (a Service has no expressions). */
export function servicePods(svc: Service, pods: readonly P[]): P[] {
  const selector = svc.spec?.selector ?? {};
  return pods.filter((p) => {
    const labels = p.metadata.labels ?? {};
    for (const k in selector) if (labels[k] !== selector[k]) return false;
    return true;
  });
}

/** Whether a Service's selector matches the labels (a pod change concerns it). */
function selects(s: S, labels: Record<string, string> | undefined): boolean {
  const sel = s.spec?.selector;
  if (!sel) return false;
  const l = labels ?? {};
  for (const k in sel) if (l[k] !== sel[k]) return false;
  return true;
}

/**
 * A pod changed: the Services selecting it now, and those that did (a relabelled pod must leave
 * them), are enqueued; `podServices` (pod uid → service keys) remembers the new ones. Written
 * for the common case, a pod no Service selects: that needs no keys and no set.
 */
export function enqueueServicesOfPod(store: ObjectStore, podServices: Map<string, string[]>, pod: KubeObject, deleted: boolean, enqueue: (key: string) => void): void {
  const uid = pod.metadata.uid!;
  const before = podServices.get(uid);
  let now: string[] | undefined;
  if (!deleted) {
    for (const s of store.eachOfKind('Service')) {
      if (s.metadata.namespace === pod.metadata.namespace && selects(s as S, pod.metadata.labels)) (now ??= []).push(objectKey(s));
    }
  }
  if (!before && !now) return;
  for (const k of new Set([...(before ?? []), ...(now ?? [])])) enqueue(k);
  if (now) podServices.set(uid, now);
  else podServices.delete(uid);
}

/**
 * Mirrors pkg/controller/endpoint/endpoints_controller.go (syncService): the Endpoints object of
 * every Service with a selector lists the selected pods' addresses — ready ones in `addresses`,
 * the others in `notReadyAddresses`, terminating ones not at all (unless
 * publishNotReadyAddresses) — and follows each change at the instant it happens.
 * Services without a selector (like `kubernetes`) keep the Endpoints written for them.
 */
export class EndpointsController implements Controller {
  readonly name = 'endpoints';
  private readonly triggers = new Map<string, TriggerState>();
  /** Pod → the service keys it was last seen selected by (a relabelled pod must leave the old ones). */
  private readonly podServices = new Map<string, string[]>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Service') {
      enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      enqueueServicesOfPod(this.ctx.store, this.podServices, e.object, e.type === 'deleted', enqueue);
    } else if (e.kind === 'Endpoints' && e.type === 'deleted') {
      // Someone deleted a managed Endpoints object: the controller writes it again.
      if (this.ctx.store.get('Service', e.object.metadata.namespace, e.object.metadata.name!)) enqueue(objectKey(e.object));
    }
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const svc = this.ctx.store.get<S>('Service', ns, name);
    const current = this.ctx.store.get<EndpointsObject>('Endpoints', ns, name);
    if (!svc) {
      this.triggers.delete(key);
      // The Service is gone: so are its Endpoints.
      if (current) this.ctx.deleteObject(current);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !svc.spec?.selector) return;
    const pods = servicePods(svc, this.ctx.store.list<P>('Pod', ns));
    const trigger = computeLastChangeTriggerTime(
      this.triggers.get(key),
      parseTime(svc.metadata.creationTimestamp) ?? 0,
      pods.map((p) => ({ name: p.metadata.name!, readyTransition: parseTime(getPodCondition(p, 'Ready')?.lastTransitionTime) })),
    );
    this.triggers.set(key, trigger.state);
    const { subsets } = computeSubsets(svc, pods);
    const labels = { ...(svc.metadata.labels ?? {}) };
    const compareLabels = { ...(current?.metadata.labels ?? {}) };
    delete compareLabels[IsHeadlessService];
    if (current && subsetsEqual(current.subsets, subsets) && deepEqual(compareLabels, labels) && overCapacityCorrect(current)) return;

    const annotations: Record<string, string> = { ...(current?.metadata.annotations ?? {}) };
    if (trigger.time !== undefined) annotations[EndpointsLastChangeTriggerTime] = rfc3339(trigger.time);
    else delete annotations[EndpointsLastChangeTriggerTime];
    if (truncateEndpoints(subsets)) annotations[EndpointsOverCapacity] = 'truncated';
    else delete annotations[EndpointsOverCapacity];
    if (svc.spec?.clusterIP === 'None') labels[IsHeadlessService] = '';
    const write = (o: EndpointsObject) => {
      o.metadata.labels = labels;
      if (Object.keys(labels).length === 0) delete o.metadata.labels;
      o.metadata.annotations = annotations;
      if (Object.keys(annotations).length === 0) delete o.metadata.annotations;
      if (subsets.length > 0) o.subsets = subsets;
      else delete o.subsets;
    };
    if (!current) {
      const ep: EndpointsObject = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace: ns } };
      write(ep);
      this.ctx.store.create(ep);
    } else {
      this.ctx.store.modify(current, write);
    }
  }
}

function overCapacityCorrect(ep: EndpointsObject): boolean {
  const total = (ep.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
  const annotated = ep.metadata.annotations?.[EndpointsOverCapacity] === 'truncated';
  return total <= 1000 ? !annotated : annotated;
}
