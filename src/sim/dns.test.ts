/**
 * Cluster DNS (dns.ts): search domains, Services (cluster IP or, headless, the ready endpoints)
 * and StatefulSet pod names under a headless governing Service.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import type { KubeObject } from '../model/types';
import { resolveDnsName } from './dns';

const svc = (name: string, spec: Record<string, unknown>, namespace = 'default') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec }) as unknown as KubeObject;
const pod = (name: string, ip: string, o: { ready?: boolean; subdomain?: string; deleting?: boolean; labels?: Record<string, string>; namespace?: string } = {}) =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: o.namespace ?? 'default', labels: o.labels ?? { app: 'web' }, ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    spec: { containers: [], hostname: name, ...(o.subdomain ? { subdomain: o.subdomain } : {}) },
    status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }] },
  }) as unknown as KubeObject;

const objects: KubeObject[] = [
  svc('nginx', { clusterIP: 'None', selector: { app: 'web' } }),
  svc('web-lb', { clusterIP: '10.96.12.34', selector: { app: 'web' } }),
  svc('nginx', { clusterIP: 'None', selector: { app: 'web' } }, 'prod'),
  pod('web-0', '10.244.0.2', { subdomain: 'nginx' }),
  pod('web-1', '10.244.0.10', { subdomain: 'nginx' }),
  pod('web-2', '10.244.0.4', { subdomain: 'nginx', ready: false }),
  pod('web-3', '10.244.0.5', { subdomain: 'nginx', deleting: true }),
  pod('other', '10.244.0.6', { labels: { app: 'other' }, subdomain: 'nginx' }),
  pod('web-0', '10.244.1.2', { subdomain: 'nginx', namespace: 'prod' }),
];
const list = (kind: string, ns?: string) => objects.filter((o) => o.kind === kind && (ns === undefined || o.metadata.namespace === ns));
const resolve = (name: string, ns = 'default') => resolveDnsName(name, ns, list);

const rows: Array<{ name: string; query: string; ns?: string; want: string[] }> = [
  { name: 'a headless Service answers with its ready endpoints, in address order', query: 'nginx', want: ['10.244.0.2', '10.244.0.10'] },
  { name: 'a ClusterIP Service answers with its cluster IP', query: 'web-lb', want: ['10.96.12.34'] },
  { name: 'a pod name under its governing headless Service', query: 'web-0.nginx', want: ['10.244.0.2'] },
  { name: 'the fully qualified form', query: 'web-1.nginx.default.svc.cluster.local', want: ['10.244.0.10'] },
  { name: 'with a trailing dot', query: 'web-1.nginx.default.svc.cluster.local.', want: ['10.244.0.10'] },
  { name: '<svc>.<ns> from another namespace', query: 'web-0.nginx.prod', want: ['10.244.1.2'] },
  { name: 'the search path starts with the asking pod’s namespace', query: 'web-0.nginx', ns: 'prod', want: ['10.244.1.2'] },
  { name: 'an unready pod has no record', query: 'web-2.nginx', want: [] },
  { name: 'a terminating pod has no record', query: 'web-3.nginx', want: [] },
  { name: 'a pod the Service does not select has no record', query: 'other.nginx', want: [] },
  { name: 'no pod names under a ClusterIP Service', query: 'web-0.web-lb', want: [] },
  { name: 'an unknown name does not resolve', query: 'nosuch', want: [] },
];
for (const row of rows) {
  test(`resolveDnsName: ${row.name}`, () => {
    expect(resolve(row.query, row.ns)).to.deep.equal(row.want);
  });
}

test('resolveDnsName: publishNotReadyAddresses publishes unready pods too', () => {
  const extra = [svc('all', { clusterIP: 'None', selector: { app: 'web' }, publishNotReadyAddresses: true }), ...objects];
  const l = (kind: string, ns?: string) => extra.filter((o) => o.kind === kind && (ns === undefined || o.metadata.namespace === ns));
  expect(resolveDnsName('all', 'default', l)).to.deep.equal(['10.244.0.2', '10.244.0.4', '10.244.0.5', '10.244.0.10']);
});
