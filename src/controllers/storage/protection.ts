import type { KubeObject, Pod } from '../../model/types';
import type { PersistentVolume, PersistentVolumeClaim } from '../../model/statefulset';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, splitKey } from '../controller';
import { podClaimNames } from '../volume/util';
import { hasClaims } from '../volume/claims';
import { PvProtectionFinalizer, PvcProtectionFinalizer } from './persistent-volume';

type P = Pod & KubeObject;
type PVC = PersistentVolumeClaim & KubeObject;
type PV = PersistentVolume & KubeObject;

/**
 * pvc-protection and pv-protection (pkg/controller/volume/{pvc,pv}protection): a claim marked
 * for deletion keeps its `kubernetes.io/pvc-protection` finalizer — and so stays Terminating —
 * while any scheduled pod of its namespace names it (whatever that pod's phase: only deleting
 * the pod releases it); a volume keeps `kubernetes.io/pv-protection` while it is Bound.
 */
export class StorageProtectionController implements Controller {
  readonly name = 'storage-protection';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    const o = e.object;
    if (e.kind === 'PersistentVolumeClaim') {
      if (o.metadata.deletionTimestamp && e.type !== 'deleted') enqueue(`pvc/${o.metadata.namespace}/${o.metadata.name}`);
    } else if (e.kind === 'PersistentVolume') {
      if (o.metadata.deletionTimestamp && e.type !== 'deleted') enqueue(`pv/${o.metadata.name}`);
    } else if (e.kind === 'Pod' && e.type === 'deleted' && hasClaims(o as P)) {
      // A pod that goes may have been the last user of a claim waiting to be deleted.
      for (const claim of podClaimNames(o as P)) {
        const pvc = this.ctx.store.get('PersistentVolumeClaim', o.metadata.namespace, claim);
        if (pvc?.metadata.deletionTimestamp) enqueue(`pvc/${o.metadata.namespace}/${claim}`);
      }
    }
  }

  sync(key: string): void {
    if (key.startsWith('pv/')) return this.syncVolume(key.slice(3));
    const [ns, name] = splitKey(key.slice(4));
    const pvc = this.ctx.store.get<PVC>('PersistentVolumeClaim', ns, name);
    if (!pvc?.metadata.deletionTimestamp || !pvc.metadata.finalizers?.includes(PvcProtectionFinalizer)) return;
    if (this.claimInUse(pvc)) return;
    this.dropFinalizer(pvc, PvcProtectionFinalizer);
  }

  private syncVolume(name: string): void {
    const pv = this.ctx.store.get<PV>('PersistentVolume', undefined, name);
    if (!pv?.metadata.deletionTimestamp || !pv.metadata.finalizers?.includes(PvProtectionFinalizer)) return;
    if (pv.status?.phase === 'Bound') return;
    this.dropFinalizer(pv, PvProtectionFinalizer);
  }

  /** podUsesPVC: only scheduled pods count — the kubelet will not start one whose claim is going. */
  private claimInUse(pvc: PVC): boolean {
    return this.ctx.store.list<P>('Pod', pvc.metadata.namespace).some((p) => !!p.spec?.nodeName && podClaimNames(p).includes(pvc.metadata.name!));
  }

  private dropFinalizer(o: KubeObject, finalizer: string): void {
    this.ctx.store.modify(o, (x) => {
      x.metadata.finalizers = (x.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    });
  }
}
