/**
 * Quantities through the API server: decoding rejects what ParseQuantity rejects, with its
 * message, and every resource.Quantity field of every kind is stored in canonical form — on
 * create, apply, replace, patch and `kubectl set resources` alike.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import { canonicalizeQuantities, decodeObject } from '../model/strict-decoding';
import { Cluster } from '../cluster';
import type { KubeObject } from '../model/types';

const pod = (resources: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: { containers: [{ name: 'web', image: 'nginx', resources }], ...extra },
});

const decoded = (o: Record<string, unknown>): Record<string, any> => {
  const r = decodeObject(o);
  if ('error' in r) throw new Error(r.error);
  return r.object as Record<string, any>;
};

const errorRows: Array<[string, unknown, string]> = [
  ['a suffix made of quantity letters that is none', '1ki', "unable to parse quantity's suffix"],
  ['a capital K', '100K', "unable to parse quantity's suffix"],
  ['letters outside the suffix alphabet', '1Gb', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
  ['two points', '1.1.1', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
  ['an empty string', '', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
  ['a boolean', true, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
  ['a point and no digits, parsed as a decimal', '.Pi', 'unable to parse numeric part of quantity'],
];
for (const [name, value, message] of errorRows) {
  test(`decoding a quantity: ${name} (${JSON.stringify(value)}) fails with ParseQuantity's message`, () => {
    const r = decodeObject(pod({ requests: { cpu: value } }));
    expect(r).to.deep.equal({ error: `Pod in version "v1" cannot be handled as a Pod: ${message}` });
  });
}

test('decoding a Pod: requests, limits, init containers, emptyDir and overhead are canonical', () => {
  const o = decoded(
    pod(
      { requests: { cpu: 0.5, memory: '1024Mi', 'ephemeral-storage': '2Gi' }, limits: { cpu: '2000m', memory: '1.5Gi' } },
      {
        initContainers: [{ name: 'init', image: 'busybox', resources: { requests: { cpu: '0.1' } } }],
        volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '1024Mi' } }],
        overhead: { cpu: '0.25' },
      },
    ),
  );
  expect(o.spec.containers[0].resources).to.deep.equal({ requests: { cpu: '500m', memory: '1Gi', 'ephemeral-storage': '2Gi' }, limits: { cpu: '2', memory: '1536Mi' } });
  expect(o.spec.initContainers[0].resources).to.deep.equal({ requests: { cpu: '100m' } });
  expect(o.spec.volumes[0].emptyDir).to.deep.equal({ sizeLimit: '1Gi' });
  expect(o.spec.overhead).to.deep.equal({ cpu: '250m' });
});

test('decoding the other kinds: every Quantity field is canonical', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', resources: { limits: { memory: '2048Mi' } } }] } };
  for (const [apiVersion, kind] of [['apps/v1', 'Deployment'], ['apps/v1', 'ReplicaSet'], ['apps/v1', 'DaemonSet'], ['batch/v1', 'Job']]) {
    const o = decoded({ apiVersion, kind, metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, template } });
    expect(o.spec.template.spec.containers[0].resources.limits.memory, kind).to.equal('2Gi');
  }
  const sts = decoded({
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' },
    spec: { selector: { matchLabels: { app: 'web' } }, template, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1024Mi' } } } }] },
  });
  expect(sts.spec.volumeClaimTemplates[0].spec.resources.requests.storage).to.equal('1Gi');
  const pvc = decoded({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { resources: { requests: { storage: '0.5Gi' }, limits: { storage: '1000M' } } }, status: { capacity: { storage: '512Mi' } } });
  expect(pvc.spec.resources).to.deep.equal({ requests: { storage: '512Mi' }, limits: { storage: '1G' } });
  expect(pvc.status.capacity).to.deep.equal({ storage: '512Mi' });
  const pv = decoded({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: { capacity: { storage: '10240Mi' } } });
  expect(pv.spec.capacity).to.deep.equal({ storage: '10Gi' });
  const lr = decoded({
    apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr' },
    spec: { limits: [{ type: 'Container', default: { cpu: 0.5 }, defaultRequest: { cpu: '0.25' }, min: { memory: '0.5Gi' }, max: { cpu: '2000m' }, maxLimitRequestRatio: { cpu: '2.0' } }] },
  });
  expect(lr.spec.limits[0]).to.deep.equal({ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' }, min: { memory: '512Mi' }, max: { cpu: '2' }, maxLimitRequestRatio: { cpu: '2' } });
  const quota = decoded({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { 'requests.cpu': '1000m', pods: 10, 'requests.storage': '1024Gi' } }, status: { used: { 'requests.cpu': '0.5' } } });
  expect(quota.spec.hard).to.deep.equal({ 'requests.cpu': '1', pods: '10', 'requests.storage': '1Ti' });
  expect(quota.status.used).to.deep.equal({ 'requests.cpu': '500m' });
  const node = decoded({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, status: { capacity: { cpu: '4000m', memory: '16384Mi' }, allocatable: { memory: '16777216Ki' } } });
  expect(node.status).to.deep.equal({ capacity: { cpu: '4', memory: '16Gi' }, allocatable: { memory: '16Gi' } });
});

test('canonicalizeQuantities: in place, leaves what does not parse and kinds it does not know', () => {
  const o = pod({ requests: { cpu: '0.5', memory: 'lots' } }) as KubeObject;
  canonicalizeQuantities(o);
  expect((o.spec as any).containers[0].resources.requests).to.deep.equal({ cpu: '500m', memory: 'lots' });
  const other = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { size: '1024Mi' } };
  canonicalizeQuantities(other);
  expect(other.spec.size).to.equal('1024Mi');
});

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: web
        image: nginx:1.25
        resources:
          requests: { cpu: 0.5, memory: 1024Mi }
`;

test('a cluster stores canonical quantities for apply, set resources and patch; a same value is no change', () => {
  const c = new Cluster({ nodes: [{ name: 'node-1', capacity: { cpu: '4000m', memory: '8192Mi' } }] });
  expect(c.kubectl('apply -f -', { stdin: manifest }).stdout).to.equal('deployment.apps/web created\n');
  const resources = () => JSON.parse(c.kubectl('get deploy web -o jsonpath={.spec.template.spec.containers[0].resources}').stdout);
  expect(resources()).to.deep.equal({ requests: { cpu: '500m', memory: '1Gi' } });
  // Applying the same text again changes nothing: the stored form is what it decodes to.
  expect(c.kubectl('apply -f -', { stdin: manifest }).stdout).to.equal('deployment.apps/web unchanged\n');
  // The same value in another form is no change either.
  expect(c.kubectl('set resources deploy web --requests=cpu=500m').stdout).to.equal('');
  expect(c.kubectl('set resources deploy web --limits=cpu=1.5,memory=1.5Gi').stdout).to.equal('deployment.apps/web resource requirements updated\n');
  expect(resources()).to.deep.equal({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1500m', memory: '1536Mi' } });
  const patch = `{"spec":{"template":{"spec":{"containers":[{"name":"web","resources":{"limits":{"memory":"2048Mi"}}}]}}}}`;
  expect(c.kubectl(`patch deploy web -p '${patch}'`).stdout).to.equal('deployment.apps/web patched\n');
  expect(resources().limits).to.deep.equal({ cpu: '1500m', memory: '2Gi' });
  expect(c.kubectl(`patch deploy web -p '${patch.replace('2048Mi', '2Gi')}'`).stdout).to.equal('deployment.apps/web patched (no change)\n');
  // The node reports its capacity canonical too.
  expect(c.kubectl('get node node-1 -o jsonpath={.status.capacity}').stdout).to.equal('{"cpu":"4","ephemeral-storage":"61202244Ki","memory":"8Gi","pods":"110"}');
});

test('a LimitRange written with non-canonical values gives pods canonical defaults', () => {
  const c = new Cluster();
  c.kubectl('apply -f -', { stdin: 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: lr\nspec:\n  limits:\n  - type: Container\n    default: { cpu: 0.5, memory: 512Mi }\n    defaultRequest: { cpu: "0.25", memory: 0.25Gi }\n' });
  c.kubectl('apply -f -', { stdin: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.25\n' });
  expect(JSON.parse(c.kubectl('get pod web -o jsonpath={.spec.containers[0].resources}').stdout)).to.deep.equal({
    limits: { cpu: '500m', memory: '512Mi' },
    requests: { cpu: '250m', memory: '256Mi' },
  });
});
