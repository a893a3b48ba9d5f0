/**
 * Services: SetDefaults_Service (plus the REST storage's IP family fields), ValidateService
 * messages, and the deterministic ClusterIP / NodePort allocators.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Service } from './types';
import { fieldErrorString } from './field-error';
import {
  allocateClusterIP,
  allocateNodePort,
  defaultService,
  ipInRange,
  nodePortInRange,
  patchAllocatedValues,
  staticBandSize,
  validateService,
} from './service';

const svc = (spec: Record<string, unknown>, name = 'web'): Service => ({ metadata: { name, namespace: 'default' }, spec } as Service);
const defaulted = (spec: Record<string, unknown>, name = 'web'): Service => {
  const s = svc(JSON.parse(JSON.stringify(spec)), name);
  defaultService(s);
  return s;
};
const errors = (s: Service, old?: Service) => validateService(s, old).map(fieldErrorString);

const defaultRows: Array<{ name: string; spec: Record<string, unknown>; want: Record<string, unknown> }> = [
  {
    name: 'a bare ClusterIP service',
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
    want: { type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'], ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] },
  },
  {
    name: 'NodePort gets externalTrafficPolicy Cluster',
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 8080, targetPort: 8080, nodePort: 30000, protocol: 'TCP' }] },
    want: { externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', ports: [{ port: 8080, targetPort: 8080, nodePort: 30000, protocol: 'TCP' }] },
  },
  {
    name: 'LoadBalancer allocates node ports by default',
    spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] },
    want: { externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }] },
  },
  {
    name: 'headless with a selector is SingleStack',
    spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] },
    want: { clusterIP: 'None', clusterIPs: ['None'], ipFamilyPolicy: 'SingleStack' },
  },
  {
    name: 'headless without a selector asks for RequireDualStack',
    spec: { clusterIP: 'None', ports: [{ port: 80 }] },
    want: { ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4'] },
  },
  {
    name: 'ExternalName gets no IP family fields and no internalTrafficPolicy',
    spec: { type: 'ExternalName', externalName: 'db.example.com' },
    want: { type: 'ExternalName', ipFamilyPolicy: undefined, ipFamilies: undefined, internalTrafficPolicy: undefined },
  },
  {
    name: 'sessionAffinity None drops a sessionAffinityConfig',
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }], sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } },
    want: { sessionAffinity: 'None', sessionAffinityConfig: undefined },
  },
];

for (const row of defaultRows) {
  test(`defaultService: ${row.name}`, () => {
    const s = defaulted(row.spec);
    for (const [k, v] of Object.entries(row.want)) expect((s.spec as Record<string, unknown>)[k], k).to.deep.equal(v);
  });
}

const validationRows: Array<{ name: string; spec: Record<string, unknown>; svcName?: string; want: string[] }> = [
  { name: 'a valid NodePort service', spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080 }] }, want: [] },
  { name: 'no ports', spec: { selector: { app: 'web' } }, want: ['spec.ports: Required value'] },
  { name: 'headless may have no ports', spec: { clusterIP: 'None', selector: { app: 'web' } }, want: [] },
  {
    name: 'a name that is not a DNS-1035 label',
    spec: { ports: [{ port: 80 }] },
    svcName: '1web',
    want: ["metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"],
  },
  { name: 'port 0', spec: { ports: [{ port: 0 }] }, want: ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive', 'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'] },
  { name: 'unknown protocol', spec: { ports: [{ port: 80, protocol: 'HTTP' }] }, want: ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'two ports need names', spec: { ports: [{ port: 80 }, { port: 443, name: 'https' }] }, want: ['spec.ports[0].name: Required value'] },
  { name: 'unknown type', spec: { type: 'Ingress', ports: [{ port: 80 }] }, want: ['spec.type: Unsupported value: "Ingress": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'] },
  { name: 'nodePort on a ClusterIP service', spec: { ports: [{ port: 80, nodePort: 30080 }] }, want: ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"] },
  { name: 'headless NodePort', spec: { type: 'NodePort', clusterIP: 'None', ports: [{ port: 80 }] }, want: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'] },
  { name: 'a clusterIP that is not an IP', spec: { clusterIP: '10.96.0.300', ports: [{ port: 80 }] }, want: ['spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'] },
  {
    name: 'the same port twice',
    spec: { ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] },
    want: ['spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'],
  },
  { name: 'the same nodePort twice', spec: { type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 81, nodePort: 30080 }] }, want: ['spec.ports[1].nodePort: Duplicate value: 30080'] },
  { name: 'ExternalName needs a name', spec: { type: 'ExternalName' }, want: ['spec.externalName: Required value'] },
  { name: 'a targetPort name too long', spec: { ports: [{ port: 80, targetPort: 'a-very-long-port-name' }] }, want: ['spec.ports[0].targetPort: Invalid value: "a-very-long-port-name": must be no more than 15 characters'] },
];

for (const row of validationRows) {
  test(`validateService: ${row.name}`, () => {
    expect(errors(defaulted(row.spec, row.svcName))).to.deep.equal(row.want);
  });
}

test('validateService: an allocated clusterIP may not change', () => {
  const old = defaulted({ clusterIP: '10.100.0.5', ports: [{ port: 80 }] });
  const next = defaulted({ clusterIP: '10.100.0.6', ports: [{ port: 80 }] });
  expect(errors(next, old)).to.deep.equal(['spec.clusterIPs[0]: Invalid value: []string{"10.100.0.6"}: may not change once set']);
});

test('patchAllocatedValues: an update that leaves out the clusterIP and nodePort keeps them', () => {
  const old = defaulted({ type: 'NodePort', clusterIP: '10.100.0.5', ports: [{ port: 80, nodePort: 31234 }] });
  const next = svc({ type: 'NodePort', ports: [{ port: 80 }] });
  patchAllocatedValues(next, old);
  defaultService(next);
  expect(next.spec?.clusterIP).to.equal('10.100.0.5');
  expect(next.spec?.clusterIPs).to.deep.equal(['10.100.0.5']);
  expect(next.spec?.ports?.[0].nodePort).to.equal(31234);
});

test('patchAllocatedValues: going back to ClusterIP drops the allocated nodePort', () => {
  const old = defaulted({ type: 'NodePort', clusterIP: '10.100.0.5', ports: [{ port: 80, nodePort: 31234 }] });
  const next = svc({ type: 'ClusterIP', clusterIP: '10.100.0.5', ports: [{ port: 80, nodePort: 31234 }] });
  patchAllocatedValues(next, old);
  expect(next.spec?.ports?.[0].nodePort).to.equal(undefined);
});

test('staticBandSize: a /12 keeps 256 addresses, the node port range 128 ports', () => {
  expect(staticBandSize(2 ** 20 - 2, 256)).to.equal(256);
  expect(staticBandSize(2768, 128)).to.equal(128);
  expect(staticBandSize(100, 128)).to.equal(16);
});

test('allocateClusterIP: deterministic, in the dynamic band, never the kubernetes address', () => {
  const a = allocateClusterIP('default/web', new Set());
  expect(a).to.equal(allocateClusterIP('default/web', new Set()));
  expect(ipInRange(a!)).to.equal(true);
  expect(a).to.not.equal('10.96.0.1');
  const last = a!.split('.').map(Number);
  // Above the static band of 10.96.0.1–10.96.1.0.
  expect(last[1] > 96 || last[2] >= 1).to.equal(true);
});

test('allocateClusterIP: a taken address moves to the next one', () => {
  const a = allocateClusterIP('default/web', new Set())!;
  const b = allocateClusterIP('default/web', new Set([a]))!;
  expect(b).to.not.equal(a);
  expect(ipInRange(b)).to.equal(true);
});

test('allocateClusterIP: a full dynamic band falls back to the static band', () => {
  const used = new Set<string>();
  const tiny = '10.0.0.0/27'; // 30 usable: static band 16, dynamic 14
  for (let i = 0; i < 14; i++) used.add(allocateClusterIP(`x${i}`, used, tiny)!);
  expect(allocateClusterIP('y', used, tiny)).to.equal('10.0.0.1');
});

test('allocateNodePort: deterministic, above the static band 30000–30127', () => {
  const p = allocateNodePort('default/web/80', new Set())!;
  expect(p).to.equal(allocateNodePort('default/web/80', new Set()));
  expect(p >= 30128 && p <= 32767).to.equal(true);
  expect(allocateNodePort('default/web/80', new Set([p]))).to.not.equal(p);
});

test('nodePortInRange and ipInRange bounds', () => {
  expect([29999, 30000, 32767, 32768].map((p) => nodePortInRange(p))).to.deep.equal([false, true, true, false]);
  expect(['10.96.0.0', '10.96.0.1', '10.111.255.254', '10.111.255.255', '10.112.0.1'].map((ip) => ipInRange(ip))).to.deep.equal([false, true, true, false, false]);
});
