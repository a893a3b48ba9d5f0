/**
 * Table tests for the StatefulSet helpers (util.ts): identity from names (TestGetParentNameAndOrdinal
 * style), ordinal ranges, the revision a missing pod is created at, health, the status counts,
 * completeRollingUpdate, revision history truncation and the PVC retention ownerRefs.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Pod, StatefulSet } from '../../model/types';
import {
  StatefulSetPodNameLabel,
  StatefulSetRevisionLabel,
  claimOwnerRefs,
  completeRollingUpdate,
  computeReplicaStatus,
  controllerRevisionName,
  descendingOrdinal,
  getEndOrdinal,
  getParentNameAndOrdinal,
  getPersistentVolumeClaimName,
  identityMatches,
  inconsistentStatus,
  isHealthy,
  isRunningAndAvailable,
  nextRevision,
  podInOrdinalRange,
  revisionsToTruncate,
  sortControllerRevisions,
  storageMatches,
  usesCurrentRevision,
} from './util';
import { NOW, ago } from '../testdata/fixtures';

function set(replicas: number, extra: { start?: number; partition?: number; strategy?: 'RollingUpdate' | 'OnDelete'; noRollingUpdate?: boolean; claims?: string[] } = {}): StatefulSet {
  const strategy = extra.strategy ?? 'RollingUpdate';
  return {
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas,
      serviceName: 'nginx',
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      ...(extra.start !== undefined ? { ordinals: { start: extra.start } } : {}),
      updateStrategy: strategy === 'OnDelete' || extra.noRollingUpdate ? { type: strategy } : { type: strategy, rollingUpdate: { partition: extra.partition ?? 0 } },
      ...(extra.claims ? { volumeClaimTemplates: extra.claims.map((name) => ({ metadata: { name }, spec: {} })) } : {}),
    },
  };
}

interface PodOpts {
  phase?: string;
  ready?: boolean;
  readySecondsAgo?: number;
  deleting?: boolean;
  revision?: string;
  labels?: Record<string, string>;
  volumes?: Array<{ name: string; claim: string }>;
  namespace?: string;
}

function pod(name: string, o: PodOpts = {}): Pod {
  return {
    metadata: {
      name,
      namespace: o.namespace ?? 'default',
      labels: { [StatefulSetPodNameLabel]: name, ...(o.revision ? { [StatefulSetRevisionLabel]: o.revision } : {}), ...(o.labels ?? {}) },
      ...(o.deleting ? { deletionTimestamp: ago(0) } : {}),
    },
    spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...(o.volumes ? { volumes: o.volumes.map((v) => ({ name: v.name, persistentVolumeClaim: { claimName: v.claim } })) } : {}) },
    status: {
      ...(o.phase !== '' ? { phase: o.phase ?? 'Running' } : {}),
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: ago(o.readySecondsAgo ?? 60) }],
    },
  };
}

// ----------------------------------------------------------------------------------------- names

const nameRows: Array<{ name: string; want: [string, number] }> = [
  { name: 'web-0', want: ['web', 0] },
  { name: 'web-12', want: ['web', 12] },
  { name: 'my-app-sts-3', want: ['my-app-sts', 3] },
  { name: 'web', want: ['', -1] },
  { name: 'web-', want: ['', -1] },
  { name: 'web-1a', want: ['', -1] },
  { name: 'web-99999999999', want: ['web', -1] },
];
for (const row of nameRows) {
  test(`getParentNameAndOrdinal: ${row.name}`, () => {
    expect(getParentNameAndOrdinal(row.name)).to.deep.equal(row.want);
  });
}

test('getPersistentVolumeClaimName: <claim>-<set>-<ordinal>', () => {
  expect(getPersistentVolumeClaimName('myapp-sts-vol', 'myapp-data', 3)).to.equal('myapp-data-myapp-sts-vol-3');
});

test('controllerRevisionName: <set>-<hash>, a long name cut to 223 characters', () => {
  expect(controllerRevisionName('web', '7b6c5f9d4')).to.equal('web-7b6c5f9d4');
  expect(controllerRevisionName('x'.repeat(300), 'h')).to.equal(`${'x'.repeat(223)}-h`);
});

// ----------------------------------------------------------------------------------------- ranges

const rangeRows: Array<{ name: string; replicas: number; start?: number; pod: string; want: boolean }> = [
  { name: '3 replicas: 0 is in range', replicas: 3, pod: 'web-0', want: true },
  { name: '3 replicas: 2 is in range', replicas: 3, pod: 'web-2', want: true },
  { name: '3 replicas: 3 is condemned', replicas: 3, pod: 'web-3', want: false },
  { name: 'scaled to 0: nothing is in range', replicas: 0, pod: 'web-0', want: false },
  { name: 'ordinals.start 5, 2 replicas: 5 and 6', replicas: 2, start: 5, pod: 'web-6', want: true },
  { name: 'ordinals.start 5: 0 is out of range', replicas: 2, start: 5, pod: 'web-0', want: false },
  { name: 'ordinals.start 5, 2 replicas: 7 is condemned', replicas: 2, start: 5, pod: 'web-7', want: false },
];
for (const row of rangeRows) {
  test(`podInOrdinalRange: ${row.name}`, () => {
    expect(podInOrdinalRange(pod(row.pod), set(row.replicas, { start: row.start }))).to.equal(row.want);
  });
}

test('getEndOrdinal: start + replicas − 1', () => {
  expect(getEndOrdinal(set(3))).to.equal(2);
  expect(getEndOrdinal(set(2, { start: 5 }))).to.equal(6);
  expect(getEndOrdinal(set(0))).to.equal(-1);
});

test('descendingOrdinal: condemned pods go highest first (numerically, not by text)', () => {
  expect(descendingOrdinal([pod('web-3'), pod('web-10'), pod('web-4')]).map((p) => p.metadata!.name)).to.deep.equal(['web-10', 'web-4', 'web-3']);
});

// ----------------------------------------------------------------------------------------- revisions of new pods

const revisionRows: Array<{ name: string; s: StatefulSet; ordinal: number; current: boolean }> = [
  { name: 'RollingUpdate, partition 0: every missing pod is created at the update revision', s: set(3), ordinal: 0, current: false },
  { name: 'partition 2: ordinal 1 (below the partition) comes back at the current revision', s: set(5, { partition: 2 }), ordinal: 1, current: true },
  { name: 'partition 2: ordinal 2 (at the partition) is created at the update revision', s: set(5, { partition: 2 }), ordinal: 2, current: false },
  { name: 'OnDelete: a re-created pod takes the update revision', s: set(3, { strategy: 'OnDelete' }), ordinal: 0, current: false },
  { name: 'partition beyond replicas: every pod stays at the current revision', s: set(3, { partition: 5 }), ordinal: 2, current: true },
  { name: 'ordinals.start 3, partition 1: ordinal 3 is below start+partition', s: set(3, { start: 3, partition: 1 }), ordinal: 3, current: true },
  { name: 'ordinals.start 3, partition 1: ordinal 4 is updated', s: set(3, { start: 3, partition: 1 }), ordinal: 4, current: false },
  { name: 'RollingUpdate without rollingUpdate: the update revision', s: set(3, { noRollingUpdate: true }), ordinal: 0, current: false },
];
for (const row of revisionRows) {
  test(`usesCurrentRevision: ${row.name}`, () => {
    expect(usesCurrentRevision(row.s, row.ordinal)).to.equal(row.current);
  });
}

// ----------------------------------------------------------------------------------------- health

const healthRows: Array<{ name: string; p: Pod; healthy: boolean }> = [
  { name: 'Running and Ready', p: pod('web-0'), healthy: true },
  { name: 'Running, not Ready', p: pod('web-0', { ready: false }), healthy: false },
  { name: 'Pending', p: pod('web-0', { phase: 'Pending', ready: false }), healthy: false },
  { name: 'Running and Ready but terminating', p: pod('web-0', { deleting: true }), healthy: false },
];
for (const row of healthRows) {
  test(`isHealthy: ${row.name}`, () => {
    expect(isHealthy(row.p)).to.equal(row.healthy);
  });
}

test('isRunningAndAvailable: minReadySeconds counts strictly from the Ready transition', () => {
  expect(isRunningAndAvailable(pod('web-0', { readySecondsAgo: 10 }), 10, NOW)).to.equal(false);
  expect(isRunningAndAvailable(pod('web-0', { readySecondsAgo: 11 }), 10, NOW)).to.equal(true);
  expect(isRunningAndAvailable(pod('web-0', { readySecondsAgo: 0 }), 0, NOW)).to.equal(true);
});

// ----------------------------------------------------------------------------------------- identity and storage

test('identityMatches: name, namespace and the pod-name label', () => {
  const s = set(3);
  expect(identityMatches(s, pod('web-1'))).to.equal(true);
  expect(identityMatches(s, pod('other-1'))).to.equal(false);
  expect(identityMatches(s, pod('web-1', { namespace: 'prod' }))).to.equal(false);
  const unlabelled = pod('web-1');
  delete unlabelled.metadata!.labels![StatefulSetPodNameLabel];
  expect(identityMatches(s, unlabelled)).to.equal(false);
});

test('storageMatches: every claim template mounted from the ordinal’s own claim', () => {
  const s = set(3, { claims: ['data'] });
  expect(storageMatches(s, pod('web-1', { volumes: [{ name: 'data', claim: 'data-web-1' }] }))).to.equal(true);
  expect(storageMatches(s, pod('web-1', { volumes: [{ name: 'data', claim: 'data-web-0' }] }))).to.equal(false);
  expect(storageMatches(s, pod('web-1'))).to.equal(false);
  expect(storageMatches(set(3), pod('web-1'))).to.equal(true);
});

// ----------------------------------------------------------------------------------------- status

test('computeReplicaStatus: created, ready, available, and the non-terminating pods per revision', () => {
  const pods = [
    pod('web-0', { revision: 'web-a' }),
    pod('web-1', { revision: 'web-b', readySecondsAgo: 2 }),
    pod('web-2', { revision: 'web-a', deleting: true }),
    pod('web-3', { revision: 'web-b', phase: 'Pending', ready: false }),
    pod('web-4', { revision: 'web-b', phase: '' }),
  ];
  expect(computeReplicaStatus(pods, 5, NOW, 'web-a', 'web-b')).to.deep.equal({
    replicas: 4, // the planned web-4 has no phase yet
    readyReplicas: 3, // web-2 is still Running and Ready while it terminates
    availableReplicas: 2, // web-1 has been ready only 2 s < 5 s
    currentReplicas: 1, // web-0; web-2 is terminating
    updatedReplicas: 2, // web-1, web-3
  });
});

const completeRows: Array<{ name: string; strategy: 'RollingUpdate' | 'OnDelete'; replicas: number; ready: number; updated: number; promoted: boolean }> = [
  { name: 'every pod updated and ready: the update revision becomes current', strategy: 'RollingUpdate', replicas: 3, ready: 3, updated: 3, promoted: true },
  { name: 'one pod still at the old revision', strategy: 'RollingUpdate', replicas: 3, ready: 3, updated: 2, promoted: false },
  { name: 'all updated, one not ready yet', strategy: 'RollingUpdate', replicas: 3, ready: 2, updated: 3, promoted: false },
  { name: 'OnDelete never completes a rolling update', strategy: 'OnDelete', replicas: 3, ready: 3, updated: 3, promoted: false },
];
for (const row of completeRows) {
  test(`completeRollingUpdate: ${row.name}`, () => {
    const s = set(row.replicas, { strategy: row.strategy });
    const out = completeRollingUpdate(s, { replicas: row.replicas, readyReplicas: row.ready, updatedReplicas: row.updated, currentReplicas: row.replicas - row.updated, currentRevision: 'web-a', updateRevision: 'web-b' });
    expect(out.currentRevision).to.equal(row.promoted ? 'web-b' : 'web-a');
    expect(out.currentReplicas).to.equal(row.promoted ? row.updated : row.replicas - row.updated);
  });
}

test('inconsistentStatus: no write when nothing changed; a missing count equals 0', () => {
  const s = set(3);
  s.status = { replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3, currentRevision: 'web-a', updateRevision: 'web-a', observedGeneration: 1, collisionCount: 0, availableReplicas: 3 };
  expect(inconsistentStatus(s, { ...s.status })).to.equal(false);
  expect(inconsistentStatus(s, { ...s.status, readyReplicas: 2 })).to.equal(true);
  expect(inconsistentStatus(s, { ...s.status, updateRevision: 'web-b' })).to.equal(true);
  s.status = { replicas: 0 };
  expect(inconsistentStatus(s, { replicas: 0, readyReplicas: 0, collisionCount: 0 })).to.equal(false);
});

// ----------------------------------------------------------------------------------------- history

const rev = (name: string, revision: number, createdSecondsAgo = 0) => ({ metadata: { name, creationTimestamp: ago(createdSecondsAgo) }, revision });

test('sortControllerRevisions: by revision, then age, then name; nextRevision is one more than the last', () => {
  const sorted = sortControllerRevisions([rev('web-c', 3), rev('web-a', 1), rev('web-b2', 2, 5), rev('web-b1', 2, 10)]);
  expect(sorted.map((r) => r.metadata.name)).to.deep.equal(['web-a', 'web-b1', 'web-b2', 'web-c']);
  expect(nextRevision(sorted)).to.equal(4);
  expect(nextRevision([])).to.equal(1);
});

const truncateRows: Array<{ name: string; revisions: number; live: number[]; limit: number; want: number[] }> = [
  { name: 'within the limit: nothing goes', revisions: 3, live: [3], limit: 10, want: [] },
  { name: '5 revisions, live 4 and 5, limit 2: the oldest history goes', revisions: 5, live: [4, 5], limit: 2, want: [1] },
  { name: 'limit 0: every non-live revision goes', revisions: 4, live: [4], limit: 0, want: [1, 2, 3] },
  { name: 'a pod still running revision 1 keeps it', revisions: 4, live: [1, 4], limit: 0, want: [2, 3] },
  { name: 'a negative limit keeps everything', revisions: 4, live: [4], limit: -1, want: [] },
];
for (const row of truncateRows) {
  test(`revisionsToTruncate: ${row.name}`, () => {
    const revisions = Array.from({ length: row.revisions }, (_, i) => rev(`web-${i + 1}`, i + 1));
    const live = new Set(row.live.map((n) => `web-${n}`));
    expect(revisionsToTruncate(revisions, live, row.limit).map((r) => r.revision)).to.deep.equal(row.want);
  });
}

// ----------------------------------------------------------------------------------------- retention

const retentionRows: Array<{ whenDeleted: string; whenScaled: string; inRange: boolean; want: { set: boolean; pod: boolean } }> = [
  { whenDeleted: 'Retain', whenScaled: 'Retain', inRange: true, want: { set: false, pod: false } },
  { whenDeleted: 'Retain', whenScaled: 'Retain', inRange: false, want: { set: false, pod: false } },
  { whenDeleted: 'Delete', whenScaled: 'Retain', inRange: true, want: { set: true, pod: false } },
  { whenDeleted: 'Delete', whenScaled: 'Retain', inRange: false, want: { set: true, pod: false } },
  { whenDeleted: 'Retain', whenScaled: 'Delete', inRange: true, want: { set: false, pod: false } },
  { whenDeleted: 'Retain', whenScaled: 'Delete', inRange: false, want: { set: false, pod: true } },
  { whenDeleted: 'Delete', whenScaled: 'Delete', inRange: true, want: { set: true, pod: false } },
  { whenDeleted: 'Delete', whenScaled: 'Delete', inRange: false, want: { set: false, pod: true } },
];
for (const row of retentionRows) {
  test(`claimOwnerRefs: whenDeleted ${row.whenDeleted}, whenScaled ${row.whenScaled}, ${row.inRange ? 'in range' : 'condemned'}`, () => {
    expect(claimOwnerRefs({ whenDeleted: row.whenDeleted, whenScaled: row.whenScaled }, row.inRange)).to.deep.equal(row.want);
  });
}
