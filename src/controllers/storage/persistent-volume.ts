import type { KubeObject, Pod } from '../../model/types';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../model/statefulset';
import { pickDefaultStorageClass } from '../../model/statefulset';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, splitKey } from '../controller';
import { quantityOrZero } from '../../model/quantity';
import { rfc3339 } from '../../clock/virtual-clock';

type PVC = PersistentVolumeClaim & KubeObject;
type PV = PersistentVolume & KubeObject;
type SC = StorageClass & KubeObject;

export const COMPONENT = 'persistentvolume-controller';
const PENDING_KEY = '*pending*';

/** Annotations the binder and the provisioner leave on claims and volumes. */
export const BindCompletedAnnotation = 'pv.kubernetes.io/bind-completed';
export const BoundByControllerAnnotation = 'pv.kubernetes.io/bound-by-controller';
export const ProvisionedByAnnotation = 'pv.kubernetes.io/provisioned-by';
export const StorageProvisionerAnnotation = 'volume.kubernetes.io/storage-provisioner';
export const BetaStorageProvisionerAnnotation = 'volume.beta.kubernetes.io/storage-provisioner';
export const PvcProtectionFinalizer = 'kubernetes.io/pvc-protection';
export const PvProtectionFinalizer = 'kubernetes.io/pv-protection';

/**
 * The PersistentVolume controller (pkg/controller/volume/persistentvolume, "persistentvolume-
 * binder") together with a dynamic provisioner for every StorageClass that exists — minikube's
 * `k8s.io/minikube-hostpath` for its `standard` class. A claim binds to an Available volume of its
 * class that is large enough, or gets a new volume `pvc-<claim uid>` of exactly the requested
 * size, at once (provisioning takes no virtual time). A claim that names no class gets the
 * default one retroactively. When a claim is deleted its volume is deleted (reclaim policy
 * Delete) or Released (Retain).
 *
 * [SIM] Provisioning takes no virtual time, and a WaitForFirstConsumer claim is provisioned once
 * its pod has a node (upstream the scheduler picks the node, waits for the volume in PreBind,
 * then binds the pod: the same outcome a moment apart).
 */
export class PersistentVolumeController implements Controller {
  readonly name = 'persistentvolume-binder';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    const o = e.object;
    switch (e.kind) {
      case 'PersistentVolumeClaim': {
        const pvc = o as PVC;
        if (e.type === 'deleted') {
          if (pvc.spec?.volumeName) enqueue(`pv/${pvc.spec.volumeName}`);
        } else if (pvc.status?.phase !== 'Bound') enqueue(`pvc/${o.metadata.namespace}/${o.metadata.name}`);
        return;
      }
      case 'PersistentVolume': {
        const pv = o as PV;
        if (e.type === 'deleted') {
          if (pv.spec?.claimRef) enqueue(`lost/${pv.spec.claimRef.namespace}/${pv.spec.claimRef.name}`);
        } else if (pv.status?.phase === 'Available') enqueue(PENDING_KEY);
        else if (pv.status?.phase === 'Pending' && !pv.spec?.claimRef?.uid) enqueue(`available/${pv.metadata.name}`);
        return;
      }
      case 'StorageClass':
        if (e.type !== 'deleted') enqueue(PENDING_KEY);
        return;
      case 'Pod': {
        // WaitForFirstConsumer: a claim binds once a pod that uses it is scheduled.
        const pod = o as Pod & KubeObject;
        if (e.type === 'deleted' || !pod.spec?.nodeName) return;
        for (const v of pod.spec.volumes ?? []) {
          if (!v.persistentVolumeClaim) continue;
          const pvc = this.ctx.store.get<PVC>('PersistentVolumeClaim', pod.metadata.namespace, v.persistentVolumeClaim.claimName);
          if (pvc && pvc.status?.phase !== 'Bound') enqueue(`pvc/${pod.metadata.namespace}/${pvc.metadata.name}`);
        }
        return;
      }
    }
  }

  sync(key: string): void {
    if (key === PENDING_KEY) {
      for (const pvc of this.ctx.store.list<PVC>('PersistentVolumeClaim')) if (pvc.status?.phase !== 'Bound') this.syncClaim(pvc);
      return;
    }
    const slash = key.indexOf('/');
    const [kind, rest] = [key.slice(0, slash), key.slice(slash + 1)];
    if (kind === 'pv') return this.reclaim(rest);
    if (kind === 'available') return this.markAvailable(rest);
    const [ns, name] = splitKey(rest);
    const pvc = this.ctx.store.get<PVC>('PersistentVolumeClaim', ns, name);
    if (!pvc) return;
    if (kind === 'lost') return this.claimLost(pvc);
    this.syncClaim(pvc);
  }

  /** syncUnboundClaim: retroactive default class, then static binding, then provisioning. */
  private syncClaim(pvc: PVC): void {
    if (pvc.metadata.deletionTimestamp || pvc.status?.phase === 'Bound' || pvc.status?.phase === 'Lost') return;
    const spec = pvc.spec ?? {};
    if (spec.storageClassName === undefined || spec.storageClassName === null) {
      // Retroactive default StorageClass assignment (GA in v1.28).
      const def = pickDefaultStorageClass(this.ctx.store.list('StorageClass'));
      if (def) this.ctx.store.modify(pvc, (c) => void ((c.spec as { storageClassName?: string }).storageClassName = def));
    }
    const className = pvc.spec?.storageClassName ?? '';
    const existing = this.findMatchingVolume(pvc, className);
    if (existing) return this.bind(pvc, existing, false);
    if (className === '') return;
    const sc = this.ctx.store.get<SC>('StorageClass', undefined, className);
    if (!sc) {
      this.ctx.recordEvent(pvc, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`, COMPONENT);
      return;
    }
    if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !this.scheduledConsumer(pvc)) {
      this.ctx.recordEvent(pvc, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', COMPONENT);
      return;
    }
    this.provision(pvc, sc);
  }

  /** findBestMatchForClaim: the smallest Available volume of the class that fits. */
  private findMatchingVolume(pvc: PVC, className: string): PV | undefined {
    const request = quantityOrZero(pvc.spec?.resources?.requests?.storage);
    const modes = pvc.spec?.accessModes ?? [];
    let best: PV | undefined;
    for (const pv of this.ctx.store.list<PV>('PersistentVolume')) {
      if (pv.metadata.deletionTimestamp || pv.status?.phase !== 'Available') continue;
      const ref = pv.spec?.claimRef;
      if (ref && (ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace || (ref.uid && ref.uid !== pvc.metadata.uid))) continue;
      if ((pv.spec?.storageClassName ?? '') !== className) continue;
      if (!modes.every((m) => (pv.spec?.accessModes ?? []).includes(m))) continue;
      const size = quantityOrZero(pv.spec?.capacity?.storage);
      if (size.cmp(request) < 0) continue;
      if (!best || size.cmp(quantityOrZero(best.spec?.capacity?.storage)) < 0) best = pv;
    }
    return best;
  }

  private scheduledConsumer(pvc: PVC): boolean {
    return this.ctx.store
      .list<Pod & KubeObject>('Pod', pvc.metadata.namespace)
      .some((p) => !!p.spec?.nodeName && (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata.name));
  }

  /** The provisioner: a volume of exactly the requested size, bound at once. */
  private provision(pvc: PVC, sc: SC): void {
    const provisioner = sc.provisioner;
    this.ctx.recordEvent(pvc, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${pvc.metadata.namespace}/${pvc.metadata.name}"`, provisioner);
    const name = `pvc-${pvc.metadata.uid}`;
    const pv: PV = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name, annotations: { [ProvisionedByAnnotation]: provisioner }, finalizers: [PvProtectionFinalizer] },
      spec: {
        accessModes: [...(pvc.spec?.accessModes ?? [])],
        capacity: { storage: pvc.spec?.resources?.requests?.storage ?? '0' },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: pvc.metadata.namespace, uid: pvc.metadata.uid, resourceVersion: pvc.metadata.resourceVersion },
        ...provisionedSource(provisioner, pvc, name),
        persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
        storageClassName: sc.metadata.name,
        volumeMode: pvc.spec?.volumeMode ?? 'Filesystem',
      },
      status: { phase: 'Pending', lastPhaseTransitionTime: rfc3339(this.ctx.clock.now()) },
    };
    const r = this.ctx.store.create(pv);
    if (!r.ok) {
      this.ctx.recordEvent(pvc, 'Warning', 'ProvisioningFailed', r.error.message, provisioner);
      return;
    }
    this.ctx.recordEvent(pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${name}`, provisioner);
    this.bind(pvc, r.value, true, provisioner);
  }

  /** bind: the volume points at the claim and the claim at the volume, both Bound. */
  private bind(pvc: PVC, pv: PV, provisioned: boolean, provisioner?: string): void {
    this.ctx.store.modify(pv, (v) => {
      v.spec = { ...v.spec, claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: pvc.metadata.namespace, uid: pvc.metadata.uid, resourceVersion: pvc.metadata.resourceVersion } };
      if (!provisioned) v.metadata.annotations = { ...(v.metadata.annotations ?? {}), [BoundByControllerAnnotation]: 'yes' };
      v.status = { ...(v.status ?? {}), phase: 'Bound', lastPhaseTransitionTime: rfc3339(this.ctx.clock.now()) };
    });
    this.ctx.store.modify(pvc, (c) => {
      c.metadata.annotations = {
        ...(c.metadata.annotations ?? {}),
        [BindCompletedAnnotation]: 'yes',
        [BoundByControllerAnnotation]: 'yes',
        ...(provisioner ? { [BetaStorageProvisionerAnnotation]: provisioner, [StorageProvisionerAnnotation]: provisioner } : {}),
      };
      c.spec = { ...c.spec, volumeName: pv.metadata.name };
      c.status = { ...(c.status ?? {}), phase: 'Bound', accessModes: [...(pv.spec?.accessModes ?? [])], capacity: { ...(pv.spec?.capacity ?? {}) } };
    });
  }

  /**
   * syncVolume for a new volume nobody claimed yet (or one pre-bound to a claim by name): it becomes
   * Available, and so a candidate for the claims waiting for one.
   */
  private markAvailable(name: string): void {
    const pv = this.ctx.store.get<PV>('PersistentVolume', undefined, name);
    if (!pv || pv.metadata.deletionTimestamp || pv.status?.phase !== 'Pending' || pv.spec?.claimRef?.uid) return;
    this.ctx.store.modify(pv, (v) => void (v.status = { ...(v.status ?? {}), phase: 'Available', lastPhaseTransitionTime: rfc3339(this.ctx.clock.now()) }));
  }

  /** reclaimVolume: the claim is gone; Delete removes the volume, Retain leaves it Released. */
  private reclaim(pvName: string): void {
    const pv = this.ctx.store.get<PV>('PersistentVolume', undefined, pvName);
    const ref = pv?.spec?.claimRef;
    if (!pv || !ref) return;
    const claim = this.ctx.store.get<PVC>('PersistentVolumeClaim', ref.namespace, ref.name ?? '');
    if (claim && claim.metadata.uid === ref.uid) return;
    // Released first (pv-protection lets a volume go only when no claim is bound to it), then
    // the Delete policy has the provisioner remove the disk and the volume object.
    if (pv.status?.phase !== 'Released') this.ctx.store.modify(pv, (v) => void (v.status = { ...(v.status ?? {}), phase: 'Released', lastPhaseTransitionTime: rfc3339(this.ctx.clock.now()) }));
    if (pv.spec?.persistentVolumeReclaimPolicy === 'Delete') this.ctx.deleteObject(pv);
  }

  /** A bound claim whose volume disappeared is Lost. */
  private claimLost(pvc: PVC): void {
    if (pvc.status?.phase !== 'Bound' || !pvc.spec?.volumeName) return;
    if (this.ctx.store.get('PersistentVolume', undefined, pvc.spec.volumeName)) return;
    this.ctx.store.modify(pvc, (c) => void (c.status = { ...(c.status ?? {}), phase: 'Lost' }));
    this.ctx.recordEvent(pvc, 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!', COMPONENT);
  }
}

/**
 * Where a provisioned volume lives, by provisioner: minikube's hostpath provisioner makes a
 * directory on the node, an NFS provisioner a subdirectory of its export, and any other
 * provisioner is taken to be a CSI driver whose disks are attached to one node at a time
 * (pd.csi.storage.gke.io, ebs.csi.aws.com, …) — the attach/detach controller's business.
 */
function provisionedSource(provisioner: string, pvc: PVC, volumeName: string): Partial<PersistentVolume['spec'] & object> {
  const ns = pvc.metadata.namespace;
  if (provisioner === 'k8s.io/minikube-hostpath') return { hostPath: { path: `/tmp/hostpath-provisioner/${ns}/${pvc.metadata.name}`, type: '' } };
  if (/nfs/i.test(provisioner)) return { nfs: { server: 'nfs-server', path: `/srv/nfs/${ns}-${pvc.metadata.name}-${volumeName}` } };
  return { csi: { driver: provisioner, volumeHandle: volumeName, fsType: 'ext4' } };
}
