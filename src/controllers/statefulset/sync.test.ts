/**
 * Table tests for one StatefulSet sync (sync.ts, mirroring updateStatefulSet): given the set and
 * its pods, which calls are made, in which order, and where the sync stops. Rows follow
 * k8s-semantics.md §15.2 — OrderedReady creates and deletes one pod per sync and waits for
 * health; Parallel does not wait; updates go from the highest ordinal down to the partition.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Pod, StatefulSet } from '../../model/types';
import { planStatefulSetSync, SyncAction } from './sync';
import { StatefulSetPodNameLabel, StatefulSetRevisionLabel } from './util';
import { NOW, ago } from '../testdata/fixtures';

const OLD = 'web-old';
const NEW = 'web-new';

interface SetOpts {
  parallel?: boolean;
  onDelete?: boolean;
  partition?: number;
  minReadySeconds?: number;
  deleting?: boolean;
}

function set(replicas: number, o: SetOpts = {}): StatefulSet {
  return {
    metadata: { name: 'web', namespace: 'default', generation: 2, ...(o.deleting ? { deletionTimestamp: ago(0) } : {}) },
    spec: {
      replicas,
      serviceName: 'nginx',
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      podManagementPolicy: o.parallel ? 'Parallel' : 'OrderedReady',
      updateStrategy: o.onDelete ? { type: 'OnDelete' } : { type: 'RollingUpdate', rollingUpdate: { partition: o.partition ?? 0 } },
      ...(o.minReadySeconds !== undefined ? { minReadySeconds: o.minReadySeconds } : {}),
    },
  };
}

type State = 'ready' | 'unready' | 'pending' | 'terminating' | 'failed' | 'fresh';

/** `web-1:ready`, `web-2:terminating:old`; the revision defaults to the update revision. */
function pods(spec: string): Pod[] {
  if (!spec) return [];
  return spec.split(/\s+/).map((entry) => {
    const [name, state = 'ready', rev = 'new'] = entry.split(':') as [string, State?, string?];
    const running = state === 'ready' || state === 'unready' || state === 'terminating' || state === 'fresh';
    return {
      metadata: {
        name,
        namespace: 'default',
        labels: { app: 'web', [StatefulSetPodNameLabel]: name, [StatefulSetRevisionLabel]: rev === 'old' ? OLD : NEW },
        ...(state === 'terminating' ? { deletionTimestamp: ago(0) } : {}),
      },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
      status: {
        phase: state === 'failed' ? 'Failed' : running ? 'Running' : 'Pending',
        conditions: [{ type: 'Ready', status: state === 'ready' || state === 'terminating' || state === 'fresh' ? 'True' : 'False', lastTransitionTime: ago(state === 'fresh' ? 1 : 60) }],
      },
    };
  });
}

/** Actions in a compact form: `create web-1@update`, `delete web-2 (condemned)`. */
function show(actions: SyncAction[]): string[] {
  return actions
    .filter((a) => a.type !== 'fixClaims')
    .map((a) => {
      switch (a.type) {
        case 'create':
          return `create ${a.pod}@${a.revision}`;
        case 'delete':
          return `delete ${a.pod} (${a.why})`;
        default:
          return `${a.type} ${a.pod}`;
      }
    });
}

interface Row {
  name: string;
  set: StatefulSet;
  pods: string;
  current?: string;
  want: string[];
}

const rows: Row[] = [
  // ------------------------------------------------------------------ OrderedReady scale up
  { name: 'OrderedReady, nothing yet: web-0 only', set: set(3), pods: '', want: ['create web-0@update'] },
  { name: 'OrderedReady: web-0 Running and Ready → web-1', set: set(3), pods: 'web-0', want: ['create web-1@update'] },
  { name: 'OrderedReady: web-0 not ready yet → wait', set: set(3), pods: 'web-0:unready', want: [] },
  { name: 'OrderedReady: web-0 Pending → ensure its claims, wait', set: set(3), pods: 'web-0:pending', want: ['createMissingClaims web-0'] },
  { name: 'OrderedReady: web-1 missing but web-0 and web-2 healthy → web-1 back', set: set(3), pods: 'web-0 web-2', want: ['create web-1@update'] },
  { name: 'OrderedReady: web-0 terminating (deleted by hand) → wait for it to go', set: set(3), pods: 'web-0:terminating web-1 web-2', want: [] },
  { name: 'OrderedReady: a failed pod is deleted, re-created next sync', set: set(3), pods: 'web-0 web-1:failed web-2', want: ['delete web-1 (failed)'] },
  { name: 'minReadySeconds 10: web-0 ready for 1 s → wait', set: set(2, { minReadySeconds: 10 }), pods: 'web-0:fresh', want: [] },
  { name: 'minReadySeconds 10: web-0 ready for 60 s → web-1', set: set(2, { minReadySeconds: 10 }), pods: 'web-0', want: ['create web-1@update'] },
  // ------------------------------------------------------------------ Parallel
  { name: 'Parallel, nothing yet: every pod at once', set: set(3, { parallel: true }), pods: '', want: ['create web-0@update', 'create web-1@update', 'create web-2@update'] },
  { name: 'Parallel: does not wait for an unready web-0', set: set(3, { parallel: true }), pods: 'web-0:unready', want: ['create web-1@update', 'create web-2@update'] },
  { name: 'Parallel scale down 5→2: every condemned pod at once, highest first', set: set(2, { parallel: true }), pods: 'web-0 web-1 web-2 web-3 web-4', want: ['delete web-4 (condemned)', 'delete web-3 (condemned)', 'delete web-2 (condemned)'] },
  // ------------------------------------------------------------------ OrderedReady scale down
  { name: 'OrderedReady scale down 5→2: the highest ordinal first, one per sync', set: set(2), pods: 'web-0 web-1 web-2 web-3 web-4', want: ['delete web-4 (condemned)'] },
  { name: 'OrderedReady scale down: wait while web-4 terminates', set: set(2), pods: 'web-0 web-1 web-2 web-3 web-4:terminating', want: [] },
  { name: 'OrderedReady scale down: web-4 gone → web-3', set: set(2), pods: 'web-0 web-1 web-2 web-3', want: ['delete web-3 (condemned)'] },
  { name: 'OrderedReady scale down: an unhealthy remaining pod blocks it', set: set(2), pods: 'web-0 web-1:unready web-2', want: [] },
  { name: 'OrderedReady scale down: the first unhealthy pod itself may go', set: set(2), pods: 'web-0 web-1 web-2:unready', want: ['delete web-2 (condemned)'] },
  { name: 'OrderedReady scale down: a healthy web-4 goes even while web-3 is unready', set: set(2), pods: 'web-0 web-1 web-2 web-3:unready web-4', want: ['delete web-4 (condemned)'] },
  { name: 'OrderedReady scale down: an unready web-4 (the first unhealthy pod) may go', set: set(2), pods: 'web-0 web-1 web-2 web-3 web-4:unready', want: ['delete web-4 (condemned)'] },
  { name: 'OrderedReady scale down: web-3 unready and web-2 unready, web-4 healthy: web-4 goes', set: set(2), pods: 'web-0 web-1 web-2:unready web-3:unready web-4', want: ['delete web-4 (condemned)'] },
  { name: 'OrderedReady scale down: web-4 unready but web-2 is the first unhealthy → wait', set: set(2), pods: 'web-0 web-1 web-2:unready web-3 web-4:unready', want: [] },
  { name: 'scale to 0: web-2 first', set: set(0), pods: 'web-0 web-1 web-2', want: ['delete web-2 (condemned)'] },
  // ------------------------------------------------------------------ RollingUpdate
  { name: 'RollingUpdate: the highest ordinal goes first', set: set(3), pods: 'web-0:ready:old web-1:ready:old web-2:ready:old', current: OLD, want: ['delete web-2 (update)'] },
  { name: 'RollingUpdate: web-2 re-created at the update revision', set: set(3), pods: 'web-0:ready:old web-1:ready:old', current: OLD, want: ['create web-2@update'] },
  { name: 'RollingUpdate: the new web-2 not ready yet → wait', set: set(3), pods: 'web-0:ready:old web-1:ready:old web-2:unready', current: OLD, want: [] },
  { name: 'RollingUpdate: web-2 updated and ready → web-1', set: set(3), pods: 'web-0:ready:old web-1:ready:old web-2', current: OLD, want: ['delete web-1 (update)'] },
  { name: 'RollingUpdate: terminating old web-1 → wait', set: set(3), pods: 'web-0:ready:old web-1:terminating:old web-2', current: OLD, want: [] },
  { name: 'RollingUpdate: all at the update revision → nothing to do', set: set(3), pods: 'web-0 web-1 web-2', current: OLD, want: [] },
  { name: 'partition 2: only ordinals ≥ 2 are updated', set: set(3, { partition: 2 }), pods: 'web-0:ready:old web-1:ready:old web-2', current: OLD, want: [] },
  { name: 'partition 2: web-2 still old → it goes', set: set(3, { partition: 2 }), pods: 'web-0:ready:old web-1:ready:old web-2:ready:old', current: OLD, want: ['delete web-2 (update)'] },
  { name: 'partition 2: a deleted web-0 comes back at the current revision', set: set(3, { partition: 2 }), pods: 'web-1:ready:old web-2', current: OLD, want: ['create web-0@current'] },
  { name: 'OnDelete: nothing is replaced on its own', set: set(3, { onDelete: true }), pods: 'web-0:ready:old web-1:ready:old web-2:ready:old', current: OLD, want: [] },
  { name: 'OnDelete: a pod deleted by hand comes back at the update revision', set: set(3, { onDelete: true }), pods: 'web-0:ready:old web-2:ready:old', current: OLD, want: ['create web-1@update'] },
  { name: 'scaling comes before updating: scale down first', set: set(2), pods: 'web-0:ready:old web-1:ready:old web-2:ready:old', current: OLD, want: ['delete web-2 (condemned)'] },
  // ------------------------------------------------------------------ being deleted
  { name: 'a StatefulSet being deleted only writes status', set: set(3, { deleting: true }), pods: 'web-0', want: [] },
];

for (const row of rows) {
  test(`planStatefulSetSync: ${row.name}`, () => {
    const plan = planStatefulSetSync({ set: row.set, pods: pods(row.pods), currentRevision: row.current ?? NEW, updateRevision: NEW, collisionCount: 0, nowMs: NOW });
    expect(show(plan.actions)).to.deep.equal(row.want);
  });
}

test('planStatefulSetSync: status counts the snapshot; an update deletion lowers currentReplicas', () => {
  const plan = planStatefulSetSync({ set: set(3), pods: pods('web-0:ready:old web-1:ready:old web-2:ready:old'), currentRevision: OLD, updateRevision: NEW, collisionCount: 0, nowMs: NOW });
  expect(plan.status).to.deep.include({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 2, updatedReplicas: 0, currentRevision: OLD, updateRevision: NEW, observedGeneration: 2 });
});

test('planStatefulSetSync: condemned pods get their claims fixed before any is deleted', () => {
  const plan = planStatefulSetSync({ set: set(1), pods: pods('web-0 web-1 web-2'), currentRevision: NEW, updateRevision: NEW, collisionCount: 0, nowMs: NOW });
  expect(plan.actions.map((a) => `${a.type} ${a.pod}`)).to.deep.equal(['fixClaims web-0', 'fixClaims web-2', 'fixClaims web-1', 'delete web-2']);
});

test('planStatefulSetSync: a full OrderedReady scale-up from 0 to 3 is 3 syncs of one creation', () => {
  const order: string[] = [];
  let current = '';
  for (let i = 0; i < 5; i++) {
    const plan = planStatefulSetSync({ set: set(3), pods: pods(current), currentRevision: NEW, updateRevision: NEW, collisionCount: 0, nowMs: NOW });
    const created = plan.actions.filter((a) => a.type === 'create').map((a) => a.pod);
    expect(created.length).to.be.at.most(1);
    order.push(...created);
    current = [current, ...created].filter(Boolean).join(' ');
  }
  expect(order).to.deep.equal(['web-0', 'web-1', 'web-2']);
});
