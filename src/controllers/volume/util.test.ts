import { test } from 'node:test';
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import type { KubeObject, Pod } from '../../model/types';
import type { PersistentVolume } from '../../model/statefulset';
import {
  MAX_WAIT_FOR_UNMOUNT_MS,
  attacherFinalizer,
  attacherOf,
  attachmentName,
  detachDecision,
  isMultiAttachAllowed,
  isPodTerminated,
  multiAttachMessage,
  volumeMessage,
} from './util';

const pv = (spec: Record<string, unknown>): PersistentVolume => ({ metadata: { name: 'pvc-1' }, spec } as PersistentVolume);

test('attacherOf: CSI volumes and migrated in-tree disks attach, hostPath/nfs/local do not', () => {
  const rows: Array<[string, Record<string, unknown>, string | undefined]> = [
    ['csi', { csi: { driver: 'pd.csi.storage.gke.io', volumeHandle: 'h' } }, 'pd.csi.storage.gke.io'],
    ['gcePersistentDisk (migrated)', { gcePersistentDisk: { pdName: 'd' } }, 'pd.csi.storage.gke.io'],
    ['awsElasticBlockStore (migrated)', { awsElasticBlockStore: { volumeID: 'v' } }, 'ebs.csi.aws.com'],
    ['hostPath', { hostPath: { path: '/tmp/x' } }, undefined],
    ['nfs', { nfs: { server: 's', path: '/p' } }, undefined],
    ['local', { local: { path: '/mnt' } }, undefined],
  ];
  for (const [name, spec, want] of rows) expect(attacherOf(pv(spec)), name).to.equal(want);
  expect(attacherOf(undefined)).to.equal(undefined);
});

test('isMultiAttachAllowed: only RWX/ROX (or no access mode) may attach to several nodes', () => {
  const rows: Array<[string[], boolean]> = [
    [[], true],
    [['ReadWriteOnce'], false],
    [['ReadWriteOncePod'], false],
    [['ReadWriteMany'], true],
    [['ReadOnlyMany'], true],
    [['ReadWriteOnce', 'ReadOnlyMany'], true],
  ];
  for (const [modes, want] of rows) expect(isMultiAttachAllowed(pv({ accessModes: modes })), modes.join(',') || 'none').to.equal(want);
});

test('attachmentName is csi- and the sha256 of handle, driver and node', () => {
  const want = 'csi-' + createHash('sha256').update('pvc-1pd.csi.storage.gke.ionode-a').digest('hex');
  expect(attachmentName('pvc-1', 'pd.csi.storage.gke.io', 'node-a')).to.equal(want);
  expect(attachmentName('pvc-1', 'pd.csi.storage.gke.io', 'node-b')).to.not.equal(want);
  expect(attacherFinalizer('pd.csi.storage.gke.io')).to.equal('external-attacher/pd-csi-storage-gke-io');
});

test('isPodTerminated: finished, or deleting with nothing running', () => {
  const p = (status: Pod['status'], deleting = false) => ({ metadata: { name: 'p', ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) }, status }) as Pod & KubeObject;
  const running = { containerStatuses: [{ name: 'c', state: { running: {} } }] } as Pod['status'];
  const stopped = { containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 0 } } }] } as Pod['status'];
  const rows: Array<[string, Pod & KubeObject, boolean]> = [
    ['running', p({ phase: 'Running', ...running }), false],
    ['succeeded', p({ phase: 'Succeeded' }), true],
    ['failed', p({ phase: 'Failed' }), true],
    ['deleting, still running (its node may be gone)', p({ phase: 'Running', ...running }, true), false],
    ['deleting, containers stopped', p({ phase: 'Running', ...stopped }, true), true],
    ['deleting before any container started', p({ phase: 'Pending' }, true), true],
  ];
  for (const [name, pod, want] of rows) expect(isPodTerminated(pod), name).to.equal(want);
});

test('detachDecision: detach once unmounted; force only from a NotReady node after 6 minutes or out-of-service', () => {
  const rows: Array<[string, Parameters<typeof detachDecision>[0], string]> = [
    ['unmounted', { mountedByNode: false, nodeReady: true, outOfService: false, waitedMs: 0 }, 'detach'],
    ['mounted on a Ready node: the kubelet will unmount', { mountedByNode: true, nodeReady: true, outOfService: false, waitedMs: 10 * MAX_WAIT_FOR_UNMOUNT_MS }, 'wait'],
    ['mounted on a lost node, 6 min exactly', { mountedByNode: true, nodeReady: false, outOfService: false, waitedMs: MAX_WAIT_FOR_UNMOUNT_MS }, 'wait'],
    ['mounted on a lost node, past 6 min', { mountedByNode: true, nodeReady: false, outOfService: false, waitedMs: MAX_WAIT_FOR_UNMOUNT_MS + 1 }, 'force-detach'],
    ['out-of-service taint', { mountedByNode: true, nodeReady: false, outOfService: true, waitedMs: 0 }, 'force-detach'],
  ];
  for (const [name, input, want] of rows) expect(detachDecision(input), name).to.equal(want);
});

test('Multi-Attach messages name local holders and count the others', () => {
  const v = 'pvc-1';
  const rows: Array<[string, Array<{ namespace: string; name: string }>, string]> = [
    ['no holder left', [], `Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can't be attached to another`],
    ['one in the same namespace', [{ namespace: 'default', name: 'db-0' }], 'Multi-Attach error for volume "pvc-1" Volume is already used by pod(s) db-0'],
    ['two, one elsewhere', [{ namespace: 'default', name: 'a' }, { namespace: 'other', name: 'b' }], 'Multi-Attach error for volume "pvc-1" Volume is already used by pod(s) a and 1 pod(s) in different namespaces'],
    ['only elsewhere', [{ namespace: 'other', name: 'b' }], 'Multi-Attach error for volume "pvc-1" Volume is already used by 1 pod(s) in different namespaces'],
  ];
  for (const [name, holders, want] of rows) expect(multiAttachMessage(v, 'default', holders), name).to.equal(want);
  // The success event keeps GenerateMsg's trailing space; describe trims it.
  expect(volumeMessage('AttachVolume.Attach succeeded', v, '')).to.equal('AttachVolume.Attach succeeded for volume "pvc-1" ');
});
