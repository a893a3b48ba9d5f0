import { expect } from 'chai';
import type { KubeObject, Pod } from '../src/model/types';
import { summarizePod } from '../src/kubectl/printers/pod-status';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { applyOrFail } from './support';

type ClaimLike = KubeObject & { spec?: { volumeName?: string }; status?: { phase?: string } };
type AttachmentLike = KubeObject & { spec: { nodeName: string; source: { persistentVolumeName?: string } }; status?: { attached?: boolean } };

const IS_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';

phrase(
  ['the default storage class is {string}, provisioned by {string}', ['name', 'provisioner']],
  ['기본 스토리지 클래스는 {string}이고 {string}이/가 볼륨을 만든다', ['name', 'provisioner']],
  function ({ name, provisioner }: { name: string; provisioner: string }) {
    // Like a cloud cluster's default class (GKE's standard-rwo): disks made for the first pod that
    // uses the claim, attached to one node at a time. minikube's `standard` stops being the default.
    const c = this.sim();
    for (const sc of c.list('storageclass')) {
      if (sc.metadata.annotations?.[IS_DEFAULT_CLASS] !== 'true') continue;
      const r = c.kubectl(`annotate storageclass ${sc.metadata.name} ${IS_DEFAULT_CLASS}=false --overwrite`);
      if (r.exitCode !== 0) throw new Error(r.stderr);
    }
    applyOrFail(
      this,
      [
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata:',
        `  name: ${JSON.stringify(name)}`,
        '  annotations:',
        `    ${IS_DEFAULT_CLASS}: "true"`,
        `provisioner: ${JSON.stringify(provisioner)}`,
        'reclaimPolicy: Delete',
        'volumeBindingMode: WaitForFirstConsumer',
        'allowVolumeExpansion: true',
      ].join('\n'),
      `storage class ${name}`,
    );
  },
);

function attachmentsOfClaim(world: SimWorld, claim: string): AttachmentLike[] {
  const c = world.sim();
  const pvc = c.get<ClaimLike>('persistentvolumeclaim', claim);
  if (!pvc) throw new Error(`persistent volume claim "${claim}" not found`);
  const volume = pvc.spec?.volumeName;
  if (!volume) throw new Error(`persistent volume claim "${claim}" is not bound to a volume (phase ${pvc.status?.phase})`);
  return c.list<AttachmentLike>('volumeattachment').filter((va) => va.spec.source.persistentVolumeName === volume);
}

const describeAttachments = (list: AttachmentLike[]) => list.map((va) => `${va.spec.nodeName}${va.status?.attached ? '' : ' (not attached yet)'}${va.metadata.deletionTimestamp ? ' (detaching)' : ''}`);

phrase(
  ['the volume of claim {string} is (still )attached to node {string}', ['claim', 'node']],
  ['PVC {string}의 볼륨은 (여전히 )노드 {string}에 연결되어 있다', ['claim', 'node']],
  function ({ claim, node }: { claim: string; node: string }) {
    expect(describeAttachments(attachmentsOfClaim(this, claim)), `nodes the volume of claim ${claim} is attached to (kubectl get volumeattachments)`).to.deep.equal([node]);
  },
);

phrase(
  ['the volume of claim {string} is attached to no node', ['claim']],
  ['PVC {string}의 볼륨은 어느 노드에도 연결되어 있지 않다', ['claim']],
  function ({ claim }: { claim: string }) {
    expect(describeAttachments(attachmentsOfClaim(this, claim)), `nodes the volume of claim ${claim} is attached to`).to.deep.equal([]);
  },
);

phrase(
  ['the pod of deployment {string} on node {string} is {string}', ['name', 'node', 'status']],
  ['노드 {string}에 있는 디플로이먼트 {string}의 파드는 {string} 상태다', ['node', 'name', 'status']],
  function ({ name, node, status }: { name: string; node: string; status: string }) {
    const c = this.sim();
    const pods = c.list<Pod & KubeObject>('pod').filter((p) => p.metadata.name?.startsWith(`${name}-`) && p.spec?.nodeName === node);
    expect(pods.length, `pods of deployment ${name} on node ${node}`).to.equal(1);
    expect(summarizePod(pods[0], c.now()).status, `STATUS of ${pods[0].metadata.name} on ${node} (kubectl get pods)`).to.equal(status);
  },
);

phrase(
  ['claim {string} is {word}', ['claim', 'phase']],
  ['PVC {string}은/는 {word} 상태다', ['claim', 'phase']],
  function ({ claim, phase }: { claim: string; phase: string }) {
    const pvc = this.sim().get<ClaimLike>('persistentvolumeclaim', claim);
    if (!pvc) throw new Error(`persistent volume claim "${claim}" not found`);
    // As kubectl get pvc shows it: a claim marked for deletion is Terminating whatever its phase.
    expect(pvc.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase, `STATUS of claim ${claim} (kubectl get pvc)`).to.equal(phase);
  },
);
