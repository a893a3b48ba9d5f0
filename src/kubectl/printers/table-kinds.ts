/**
 * Built-in table definitions, one per kind, transcribed from the v1.32 server printers
 * (pkg/printers/internalversion/printers.go; kubectl-and-api.md §1.4). Importing this module
 * registers them.
 *
 * Fields the API server always defaults (spec.replicas, port protocols, service type) are read
 * with their default when absent, so fixtures that skip defaulting still print like a server.
 */
import type { Container, Deployment, Event, LabelSelector, Namespace, Node, Pod, ReplicaSet } from '../../model/types';
// Kinds the model does not re-export yet; type-only imports, erased at compile time.
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import { registerTableKind, type ColumnDefinition } from './table-registry';
import { translateTimestampSince } from './human-duration';
import { parseTimestamp } from './timestamps';
import { formatLabelSelector, formatLabels, labelSelectorString, InvalidSelectorError } from './selector';
import { summarizePod } from './pod-status';

const name: ColumnDefinition = { name: 'Name', priority: 0, format: 'name' };
const age: ColumnDefinition = { name: 'Age', priority: 0 };
const col = (n: string, priority: 0 | 1 = 0): ColumnDefinition => ({ name: n, priority });
const containerColumns = [col('Containers', 1), col('Images', 1)];

/** layoutContainerCells: container names and images, each joined by `,` without spaces. */
export function layoutContainerCells(containers: readonly Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

/** The deployment wide SELECTOR: `selector.String()`, or `<invalid>` when it does not parse. */
function selectorOrInvalid(selector: LabelSelector | undefined): string {
  try {
    return labelSelectorString(selector);
  } catch (e) {
    if (e instanceof InvalidSelectorError) return '<invalid>';
    throw e;
  }
}

registerTableKind<Deployment>({
  kind: 'Deployment',
  group: 'apps',
  namespaced: true,
  columns: [name, col('Ready'), col('Up-to-date'), col('Available'), age, ...containerColumns, col('Selector', 1)],
  row(d, nowMs) {
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      translateTimestampSince(d.metadata?.creationTimestamp, nowMs),
      names,
      images,
      selectorOrInvalid(d.spec?.selector),
    ];
  },
});

registerTableKind<ReplicaSet>({
  kind: 'ReplicaSet',
  group: 'apps',
  namespaced: true,
  columns: [name, col('Desired'), col('Current'), col('Ready'), age, ...containerColumns, col('Selector', 1)],
  row(rs, nowMs) {
    const [names, images] = layoutContainerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata?.name ?? '',
      rs.spec?.replicas ?? 1,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata?.creationTimestamp, nowMs),
      names,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
});

registerTableKind<Pod>({
  kind: 'Pod',
  group: '',
  namespaced: true,
  columns: [
    name,
    col('Ready'),
    col('Status'),
    col('Restarts'),
    age,
    col('IP', 1),
    col('Node', 1),
    col('Nominated Node', 1),
    col('Readiness Gates', 1),
  ],
  row(pod, nowMs) {
    const summary = summarizePod(pod, nowMs);
    const gates = pod.spec?.readinessGates ?? [];
    let readinessGates = '<none>';
    if (gates.length > 0) {
      const conditions = pod.status?.conditions ?? [];
      const trueCount = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
      readinessGates = `${trueCount}/${gates.length}`;
    }
    return [
      pod.metadata?.name ?? '',
      summary.ready,
      summary.status,
      summary.restarts,
      translateTimestampSince(pod.metadata?.creationTimestamp, nowMs),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates,
    ];
  },
});

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: `node-role.kubernetes.io/<role>` suffixes plus `kubernetes.io/role`, sorted, unique. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(NODE_ROLE_PREFIX)) {
      const role = k.slice(NODE_ROLE_PREFIX.length);
      if (role.length > 0) roles.add(role);
    } else if (k === NODE_ROLE_LABEL && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort();
}

function nodeAddress(node: Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

registerTableKind<Node>({
  kind: 'Node',
  group: '',
  namespaced: false,
  columns: [
    name,
    col('Status'),
    col('Roles'),
    age,
    col('Version'),
    col('Internal-IP', 1),
    col('External-IP', 1),
    col('OS-Image', 1),
    col('Kernel-Version', 1),
    col('Container-Runtime', 1),
  ],
  row(node, nowMs) {
    // Only the Ready condition is consulted (NodeAllConditions = [NodeReady]).
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    const status: string[] = [];
    if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
    else status.push('Unknown');
    if (node.spec?.unschedulable) status.push('SchedulingDisabled');
    const info = node.status?.nodeInfo;
    return [
      node.metadata?.name ?? '',
      status.join(','),
      nodeRoles(node).join(',') || '<none>',
      translateTimestampSince(node.metadata?.creationTimestamp, nowMs),
      info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ];
  },
});

registerTableKind<Namespace>({
  kind: 'Namespace',
  group: '',
  namespaced: false,
  columns: [name, col('Status'), age],
  row(ns, nowMs) {
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata?.creationTimestamp, nowMs)];
  },
});

registerTableKind<Event>({
  kind: 'Event',
  group: '',
  namespaced: true,
  // The wide order really interleaves priorities: SUBOBJECT and SOURCE sit before MESSAGE.
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    { name: 'Name', priority: 1, format: 'name' },
  ],
  row(e, nowMs) {
    // Zero (absent) timestamps fall back: firstTimestamp → eventTime, lastTimestamp → first seen.
    const firstSeen =
      parseTimestamp(e.firstTimestamp) !== undefined
        ? translateTimestampSince(e.firstTimestamp, nowMs)
        : translateTimestampSince(e.eventTime, nowMs);
    let lastSeen = parseTimestamp(e.lastTimestamp) !== undefined ? translateTimestampSince(e.lastTimestamp, nowMs) : firstSeen;
    let count = e.count ?? 0;
    if (e.series) {
      lastSeen = translateTimestampSince(e.series.lastObservedTime, nowMs);
      count = e.series.count ?? 0;
    } else if (count === 0) {
      count = 1; // singleton events carry no count in the events.k8s.io API
    }
    const kind = (e.involvedObject?.kind ?? '').toLowerCase();
    const target = e.involvedObject?.name ? `${kind}/${e.involvedObject.name}` : kind;
    const component = e.source?.component || e.reportingComponent || '';
    const host = e.source?.host || e.reportingInstance || '';
    return [
      lastSeen,
      e.type ?? '',
      e.reason ?? '',
      target,
      e.involvedObject?.fieldPath ?? '',
      host ? `${component}, ${host}` : component,
      (e.message ?? '').trim(),
      firstSeen,
      count,
      e.metadata?.name ?? '',
    ];
  },
});

/** Longest EXTERNAL-IP text of a LoadBalancer service in non-wide output. */
const LOAD_BALANCER_WIDTH = 16;

function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const ingress = new Set<string>();
      for (const i of svc.status?.loadBalancer?.ingress ?? []) {
        if (i.ip) ingress.add(i.ip);
        else if (i.hostname) ingress.add(i.hostname);
      }
      let lbIps = [...ingress].sort().join(',');
      if (!wide && lbIps.length > LOAD_BALANCER_WIDTH) lbIps = `${lbIps.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
      if (externalIPs.length > 0) return [...(lbIps ? lbIps.split(',') : []), ...externalIPs].join(',');
      return lbIps || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

registerTableKind<Service>({
  kind: 'Service',
  group: '',
  namespaced: true,
  columns: [name, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), age, col('Selector', 1)],
  // The API server's table convertor always generates rows with Wide: true, so a long
  // LoadBalancer EXTERNAL-IP is never cut to 16 characters in `kubectl get svc`, wide or not.
  row(svc, nowMs) {
    const ports = (svc.spec?.ports ?? [])
      .map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`))
      .join(',');
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? 'ClusterIP',
      svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>',
      serviceExternalIP(svc, true),
      ports || '<none>',
      translateTimestampSince(svc.metadata?.creationTimestamp, nowMs),
      formatLabels(svc.spec?.selector),
    ];
  },
});

/** net.JoinHostPort: IPv6 addresses are bracketed. */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** formatEndpoints: at most three `ip:port` entries, then ` + N more...`. */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

registerTableKind<Endpoints>({
  kind: 'Endpoints',
  group: '',
  namespaced: true,
  columns: [name, col('Endpoints'), age],
  row(ep, nowMs) {
    return [ep.metadata?.name ?? '', formatEndpoints(ep), translateTimestampSince(ep.metadata?.creationTimestamp, nowMs)];
  },
});

registerTableKind<StatefulSet>({
  kind: 'StatefulSet',
  group: 'apps',
  namespaced: true,
  columns: [name, col('Ready'), age, ...containerColumns],
  row(sts, nowMs) {
    const [names, images] = layoutContainerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata?.name ?? '',
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 1}`,
      translateTimestampSince(sts.metadata?.creationTimestamp, nowMs),
      names,
      images,
    ];
  },
});

registerTableKind<DaemonSet>({
  kind: 'DaemonSet',
  group: 'apps',
  namespaced: true,
  columns: [
    name,
    col('Desired'),
    col('Current'),
    col('Ready'),
    col('Up-to-date'),
    col('Available'),
    col('Node Selector'),
    age,
    ...containerColumns,
    col('Selector', 1),
  ],
  row(ds, nowMs) {
    const [names, images] = layoutContainerCells(ds.spec?.template?.spec?.containers);
    const s = ds.status;
    return [
      ds.metadata?.name ?? '',
      s?.desiredNumberScheduled ?? 0,
      s?.currentNumberScheduled ?? 0,
      s?.numberReady ?? 0,
      s?.updatedNumberScheduled ?? 0,
      s?.numberAvailable ?? 0,
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      translateTimestampSince(ds.metadata?.creationTimestamp, nowMs),
      names,
      images,
      formatLabelSelector(ds.spec?.selector),
    ];
  },
});
