import type { KubeObject, Node, Pod } from '../../model/types';
import type { PersistentVolume } from '../../model/statefulset';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { boundVolumeOf, hasClaims } from './claims';
import {
  ATTACH_MS,
  DETACH_MS,
  MAX_WAIT_FOR_UNMOUNT_MS,
  RECONCILER_LOOP_MS,
  attacherFinalizer,
  attacherOf,
  attachmentName,
  detachDecision,
  isMultiAttachAllowed,
  isPodTerminated,
  multiAttachMessage,
  podClaimNames,
  volumeHandleOf,
  volumeMessage,
} from './util';

type P = Pod & KubeObject;
type PV = PersistentVolume & KubeObject;
type N = Node & KubeObject;

export interface VolumeAttachment extends KubeObject {
  spec: { attacher: string; nodeName: string; source: { persistentVolumeName: string } };
  status?: { attached: boolean };
}

export const COMPONENT = 'attachdetach-controller';
const RECONCILE = 'reconcile';
const OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

/** The unique volume name nodes report in status.volumesInUse: `kubernetes.io/csi/<driver>^<handle>`. */
export function uniqueVolumeName(pv: PV): string | undefined {
  const driver = attacherOf(pv);
  return driver ? `kubernetes.io/csi/${driver}^${volumeHandleOf(pv)}` : undefined;
}

/**
 * The attach/detach controller (pkg/controller/volume/attachdetach) with the CSI external
 * attacher behind it. Desired state: every attachable volume that a scheduled, not yet terminated
 * pod uses, on that pod's node. Actual state: the VolumeAttachment objects. The reconciler detaches
 * first (so a volume following its pod to another node is freed), then attaches.
 *
 * - A ReadWriteOnce volume attached elsewhere is not attached again: the waiting pods get one
 *   `Multi-Attach error` event each and stay ContainerCreating until the detach is done.
 * - A volume is detached only once its node no longer reports it in `status.volumesInUse` (the
 *   kubelet unmounts when the pod is gone). A node that is not Ready cannot report the unmount:
 *   the controller force-detaches after maxWaitForUnmountDuration (6 min), at once with the
 *   out-of-service taint. While the pod on the lost node still exists, nothing is detached.
 * - Attaching and detaching take ATTACH_MS / DETACH_MS of virtual time ([SIM] the driver's work).
 */
export class AttachDetachController implements Controller {
  readonly name = 'attachdetach';
  /** VolumeAttachment name → when the reconciler first found it no longer wanted. */
  private readonly detachRequested = new Map<string, number>();
  /** VolumeAttachment name → the instant a re-check of its forced detach is already queued for. */
  private readonly recheckAt = new Map<string, number>();
  /** `pv@node` pairs whose Multi-Attach error has been reported (MultiAttachErrorReported). */
  private readonly multiAttachReported = new Set<string>();
  /** Pods that use claims, uid → namespace and name: the only pods this controller looks at. */
  private readonly claimPods = new Map<string, { namespace: string; name: string }>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    switch (e.kind) {
      case 'Pod': {
        const pod = e.object as P;
        const uid = pod.metadata.uid!;
        // Most pods use no claim: one Set lookup and done.
        if (e.type === 'deleted') {
          if (this.claimPods.delete(uid)) enqueue(RECONCILE);
        } else if (hasClaims(pod)) {
          this.claimPods.set(uid, { namespace: pod.metadata.namespace!, name: pod.metadata.name! });
          if (pod.spec?.nodeName) enqueue(RECONCILE);
        }
        return;
      }
      case 'Node':
        if (this.ctx.store.count('VolumeAttachment') > 0) enqueue(RECONCILE);
        return;
      case 'VolumeAttachment':
      case 'PersistentVolume':
        enqueue(RECONCILE);
        return;
      case 'PersistentVolumeClaim':
        if (this.claimPods.size > 0) enqueue(RECONCILE);
        return;
    }
  }

  sync(): void {
    const desired = this.desiredState();
    const attachments = this.ctx.store.list<VolumeAttachment>('VolumeAttachment');
    this.detachUnwanted(attachments, desired);
    this.attachDesired(attachments, desired);
  }

  /** pv name → node → the pods there that use it (scheduled and not terminated). */
  private desiredState(): Map<string, { pv: PV; driver: string; nodes: Map<string, P[]> }> {
    const out = new Map<string, { pv: PV; driver: string; nodes: Map<string, P[]> }>();
    for (const pod of this.scheduledClaimPods()) {
      const node = pod.spec!.nodeName!;
      for (const claimName of podClaimNames(pod)) {
        const pv = boundVolumeOf(this.ctx.store, pod.metadata.namespace, claimName);
        const driver = attacherOf(pv);
        if (!pv || !driver) continue;
        let entry = out.get(pv.metadata.name!);
        if (!entry) out.set(pv.metadata.name!, (entry = { pv, driver, nodes: new Map() }));
        const pods = entry.nodes.get(node);
        if (pods) pods.push(pod);
        else entry.nodes.set(node, [pod]);
      }
    }
    // A pair that left the desired state may report its Multi-Attach error again when it returns.
    for (const pair of [...this.multiAttachReported]) {
      const [pv, node] = pair.split('@');
      if (!out.get(pv)?.nodes.has(node)) this.multiAttachReported.delete(pair);
    }
    return out;
  }

  private detachUnwanted(attachments: VolumeAttachment[], desired: ReturnType<AttachDetachController['desiredState']>): void {
    const now = this.ctx.clock.now();
    for (const va of attachments) {
      const name = va.metadata.name!;
      if (desired.get(va.spec.source.persistentVolumeName)?.nodes.has(va.spec.nodeName)) {
        this.detachRequested.delete(name);
        this.recheckAt.delete(name);
        continue;
      }
      if (va.metadata.deletionTimestamp) continue;
      const requestedAt = this.detachRequested.get(name) ?? now;
      this.detachRequested.set(name, requestedAt);
      const node = this.ctx.store.get<N>('Node', undefined, va.spec.nodeName);
      const pv = this.ctx.store.get<PV>('PersistentVolume', undefined, va.spec.source.persistentVolumeName);
      const unique = pv ? uniqueVolumeName(pv) : undefined;
      const nodeReady = node?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
      const decision = detachDecision({
        mountedByNode: !!unique && !!node?.status?.volumesInUse?.includes(unique),
        nodeReady,
        outOfService: node?.spec?.taints?.some((t) => t.key === OUT_OF_SERVICE && t.effect === 'NoExecute') ?? false,
        waitedMs: now - requestedAt,
      });
      if (decision === 'wait') {
        // A lost node: look again when the unmount wait runs out (its return re-enqueues earlier).
        // A Ready node's kubelet reports the unmount itself, which re-enqueues.
        const recheckAt = requestedAt + MAX_WAIT_FOR_UNMOUNT_MS + RECONCILER_LOOP_MS;
        if (!nodeReady && this.recheckAt.get(name) !== recheckAt) {
          this.recheckAt.set(name, recheckAt);
          this.ctx.enqueueAfter(RECONCILE, recheckAt - now);
        }
        continue;
      }
      this.recheckAt.delete(name);
      this.detachRequested.delete(name);
      this.ctx.deleteObject(va);
      // The external attacher detaches, then lets the VolumeAttachment go.
      this.ctx.scheduleAt(now + DETACH_MS, () => this.finishDetach(va));
    }
  }

  private attachDesired(attachments: VolumeAttachment[], desired: ReturnType<AttachDetachController['desiredState']>): void {
    const byVolume = new Map<string, VolumeAttachment[]>();
    for (const va of attachments) {
      const list = byVolume.get(va.spec.source.persistentVolumeName);
      if (list) list.push(va);
      else byVolume.set(va.spec.source.persistentVolumeName, [va]);
    }
    for (const [pvName, { pv, driver, nodes }] of desired) {
      const existing = byVolume.get(pvName) ?? [];
      const exclusive = !isMultiAttachAllowed(pv);
      // One operation at a time per exclusive volume: a detach in progress is waited for quietly.
      if (exclusive && existing.some((va) => va.metadata.deletionTimestamp)) continue;
      for (const [nodeName, pods] of nodes) {
        const here = existing.find((va) => va.spec.nodeName === nodeName);
        if (here) continue;
        const elsewhere = existing.filter((va) => va.spec.nodeName !== nodeName);
        if (exclusive && elsewhere.length > 0) {
          this.reportMultiAttach(pvName, nodeName, pods, elsewhere, desired);
          continue;
        }
        const created = this.attach(pv, driver, nodeName);
        if (created) existing.push(created);
      }
    }
  }

  private reportMultiAttach(pvName: string, nodeName: string, waiting: P[], elsewhere: VolumeAttachment[], desired: ReturnType<AttachDetachController['desiredState']>): void {
    const pair = `${pvName}@${nodeName}`;
    if (this.multiAttachReported.has(pair)) return;
    this.multiAttachReported.add(pair);
    const otherNodes = new Set(elsewhere.map((va) => va.spec.nodeName));
    const holders: P[] = [];
    for (const [node, pods] of desired.get(pvName)?.nodes ?? []) if (otherNodes.has(node)) holders.push(...pods);
    for (const pod of waiting) {
      const who = holders.map((h) => ({ namespace: h.metadata.namespace!, name: h.metadata.name! }));
      this.ctx.recordEvent(pod, 'Warning', 'FailedAttachVolume', multiAttachMessage(pvName, pod.metadata.namespace!, who), COMPONENT);
    }
  }

  /** Creates the VolumeAttachment; the driver reports it attached ATTACH_MS later. */
  private attach(pv: PV, driver: string, nodeName: string): VolumeAttachment | undefined {
    const va: VolumeAttachment = {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'VolumeAttachment',
      metadata: { name: attachmentName(volumeHandleOf(pv), driver, nodeName) },
      spec: { attacher: driver, nodeName, source: { persistentVolumeName: pv.metadata.name! } },
      status: { attached: false },
    };
    const r = this.ctx.store.create(va);
    if (!r.ok) return undefined;
    this.ctx.scheduleAt(this.ctx.clock.now() + ATTACH_MS, () => this.finishAttach(r.value));
    return r.value;
  }

  private finishAttach(va: VolumeAttachment): void {
    if (this.ctx.store.get('VolumeAttachment', undefined, va.metadata.name!) !== va || va.metadata.deletionTimestamp) return;
    const finalizer = attacherFinalizer(va.spec.attacher);
    this.ctx.store.modify(va, (o) => {
      o.metadata.finalizers = [...(o.metadata.finalizers ?? []).filter((f) => f !== finalizer), finalizer];
      o.status = { attached: true };
    });
    // The pods scheduled there hear of it (reported per pod, as the operation generator does).
    for (const pod of this.scheduledClaimPods()) {
      if (pod.spec!.nodeName !== va.spec.nodeName || !this.usesVolume(pod, va.spec.source.persistentVolumeName)) continue;
      this.ctx.recordEvent(pod, 'Normal', 'SuccessfulAttachVolume', volumeMessage('AttachVolume.Attach succeeded', va.spec.source.persistentVolumeName, ''), COMPONENT);
    }
  }

  /** The driver has detached the disk: the external attacher drops its finalizer and the object goes. */
  private finishDetach(va: VolumeAttachment): void {
    if (this.ctx.store.get('VolumeAttachment', undefined, va.metadata.name!) !== va) return;
    this.ctx.store.modify(va, (o) => {
      o.metadata.finalizers = (o.metadata.finalizers ?? []).filter((f) => !f.startsWith('external-attacher/'));
      if (o.metadata.finalizers.length === 0) delete o.metadata.finalizers;
      o.status = { attached: false };
    });
  }

  private usesVolume(pod: P, pvName: string): boolean {
    return podClaimNames(pod).some((c) => boundVolumeOf(this.ctx.store, pod.metadata.namespace, c)?.metadata.name === pvName);
  }

  /** The pods using claims that are on a node and not terminated, in the order they were first seen. */
  private scheduledClaimPods(): P[] {
    const out: P[] = [];
    for (const { namespace, name } of this.claimPods.values()) {
      const pod = this.ctx.store.get<P>('Pod', namespace, name);
      if (pod?.spec?.nodeName && !isPodTerminated(pod)) out.push(pod);
    }
    return out;
  }
}
