import type { Service } from './types';
import type { ServicePort } from 'kubernetes-types/core/v1';
import { FieldError, goInt, goString } from './field-error';
import { dns1123LabelErrors, dns1123SubdomainErrors } from './validation';

/**
 * Services as the v1.32 API server treats them: defaulting (pkg/apis/core/v1/defaults.go
 * SetDefaults_Service, plus the IP-family fields the service REST storage fills in), validation
 * (pkg/apis/core/validation ValidateService / ValidateServiceUpdate) and the pure part of the
 * ClusterIP and NodePort allocators (pkg/registry/core/service/ipallocator, portallocator).
 */

/** The service CIDR a kubeadm/minikube cluster uses (`--service-cluster-ip-range`). */
export const SERVICE_CIDR = '10.96.0.0/12';
/** The default `--service-node-port-range`. */
export const NODE_PORT_BASE = 30000;
export const NODE_PORT_SIZE = 2768;
export const NODE_PORT_RANGE_TEXT = '30000-32767';
/** The `kubernetes` Service always takes the first address of the range. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

type MutableService = Service & { spec: NonNullable<Service['spec']> & Record<string, unknown> };

export const ServiceTypes = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] as const;

/** NodePort and LoadBalancer services, and ClusterIP services with external IPs (ExternallyAccessible). */
export function externallyAccessible(svc: Service): boolean {
  const t = svc.spec?.type;
  return t === 'LoadBalancer' || t === 'NodePort' || (t === 'ClusterIP' && (svc.spec?.externalIPs ?? []).length > 0);
}

/** isHeadlessService: clusterIP None. */
export function isHeadless(svc: Service): boolean {
  return svc.spec?.clusterIP === 'None' || svc.spec?.clusterIPs?.[0] === 'None';
}

/** needsNodePort: NodePort services, and LoadBalancers unless allocateLoadBalancerNodePorts is false. */
export function needsNodePort(svc: Service): boolean {
  const t = svc.spec?.type;
  return t === 'NodePort' || (t === 'LoadBalancer' && svc.spec?.allocateLoadBalancerNodePorts !== false);
}

/** needsClusterIP: every type except ExternalName. */
export function needsClusterIP(svc: Service): boolean {
  return svc.spec?.type !== 'ExternalName';
}

/**
 * SetDefaults_Service, then what the service REST storage adds before validating a create:
 * clusterIPs from clusterIP, and the IP family fields of a single-stack IPv4 cluster.
 */
export function defaultService(svc: Service): void {
  const spec = ((svc as MutableService).spec ??= {} as MutableService['spec']);
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (!spec.type) spec.type = 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (!p.protocol) p.protocol = 'TCP';
    if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (externallyAccessible(svc) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (!spec.internalTrafficPolicy && (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP')) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
  // PrepareForCreate / normalizeClusterIPs: clusterIPs mirrors clusterIP.
  if (spec.clusterIP && (!spec.clusterIPs || spec.clusterIPs.length === 0)) spec.clusterIPs = [spec.clusterIP];
  if (!spec.clusterIP && spec.clusterIPs && spec.clusterIPs.length > 0) spec.clusterIP = spec.clusterIPs[0];
  // Every Service reads back with `status: {loadBalancer: {}}`; a LoadBalancer stays there (<pending>).
  (svc as { status?: Record<string, unknown> }).status ??= { loadBalancer: {} };
  if (spec.type === 'ExternalName') return;
  // initIPFamilyFields on a single-stack IPv4 cluster: headless without selector asks for
  // RequireDualStack (it has no IP to choose a family), everything else is SingleStack IPv4.
  if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = isHeadless(svc) && !spec.selector ? 'RequireDualStack' : 'SingleStack';
  if (!spec.ipFamilies || spec.ipFamilies.length === 0) spec.ipFamilies = ['IPv4'];
}

const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const PORT_RANGE_MSG = 'must be between 1 and 65535, inclusive';

/** NameIsDNS1035Label: Service names must be usable as DNS labels. */
export function dns1035LabelErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 63) errs.push('must be no more than 63 characters');
  if (!DNS1035_LABEL.test(name)) errs.push(DNS1035_MSG);
  return errs;
}

/** IsValidPortName (an IANA service name). */
function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length < 1 || name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push("must not contain consecutive hyphens");
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** %#v of the ServicePort key validation reports a duplicate with. */
function goServicePortKey(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${goString(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}

function isValidIPv4(ip: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  return !!m && m.slice(1).every((o) => Number(o) <= 255 && (o === '0' || !o.startsWith('0')));
}

/** ValidateService (create). Runs on a defaulted object. */
export function validateService(svc: Service, old?: Service): FieldError[] {
  const errs: FieldError[] = [];
  const name = svc.metadata?.name;
  if (!name && !svc.metadata?.generateName) errs.push({ type: 'Required', field: 'metadata.name', detail: 'name or generateName is required' });
  else if (name) for (const msg of dns1035LabelErrors(name)) errs.push({ type: 'Invalid', field: 'metadata.name', value: goString(name), detail: msg });
  const spec = svc.spec ?? {};
  const ports = spec.ports ?? [];
  const type = spec.type ?? '';
  const headless = isHeadless(svc);
  if (ports.length === 0 && !headless && type !== 'ExternalName') errs.push({ type: 'Required', field: 'spec.ports' });
  if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
    errs.push({ type: 'Invalid', field: 'spec.clusterIPs[0]', value: goString('None'), detail: `may not be set to 'None' for ${type} services` });
  }
  if (type === 'ExternalName') {
    if ((spec.clusterIPs ?? []).length > 0) errs.push({ type: 'Forbidden', field: 'spec.clusterIPs', detail: 'may not be set for ExternalName services' });
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname) for (const msg of dns1123SubdomainErrors(cname)) errs.push({ type: 'Invalid', field: 'spec.externalName', value: goString(cname), detail: msg });
    else errs.push({ type: 'Required', field: 'spec.externalName' });
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (!spec.sessionAffinity) errs.push({ type: 'Required', field: 'spec.sessionAffinity' });
  else if (spec.sessionAffinity !== 'None' && spec.sessionAffinity !== 'ClientIP') {
    errs.push({ type: 'Unsupported', field: 'spec.sessionAffinity', value: goString(spec.sessionAffinity), detail: 'supported values: "ClientIP", "None"' });
  }
  (spec.clusterIPs ?? []).forEach((ip, i) => {
    if (i === 0 && ip === 'None') return;
    if (!isValidIPv4(ip)) errs.push({ type: 'Invalid', field: `spec.clusterIPs[${i}]`, value: goString(ip), detail: 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' });
  });
  if (!type) errs.push({ type: 'Required', field: 'spec.type' });
  else if (!(ServiceTypes as readonly string[]).includes(type)) {
    errs.push({ type: 'Unsupported', field: 'spec.type', value: goString(type), detail: `supported values: ${ServiceTypes.map((t) => `"${t}"`).join(', ')}` });
  }
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push({ type: 'Forbidden', field: `spec.ports[${i}].nodePort`, detail: "may not be used when `type` is 'ClusterIP'" });
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push({ type: 'Duplicate', field: `spec.ports[${i}].nodePort`, value: goInt(p.nodePort) });
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol}/${p.port}`;
    if (seen.has(key)) errs.push({ type: 'Duplicate', field: `spec.ports[${i}]`, value: goServicePortKey(p.protocol ?? '', p.port) });
    seen.add(key);
  });
  if (old) errs.push(...validateServiceUpdate(svc, old));
  return errs;
}

function validateServicePort(p: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !p.name) errs.push({ type: 'Required', field: `${path}.name` });
  else if (p.name) {
    for (const msg of dns1123LabelErrors(p.name)) errs.push({ type: 'Invalid', field: `${path}.name`, value: goString(p.name), detail: msg });
    if (names.has(p.name)) errs.push({ type: 'Duplicate', field: `${path}.name`, value: goString(p.name) });
    names.add(p.name);
  }
  if (typeof p.port !== 'number' || p.port < 1 || p.port > 65535) errs.push({ type: 'Invalid', field: `${path}.port`, value: goInt(p.port ?? 0), detail: PORT_RANGE_MSG });
  if (!p.protocol) errs.push({ type: 'Required', field: `${path}.protocol` });
  else if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) {
    errs.push({ type: 'Unsupported', field: `${path}.protocol`, value: goString(p.protocol), detail: 'supported values: "SCTP", "TCP", "UDP"' });
  }
  const tp = p.targetPort;
  if (typeof tp === 'number') {
    if (tp < 1 || tp > 65535) errs.push({ type: 'Invalid', field: `${path}.targetPort`, value: goInt(tp), detail: PORT_RANGE_MSG });
  } else if (typeof tp === 'string') {
    for (const msg of portNameErrors(tp)) errs.push({ type: 'Invalid', field: `${path}.targetPort`, value: goString(tp), detail: msg });
  }
  return errs;
}

/** ValidateServiceUpdate: an allocated ClusterIP cannot change (except by going to/from ExternalName). */
function validateServiceUpdate(svc: Service, old: Service): FieldError[] {
  const errs: FieldError[] = [];
  const oldIPs = old.spec?.clusterIPs ?? [];
  const newIPs = svc.spec?.clusterIPs ?? [];
  if (old.spec?.type !== 'ExternalName' && svc.spec?.type !== 'ExternalName' && oldIPs.length > 0 && newIPs[0] !== oldIPs[0]) {
    errs.push({ type: 'Invalid', field: 'spec.clusterIPs[0]', value: `[]string{${newIPs.map(goString).join(', ')}}`, detail: 'may not change once set' });
  }
  return errs;
}

/**
 * What the service REST storage does to an update before validating it (patchAllocatedValues,
 * dropTypeDependentFields): a ClusterIP or NodePort the new object leaves out keeps its allocated
 * value; a NodePort the user did not touch is dropped when the new type has no use for it.
 */
export function patchAllocatedValues(svc: Service, old: Service): void {
  const spec = (svc as MutableService).spec;
  const oldSpec = old.spec ?? {};
  if (!spec) return;
  if (needsClusterIP(old) && needsClusterIP(svc)) {
    if (!spec.clusterIP && oldSpec.clusterIP) spec.clusterIP = oldSpec.clusterIP;
    if ((!spec.clusterIPs || spec.clusterIPs.length === 0) && oldSpec.clusterIPs) spec.clusterIPs = [...oldSpec.clusterIPs];
  }
  if (needsNodePort(old) && needsNodePort(svc)) {
    const used = new Set((spec.ports ?? []).map((p) => p.nodePort).filter((n): n is number => !!n));
    const byName = new Map((oldSpec.ports ?? []).map((p) => [p.name ?? '', p.nodePort]));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const previous = byName.get(p.name ?? '');
      if (previous && !used.has(previous)) p.nodePort = previous;
    }
  }
  if (!needsNodePort(svc) && needsNodePort(old)) {
    const oldPorts = new Set((oldSpec.ports ?? []).map((p) => p.nodePort));
    for (const p of spec.ports ?? []) if (p.nodePort && oldPorts.has(p.nodePort)) delete p.nodePort;
  }
  if (!needsClusterIP(svc) && needsClusterIP(old)) {
    if (spec.clusterIP === oldSpec.clusterIP) delete spec.clusterIP;
    if (spec.clusterIPs?.[0] === oldSpec.clusterIPs?.[0]) delete spec.clusterIPs;
    delete spec.ipFamilies;
    delete spec.ipFamilyPolicy;
  }
}

// ---------------------------------------------------------------------------- allocators

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** A CIDR as its first address and size: 10.96.0.0/12 → 10.96.0.0, 2^20. */
export function parseCidr(cidr: string): { base: number; size: number } {
  const [ip, bits] = cidr.split('/');
  return { base: ipToInt(ip), size: 2 ** (32 - Number(bits)) };
}

/**
 * The static sub-range at the bottom of an allocator's range (KEP-3070 for IPs, KEP-3668 for
 * node ports): min(max(16, size/16), cap). Dynamic allocation prefers the rest, so addresses and
 * ports chosen by hand in the bottom band rarely collide with allocated ones.
 */
export function staticBandSize(size: number, cap: number): number {
  return Math.min(Math.max(16, Math.floor(size / 16)), cap);
}

/** FNV-1a 32-bit of a string: the deterministic stand-in for the allocators' random pick. */
export function fnv32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/**
 * AllocateNext for a ClusterIP, made deterministic: the real allocator picks a random free
 * address in the dynamic band (above the static band of 256 addresses of a /12) and falls back to
 * the static band when that is full. Here the starting point is a hash of namespace/name and the
 * search walks forward from it, so an address depends on the Service's name, not on the order of
 * creation. The network address and (IPv4) the broadcast address are never handed out.
 */
export function allocateClusterIP(key: string, used: ReadonlySet<string>, cidr = SERVICE_CIDR): string | undefined {
  const { base, size } = parseCidr(cidr);
  const usable = size - 2;
  const band = staticBandSize(usable, 256);
  const dynamic = usable - band;
  const start = fnv32(key) % dynamic;
  for (let i = 0; i < dynamic; i++) {
    const ip = intToIp(base + 1 + band + ((start + i) % dynamic));
    if (!used.has(ip)) return ip;
  }
  for (let i = 0; i < band; i++) {
    const ip = intToIp(base + 1 + i);
    if (!used.has(ip)) return ip;
  }
  return undefined;
}

/** Whether an address lies in the range's usable part (network and broadcast excluded). */
export function ipInRange(ip: string, cidr = SERVICE_CIDR): boolean {
  const { base, size } = parseCidr(cidr);
  const n = ipToInt(ip);
  return n > base && n < base + size - 1;
}

/**
 * AllocateNext for a NodePort, made deterministic like allocateClusterIP: 30000–32767 has a
 * static band of 128 ports (30000–30127) that dynamic allocation uses last.
 */
export function allocateNodePort(key: string, used: ReadonlySet<number>, base = NODE_PORT_BASE, size = NODE_PORT_SIZE): number | undefined {
  const band = staticBandSize(size, 128);
  const dynamic = size - band;
  const start = fnv32(key) % dynamic;
  for (let i = 0; i < dynamic; i++) {
    const port = base + band + ((start + i) % dynamic);
    if (!used.has(port)) return port;
  }
  for (let i = 0; i < band; i++) if (!used.has(base + i)) return base + i;
  return undefined;
}

export function nodePortInRange(port: number, base = NODE_PORT_BASE, size = NODE_PORT_SIZE): boolean {
  return port >= base && port < base + size;
}
