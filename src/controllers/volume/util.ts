import { createHash } from 'node:crypto';
import type { KubeObject, Pod } from '../../model/types';
import type { PersistentVolume } from '../../model/statefulset';

/**
 * Pure rules of volume attachment, shared by the attach/detach controller, the kubelet and the
 * scheduler (pkg/volume/util, pkg/controller/volume/attachdetach, pkg/volume/csi).
 */

/** reconcilerLoopPeriod: how often the attach/detach controller's reconciler runs. */
export const RECONCILER_LOOP_MS = 100;
/**
 * maxWaitForUnmountDuration: how long the controller waits for a node to confirm the volume is
 * unmounted before force-detaching it — and only from a node that is not Ready.
 */
export const MAX_WAIT_FOR_UNMOUNT_MS = 6 * 60 * 1000;
/**
 * [SIM] How long the storage backend takes to attach or detach a disk (the CSI driver's
 * ControllerPublish/Unpublish). Real clouds take seconds; the rules above do not depend on it.
 */
export const ATTACH_MS = 5_000;
export const DETACH_MS = 5_000;

/** The in-tree plugins that attach disks to nodes, by the CSI driver they migrate to (v1.32: all migrated). */
const MIGRATED_DRIVERS: Record<string, string> = {
  gcePersistentDisk: 'pd.csi.storage.gke.io',
  awsElasticBlockStore: 'ebs.csi.aws.com',
  azureDisk: 'disk.csi.azure.com',
  cinder: 'cinder.csi.openstack.org',
};

/**
 * The CSI driver that attaches this volume to a node, or undefined when nothing is attached
 * (hostPath, local, nfs: the kubelet mounts them directly). [SIM] Every CSI driver is taken to
 * require attachment (a CSIDriver object's attachRequired, true by default, is not modelled).
 */
export function attacherOf(pv: PersistentVolume | undefined): string | undefined {
  const spec = pv?.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  const csi = spec.csi as { driver?: string } | undefined;
  if (csi?.driver) return csi.driver;
  for (const [source, driver] of Object.entries(MIGRATED_DRIVERS)) if (spec[source]) return driver;
  return undefined;
}

/**
 * IsMultiAttachAllowed: a persistent volume may be attached to several nodes at once only when
 * it says so (ReadWriteMany or ReadOnlyMany) — or says nothing at all.
 */
export function isMultiAttachAllowed(pv: PersistentVolume | undefined): boolean {
  const modes = pv?.spec?.accessModes ?? [];
  if (modes.length === 0) return true;
  return modes.some((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany');
}

/** getAttachmentName (pkg/volume/csi): `csi-` + sha256 of volume handle, driver and node. */
export function attachmentName(volumeHandle: string, driver: string, nodeName: string): string {
  return `csi-${createHash('sha256').update(`${volumeHandle}${driver}${nodeName}`).digest('hex')}`;
}

/** The handle the driver knows the volume by (the PV's name for migrated in-tree volumes). */
export function volumeHandleOf(pv: PersistentVolume & KubeObject): string {
  return (pv.spec as { csi?: { volumeHandle?: string } } | undefined)?.csi?.volumeHandle ?? pv.metadata.name!;
}

/** The finalizer the external attacher puts on the VolumeAttachments it handles. */
export function attacherFinalizer(driver: string): string {
  return `external-attacher/${driver.replace(/[./]/g, '-')}`;
}

/**
 * IsPodTerminated (pkg/volume/util): a pod's volumes are no longer wanted on its node once it has
 * finished, or is being deleted and none of its containers is still running.
 */
export function isPodTerminated(pod: Pod & KubeObject): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return true;
  if (!pod.metadata.deletionTimestamp) return false;
  const running = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].some((s) => s.state?.running);
  return !running;
}

/** The claims a pod's volumes name, in spec order. */
export function podClaimNames(pod: Pod): string[] {
  const out: string[] = [];
  for (const v of pod.spec?.volumes ?? []) if (v.persistentVolumeClaim?.claimName) out.push(v.persistentVolumeClaim.claimName);
  return out;
}

/** GenerateMsg (operationexecutor): `<prefix> for volume "<pv>" <suffix>` — the events' wording. */
export function volumeMessage(prefix: string, volume: string, suffix: string): string {
  return `${prefix} for volume ${JSON.stringify(volume)} ${suffix}`;
}

/**
 * reportMultiAttachError's message for one waiting pod: the pods in its own namespace that hold
 * the volume on other nodes by name, the others only counted (names in other namespaces are not
 * the waiting pod's owner's business); with no such pods at all, the volume is just still attached.
 */
export function multiAttachMessage(volume: string, namespace: string, holders: ReadonlyArray<{ namespace: string; name: string }>): string {
  if (holders.length === 0) return volumeMessage('Multi-Attach error', volume, "Volume is already exclusively attached to one node and can't be attached to another");
  const local = holders.filter((p) => p.namespace === namespace).map((p) => p.name);
  const others = holders.length - local.length;
  let msg: string;
  if (local.length > 0) {
    msg = `Volume is already used by pod(s) ${local.join(', ')}`;
    if (others > 0) msg = `${msg} and ${others} pod(s) in different namespaces`;
  } else {
    msg = `Volume is already used by ${others} pod(s) in different namespaces`;
  }
  return volumeMessage('Multi-Attach error', volume, msg);
}

/**
 * The attach/detach reconciler's decision for a volume attached to a node that no longer wants
 * it: detach now, or wait for the node to unmount. A node that is not Ready cannot confirm the
 * unmount, so the controller waits maxWaitForUnmountDuration and then force-detaches; the
 * `node.kubernetes.io/out-of-service` taint (non-graceful node shutdown) skips the wait.
 */
export function detachDecision(input: { mountedByNode: boolean; nodeReady: boolean; outOfService: boolean; waitedMs: number }): 'detach' | 'force-detach' | 'wait' {
  if (!input.mountedByNode) return 'detach';
  if (input.outOfService) return 'force-detach';
  if (!input.nodeReady && input.waitedMs > MAX_WAIT_FOR_UNMOUNT_MS) return 'force-detach';
  return 'wait';
}
