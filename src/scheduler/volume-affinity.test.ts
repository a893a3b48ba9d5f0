/** A bound volume's node affinity decides the node, in small clusters and in large ones (the heap path). */
import { test } from 'node:test';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import type { KubeObject, Pod } from '../model/types';

const manifest = (node: string) => `apiVersion: v1
kind: PersistentVolume
metadata: { name: local-1 }
spec:
  capacity: { storage: 1Gi }
  accessModes: [ReadWriteOnce]
  storageClassName: local
  local: { path: /mnt/disk }
  nodeAffinity:
    required:
      nodeSelectorTerms: [{ matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [${node}] }] }]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec:
  storageClassName: local
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 1Gi } }
---
apiVersion: v1
kind: Pod
metadata: { name: app }
spec:
  containers: [{ name: c, image: "nginx:1.25" }]
  volumes: [{ name: data, persistentVolumeClaim: { claimName: data } }]`;

for (const size of [3, 300]) {
  test(`the pod follows its local volume to the volume's node (${size} nodes)`, () => {
    const nodes = Array.from({ length: size }, (_, i) => `node-${i + 1}`);
    const c = new Cluster({ seed: 1, nodes });
    const target = nodes[size - 1];
    c.apply(manifest(target));
    c.advance('10s');
    expect(c.get<Pod & KubeObject>('pod', 'app')?.spec?.nodeName).to.equal(target);
  });
}
