import { expect } from 'chai';
import { test } from 'node:test';
import type { Pod } from '../../model/types';
import { computePodQOS } from './qos';
import { describeProbe } from './describe-containers';
import { syntheticImageID, withSynthesizedRuntimeFields } from './synthesized-fields';
import { goSort } from './go-sort';

const withResources = (...resources: { limits?: Record<string, string>; requests?: Record<string, string> }[]): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: resources.map((r, i) => ({ name: `c${i}`, image: 'x', resources: r })) },
});

const qosRows: [string, Pod, string][] = [
  ['no requests or limits', withResources({}), 'BestEffort'],
  ['requests equal limits for cpu and memory', withResources({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1000m', memory: '1Gi' } }), 'Guaranteed'],
  ['requests below limits', withResources({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } }), 'Burstable'],
  ['a container without limits', withResources({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } }, {}), 'Burstable'],
  ['only other resources', withResources({ limits: { 'nvidia.com/gpu': '1' } }), 'BestEffort'],
];
for (const [name, pod, want] of qosRows) {
  test(`QoS class: ${name} → ${want}`, () => {
    expect(computePodQOS(pod)).to.equal(want);
  });
}

test('describeProbe: the four handlers and server defaults for absent timings', () => {
  expect(describeProbe({ httpGet: { path: '/healthz', port: 'http' } })).to.equal(
    'http-get http://:http/healthz delay=0s timeout=1s period=10s #success=1 #failure=3',
  );
  expect(describeProbe({ httpGet: { host: '::1', path: 'ready', port: 8443, scheme: 'HTTPS' }, periodSeconds: 2 })).to.equal(
    'http-get https://[::1]:8443/ready delay=0s timeout=1s period=2s #success=1 #failure=3',
  );
  expect(describeProbe({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5 })).to.equal(
    'exec [cat /tmp/healthy] delay=5s timeout=1s period=10s #success=1 #failure=3',
  );
  expect(describeProbe({ tcpSocket: { port: 6379 } })).to.equal('tcp-socket :6379 delay=0s timeout=1s period=10s #success=1 #failure=3');
  expect(describeProbe({ grpc: { port: 9090 } })).to.equal('grpc <pod>:9090  delay=0s timeout=1s period=10s #success=1 #failure=3');
});

test('synthetic image IDs follow the docker reference normalisation', () => {
  expect(syntheticImageID('nginx:1.25')).to.match(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
  expect(syntheticImageID('luksa/kubia:v1')).to.match(/^docker\.io\/luksa\/kubia@sha256:[0-9a-f]{64}$/);
  expect(syntheticImageID('registry.k8s.io/pause:3.10')).to.match(/^registry\.k8s\.io\/pause@sha256:/);
  expect(syntheticImageID('localhost:5000/app')).to.match(/^localhost:5000\/app@sha256:/);
  expect(syntheticImageID('busybox')).to.equal(syntheticImageID('busybox'));
});

test('synthesized fields are deterministic and never override what the pod has', () => {
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', uid: 'uid-1' },
    spec: { automountServiceAccountToken: false, containers: [{ name: 'a', image: 'x' }] },
    status: {
      containerStatuses: [
        { name: 'a', image: 'x', imageID: 'docker.io/library/x@sha256:abc', containerID: 'containerd://given', ready: true, restartCount: 0, state: { running: {} } },
      ],
    },
  };
  const filled = withSynthesizedRuntimeFields(pod);
  expect(filled.status?.containerStatuses?.[0].containerID).to.equal('containerd://given');
  // The token volume is admission's business (model/service-account.ts), never the printer's.
  expect(filled.spec).to.equal(pod.spec);
  const unnamed = withSynthesizedRuntimeFields({ ...pod, status: { containerStatuses: [{ name: 'a', image: 'x', imageID: '', ready: true, restartCount: 1, state: { running: {} } }] } });
  expect(unnamed.status?.containerStatuses?.[0].containerID).to.equal(withSynthesizedRuntimeFields(unnamed).status?.containerStatuses?.[0].containerID);
  expect(unnamed.status?.containerStatuses?.[0].containerID).to.match(/^containerd:\/\/[0-9a-f]{64}$/);
});

test('goSort: insertion sort up to 12 elements is stable; larger inputs are sorted', () => {
  const pairs = [3, 1, 2, 1, 3, 2].map((k, i) => ({ k, i }));
  expect(goSort(pairs, (a, b) => a.k < b.k).map((p) => p.i)).to.deep.equal([1, 3, 2, 5, 0, 4]);
  const many = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503);
  expect(goSort([...many], (a, b) => a < b)).to.deep.equal([...many].sort((a, b) => a - b));
});
