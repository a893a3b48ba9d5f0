/**
 * PodTally against the walk it replaces: random pod writes (labels, readiness, deletion, owner
 * changes, template and selector edits) through a real store; after every one, each
 * ReplicaSet's tally must equal counting its dependents one by one.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { KubeObject, Pod, ReplicaSet } from '../../model/types';
import { ObjectStore } from '../../store/object-store';
import { VirtualClock, rfc3339 } from '../../clock/virtual-clock';
import { Random } from '../../clock/random';
import { EventBus } from '../../events/bus';
import { controllerRef, isPodActive, isPodReady } from '../../model/pod-util';
import { selectorMatches } from '../../model/labels';
import { NOW } from '../testdata/fixtures';
import { PodTally, PodCounts, hasLabels } from './pod-tally';
import { getPodsToDelete } from './util';

type RS = ReplicaSet & KubeObject;
type P = Pod & KubeObject;

function walk(store: ObjectStore, rs: RS): PodCounts {
  const counts: PodCounts = { active: 0, activeMatching: 0, activeNotMatching: 0, fullyLabeled: 0, ready: 0 };
  for (const o of store.dependents(rs.metadata.uid!)) {
    const p = o as P;
    if (o.kind !== 'Pod' || controllerRef(p)?.uid !== rs.metadata.uid || !isPodActive(p)) continue;
    counts.active++;
    if (selectorMatches(rs.spec?.selector, p.metadata.labels)) counts.activeMatching++;
    else counts.activeNotMatching++;
    if (hasLabels(p.metadata.labels, rs.spec?.template?.metadata?.labels)) counts.fullyLabeled++;
    if (isPodReady(p)) counts.ready++;
  }
  return counts;
}

/** What ClaimPods keeps, in order: the pods getPodsToDelete is given. */
function claimed(store: ObjectStore, rs: RS): P[] {
  return store.dependents(rs.metadata.uid!).filter((o) => {
    const p = o as P;
    return o.kind === 'Pod' && controllerRef(p)?.uid === rs.metadata.uid && selectorMatches(rs.spec?.selector, p.metadata.labels) && isPodActive(p);
  }) as P[];
}

function podsOf(store: ObjectStore, sets: RS[]): P[] {
  return sets.flatMap((rs) => store.dependents(rs.metadata.uid!).filter((o) => o.kind === 'Pod') as P[]);
}

/** Two ReplicaSets of one (pretend) Deployment: siblings, whose pods rank each other's. */
const OWNER = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd', uid: 'deployment-uid', controller: true };

function replicaSet(name: string, app: string): RS {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, ownerReferences: [OWNER] },
    spec: { replicas: 1, selector: { matchLabels: { app } }, template: { metadata: { labels: { app, tier: 'web' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
  };
}

for (const seed of [1, 2, 3, 4, 5]) {
  // The last seeds also give pods owner references that are not their controller's.
  const otherOwners = seed > 3;
  test(`PodTally equals walking the dependents after every random write (seed ${seed}${otherOwners ? ', other owners' : ''})`, () => {
    const random = new Random(seed);
    const bus = new EventBus();
    const store = new ObjectStore(new VirtualClock(NOW), random, bus);
    const tally = new PodTally(store);
    bus.on((e) => {
      if (e.type === 'k8s-event' || e.type === 'clock' || e.type === 'user-action') return;
      if (e.kind === 'Pod') tally.podChanged(e.object as P, e.type === 'deleted');
      else if (e.kind === 'ReplicaSet' && e.type === 'deleted') tally.replicaSetDeleted(e.object.metadata.uid!);
    });
    const sets = [store.create(replicaSet('a', 'a')), store.create(replicaSet('b', 'b'))].map((r) => (r.ok ? r.value : undefined)!);
    const pick = <T>(xs: T[]): T => xs[random.nextInt(xs.length)];
    const pods = (): P[] => store.list<P>('Pod');
    const refTo = (rs: RS, controller: boolean) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name!, uid: rs.metadata.uid!, controller });

    for (let step = 0; step < 400; step++) {
      const op = random.nextInt(10);
      const pod = pods().length ? pick(pods()) : undefined;
      if (op <= 2 || !pod) {
        const rs = pick(sets);
        store.create<P>({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { generateName: 'p-', labels: { app: pick(['a', 'b', 'c']), tier: 'web' }, ownerReferences: random.nextInt(5) ? [refTo(rs, !otherOwners || random.nextInt(6) > 0)] : undefined },
          spec: { containers: [{ name: 'c', image: 'i' }], ...(random.nextInt(4) ? { nodeName: pick(['n1', 'n2', 'n3']) } : {}) },
          status: { phase: 'Pending' },
        } as P);
      } else if (op === 3) {
        store.modify(pod, (p) => {
          p.metadata.labels = { ...p.metadata.labels, app: pick(['a', 'b', 'c']) };
        });
      } else if (op === 4) {
        store.modify(pod, (p) => {
          p.status = { phase: 'Running', conditions: [{ type: 'Ready', status: pick(['True', 'False']), lastTransitionTime: pick(['2025-12-31T23:59:00Z', '2025-12-31T23:00:00Z']) }] };
        });
      } else if (op === 5) {
        store.modify(pod, (p) => {
          p.metadata.deletionTimestamp = '2026-01-01T00:00:30Z';
        });
      } else if (op === 6) {
        store.remove(pod);
      } else if (op === 7) {
        store.modify(pod, (p) => {
          p.metadata.ownerReferences = random.nextInt(3) ? [refTo(pick(sets), true)] : undefined;
        });
      } else if (op === 8) {
        store.modify(pod, (p) => {
          p.status = { ...p.status, phase: pick(['Running', 'Succeeded', 'Failed']) };
        });
      } else {
        const rs = pick(sets);
        store.modify(rs, (o) => {
          const labels = { app: o.spec!.selector!.matchLabels!.app, ...(random.nextInt(2) ? { tier: 'web' } : { tier: 'api' }) };
          o.spec = { ...o.spec!, template: { ...o.spec!.template, metadata: { labels } } };
          if (random.nextInt(4) === 0) o.spec.selector = { matchLabels: { app: pick(['a', 'b', 'c']) } };
        });
      }
      for (const rs of sets) {
        const { active, activeMatching, activeNotMatching, fullyLabeled, ready } = tally.of(rs);
        expect({ active, activeMatching, activeNotMatching, fullyLabeled, ready }, `step ${step}, ${rs.metadata.name}`).to.deep.equal(walk(store, rs));
        for (const diff of [1, 5, 70]) {
          const fromTally = tally.podsToDelete(rs, sets, diff, NOW + step * 1000);
          if (!fromTally) continue;
          const names = (pods: Pod[]) => pods.map((p) => p.metadata!.name);
          expect(names(fromTally), `step ${step}, ${rs.metadata.name}, delete ${diff}`).to.deep.equal(names(getPodsToDelete(claimed(store, rs), podsOf(store, sets), diff, NOW + step * 1000)));
        }
      }
    }
  });
}

test('PodTally: a scale-down in batches keeps each node sorted between batches and picks as getPodsToDelete does', () => {
  const random = new Random(9);
  const bus = new EventBus();
  const store = new ObjectStore(new VirtualClock(NOW), random, bus);
  const tally = new PodTally(store);
  bus.on((e) => {
    if (e.type !== 'k8s-event' && e.type !== 'clock' && e.type !== 'user-action' && e.kind === 'Pod') tally.podChanged(e.object as P, e.type === 'deleted');
  });
  const sets = [store.create(replicaSet('old', 'old')), store.create(replicaSet('new', 'new'))].map((r) => (r.ok ? r.value : undefined)!);
  const [old, fresh] = sets;
  // Every pod ready at another second (the comparator then orders them consistently: by UID
  // within a log2 age bucket), all 1800–2199 s ago: one bucket until the clock moves 300 s on and
  // the older ones fall into the next. Nodes unevenly full.
  for (let i = 0; i < 400; i++) {
    const rs = i % 4 === 3 ? fresh : old;
    store.create<P>({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: `${rs.metadata.name}-`, labels: { app: rs.metadata.name!, tier: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name!, uid: rs.metadata.uid!, controller: true }] },
      spec: { containers: [{ name: 'c', image: 'i' }], nodeName: `n${random.nextInt(8) + (random.nextInt(3) === 0 ? 8 : 0)}` },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(NOW - (1800 + i) * 1000) }] },
    } as P);
  }
  const names = (pods: Pod[]) => pods.map((p) => p.metadata!.name);
  for (let batch = 0; batch < 4; batch++) {
    // Two batches at one instant, then the clock moves on (ages change buckets).
    const now = NOW + Math.floor(batch / 2) * 300_000;
    const picked = tally.podsToDelete(old, sets, 70, now)!;
    expect(names(picked), `batch ${batch}`).to.deep.equal(names(getPodsToDelete(claimed(store, old), podsOf(store, sets), 70, now)));
    for (const p of picked) store.modify(p as P, (o) => void (o.metadata.deletionTimestamp = '2026-01-01T00:00:30Z'));
  }
});

test('PodTally: a pod that stops matching and matches again keeps its place among tied pods, listed once', () => {
  const bus = new EventBus();
  const store = new ObjectStore(new VirtualClock(NOW), new Random(3), bus);
  const tally = new PodTally(store);
  bus.on((e) => {
    if (e.type !== 'k8s-event' && e.type !== 'clock' && e.type !== 'user-action' && e.kind === 'Pod') tally.podChanged(e.object as P, e.type === 'deleted');
  });
  const created = store.create(replicaSet('a', 'a'));
  const rs = created.ok ? created.value : undefined!;
  // Five pods alike in every way the ranking reads: only their order tells them apart.
  const pods = Array.from({ length: 5 }, () => {
    const r = store.create<P>({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: 'a-', labels: { app: 'a', tier: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a', uid: rs.metadata.uid!, controller: true }] },
      spec: { containers: [{ name: 'c', image: 'i' }], nodeName: 'n1' },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2025-12-31T23:00:00Z' }] },
    } as P);
    return r.ok ? r.value : undefined!;
  });
  const names = (ps: Pod[]) => ps.map((p) => p.metadata!.name);
  expect(names(tally.podsToDelete(rs, [rs], 2, NOW)!)).to.deep.equal(names(pods.slice(0, 2)));
  // The first pod leaves the ReplicaSet's selector and comes back: its place is the first again.
  for (const app of ['b', 'a']) store.modify(pods[0], (p) => void (p.metadata.labels = { ...p.metadata.labels, app }));
  expect(names(tally.podsToDelete(rs, [rs], 4, NOW + 1000)!)).to.deep.equal(names(pods.slice(0, 4)));
  expect(names(getPodsToDelete(claimed(store, rs), podsOf(store, [rs]), 4, NOW + 1000))).to.deep.equal(names(pods.slice(0, 4)));
  // The same for the second pod, with a scale-down ranking the node while it is away.
  store.modify(pods[1], (p) => void (p.metadata.labels = { ...p.metadata.labels, app: 'b' }));
  expect(names(tally.podsToDelete(rs, [rs], 3, NOW + 2000)!)).to.deep.equal(names([pods[0], pods[2], pods[3]]));
  store.modify(pods[1], (p) => void (p.metadata.labels = { ...p.metadata.labels, app: 'a' }));
  expect(names(tally.podsToDelete(rs, [rs], 3, NOW + 3000)!)).to.deep.equal(names(pods.slice(0, 3)));
});
