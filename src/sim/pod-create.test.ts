/** What the pod strategy's PrepareForCreate does to every new pod: Pending, with its QoS class. */
import { test } from 'node:test';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import type { KubeObject, Pod } from '../model/types';

const pod = (name: string, resources: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers: [{ name: c, image: "nginx:1.25", resources: ${resources} }]
status: { phase: Running, qosClass: Guaranteed }`;

test('a created pod is Pending with the QoS class of its requests and limits, whatever status was sent', () => {
  const c = new Cluster({ seed: 1 });
  const rows: Array<[string, string, string]> = [
    ['none', '{}', 'BestEffort'],
    ['requests', '{ requests: { cpu: 100m } }', 'Burstable'],
    ['equal', '{ requests: { cpu: 500m, memory: 1Gi }, limits: { cpu: "0.5", memory: 1024Mi } }', 'Guaranteed'],
    ['limits-only', '{ limits: { cpu: "1", memory: 1Gi } }', 'Guaranteed'],
  ];
  for (const [name, resources] of rows) {
    const r = c.apply(pod(name, resources));
    expect(JSON.stringify(r), name).to.not.include("error");
  }
  for (const [name, , want] of rows) {
    const p = c.get<Pod & KubeObject>('pod', name);
    expect(p?.status?.qosClass, name).to.equal(want);
  }
  // A ReplicaSet's pods get theirs the same way.
  c.kubectl('create deployment web --image=nginx:1.25');
  c.kubectl('set resources deployment web --requests=cpu=100m');
  c.advance('1m');
  const web = c.list<Pod & KubeObject>('pod').filter((p) => p.metadata.name?.startsWith('web-'));
  expect(web.map((p) => p.status?.qosClass)).to.deep.equal(['Burstable']);
});
