/**
 * `kubectl describe service | node | statefulset`, transcribed from describe.go (v1.32) and
 * checked against the real kubectl v1.32 binary over the simulator's state
 * (src/kubectl/commands/describe-oracle.test.ts). Callers fetch the related objects.
 */
import type { Event, Node, Pod, Service, StatefulSet } from '../../model/types';
import { tabbedString } from './describe-writer';
import { printAnnotationsMultiline, printLabelsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { describePodTemplate } from './describe-pod-template';
import { formatLabels, labelSelectorString } from './selector';
import { formatRFC1123Z } from './timestamps';
import { translateTimestampSince } from './human-duration';
import { nodeRoles } from './table-kinds';
import { Quantity, podResourceList, quantityOrZero, quantityText } from '../../model/quantity';
import { compareGoStrings } from './selector';

/** An EndpointSlice, the parts describe reads. */
export interface EndpointSliceLike {
  readonly ports?: ReadonlyArray<{ readonly name?: string; readonly port?: number }>;
  readonly endpoints?: ReadonlyArray<{ readonly addresses: readonly string[]; readonly conditions?: { readonly ready?: boolean } }>;
}

/** What `describe service` prints besides the Service. */
export interface ServiceRelations {
  /** The EndpointSlices labelled `kubernetes.io/service-name=<name>` (v1.32 reads slices). */
  readonly endpointSlices?: readonly EndpointSliceLike[];
  readonly events?: readonly Event[];
}

export function describeService(svc: Service, relations: ServiceRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = svc.metadata ?? {};
    const spec = svc.spec ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(0, `Type:\t${spec.type ?? ''}\n`);
    if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    w.write(0, `IP Families:\t${(spec.ipFamilies ?? []).length ? spec.ipFamilies!.join(',') : '<none>'}\n`);
    w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
    w.write(0, `IPs:\t${(spec.clusterIPs ?? []).length ? spec.clusterIPs!.join(',') : '<none>'}\n`);
    if ((spec.externalIPs ?? []).length) w.write(0, `External IPs:\t${spec.externalIPs!.join(',')}\n`);
    if (spec.loadBalancerIP) w.write(0, `IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
    const ingress = svc.status?.loadBalancer?.ingress ?? [];
    if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname || '').join(', ')}\n`);
    for (const sp of spec.ports ?? []) {
      const name = sp.name || '<unset>';
      const proto = sp.protocol ?? 'TCP';
      w.write(0, `Port:\t${name}\t${sp.port}/${proto}\n`);
      const target = sp.targetPort ?? sp.port;
      w.write(0, `TargetPort:\t${target}/${proto}\n`);
      if (sp.nodePort) w.write(0, `NodePort:\t${name}\t${sp.nodePort}/${proto}\n`);
      w.write(0, `Endpoints:\t${formatEndpointSlices(relations.endpointSlices ?? [], sp.name ?? '')}\n`);
    }
    w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
    if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if ((spec.loadBalancerSourceRanges ?? []).length) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges!.join(',')}\n`);
    describeEvents(relations.events, w, nowMs);
  });
}

/**
 * describe.go formatEndpointSlices for one service port: at most three `ip:port`, then
 * ` + N more...`; `<none>` without slices.
 */
function formatEndpointSlices(slices: readonly EndpointSliceLike[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  const push = (s: string) => {
    if (list.length < max) list.push(s);
    else more = true;
    count++;
  };
  for (const slice of slices) {
    // Only ready endpoints are listed (a nil condition counts as ready).
    const ready = (slice.endpoints ?? []).filter((e) => e.conditions?.ready !== false);
    if ((slice.ports ?? []).length === 0) for (const e of ready) push(e.addresses[0]);
    for (const port of slice.ports ?? []) {
      if ((port.name ?? '') !== portName) continue;
      for (const e of ready) {
        const ip = e.addresses[0];
        push(ip.includes(':') ? `[${ip}]:${port.port}` : `${ip}:${port.port}`);
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

/** What `describe node` prints besides the Node. */
export interface NodeRelations {
  /** Non-terminated pods on the node (not Succeeded/Failed), in list order. */
  readonly pods: readonly Pod[];
  /** The node's Lease renew time (RFC3339 with microseconds), if the kubelet keeps one. */
  readonly leaseRenewTime?: string;
  readonly events?: readonly Event[];
}

export function describeNode(node: Node, relations: NodeRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = node.metadata ?? {};
    const spec = node.spec ?? {};
    const status = node.status ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    const roles = nodeRoles(node);
    w.write(0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `CreationTimestamp:\t${formatRFC1123Z(meta.creationTimestamp)}\n`);
    const taints = spec.taints ?? [];
    w.write(0, 'Taints:\t');
    if (taints.length === 0) w.write(0, '<none>\n');
    taints.forEach((t, i) => {
      if (i !== 0) w.write(0, '\t');
      w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
    });
    w.write(0, `Unschedulable:\t${spec.unschedulable ? 'true' : 'false'}\n`);
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${relations.leaseRenewTime !== undefined ? meta.name : '<unset>'}\n`);
    w.write(1, 'AcquireTime:\t<unset>\n');
    w.write(1, `RenewTime:\t${relations.leaseRenewTime ? formatRFC1123Z(relations.leaseRenewTime) : '<unset>'}\n`);
    const conditions = status.conditions ?? [];
    if (conditions.length) {
      w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(1, `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
      }
    }
    w.write(0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
    const printResourceList = (list: Record<string, string> | undefined) => {
      for (const k of Object.keys(list ?? {}).sort(compareGoStrings)) w.write(1, `${k}:\t${quantityText(list![k])}\n`);
    };
    if (status.capacity && Object.keys(status.capacity).length) {
      w.write(0, 'Capacity:\n');
      printResourceList(status.capacity as Record<string, string>);
    }
    if (status.allocatable && Object.keys(status.allocatable).length) {
      w.write(0, 'Allocatable:\n');
      printResourceList(status.allocatable as Record<string, string>);
    }
    const info = status.nodeInfo;
    w.write(0, 'System Info:\n');
    w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
    w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
    w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
    w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
    w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
    w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
    w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
    w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
    w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
    if (info?.kubeProxyVersion) w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion}\n`);
    if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
    if ((spec.podCIDRs ?? []).length) w.write(0, `PodCIDRs:\t${spec.podCIDRs!.join(',')}\n`);
    if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
    describeNodeResource(relations.pods, node, w, nowMs);
    describeEvents(relations.events, w, nowMs);
  });
}

type Writer = Parameters<Parameters<typeof tabbedString>[0]>[0];

/** describeNodeResource: the Non-terminated Pods table and Allocated resources. */
function describeNodeResource(pods: readonly Pod[], node: Node, w: Writer, nowMs: number): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const capacity = (node.status?.capacity ?? {}) as Record<string, string>;
  const allocatable = Object.keys(node.status?.allocatable ?? {}).length > 0 ? (node.status!.allocatable as Record<string, string>) : capacity;
  const allocMilli = (k: string) => quantityOrZero(allocatable[k]).milliValue();
  const allocValue = (k: string) => quantityOrZero(allocatable[k]).value();
  // float64(part) / float64(whole) * 100, truncated as int64(…) does.
  const pct = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Math.trunc((Number(part) / Number(whole)) * 100));
  const get = (list: Map<string, Quantity>, k: string) => list.get(k) ?? Quantity.zero();
  const totals = { requests: new Map<string, Quantity>(), limits: new Map<string, Quantity>() };
  for (const pod of pods) {
    const requests = podResourceList(pod.spec, 'requests');
    const limits = podResourceList(pod.spec, 'limits');
    for (const [list, total] of [[requests, totals.requests], [limits, totals.limits]] as const) {
      for (const [k, q] of list) total.set(k, total.has(k) ? total.get(k)!.add(q) : q);
    }
    const cpuReq = get(requests, 'cpu');
    const cpuLim = get(limits, 'cpu');
    const memReq = get(requests, 'memory');
    const memLim = get(limits, 'memory');
    w.write(
      1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cpuReq} (${pct(cpuReq.milliValue(), allocMilli('cpu'))}%)\t${cpuLim} (${pct(cpuLim.milliValue(), allocMilli('cpu'))}%)\t` +
        `${memReq} (${pct(memReq.value(), allocValue('memory'))}%)\t${memLim} (${pct(memLim.value(), allocValue('memory'))}%)\t${translateTimestampSince(pod.metadata?.creationTimestamp, nowMs)}\n`,
    );
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (k: string, scaled: (q: Quantity) => bigint, alloc: bigint) => {
    const req = get(totals.requests, k);
    const lim = get(totals.limits, k);
    w.write(1, `${k}\t${req} (${pct(scaled(req), alloc)}%)\t${lim} (${pct(scaled(lim), alloc)}%)\n`);
  };
  row('cpu', (q) => q.milliValue(), allocMilli('cpu'));
  row('memory', (q) => q.value(), allocValue('memory'));
  row('ephemeral-storage', (q) => q.value(), allocValue('ephemeral-storage'));
}

/** What `describe statefulset` prints besides the StatefulSet. */
export interface StatefulSetRelations {
  /** Pods the StatefulSet controls. */
  readonly pods: readonly Pod[];
  readonly events?: readonly Event[];
}

export function describeStatefulSet(sts: StatefulSet, relations: StatefulSetRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = sts.metadata ?? {};
    const spec = sts.spec;
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(0, `CreationTimestamp:\t${formatRFC1123Z(meta.creationTimestamp)}\n`);
    w.write(0, `Selector:\t${labelSelectorString(spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, `Replicas:\t${spec?.replicas ?? 1} desired | ${sts.status?.replicas ?? 0} total\n`);
    w.write(0, `Update Strategy:\t${spec?.updateStrategy?.type ?? ''}\n`);
    const ru = spec?.updateStrategy?.rollingUpdate;
    if (ru && ru.partition !== undefined && ru.partition !== null) {
      w.write(1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
    }
    const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
    for (const p of relations.pods) {
      const phase = p.status?.phase as keyof typeof counts | undefined;
      if (phase && phase in counts) counts[phase]++;
    }
    w.write(0, `Pods Status:\t${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed\n`);
    describePodTemplate(spec?.template, w);
    const templates = spec?.volumeClaimTemplates ?? [];
    if (templates.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
    else {
      w.write(0, 'Volume Claims:\n');
      for (const pvc of templates) {
        w.write(1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
        w.write(1, `StorageClass:\t${pvc.spec?.storageClassName ?? pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? ''}\n`);
        printLabelsMultiline(w, '  Labels', pvc.metadata?.labels);
        printLabelsMultiline(w, '  Annotations', pvc.metadata?.annotations);
        const capacity = pvc.spec?.resources?.requests?.storage;
        w.write(1, `Capacity:\t${capacity !== undefined ? quantityText(capacity) : '<default>'}\n`);
        w.write(1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
      }
    }
    describeEvents(relations.events, w, nowMs);
  });
}
