/**
 * Table tests for the Endpoints / EndpointSlice rules (util.ts): which pods are listed, ready or
 * not, hostnames, ports, repacking, the trigger-time annotation.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Pod, Service } from '../../model/types';
import { ago, NOW } from '../testdata/fixtures';
import { compareAddresses, computeLastChangeTriggerTime, computeSubsets, findPort, podToSliceEndpoint, repackSubsets, shouldPodBeInEndpoints, truncateEndpoints } from './util';

function pod(name: string, ip: string | undefined, o: { ready?: boolean; terminating?: boolean; phase?: string; hostname?: string; subdomain?: string; ports?: Array<{ name?: string; containerPort: number }> } = {}): Pod {
  return {
    metadata: { name, namespace: 'default', uid: `uid-${name}`, labels: { app: 'web' }, ...(o.terminating ? { deletionTimestamp: ago(-30) } : {}) },
    spec: { nodeName: 'node-1', hostname: o.hostname, subdomain: o.subdomain, containers: [{ name: 'web', image: 'web', ports: o.ports }] },
    status: { phase: o.phase ?? 'Running', ...(ip ? { podIP: ip, podIPs: [{ ip }] } : {}), conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: ago(10) }] },
  } as Pod;
}

function service(spec: Record<string, unknown> = {}, name = 'web'): Service {
  return { metadata: { name, namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }], ...spec } } as Service;
}

const inRows: Array<{ name: string; pod: Pod; includeTerminating: boolean; want: boolean }> = [
  { name: 'a running pod with an IP', pod: pod('a', '10.244.0.5'), includeTerminating: false, want: true },
  { name: 'no IP yet', pod: pod('a', undefined), includeTerminating: false, want: false },
  { name: 'not ready is still listed (as not ready)', pod: pod('a', '10.244.0.5', { ready: false }), includeTerminating: false, want: true },
  { name: 'terminating leaves at once', pod: pod('a', '10.244.0.5', { terminating: true }), includeTerminating: false, want: false },
  { name: 'terminating stays with publishNotReadyAddresses / in slices', pod: pod('a', '10.244.0.5', { terminating: true }), includeTerminating: true, want: true },
  { name: 'Succeeded is never listed', pod: pod('a', '10.244.0.5', { phase: 'Succeeded' }), includeTerminating: true, want: false },
  { name: 'Failed is never listed', pod: pod('a', '10.244.0.5', { phase: 'Failed' }), includeTerminating: true, want: false },
];

for (const row of inRows) {
  test(`shouldPodBeInEndpoints: ${row.name}`, () => {
    expect(shouldPodBeInEndpoints(row.pod, row.includeTerminating)).to.equal(row.want);
  });
}

test('computeSubsets: ready pods in addresses, others in notReadyAddresses, one subset, sorted by IP as text', () => {
  const { subsets, ready, notReady } = computeSubsets(service(), [pod('a', '10.244.0.9'), pod('b', '10.244.0.10'), pod('c', '10.244.1.2', { ready: false }), pod('d', '10.244.1.3', { terminating: true })]);
  expect([ready, notReady]).to.deep.equal([2, 1]);
  expect(subsets).to.have.length(1);
  expect(subsets[0].addresses!.map((a) => a.ip)).to.deep.equal(['10.244.0.10', '10.244.0.9']);
  expect(subsets[0].notReadyAddresses!.map((a) => a.ip)).to.deep.equal(['10.244.1.2']);
  expect(subsets[0].ports).to.deep.equal([{ port: 8080, protocol: 'TCP' }]);
  expect(subsets[0].addresses![0]).to.deep.equal({ ip: '10.244.0.10', nodeName: 'node-1', targetRef: { kind: 'Pod', namespace: 'default', name: 'b', uid: 'uid-b' } });
});

test('computeSubsets: publishNotReadyAddresses lists unready and terminating pods as ready', () => {
  const { subsets } = computeSubsets(service({ publishNotReadyAddresses: true }), [pod('a', '10.244.0.2', { ready: false }), pod('b', '10.244.0.3', { terminating: true })]);
  expect(subsets[0].addresses!.map((a) => a.ip)).to.deep.equal(['10.244.0.2', '10.244.0.3']);
  expect(subsets[0].notReadyAddresses).to.equal(undefined);
});

test('computeSubsets: no pods, no subsets', () => {
  expect(computeSubsets(service(), []).subsets).to.deep.equal([]);
});

test('computeSubsets: hostname only when the pod subdomain is the service', () => {
  const { subsets } = computeSubsets(service({ clusterIP: 'None' }, 'db'), [pod('db-0', '10.244.0.2', { hostname: 'db-0', subdomain: 'db' }), pod('x', '10.244.0.3', { hostname: 'x', subdomain: 'other' })]);
  expect(subsets[0].addresses!.map((a) => a.hostname)).to.deep.equal(['db-0', undefined]);
});

test('computeSubsets: a headless service without ports lists bare addresses', () => {
  const { subsets } = computeSubsets(service({ clusterIP: 'None', ports: [] }), [pod('a', '10.244.0.2')]);
  expect(subsets).to.deep.equal([{ addresses: [{ ip: '10.244.0.2', nodeName: 'node-1', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: 'uid-a' } }] }]);
});

test('findPort: a named targetPort resolves per pod; a pod without that port is left out', () => {
  const svc = service({ ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }] });
  const withPort = pod('a', '10.244.0.2', { ports: [{ name: 'http', containerPort: 8080 }] });
  const without = pod('b', '10.244.0.3', { ports: [{ name: 'metrics', containerPort: 9090 }] });
  expect(findPort(withPort, svc.spec!.ports![0])).to.equal(8080);
  expect(findPort(without, svc.spec!.ports![0])).to.equal(undefined);
  const { subsets } = computeSubsets(svc, [withPort, without]);
  expect(subsets.flatMap((s) => s.addresses!.map((a) => a.ip))).to.deep.equal(['10.244.0.2']);
});

test('repackSubsets: pods serving different ports get subsets of their own; ready wins', () => {
  const a = { ip: '10.0.0.1' };
  const b = { ip: '10.0.0.2' };
  const p80 = { port: 80, protocol: 'TCP' };
  const p81 = { port: 81, protocol: 'TCP' };
  const out = repackSubsets([
    { addresses: [a], ports: [p80] },
    { notReadyAddresses: [a], ports: [p80] },
    { addresses: [b], ports: [p81] },
    { addresses: [a], ports: [p81] },
  ]);
  expect(out).to.deep.equal([
    { addresses: [a], ports: [p80] },
    { addresses: [a, b], ports: [p81] },
  ]);
});

test('compareAddresses: byte order of the IP text, then uid', () => {
  const list = [{ ip: '10.244.0.9' }, { ip: '10.244.0.10' }, { ip: '10.244.0.1', targetRef: { uid: 'b' } }, { ip: '10.244.0.1', targetRef: { uid: 'a' } }];
  expect(list.sort(compareAddresses).map((a) => `${a.ip}${a.targetRef ? `/${a.targetRef.uid}` : ''}`)).to.deep.equal(['10.244.0.1/a', '10.244.0.1/b', '10.244.0.10', '10.244.0.9']);
});

test('truncateEndpoints: at most 1000 addresses, ready ones first', () => {
  const many = (n: number, base: number) => Array.from({ length: n }, (_, i) => ({ ip: `10.0.${Math.floor((base + i) / 256)}.${(base + i) % 256}` }));
  const subsets = [{ addresses: many(900, 0), notReadyAddresses: many(300, 1000) }];
  expect(truncateEndpoints(subsets)).to.equal(true);
  expect([subsets[0].addresses!.length, subsets[0].notReadyAddresses!.length]).to.deep.equal([900, 100]);
  expect(truncateEndpoints([{ addresses: many(10, 0) }])).to.equal(false);
});

test('podToSliceEndpoint: a terminating pod is serving but not ready', () => {
  const ep = podToSliceEndpoint(pod('a', '10.244.0.2', { terminating: true }), service());
  expect(ep.conditions).to.deep.equal({ ready: false, serving: true, terminating: true });
  expect(podToSliceEndpoint(pod('a', '10.244.0.2', { ready: false }), service()).conditions).to.deep.equal({ ready: false, serving: false, terminating: false });
  expect(podToSliceEndpoint(pod('a', '10.244.0.2', { ready: false }), service({ publishNotReadyAddresses: true })).conditions?.ready).to.equal(true);
});

test('computeLastChangeTriggerTime: the service creation first, then the earliest changed Ready transition', () => {
  const created = NOW - 60_000;
  const first = computeLastChangeTriggerTime(undefined, created, [{ name: 'a', readyTransition: NOW - 10_000 }]);
  expect(first.time).to.equal(created);
  const same = computeLastChangeTriggerTime(first.state, created, [{ name: 'a', readyTransition: NOW - 10_000 }]);
  expect(same.time).to.equal(undefined);
  const changed = computeLastChangeTriggerTime(same.state, created, [{ name: 'a', readyTransition: NOW - 2000 }, { name: 'b', readyTransition: NOW - 5000 }]);
  expect(changed.time).to.equal(NOW - 5000);
});
