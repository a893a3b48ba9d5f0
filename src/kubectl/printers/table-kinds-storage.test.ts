/**
 * The storage and ControllerRevision tables (table-kinds-storage.ts): columns and cells as the
 * v1.32 server printers make them (kubectl-and-api.md §1.4).
 */
import { expect } from 'chai';
import { test } from 'node:test';
import type { KubeObject } from '../../model/types';
import { printTable } from './get-table';
import { accessModesString } from './table-kinds-storage';

const NOW = Date.parse('2026-01-01T00:01:00Z');
const created = '2026-01-01T00:00:00Z';

const pvc = (name: string, bound: boolean, extra: Record<string, unknown> = {}) =>
  ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace: 'default', creationTimestamp: created, ...extra },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard', volumeMode: 'Filesystem', ...(bound ? { volumeName: `pvc-${name}` } : {}) },
    status: bound ? { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } } : { phase: 'Pending' },
  }) as unknown as KubeObject;

test('pvc: CAPACITY and ACCESS MODES only once bound; VOLUMEATTRIBUTESCLASS <unset>; -o wide adds VOLUMEMODE', () => {
  expect(printTable('PersistentVolumeClaim', [pvc('data-web-0', true), pvc('data-web-1', false)], {}, NOW)).to.equal(
    'NAME         STATUS    VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
      'data-web-0   Bound     pvc-data-web-0   1Gi        RWO            standard       <unset>                 60s\n' +
      'data-web-1   Pending                                              standard       <unset>                 60s\n',
  );
  expect(printTable('PersistentVolumeClaim', [pvc('data-web-0', true)], { wide: true }, NOW)).to.match(/VOLUMEMODE\n.*Filesystem\n$/);
});

test('pvc: a claim being deleted shows Terminating', () => {
  expect(printTable('PersistentVolumeClaim', [pvc('data-web-0', true, { deletionTimestamp: created })], {}, NOW)).to.contain('Terminating');
});

test('pv: CLAIM is namespace/name, REASON empty', () => {
  const pv = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pvc-1', creationTimestamp: created },
    spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' }, persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'standard', volumeMode: 'Filesystem', claimRef: { namespace: 'default', name: 'data-web-0' } },
    status: { phase: 'Bound' },
  } as unknown as KubeObject;
  expect(printTable('PersistentVolume', [pv], {}, NOW)).to.equal(
    'NAME    CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
      'pvc-1   1Gi        RWO            Delete           Bound    default/data-web-0   standard       <unset>                          60s\n',
  );
});

test('storageclass: the default class is marked (default)', () => {
  const sc = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard', creationTimestamp: created, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'k8s.io/minikube-hostpath' } as unknown as KubeObject;
  expect(printTable('StorageClass', [sc], {}, NOW)).to.equal(
    'NAME                 PROVISIONER                RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE\n' +
      'standard (default)   k8s.io/minikube-hostpath   Delete          Immediate           false                  60s\n',
  );
});

test('controllerrevision: CONTROLLER is kind.group/name of the controller ref', () => {
  const cr = (name: string, revision: number, owner?: boolean) =>
    ({
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: { name, namespace: 'default', creationTimestamp: created, ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true }] } : {}) },
      revision,
    }) as unknown as KubeObject;
  expect(printTable('ControllerRevision', [cr('web-7b6c5f9d4', 2, true), cr('orphan-5c', 1)], {}, NOW)).to.equal(
    'NAME            CONTROLLER             REVISION   AGE\n' + 'web-7b6c5f9d4   statefulset.apps/web   2          60s\n' + 'orphan-5c       <none>                 1          60s\n',
  );
});

test('access modes abbreviate in a fixed order, de-duplicated', () => {
  expect(accessModesString(['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteOncePod'])).to.equal('RWO,ROX,RWX,RWOP');
  expect(accessModesString([])).to.equal('');
});
