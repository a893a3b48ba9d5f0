import type { Pod, Service } from '../../model/types';
import type { EndpointAddress, EndpointPort, EndpointSubset, ServicePort } from 'kubernetes-types/core/v1';
import type { Endpoint as SliceEndpoint, EndpointPort as SlicePort } from 'kubernetes-types/discovery/v1';
import { isPodReady } from '../../model/pod-util';

/**
 * The Endpoints and EndpointSlice controllers' pure rules (pkg/controller/endpoint,
 * staging/src/k8s.io/endpointslice/util, pkg/api/v1/endpoints RepackSubsets). Table-tested in
 * util.test.ts.
 */

export const EndpointsLastChangeTriggerTime = 'endpoints.kubernetes.io/last-change-trigger-time';
export const EndpointsOverCapacity = 'endpoints.kubernetes.io/over-capacity';
export const IsHeadlessService = 'service.kubernetes.io/headless';
export const LabelServiceName = 'kubernetes.io/service-name';
export const LabelManagedBy = 'endpointslice.kubernetes.io/managed-by';
export const EndpointSliceControllerName = 'endpointslice-controller.k8s.io';
/** maxCapacity of an Endpoints object: more addresses are truncated and the object annotated. */
export const MaxEndpointsCapacity = 1000;
/** --max-endpoints-per-slice default. */
export const MaxEndpointsPerSlice = 100;

/**
 * ShouldPodBeInEndpoints: a pod with an IP that is not terminal; a terminating pod only when
 * `includeTerminating` (publishNotReadyAddresses for Endpoints; always for EndpointSlices, which
 * mark it terminating instead).
 */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.status?.podIP && (pod.status?.podIPs ?? []).length === 0) return false;
  if (!includeTerminating && pod.metadata?.deletionTimestamp) return false;
  return true;
}

/** ShouldSetHostname: the pod names a hostname and its subdomain is this Service. */
export function shouldSetHostname(pod: Pod, svc: Service): boolean {
  return !!pod.spec?.hostname && pod.spec.subdomain === svc.metadata?.name && pod.metadata?.namespace === svc.metadata?.namespace;
}

/** podutil.FindPort: a number targets itself; a name is looked up among the containers' ports. */
export function findPort(pod: Pod, svcPort: ServicePort): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === 'number') return target;
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === (svcPort.protocol ?? 'TCP')) return p.containerPort;
  }
  return undefined;
}

/** podToEndpointAddressForService. */
export function podToEndpointAddress(pod: Pod, svc: Service): EndpointAddress {
  const addr: EndpointAddress = {
    ip: pod.status?.podIPs?.[0]?.ip ?? pod.status?.podIP ?? '',
    nodeName: pod.spec?.nodeName,
    targetRef: { kind: 'Pod', namespace: pod.metadata?.namespace, name: pod.metadata?.name, uid: pod.metadata?.uid },
  };
  if (!addr.nodeName) delete addr.nodeName;
  if (shouldSetHostname(pod, svc)) addr.hostname = pod.spec!.hostname;
  return addr;
}

function endpointPort(sp: ServicePort, port: number): EndpointPort {
  const p: EndpointPort = { port, protocol: sp.protocol ?? 'TCP' };
  if (sp.name) p.name = sp.name;
  if (sp.appProtocol) p.appProtocol = sp.appProtocol;
  return p;
}

/**
 * The subsets of a Service's Endpoints (syncService): every selected pod that should be in
 * endpoints, once per service port its targetPort resolves for, as a ready address (Ready pod,
 * or publishNotReadyAddresses) or a not-ready one; then repacked.
 */
export function computeSubsets(svc: Service, pods: readonly Pod[]): { subsets: EndpointSubset[]; ready: number; notReady: number } {
  const publish = svc.spec?.publishNotReadyAddresses === true;
  const headless = svc.spec?.clusterIP === 'None';
  const ports = svc.spec?.ports ?? [];
  const raw: EndpointSubset[] = [];
  let ready = 0;
  let notReady = 0;
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publish)) continue;
    const addr = podToEndpointAddress(pod, svc);
    const isReady = publish || isPodReady(pod);
    const add = (p: EndpointPort | undefined) => {
      raw.push(isReady ? { addresses: [addr], ports: p ? [p] : [] } : { notReadyAddresses: [addr], ports: p ? [p] : [] });
      if (isReady) ready++;
      else notReady++;
    };
    if (ports.length === 0) {
      // Headless services may have no ports: the bare addresses.
      if (headless) add(undefined);
      continue;
    }
    for (const sp of ports) {
      const n = findPort(pod, sp);
      if (n === undefined) continue;
      add(endpointPort(sp, n));
    }
  }
  return { subsets: repackSubsets(raw), ready, notReady };
}

const portKey = (p: EndpointPort) => `${p.name ?? ''}\0${p.port}\0${p.protocol ?? ''}\0${p.appProtocol ?? ''}`;
const addrKey = (a: EndpointAddress) => `${a.ip}\0${a.targetRef?.uid ?? ''}`;

/** LessEndpointAddress: by IP as bytes (so "10.244.0.10" < "10.244.0.9"), then by target uid. */
export function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '';
  const ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/**
 * RepackSubsets: group addresses by the set of ports they serve, so pods offering the same ports
 * share one subset; an address ready for a port in any input subset is ready. Addresses sort by
 * IP; ports and subsets are ordered here by name/port and first address ([SIM] upstream orders
 * them by a hash of their Go representation).
 */
export function repackSubsets(subsets: readonly EndpointSubset[]): EndpointSubset[] {
  const allAddrs = new Map<string, EndpointAddress>();
  const ports = new Map<string, { port: EndpointPort | undefined; addrs: Map<string, boolean> }>();
  const map = (addr: EndpointAddress, port: EndpointPort | undefined, ready: boolean) => {
    const ak = addrKey(addr);
    if (!allAddrs.has(ak)) allAddrs.set(ak, addr);
    const pk = port ? portKey(port) : '\0sentinel';
    let entry = ports.get(pk);
    if (!entry) ports.set(pk, (entry = { port, addrs: new Map() }));
    const was = entry.addrs.get(ak);
    if (was === undefined || !was) entry.addrs.set(ak, ready);
  };
  for (const ss of subsets) {
    const list = ss.ports && ss.ports.length > 0 ? ss.ports : [undefined];
    for (const port of list) {
      for (const a of ss.addresses ?? []) map(a, port, true);
      for (const a of ss.notReadyAddresses ?? []) map(a, port, false);
    }
  }
  // Address sets → the ports they offer.
  const bySet = new Map<string, { addrs: Map<string, boolean>; ports: EndpointPort[] }>();
  for (const { port, addrs } of ports.values()) {
    const key = [...addrs].map(([k, r]) => `${k}=${r}`).sort().join('|');
    let entry = bySet.get(key);
    if (!entry) bySet.set(key, (entry = { addrs, ports: [] }));
    if (port) entry.ports.push(port);
  }
  const out: EndpointSubset[] = [];
  for (const { addrs, ports: ps } of bySet.values()) {
    const readyAddrs: EndpointAddress[] = [];
    const notReadyAddrs: EndpointAddress[] = [];
    for (const [k, r] of addrs) (r ? readyAddrs : notReadyAddrs).push(allAddrs.get(k)!);
    readyAddrs.sort(compareAddresses);
    notReadyAddrs.sort(compareAddresses);
    const subset: EndpointSubset = {};
    if (readyAddrs.length) subset.addresses = readyAddrs;
    if (notReadyAddrs.length) subset.notReadyAddresses = notReadyAddrs;
    if (ps.length) subset.ports = [...ps].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.port - b.port);
    out.push(subset);
  }
  const first = (s: EndpointSubset) => (s.addresses ?? s.notReadyAddresses ?? [])[0];
  return out.sort((a, b) => {
    const fa = first(a);
    const fb = first(b);
    if (fa && fb) return compareAddresses(fa, fb);
    return fa ? -1 : fb ? 1 : 0;
  });
}

/**
 * truncateEndpoints: at most 1000 addresses in all; ready ones are kept first, the cut spread
 * over subsets in proportion to their size. Returns whether anything was cut.
 */
export function truncateEndpoints(subsets: EndpointSubset[]): boolean {
  const total = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
  if (total <= MaxEndpointsCapacity) return false;
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const canReady = Math.min(ready, MaxEndpointsCapacity);
  let remainingReady = canReady;
  let remainingNotReady = MaxEndpointsCapacity - canReady;
  for (const s of subsets) {
    if (s.addresses) {
      const keep = ready === 0 ? 0 : Math.min(s.addresses.length, Math.ceil((s.addresses.length * canReady) / ready), remainingReady);
      s.addresses = s.addresses.slice(0, keep);
      remainingReady -= keep;
    }
    if (s.notReadyAddresses) {
      const keep = Math.min(s.notReadyAddresses.length, remainingNotReady);
      s.notReadyAddresses = s.notReadyAddresses.slice(0, keep);
      remainingNotReady -= keep;
    }
  }
  return true;
}

/** Subsets compared as the controller compares them (order-sensitive, after repacking). */
export function subsetsEqual(a: readonly EndpointSubset[] | undefined, b: readonly EndpointSubset[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/**
 * podToEndpoint (EndpointSlice): serving = pod Ready; terminating = deletionTimestamp set; ready =
 * serving and not terminating (or publishNotReadyAddresses).
 */
export function podToSliceEndpoint(pod: Pod, svc: Service): SliceEndpoint {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata?.deletionTimestamp;
  const ready = svc.spec?.publishNotReadyAddresses === true || (serving && !terminating);
  const ep: SliceEndpoint = {
    addresses: [pod.status?.podIPs?.[0]?.ip ?? pod.status?.podIP ?? ''],
    conditions: { ready, serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.metadata?.namespace, name: pod.metadata?.name, uid: pod.metadata?.uid },
  };
  if (shouldSetHostname(pod, svc)) ep.hostname = pod.spec!.hostname;
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  return ep;
}

/** The slice ports of a Service for a pod (getEndpointPorts): ports whose targetPort resolves. */
export function sliceEndpointPorts(svc: Service, pod: Pod): SlicePort[] {
  const out: SlicePort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const n = findPort(pod, sp);
    if (n === undefined) continue;
    const p: SlicePort = { name: sp.name ?? '', port: n, protocol: sp.protocol ?? 'TCP' };
    if (sp.appProtocol) p.appProtocol = sp.appProtocol;
    out.push(p);
  }
  return out;
}

/**
 * ComputeEndpointLastChangeTriggerTime (TriggerTimeTracker): for a Service seen for the first
 * time, its creation time; afterwards the earliest pod Ready-transition time that changed since
 * the last sync (or the Service's creation time if that changed), or nothing.
 */
export interface TriggerState {
  lastPodTriggerTimes: Map<string, number>;
  lastServiceTriggerTime: number;
}

export function computeLastChangeTriggerTime(
  state: TriggerState | undefined,
  serviceCreated: number,
  pods: ReadonlyArray<{ name: string; readyTransition?: number }>,
): { time: number | undefined; state: TriggerState } {
  let min: number | undefined;
  const podTimes = new Map<string, number>();
  for (const p of pods) {
    if (p.readyTransition === undefined) continue;
    podTimes.set(p.name, p.readyTransition);
    const before = state?.lastPodTriggerTimes.get(p.name);
    if (before === undefined || p.readyTransition > before) min = min === undefined ? p.readyTransition : Math.min(min, p.readyTransition);
  }
  if (!state || serviceCreated > state.lastServiceTriggerTime) min = min === undefined ? serviceCreated : Math.min(min, serviceCreated);
  const next: TriggerState = { lastPodTriggerTimes: podTimes, lastServiceTriggerTime: serviceCreated };
  if (!state) return { time: serviceCreated, state: next };
  return { time: min, state: next };
}
