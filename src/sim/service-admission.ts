import type { DaemonSet, KubeObject, Service } from '../model/types';
import type { FieldError } from '../model/field-error';
import { goInt } from '../model/field-error';
import { invalid } from '../store/api-error';
import type { ApiError } from '../store/api-error';
import { registerAdmission, AdmissionContext } from './admission';
import {
  NODE_PORT_RANGE_TEXT,
  SERVICE_CIDR,
  allocateClusterIP,
  allocateNodePort,
  defaultService,
  ipInRange,
  needsClusterIP,
  needsNodePort,
  nodePortInRange,
  patchAllocatedValues,
  validateService,
} from '../model/service';
import { defaultDaemonSet, stampTemplateGeneration, validateDaemonSet } from '../model/daemonset';

/**
 * Admission for Services and DaemonSets. Importing this module registers it.
 *
 * Services: defaulting, validation, then what the service REST storage does on create and update
 * — keep allocated values the update leaves out, allocate the ClusterIP from 10.96.0.0/12 and the
 * NodePorts from 30000–32767 (or check the ones asked for), with the API server's messages:
 * `spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated`.
 *
 * DaemonSets: defaulting, validation, and the template generation the registry keeps.
 */

type S = Service & KubeObject;

registerAdmission('Service', {
  default: (o, ctx) => {
    const live = ctx.store.get<S>('Service', o.metadata.namespace ?? 'default', o.metadata.name ?? '');
    if (live) patchAllocatedValues(o as S, live);
    defaultService(o as S);
  },
  validate: (o, old) => validateService(o as S, old as S | undefined),
  admit: (o, old, ctx) => allocate(o as S, old as S | undefined, ctx),
});

registerAdmission('DaemonSet', {
  default: (o) => defaultDaemonSet(o as DaemonSet),
  validate: (o, old) => validateDaemonSet(o as DaemonSet, old as DaemonSet | undefined),
  admit: (o, old) => {
    stampTemplateGeneration(o as DaemonSet, old as DaemonSet | undefined);
    return undefined;
  },
});

/** ClusterIPs and NodePorts held by every other Service. */
function usedByOthers(svc: S, ctx: AdmissionContext): { ips: Set<string>; ports: Set<number> } {
  const ips = new Set<string>();
  const ports = new Set<number>();
  for (const other of ctx.store.list<S>('Service')) {
    if (other.metadata.namespace === svc.metadata.namespace && other.metadata.name === svc.metadata.name) continue;
    for (const ip of other.spec?.clusterIPs ?? []) ips.add(ip);
    for (const p of other.spec?.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
    if (other.spec?.healthCheckNodePort) ports.add(other.spec.healthCheckNodePort);
  }
  return { ips, ports };
}

/** txnAllocClusterIPs then txnAllocNodePorts: the first failure rejects the write as 422 Invalid. */
function allocate(svc: S, old: S | undefined, ctx: AdmissionContext): ApiError | undefined {
  const spec = svc.spec!;
  const name = svc.metadata.name ?? '';
  const used = usedByOthers(svc, ctx);
  const reject = (e: FieldError) => invalid('Service', name, [e]);
  const key = `${svc.metadata.namespace}/${name}`;

  if (needsClusterIP(svc) && spec.clusterIP !== 'None') {
    const keep = old && old.spec?.clusterIP && old.spec.clusterIP === spec.clusterIP;
    if (!keep) {
      const ipList = (ips: string[]) => `[]string{${ips.map((i) => JSON.stringify(i)).join(', ')}}`;
      if (spec.clusterIP) {
        const ip = spec.clusterIP;
        if (!ipInRange(ip)) {
          return reject({ type: 'Invalid', field: 'spec.clusterIPs', value: ipList(spec.clusterIPs ?? [ip]), detail: `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}` });
        }
        if (used.ips.has(ip)) return reject({ type: 'Invalid', field: 'spec.clusterIPs', value: ipList(spec.clusterIPs ?? [ip]), detail: `failed to allocate IP ${ip}: provided IP is already allocated` });
      } else {
        const ip = allocateClusterIP(key, used.ips);
        if (!ip) return { reason: 'InternalError', code: 500, message: 'Internal error occurred: failed to allocate a serviceIP: range is full' };
        spec.clusterIP = ip;
        spec.clusterIPs = [ip];
      }
    }
  }

  if (needsNodePort(svc)) {
    const ownOld = new Set((old?.spec?.ports ?? []).map((p) => p.nodePort).filter((n): n is number => !!n));
    const taken = new Set(used.ports);
    const ports = spec.ports ?? [];
    for (const [i, p] of ports.entries()) {
      if (!p.nodePort) continue;
      if (ownOld.has(p.nodePort)) {
        taken.add(p.nodePort);
        continue;
      }
      if (!nodePortInRange(p.nodePort)) {
        return reject({ type: 'Invalid', field: `spec.ports[${i}].nodePort`, value: goInt(p.nodePort), detail: `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE_TEXT}` });
      }
      if (taken.has(p.nodePort)) return reject({ type: 'Invalid', field: `spec.ports[${i}].nodePort`, value: goInt(p.nodePort), detail: 'provided port is already allocated' });
      taken.add(p.nodePort);
    }
    for (const [i, p] of ports.entries()) {
      if (p.nodePort) continue;
      const port = allocateNodePort(`${key}/${p.name ?? ''}/${p.port}/${p.protocol}/${i}`, taken);
      if (port === undefined) return { reason: 'InternalError', code: 500, message: 'Internal error occurred: failed to allocate a nodePort: range is full' };
      p.nodePort = port;
      taken.add(port);
    }
    if (spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local' && !spec.healthCheckNodePort) {
      const port = old?.spec?.healthCheckNodePort ?? allocateNodePort(`${key}/healthcheck`, taken);
      if (port !== undefined) spec.healthCheckNodePort = port;
    }
  }
  return undefined;
}
