/**
 * The attach/detach controller through the simulator: how many nodes a disk may be attached to,
 * when a Multi-Attach error is reported, and when a disk leaves a node.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { Cluster } from '../../cluster';
import type { KubeObject, Pod } from '../../model/types';

const CSI_CLASS = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: disk
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer`;

/** A Deployment whose pods share one claim, spread over both nodes (one pod per node). */
function sharedClaim(mode: string, replicas: number): string {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec:
  storageClassName: disk
  accessModes: [${mode}]
  resources: { requests: { storage: 1Gi } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: app }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: app } }
  template:
    metadata: { labels: { app: app } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      volumes: [{ name: data, persistentVolumeClaim: { claimName: data } }]`;
}

type VA = KubeObject & { spec: { nodeName: string }; status?: { attached?: boolean } };
const attachedTo = (c: Cluster) => c.list<VA>('volumeattachment').map((va) => `${va.spec.nodeName}${va.status?.attached ? '' : '?'}${va.metadata.deletionTimestamp ? '-' : ''}`).sort();
const podsByPhase = (c: Cluster) => c.list<Pod & KubeObject>('pod').map((p) => `${p.spec?.nodeName}:${p.status?.containerStatuses?.[0]?.state?.running ? 'running' : 'waiting'}`).sort();
const events = (c: Cluster, reason: string) => c.list<KubeObject & { reason?: string; message?: string; count?: number }>('event').filter((e) => e.reason === reason);

function cluster(): Cluster {
  const c = new Cluster({ seed: 3, nodes: ['node-1', 'node-2'] });
  c.apply(CSI_CLASS);
  return c;
}

test('a ReadWriteMany disk is attached to every node that runs a pod using it', () => {
  const c = cluster();
  c.apply(sharedClaim('ReadWriteMany', 2));
  c.advance('30s');
  expect(attachedTo(c)).to.deep.equal(['node-1', 'node-2']);
  expect(podsByPhase(c)).to.deep.equal(['node-1:running', 'node-2:running']);
  expect(events(c, 'FailedAttachVolume')).to.have.length(0);
});

test('a ReadWriteOnce disk stays on one node: the other pod waits, with one Multi-Attach event', () => {
  const c = cluster();
  c.apply(sharedClaim('ReadWriteOnce', 2));
  c.advance('10m');
  expect(attachedTo(c)).to.have.length(1);
  expect(podsByPhase(c)).to.have.members([`${attachedTo(c)[0]}:running`, `${attachedTo(c)[0] === 'node-1' ? 'node-2' : 'node-1'}:waiting`]);
  const multi = events(c, 'FailedAttachVolume');
  expect(multi.map((e) => [e.count, e.message?.replace(/pvc-[0-9a-f-]+/, 'pvc-X').replace(/app-\w+-\w+$/, 'app-P')])).to.deep.equal([
    [1, 'Multi-Attach error for volume "pvc-X" Volume is already used by pod(s) app-P'],
  ]);
});

test('with one replica, the disk is attached before the container starts and the event says so', () => {
  const c = cluster();
  c.apply(sharedClaim('ReadWriteOnce', 1));
  c.advance('4s');
  expect(attachedTo(c)).to.deep.equal(['node-1?']);
  expect(podsByPhase(c)).to.deep.equal(['node-1:waiting']);
  c.advance('10s');
  expect(attachedTo(c)).to.deep.equal(['node-1']);
  expect(podsByPhase(c)).to.deep.equal(['node-1:running']);
  expect(events(c, 'SuccessfulAttachVolume').map((e) => e.message?.replace(/pvc-[0-9a-f-]+/, 'pvc-X'))).to.deep.equal(['AttachVolume.Attach succeeded for volume "pvc-X" ']);
  // The node reports the mounted disk; it is what the controller waits on before detaching.
  const node = c.get<KubeObject & { status?: { volumesInUse?: string[] } }>('node', 'node-1');
  expect(node?.status?.volumesInUse?.[0]).to.match(/^kubernetes\.io\/csi\/pd\.csi\.storage\.gke\.io\^pvc-/);
});

test('the out-of-service taint lets a lost node\'s disk go without the six-minute wait', () => {
  const c = cluster();
  c.apply(sharedClaim('ReadWriteOnce', 1));
  c.advance('1m');
  const stopped = c.stopNode('node-1');
  expect(stopped.ok).to.equal(true);
  c.advance('6m');
  const r = c.kubectl('delete pods --field-selector spec.nodeName=node-1 --force --grace-period=0');
  expect(r.exitCode).to.equal(0);
  c.advance('1m');
  expect(attachedTo(c)).to.deep.equal(['node-1'], 'without the taint the disk waits for the unmount');
  const tainted = c.update('Node', 'node-1', (n) => {
    const spec = (n.spec ??= {}) as { taints?: Array<{ key: string; value?: string; effect: string }> };
    spec.taints = [...(spec.taints ?? []), { key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' }];
  });
  expect(tainted.ok).to.equal(true);
  c.advance('30s');
  expect(attachedTo(c)).to.deep.equal(['node-2']);
  expect(podsByPhase(c)).to.deep.equal(['node-2:running']);
});

test('a claim in use keeps its protection finalizer until no scheduled pod names it', () => {
  const c = cluster();
  c.apply(sharedClaim('ReadWriteOnce', 1));
  c.advance('1m');
  expect(c.kubectl('delete pvc data --wait=false').exitCode).to.equal(0);
  c.advance('10m');
  expect(c.get('persistentvolumeclaim', 'data')?.metadata.finalizers).to.deep.equal(['kubernetes.io/pvc-protection']);
  expect(c.kubectl('delete deployment app').exitCode).to.equal(0);
  c.advance('1m');
  expect(c.get('persistentvolumeclaim', 'data')).to.equal(undefined);
  expect(c.list('persistentvolume')).to.deep.equal([]);
  expect(attachedTo(c)).to.deep.equal([]);
});
