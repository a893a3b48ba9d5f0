import type { KubeObject, Pod, Service } from '../model/types';
import { isPodReady } from '../model/pod-util';

/**
 * Cluster DNS as CoreDNS's kubernetes plugin answers A queries (the DNS spec for Services and
 * Pods), read straight from Services and pods:
 *
 * - `<svc>.<ns>.svc.cluster.local` → the Service's cluster IP; for a headless Service
 *   (`clusterIP: None`) the IPs of its ready endpoints instead.
 * - `<hostname>.<svc>.<ns>.svc.cluster.local` → the IP of the ready pod whose `spec.hostname` is
 *   `<hostname>` and `spec.subdomain` is `<svc>`, when `<svc>` is headless and selects it —
 *   how a StatefulSet pod gets its stable name (`web-0.nginx`).
 *
 * Short names are tried with the pod's search domains first (`<ns>.svc.cluster.local`,
 * `svc.cluster.local`, `cluster.local`; ndots 5), as from a pod in `namespace`. An endpoint is a
 * pod that matches the selector, has an IP, is not terminating and is Ready (any of them with
 * `publishNotReadyAddresses`), the endpoints controller's rule. A Service without a selector
 * answers from its hand-written Endpoints object.
 */
export type ListFn = (kind: string, namespace?: string) => KubeObject[];

const ZONE = 'cluster.local';

export function resolveDnsName(name: string, namespace: string, list: ListFn): string[] {
  const q = name.trim().toLowerCase().replace(/\.$/, '');
  if (!q) return [];
  const candidates = name.trim().endsWith('.') || q.endsWith(`.${ZONE}`) ? [q] : [`${q}.${namespace}.svc.${ZONE}`, `${q}.svc.${ZONE}`, `${q}.${ZONE}`, q];
  for (const fqdn of candidates) {
    const answer = lookup(fqdn, list);
    if (answer) return answer;
  }
  return [];
}

/** One fully qualified name: the addresses, or undefined for NXDOMAIN. */
function lookup(fqdn: string, list: ListFn): string[] | undefined {
  const suffix = `.svc.${ZONE}`;
  if (!fqdn.endsWith(suffix)) return undefined;
  const parts = fqdn.slice(0, -suffix.length).split('.');
  if (parts.length === 2) {
    const [svcName, ns] = parts;
    const svc = findService(list, ns, svcName);
    if (!svc) return undefined;
    const clusterIP = svc.spec?.clusterIP;
    if (clusterIP && clusterIP !== 'None') return [clusterIP];
    if (svc.spec?.type === 'ExternalName') return [];
    return sortIps(endpointPods(svc, list).map((p) => p.status!.podIP!).concat(manualEndpoints(svc, list)));
  }
  if (parts.length === 3) {
    const [host, svcName, ns] = parts;
    const svc = findService(list, ns, svcName);
    if (!svc || (svc.spec?.clusterIP && svc.spec.clusterIP !== 'None')) return undefined;
    const pods = endpointPods(svc, list).filter((p) => p.spec?.hostname === host && p.spec?.subdomain === svcName);
    return pods.length ? sortIps(pods.map((p) => p.status!.podIP!)) : undefined;
  }
  return undefined;
}

function findService(list: ListFn, ns: string, name: string): (Service & KubeObject) | undefined {
  return list('Service', ns).find((s) => s.metadata.name === name) as (Service & KubeObject) | undefined;
}

/** The pods the endpoints controller would publish for the Service (ShouldPodBeInEndpoints + ready). */
function endpointPods(svc: Service & KubeObject, list: ListFn): Array<Pod & KubeObject> {
  const selector = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  return (list('Pod', svc.metadata.namespace) as Array<Pod & KubeObject>).filter((p) => {
    const labels = p.metadata.labels ?? {};
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) return false;
    if (!p.status?.podIP) return false;
    if (p.status.phase === 'Succeeded' || p.status.phase === 'Failed') return false;
    if (p.metadata.deletionTimestamp && !publishNotReady) return false;
    return publishNotReady || isPodReady(p);
  });
}

/** Addresses of a selector-less Service's own Endpoints object. */
function manualEndpoints(svc: Service & KubeObject, list: ListFn): string[] {
  if (svc.spec?.selector && Object.keys(svc.spec.selector).length > 0) return [];
  const ep = list('Endpoints', svc.metadata.namespace).find((e) => e.metadata.name === svc.metadata.name) as { subsets?: Array<{ addresses?: Array<{ ip: string }> }> } | undefined;
  return (ep?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip));
}

function sortIps(ips: string[]): string[] {
  const key = (ip: string) => ip.split('.').map((n) => n.padStart(3, '0')).join('.');
  return [...new Set(ips)].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
