/**
 * Table tests for the Deployment arithmetic (util.ts), row for row from upstream's
 * deployment_util_test.go, rolling_test.go and sync_test.go plus the worked examples of
 * k8s-semantics.md §4, §5.1, §7, §9, §11 and §12. Each row is one test.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { Deployment, DeploymentStatus, IntOrString, ReplicaSet } from '../../model/types';
import {
  NewRSAvailableReason, TimedOutReason,
  cleanupUnhealthyReplicasPlan, deploymentComplete, deploymentProgressing, deploymentTimedOut, equalIgnoreHash,
  filterActiveReplicaSets, findActiveOrLatest, findNewReplicaSet, findOldReplicaSets, getDeploymentCondition,
  getProportion, getReplicaCountForReplicaSets, getReplicaSetFraction, hasRevisionHistoryLimit, isSaturated,
  lastRevision, maxRevision, maxScaledDown, maxSurge, maxUnavailable, minAvailable, newRSNewReplicas,
  proportionalScalePlan, removeDeploymentCondition, replicasAnnotationsNeedUpdate, resolveFenceposts, revision,
  scaleDownOldReplicaSetsPlan, setDeploymentCondition, sortByCreationTimestamp, sortByRevision, sortBySizeNewer,
  sortBySizeOlder,
} from './util';
import {
  NOW, ago, condition, deployment, recreateDeployment, revisionAnnotation, rs, sized, sizes, status, template, withReplicas,
} from '../testdata/fixtures';

const names = (rss: Array<ReplicaSet | undefined>): Array<string | undefined> => rss.map((r) => r?.metadata?.name);

// ---------------------------------------------------------------------------------------------
// Compositions of the pure functions in the order rolling.go / sync.go call them. They perform
// no writes: they return the sizes the controller would write.
// ---------------------------------------------------------------------------------------------

/** reconcileNewReplicaSet: the new size, or undefined when the new ReplicaSet is left alone. */
function reconcileNew(d: Deployment, allRSs: ReplicaSet[], newRS: ReplicaSet): number | undefined {
  const replicas = d.spec!.replicas!;
  const current = newRS.spec!.replicas!;
  if (current === replicas) return undefined;
  const next = current > replicas ? replicas : newRSNewReplicas(d, allRSs, newRS);
  return next === current ? undefined : next;
}

/**
 * reconcileOldReplicaSets over the active old ReplicaSets: cleanupUnhealthyReplicas, then
 * scaleDownOldReplicaSetsForRollingUpdate on the cleaned-up sizes. Returns the old ReplicaSets
 * after both steps and the two counts.
 */
function reconcileOld(d: Deployment, allRSs: ReplicaSet[], oldActive: ReplicaSet[], newRS: ReplicaSet): { old: ReplicaSet[]; cleaned: number; scaledDown: number } {
  if (getReplicaCountForReplicaSets(oldActive) === 0) return { old: oldActive, cleaned: 0, scaledDown: 0 };
  const budget = maxScaledDown(d, allRSs, newRS);
  if (budget <= 0) return { old: oldActive, cleaned: 0, scaledDown: 0 };
  let old = oldActive;
  let cleaned = 0;
  for (const step of cleanupUnhealthyReplicasPlan(old, budget)) {
    cleaned += step.rs.spec!.replicas! - step.newReplicas;
    old = old.map((r) => (r === step.rs ? withReplicas(r, step.newReplicas) : r));
  }
  let scaledDown = 0;
  for (const step of scaleDownOldReplicaSetsPlan(d, [...old, newRS], old)) {
    scaledDown += step.rs.spec!.replicas! - step.newReplicas;
    old = old.map((r) => (r === step.rs ? withReplicas(r, step.newReplicas) : r));
  }
  return { old, cleaned, scaledDown };
}

/** scale() in sync.go: the size every ReplicaSet ends with. */
function scaleSizes(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): Record<string, number> {
  const out = sizes([...oldRSs, newRS]);
  const replicas = d.spec!.replicas!;
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    out[activeOrLatest.metadata!.name!] = replicas;
    return out;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) out[old.metadata!.name!] = 0;
    return out;
  }
  if (d.spec!.strategy!.type === 'RollingUpdate') {
    const plan = proportionalScalePlan(d, filterActiveReplicaSets([...oldRSs, newRS]));
    plan.order.forEach((r, i) => (out[r.metadata!.name!] = plan.sizes[i]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// §4.2 ResolveFenceposts, MaxSurge, MaxUnavailable, MinAvailable
// ---------------------------------------------------------------------------------------------

const fencepostRows: Array<{ name: string; maxSurge?: IntOrString; maxUnavailable?: IntOrString; desired: number; want: [number, number] | 'error' }> = [
  // TestResolveFenceposts
  { name: '"0%"/"0%" of 0: the fencepost makes unavailable 1', maxSurge: '0%', maxUnavailable: '0%', desired: 0, want: [0, 1] },
  { name: '"39%"/"39%" of 10: surge rounds up, unavailable down', maxSurge: '39%', maxUnavailable: '39%', desired: 10, want: [4, 3] },
  { name: 'maxSurge "oops" is an error', maxSurge: 'oops', maxUnavailable: '39%', desired: 10, want: 'error' },
  { name: 'maxUnavailable "urg" is an error', maxSurge: '55%', maxUnavailable: 'urg', desired: 10, want: 'error' },
  { name: 'nil surge, "39%" of 10', maxUnavailable: '39%', desired: 10, want: [0, 3] },
  { name: '"39%" of 10, nil unavailable', maxSurge: '39%', desired: 10, want: [4, 0] },
  { name: 'both nil: fencepost', desired: 10, want: [0, 1] },
  // The doc-comment examples.
  { name: '2 desired, unavailable 1%, surge 0%: old(-1), new(+1)', maxSurge: '0%', maxUnavailable: '1%', desired: 2, want: [0, 1] },
  { name: '10 desired at 25%/25%', maxSurge: '25%', maxUnavailable: '25%', desired: 10, want: [3, 2] },
  { name: 'ints are taken as they are', maxSurge: 3, maxUnavailable: 2, desired: 10, want: [3, 2] },
  { name: 'ints are not clamped to desired', maxSurge: 50, maxUnavailable: 20, desired: 10, want: [50, 20] },
  { name: 'int 0 / int 0: fencepost', maxSurge: 0, maxUnavailable: 0, desired: 10, want: [0, 1] },
  { name: '"1%" surge of 2 rounds up to 1, so no fencepost', maxSurge: '1%', maxUnavailable: '0%', desired: 2, want: [1, 0] },
  { name: 'a string without % is an error', maxSurge: '5', maxUnavailable: '0%', desired: 10, want: 'error' },
];

for (const row of fencepostRows) {
  test(`resolveFenceposts: ${row.name}`, () => {
    if (row.want === 'error') {
      expect(() => resolveFenceposts(row.maxSurge, row.maxUnavailable, row.desired)).to.throw();
    } else {
      expect(resolveFenceposts(row.maxSurge, row.maxUnavailable, row.desired)).to.deep.equal(row.want);
    }
  });
}

// §4.2 quick table, default 25%/25%.
const quickTable: Array<{ replicas: number; surge: number; unavailable: number; maxTotal: number; minAvailable: number }> = [
  { replicas: 1, surge: 1, unavailable: 0, maxTotal: 2, minAvailable: 1 },
  { replicas: 2, surge: 1, unavailable: 0, maxTotal: 3, minAvailable: 2 },
  { replicas: 3, surge: 1, unavailable: 0, maxTotal: 4, minAvailable: 3 },
  { replicas: 4, surge: 1, unavailable: 1, maxTotal: 5, minAvailable: 3 },
  { replicas: 5, surge: 2, unavailable: 1, maxTotal: 7, minAvailable: 4 },
  { replicas: 8, surge: 2, unavailable: 2, maxTotal: 10, minAvailable: 6 },
  { replicas: 10, surge: 3, unavailable: 2, maxTotal: 13, minAvailable: 8 },
  { replicas: 20, surge: 5, unavailable: 5, maxTotal: 25, minAvailable: 15 },
  { replicas: 100, surge: 25, unavailable: 25, maxTotal: 125, minAvailable: 75 },
];

for (const row of quickTable) {
  test(`quick table 25%/25%: replicas ${row.replicas} → surge ${row.surge}, unavailable ${row.unavailable}`, () => {
    const d = deployment(row.replicas, '25%', '25%');
    expect(maxSurge(d)).to.equal(row.surge);
    expect(maxUnavailable(d)).to.equal(row.unavailable);
    expect(row.replicas + maxSurge(d)).to.equal(row.maxTotal);
    expect(minAvailable(d)).to.equal(row.minAvailable);
  });
}

// TestMaxUnavailable (maxSurge 1).
const maxUnavailableRows: Array<{ name: string; d: Deployment; want: number }> = [
  { name: 'less than replicas', d: deployment(10, 1, 5), want: 5 },
  { name: 'equal to replicas', d: deployment(10, 1, 10), want: 10 },
  { name: 'greater than replicas: clamped', d: deployment(5, 1, 10), want: 5 },
  { name: 'replicas 0', d: deployment(0, 1, 10), want: 0 },
  { name: 'Recreate', d: recreateDeployment(undefined), want: 0 },
  { name: 'less than replicas with percents', d: deployment(10, 1, '50%'), want: 5 },
  { name: 'equal to replicas with percents', d: deployment(10, 1, '100%'), want: 10 },
  { name: 'greater than replicas with percents', d: deployment(5, 1, '100%'), want: 5 },
  { name: 'both resolve to 0: the fencepost gives 1', d: deployment(10, 0, 0), want: 1 },
  { name: 'fencepost on 0 replicas still gives 0', d: deployment(0, 0, 0), want: 0 },
];

for (const row of maxUnavailableRows) {
  test(`maxUnavailable: ${row.name}`, () => {
    expect(maxUnavailable(row.d)).to.equal(row.want);
  });
}

// TestMinAvailable (maxSurge 1).
const minAvailableRows: Array<{ name: string; d: Deployment; want: number }> = [
  { name: 'replicas greater than maxUnavailable', d: deployment(10, 1, 5), want: 5 },
  { name: 'replicas equal maxUnavailable', d: deployment(10, 1, 10), want: 0 },
  { name: 'replicas less than maxUnavailable', d: deployment(5, 1, 10), want: 0 },
  { name: 'replicas is 0', d: deployment(0, 1, 10), want: 0 },
  { name: 'Recreate', d: recreateDeployment(10), want: 0 },
  { name: 'replicas greater than maxUnavailable with percents', d: deployment(10, 1, '60%'), want: 4 },
  { name: 'replicas equal maxUnavailable with percents', d: deployment(10, 1, '100%'), want: 0 },
  { name: 'replicas less than maxUnavailable with percents', d: deployment(5, 1, '100%'), want: 0 },
];

for (const row of minAvailableRows) {
  test(`minAvailable: ${row.name}`, () => {
    expect(minAvailable(row.d)).to.equal(row.want);
  });
}

const maxSurgeRows: Array<{ name: string; d: Deployment; want: number }> = [
  { name: 'Recreate has no surge', d: recreateDeployment(10), want: 0 },
  { name: '"25%" of 10 rounds up', d: deployment(10, '25%', '25%'), want: 3 },
  { name: 'surge is not raised by the fencepost', d: deployment(10, 0, 0), want: 0 },
  { name: 'maxSurge has no upper bound: "200%"', d: deployment(10, '200%', 0), want: 20 },
  { name: 'int surge is not clamped', d: deployment(3, 50, 0), want: 50 },
];

for (const row of maxSurgeRows) {
  test(`maxSurge: ${row.name}`, () => {
    expect(maxSurge(row.d)).to.equal(row.want);
  });
}

// ---------------------------------------------------------------------------------------------
// §7.1 NewRSNewReplicas / reconcileNewReplicaSet
// ---------------------------------------------------------------------------------------------

// TestNewRSNewReplicas: allRSs is [rs5] only (the new ReplicaSet is not in it), maxUnavailable 1.
const newRSNewReplicasRows: Array<{ name: string; strategy: 'RollingUpdate' | 'Recreate'; replicas: number; newRS: number; surge: number; want: number }> = [
  { name: 'can not scale up - to newRSReplicas', strategy: 'RollingUpdate', replicas: 1, newRS: 5, surge: 1, want: 5 },
  { name: 'scale up - to depReplicas', strategy: 'RollingUpdate', replicas: 6, newRS: 2, surge: 10, want: 6 },
  { name: 'recreate - to depReplicas', strategy: 'Recreate', replicas: 3, newRS: 1, surge: 1, want: 3 },
];

for (const row of newRSNewReplicasRows) {
  test(`newRSNewReplicas: ${row.name}`, () => {
    const d = row.strategy === 'Recreate' ? recreateDeployment(row.replicas) : deployment(row.replicas, row.surge, 1);
    const rs5 = rs('rs5', 5, 5, 100);
    expect(newRSNewReplicas(d, [rs5], rs('new', row.newRS, 0, 10))).to.equal(row.want);
  });
}

test('newRSNewReplicas: an unknown strategy type throws', () => {
  const d = deployment(3, 1, 1);
  d.spec = { ...d.spec!, strategy: { type: 'BlueGreen' } };
  expect(() => newRSNewReplicas(d, [], rs('new', 0, 0, 10))).to.throw("deployment type BlueGreen isn't supported");
});

// TestDeploymentController_reconcileNewReplicaSet (maxUnavailable 0) and the doc-comment examples.
const reconcileNewRows: Array<{ name: string; replicas: number; surge: IntOrString; unavailable: IntOrString; old: number; new: number; want: number | undefined }> = [
  { name: 'surge 0, old 10: no room, no scale', replicas: 10, surge: 0, unavailable: 0, old: 10, new: 0, want: undefined },
  { name: 'surge 2, old 10, new 0 → 2', replicas: 10, surge: 2, unavailable: 0, old: 10, new: 0, want: 2 },
  { name: 'surge 2, old 5, new 0 → 7', replicas: 10, surge: 2, unavailable: 0, old: 5, new: 0, want: 7 },
  { name: 'surge 2, old 10, new 2: at maxTotal, no scale', replicas: 10, surge: 2, unavailable: 0, old: 10, new: 2, want: undefined },
  { name: 'old 2, new 11: the new ReplicaSet is scaled down to 10', replicas: 10, surge: 2, unavailable: 0, old: 2, new: 11, want: 10 },
  { name: 'replicas 10, surge 25% (3), old 10, new 0 → 3', replicas: 10, surge: '25%', unavailable: '25%', old: 10, new: 0, want: 3 },
  { name: 'replicas 10, surge 25% (3), old 8, new 3 → 5', replicas: 10, surge: '25%', unavailable: '25%', old: 8, new: 3, want: 5 },
  { name: 'never past the replicas: old 1, new 9 → 10, not 12', replicas: 10, surge: '25%', unavailable: '25%', old: 1, new: 9, want: 10 },
  { name: 'already at replicas: nothing', replicas: 10, surge: '25%', unavailable: '25%', old: 3, new: 10, want: undefined },
];

for (const row of reconcileNewRows) {
  test(`reconcileNewReplicaSet: ${row.name}`, () => {
    const d = deployment(row.replicas, row.surge, row.unavailable);
    const newRS = rs('foo-new', row.new, row.new, 10);
    const oldRS = rs('foo-old', row.old, row.old, 100);
    expect(reconcileNew(d, [newRS, oldRS], newRS)).to.equal(row.want);
  });
}

test('newRSNewReplicas: a brand-new ReplicaSet is sized counting itself at 0 (every old RS counts, active or not)', () => {
  const d = deployment(10, 3, 2);
  const created = rs('web-new', 0, 0, 0);
  const old = [rs('web-a', 8, 8, 200), rs('web-b', 0, 0, 100)];
  expect(newRSNewReplicas(d, [...old, created], created)).to.equal(5);
});

// ---------------------------------------------------------------------------------------------
// §7.2 reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate
// ---------------------------------------------------------------------------------------------

// TestDeploymentController_reconcileOldReplicaSets: maxSurge 0, one old and one new ReplicaSet.
const reconcileOldRows: Array<{ name: string; replicas: number; unavailable: number; old: number; new: number; oldAvailable: number; newAvailable: number; scaled: boolean; wantOld: number }> = [
  { name: 'maxUnavailable 0 (fencepost 1): old 10 → 9', replicas: 10, unavailable: 0, old: 10, new: 0, oldAvailable: 10, newAvailable: 0, scaled: true, wantOld: 9 },
  { name: 'maxUnavailable 2: old 10 → 8', replicas: 10, unavailable: 2, old: 10, new: 0, oldAvailable: 10, newAvailable: 0, scaled: true, wantOld: 8 },
  { name: 'two unhealthy old replicas are cleaned up: 10 → 8', replicas: 10, unavailable: 2, old: 10, new: 0, oldAvailable: 8, newAvailable: 0, scaled: true, wantOld: 8 },
  { name: 'one unhealthy cleaned up and one ready scaled down: 10 → 8', replicas: 10, unavailable: 2, old: 10, new: 0, oldAvailable: 9, newAvailable: 0, scaled: true, wantOld: 8 },
  { name: "the new ReplicaSet's unavailable pods block the old scale-down", replicas: 10, unavailable: 2, old: 8, new: 2, oldAvailable: 8, newAvailable: 0, scaled: false, wantOld: 8 },
];

for (const row of reconcileOldRows) {
  test(`reconcileOldReplicaSets: ${row.name}`, () => {
    const d = deployment(row.replicas, 0, row.unavailable);
    const newRS = rs('foo-new', row.new, row.newAvailable, 10);
    const oldRS = rs('foo-old', row.old, row.oldAvailable, 100);
    const result = reconcileOld(d, [oldRS, newRS], [oldRS], newRS);
    expect(result.cleaned + result.scaledDown > 0).to.equal(row.scaled);
    expect(result.old[0].spec!.replicas).to.equal(row.wantOld);
  });
}

// TestDeploymentController_cleanupUnhealthyReplicas: one old ReplicaSet of 10.
const cleanupRows: Array<{ name: string; available: number; maxCleanupCount: number; wantCleaned: number }> = [
  { name: '2 unhealthy, budget 1 → 1', available: 8, maxCleanupCount: 1, wantCleaned: 1 },
  { name: '2 unhealthy, budget 3 → 2', available: 8, maxCleanupCount: 3, wantCleaned: 2 },
  { name: '2 unhealthy, budget 0 → 0', available: 8, maxCleanupCount: 0, wantCleaned: 0 },
  { name: 'all healthy, budget 3 → 0', available: 10, maxCleanupCount: 3, wantCleaned: 0 },
];

for (const row of cleanupRows) {
  test(`cleanupUnhealthyReplicas: ${row.name}`, () => {
    const plan = cleanupUnhealthyReplicasPlan([rs('foo-v2', 10, row.available, 100)], row.maxCleanupCount);
    const cleaned = plan.reduce((n, s) => n + (s.rs.spec!.replicas! - s.newReplicas), 0);
    expect(cleaned).to.equal(row.wantCleaned);
  });
}

test('cleanupUnhealthyReplicas: oldest first, ReplicaSets at 0 or fully available skipped, the budget shared', () => {
  const plan = cleanupUnhealthyReplicasPlan(
    [rs('newer', 4, 1, 100), rs('empty', 0, 0, 400), rs('healthy', 3, 3, 300), rs('oldest', 5, 3, 500)],
    4,
  );
  expect(plan.map((s) => [s.rs.metadata!.name, s.newReplicas])).to.deep.equal([['oldest', 3], ['newer', 2]]);
});

// TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate: maxSurge 0, allRSs = [old].
const scaleDownRows: Array<{ name: string; replicas: number; unavailable: number; available: number; old: number; scaled: boolean; wantOld: number }> = [
  { name: 'maxUnavailable 0 (fencepost 1): 10 → 9', replicas: 10, unavailable: 0, available: 10, old: 10, scaled: true, wantOld: 9 },
  { name: 'maxUnavailable 2: 10 → 8', replicas: 10, unavailable: 2, available: 10, old: 10, scaled: true, wantOld: 8 },
  { name: 'available 8 = minAvailable: nothing', replicas: 10, unavailable: 2, available: 8, old: 10, scaled: false, wantOld: 10 },
  { name: 'old at 0: nothing to scale', replicas: 10, unavailable: 2, available: 10, old: 0, scaled: false, wantOld: 0 },
  { name: 'available 1 under minAvailable: nothing', replicas: 10, unavailable: 2, available: 1, old: 10, scaled: false, wantOld: 10 },
];

for (const row of scaleDownRows) {
  test(`scaleDownOldReplicaSetsForRollingUpdate: ${row.name}`, () => {
    const d = deployment(row.replicas, 0, row.unavailable);
    const oldRS = rs('foo-v2', row.old, row.available, 100);
    const plan = scaleDownOldReplicaSetsPlan(d, [oldRS], [oldRS]);
    expect(plan.length > 0).to.equal(row.scaled);
    expect(plan.length > 0 ? plan[0].newReplicas : row.old).to.equal(row.wantOld);
  });
}

test('scaleDownOldReplicaSetsForRollingUpdate: oldest first by creation time (not revision), name breaks ties', () => {
  const d = deployment(10, 3, 2);
  const newRS = rs('web-c', 5, 5, 10);
  const old = [rs('web-b', 4, 4, 100, revisionAnnotation('1')), rs('web-a2', 2, 2, 200, revisionAnnotation('3')), rs('web-a1', 2, 2, 200, revisionAnnotation('2'))];
  // available 13 − minAvailable 8 = 5: web-a1 (2), web-a2 (2), then 1 of web-b.
  const plan = scaleDownOldReplicaSetsPlan(d, [...old, newRS], old);
  expect(plan.map((s) => [s.rs.metadata!.name, s.newReplicas])).to.deep.equal([['web-a1', 0], ['web-a2', 0], ['web-b', 3]]);
});

const maxScaledDownRows: Array<{ name: string; d: Deployment; all: ReplicaSet[]; newRS: ReplicaSet; want: number }> = [
  {
    name: 'R=10, maxUnavailable 2, old 8 available, new 2 unavailable → 10 − 8 − 2 = 0',
    d: deployment(10, 0, 2),
    all: [rs('old', 8, 8, 100)],
    newRS: rs('new', 2, 0, 10),
    want: 0,
  },
  {
    name: 'concrete example, crash-looping new RS of 5 + old 8 → 13 − 8 − 5 = 0',
    d: deployment(10, 3, 2),
    all: [rs('good', 8, 7, 100)],
    newRS: rs('crashing', 5, 0, 10),
    want: 0,
  },
  {
    name: 'concrete example after the rollback: the good RS is new (1 unavailable) → 13 − 8 − 1 = 4',
    d: deployment(10, 3, 2),
    all: [rs('crashing', 5, 0, 10)],
    newRS: rs('good', 8, 7, 100),
    want: 4,
  },
  {
    name: 'rollover: the newest RS starts at 0 → 13 − 8 − 0 = 5',
    d: deployment(10, 3, 2),
    all: [rs('good', 8, 8, 100), rs('crashing', 5, 0, 50)],
    newRS: rs('newest', 0, 0, 10),
    want: 5,
  },
];

for (const row of maxScaledDownRows) {
  test(`maxScaledDown: ${row.name}`, () => {
    expect(maxScaledDown(row.d, [...row.all, row.newRS], row.newRS)).to.equal(row.want);
  });
}

test('concrete example (§7.2): rolling back frees capacity, 4 crash-looping pods go, the good RS grows back to 10', () => {
  const d = deployment(10, 3, 2);
  const good = rs('web-good', 8, 7, 100); // one of its pods on a failed node
  const crashing = rs('web-crashing', 5, 0, 10);
  // Before the rollback the crash-looping RS is new: nothing can move.
  expect(reconcileNew(d, [good, crashing], crashing)).to.equal(undefined);
  expect(reconcileOld(d, [good, crashing], [good], crashing).cleaned).to.equal(0);
  // After `rollout undo` the good RS is new and the crash-looping one old.
  expect(reconcileNew(d, [crashing, good], good)).to.equal(undefined); // 13 already
  const step = reconcileOld(d, [crashing, good], [crashing], good);
  expect([step.cleaned, step.scaledDown]).to.deep.equal([4, 0]);
  expect(sizes(step.old)).to.deep.equal({ 'web-crashing': 1 });
  expect(reconcileNew(d, [...step.old, good], good)).to.equal(10);
});

test('concrete example (§7.2) case 2, rollover: the newest RS starts at 0 and the two old RSes shrink by 5', () => {
  const d = deployment(10, 3, 2);
  const good = rs('web-good', 8, 8, 100);
  const crashing = rs('web-crashing', 5, 0, 50);
  const newest = rs('web-newest', 0, 0, 10);
  expect(newRSNewReplicas(d, [good, crashing, newest], newest)).to.equal(0);
  const step = reconcileOld(d, [good, crashing, newest], [good, crashing], newest);
  expect(step.cleaned + step.scaledDown).to.equal(5);
  expect(sizes(step.old)).to.deep.equal({ 'web-good': 8, 'web-crashing': 0 });
  expect(reconcileNew(d, [...step.old, newest], newest)).to.equal(5);
});

// ---------------------------------------------------------------------------------------------
// §7.3 seed facts: whole rollouts, one sync at a time (a sync scales the new RS up, or the old
// RSes down, never both). Old pods are always available; "fast" = every new pod is available
// before the next sync; otherwise new pods become available only at a 'ready' step.
// ---------------------------------------------------------------------------------------------

type RolloutStep = [number, number] | 'ready' | 'stuck';
const rolloutRows: Array<{ name: string; replicas: number; surge: IntOrString; unavailable: IntOrString; fast: boolean; steps: RolloutStep[] }> = [
  {
    name: 'R=10 25%/25% fast: (10,0) → (10,3) → (5,3) → (5,8) → (0,8) → (0,10)',
    replicas: 10, surge: '25%', unavailable: '25%', fast: true,
    steps: [[10, 3], [5, 3], [5, 8], [0, 8], [0, 10]],
  },
  {
    name: 'R=3 surge 1 unavailable 1, new pods available before the next sync',
    replicas: 3, surge: 1, unavailable: 1, fast: true,
    steps: [[3, 1], [1, 1], [1, 3], [0, 3]],
  },
  {
    name: 'R=3 surge 1 unavailable 1, new pods slow',
    replicas: 3, surge: 1, unavailable: 1, fast: false,
    steps: [[3, 1], [2, 1], [2, 2], 'stuck', 'ready', [0, 2], [0, 3]],
  },
  {
    name: 'R=3 surge 1 unavailable 0: 3 available at all times',
    replicas: 3, surge: 1, unavailable: 0, fast: false,
    steps: [[3, 1], 'stuck', 'ready', [2, 1], [2, 2], 'ready', [1, 2], [1, 3], 'ready', [0, 3]],
  },
  {
    name: 'R=4 25%/25%: ≤ 5 pods, ≥ 3 available',
    replicas: 4, surge: '25%', unavailable: '25%', fast: true,
    steps: [[4, 1], [2, 1], [2, 3], [0, 3], [0, 4]],
  },
  {
    name: 'e2e proportional example: R=10 surge 3 unavailable 2, the new image never becomes ready',
    replicas: 10, surge: 3, unavailable: 2, fast: false,
    steps: [[10, 3], [8, 3], [8, 5], 'stuck'],
  },
];

for (const row of rolloutRows) {
  test(`rollout: ${row.name}`, () => {
    const d = deployment(row.replicas, row.surge, row.unavailable);
    let old = rs('web-old', row.replicas, row.replicas, 100);
    let next = rs('web-new', 0, 0, 10);
    const maxTotal = row.replicas + maxSurge(d);
    for (const [i, step] of row.steps.entries()) {
      if (step === 'ready') {
        next = rs('web-new', next.spec!.replicas!, next.spec!.replicas!, 10);
        continue;
      }
      const before: [number, number] = [old.spec!.replicas!, next.spec!.replicas!];
      const grown = reconcileNew(d, [old, next], next);
      if (grown !== undefined) {
        next = rs('web-new', grown, next.status!.availableReplicas!, 10);
      } else {
        const shrunk = reconcileOld(d, [old, next], filterActiveReplicaSets([old]), next).old[0];
        if (shrunk) old = rs('web-old', shrunk.spec!.replicas!, shrunk.spec!.replicas!, 100);
      }
      const after: [number, number] = [old.spec!.replicas!, next.spec!.replicas!];
      expect(after, `step ${i}`).to.deep.equal(step === 'stuck' ? before : step);
      if (row.fast) next = rs('web-new', next.spec!.replicas!, next.spec!.replicas!, 10);
      // The invariants that hold at every step: Σspec ≤ maxTotal, available ≥ minAvailable.
      expect(after[0] + after[1], `total at step ${i}`).to.be.at.most(maxTotal);
      expect(old.status!.availableReplicas! + next.status!.availableReplicas!, `available at step ${i}`).to.be.at.least(minAvailable(d));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// §11 proportional scaling: TestScale, through scale()'s composition of FindActiveOrLatest,
// IsSaturated and proportionalScalePlan. Every ReplicaSet carries the desired/max annotations
// of the previous size (oldReplicas, oldSurge) unless the row overrides them. newTimestamp /
// oldTimestamp / olderTimestamp are ages 100 / 200 / 300 s.
// ---------------------------------------------------------------------------------------------

type RSRow = [name: string, replicas: number, age: number];
const scaleRows: Array<{
  name: string;
  replicas: number;
  surge?: number;
  unavailable?: number;
  oldReplicas: number;
  oldSurge?: number;
  newRS?: RSRow;
  newAvailable?: number;
  oldRSs: RSRow[];
  desiredOverride?: Record<string, number>;
  want: Record<string, number>;
}> = [
  { name: 'normal scaling event: 10 → 12', replicas: 12, oldReplicas: 10, newRS: ['foo-v1', 10, 100], oldRSs: [], want: { 'foo-v1': 12 } },
  { name: 'normal scaling event: 10 → 5', replicas: 5, oldReplicas: 10, newRS: ['foo-v1', 10, 100], oldRSs: [], want: { 'foo-v1': 5 } },
  { name: 'proportional scaling: 5 → 10', replicas: 10, oldReplicas: 5, newRS: ['foo-v2', 2, 100], oldRSs: [['foo-v1', 3, 200]], want: { 'foo-v2': 4, 'foo-v1': 6 } },
  { name: 'proportional scaling: 5 → 3', replicas: 3, oldReplicas: 5, newRS: ['foo-v2', 2, 100], oldRSs: [['foo-v1', 3, 200]], want: { 'foo-v2': 1, 'foo-v1': 2 } },
  { name: 'proportional scaling: 9 → 4', replicas: 4, oldReplicas: 9, newRS: ['foo-v2', 8, 100], oldRSs: [['foo-v1', 1, 200]], want: { 'foo-v2': 4, 'foo-v1': 0 } },
  {
    name: 'proportional scaling: 7 → 10', replicas: 10, oldReplicas: 7, newRS: ['foo-v3', 2, 100], oldRSs: [['foo-v2', 3, 200], ['foo-v1', 2, 300]],
    want: { 'foo-v3': 3, 'foo-v2': 4, 'foo-v1': 3 },
  },
  {
    name: 'proportional scaling: 13 → 8', replicas: 8, oldReplicas: 13, newRS: ['foo-v3', 2, 100], oldRSs: [['foo-v2', 8, 200], ['foo-v1', 3, 300]],
    want: { 'foo-v3': 1, 'foo-v2': 5, 'foo-v1': 2 },
  },
  {
    name: 'leftover distribution 3 → 4: the newest gets +1', replicas: 4, oldReplicas: 3, newRS: ['foo-v3', 1, 100], oldRSs: [['foo-v2', 1, 200], ['foo-v1', 1, 300]],
    want: { 'foo-v3': 2, 'foo-v2': 1, 'foo-v1': 1 },
  },
  {
    name: 'leftover distribution 3 → 2: the oldest loses 1', replicas: 2, oldReplicas: 3, newRS: ['foo-v3', 1, 100], oldRSs: [['foo-v2', 1, 200], ['foo-v1', 1, 300]],
    want: { 'foo-v3': 1, 'foo-v2': 1, 'foo-v1': 0 },
  },
  {
    name: 'proportional scaling (no new rs): 4 → 5, the latest first', replicas: 5, oldReplicas: 4, oldRSs: [['foo-v2', 2, 200], ['foo-v1', 2, 300]],
    want: { 'foo-v2': 3, 'foo-v1': 2 },
  },
  {
    name: 'proportional scaling: 6 → 0', replicas: 0, oldReplicas: 6, newRS: ['foo-v3', 3, 100], oldRSs: [['foo-v2', 2, 200], ['foo-v1', 1, 300]],
    want: { 'foo-v3': 0, 'foo-v2': 0, 'foo-v1': 0 },
  },
  {
    name: 'proportional scaling: 0 → 6, nothing active: the new RS gets everything', replicas: 6, oldReplicas: 6, newRS: ['foo-v3', 0, 100], oldRSs: [['foo-v2', 0, 200], ['foo-v1', 0, 300]],
    want: { 'foo-v3': 6, 'foo-v2': 0, 'foo-v1': 0 },
  },
  {
    name: 'failed rs update row: foo-v2 sized for 3 is the one that grows', replicas: 5, oldReplicas: 5, newRS: ['foo-v3', 2, 100], oldRSs: [['foo-v2', 1, 200], ['foo-v1', 1, 300]],
    desiredOverride: { 'foo-v2': 3 },
    want: { 'foo-v3': 2, 'foo-v2': 2, 'foo-v1': 1 },
  },
  {
    name: 'deployment with surge pods: 10 → 20, surge 2', replicas: 20, surge: 2, oldReplicas: 10, oldSurge: 2, newRS: ['foo-v2', 6, 100], oldRSs: [['foo-v1', 6, 200]],
    want: { 'foo-v2': 11, 'foo-v1': 11 },
  },
  {
    name: 'change both surge and size: 10 (surge 3) → 50 (surge 6)', replicas: 50, surge: 6, oldReplicas: 10, oldSurge: 3, newRS: ['foo-v2', 5, 100], oldRSs: [['foo-v1', 8, 200]],
    want: { 'foo-v2': 22, 'foo-v1': 34 },
  },
  {
    name: 'change both size and template: 10 → 14, no new RS yet', replicas: 14, oldReplicas: 10, oldRSs: [['foo-v2', 7, 100], ['foo-v1', 3, 200]],
    want: { 'foo-v2': 10, 'foo-v1': 4 },
  },
  {
    name: 'saturated but broken new RS (2 replicas, 0 available) does not affect old pods', replicas: 2, surge: 1, unavailable: 1, oldReplicas: 2, oldSurge: 1,
    newRS: ['foo-v2', 2, 100], newAvailable: 0, oldRSs: [['foo-v1', 1, 200]],
    want: { 'foo-v2': 2, 'foo-v1': 1 },
  },
  {
    name: 'saturated and available new RS: the active old RSes go to 0', replicas: 4, surge: 1, unavailable: 1, oldReplicas: 4, oldSurge: 1,
    newRS: ['foo-v2', 4, 100], newAvailable: 4, oldRSs: [['foo-v1', 1, 200], ['foo-v0', 0, 300]],
    want: { 'foo-v2': 4, 'foo-v1': 0, 'foo-v0': 0 },
  },
];

for (const row of scaleRows) {
  test(`scale (TestScale): ${row.name}`, () => {
    const d = deployment(row.replicas, row.surge ?? 0, row.unavailable ?? 0);
    const annotate = (name: string): Record<string, string> => {
      const desired = row.desiredOverride?.[name] ?? row.oldReplicas;
      return sized(desired, desired + (row.oldSurge ?? 0));
    };
    const newRS = row.newRS ? rs(row.newRS[0], row.newRS[1], row.newAvailable ?? 0, row.newRS[2], annotate(row.newRS[0])) : undefined;
    const oldRSs = row.oldRSs.map(([name, replicas, age]) => rs(name, replicas, 0, age, annotate(name)));
    expect(scaleSizes(d, newRS, oldRSs)).to.deep.equal(row.want);
  });
}

test('scale (e2e testProportionalScalingDeployment): stuck at old 8 / new 5 under max-replicas 13, scaled to 30 → 20 / 13', () => {
  const d = deployment(30, 3, 2);
  const old = rs('web-old', 8, 8, 200, sized(10, 13));
  const stuck = rs('web-new', 5, 0, 100, sized(10, 13));
  const plan = proportionalScalePlan(d, filterActiveReplicaSets([old, stuck]));
  expect(plan.operation).to.equal('up');
  expect(names(plan.order)).to.deep.equal(['web-old', 'web-new']);
  expect(plan.sizes).to.deep.equal([20, 13]);
  expect(getReplicaSetFraction(old, d)).to.equal(12); // round(8 × 33 / 13) = round(20.31) = 20
  expect(getReplicaSetFraction(stuck, d)).to.equal(8); // round(5 × 33 / 13) = round(12.69) = 13
});

const planDirectionRows: Array<{ name: string; replicas: number; want: 'up' | 'down' | '' }> = [
  { name: 'more replicas: "up" for every ReplicaSet of the pass', replicas: 12, want: 'up' },
  { name: 'fewer replicas: "down"', replicas: 8, want: 'down' },
  { name: 'nothing to add: no direction', replicas: 10, want: '' },
];

for (const row of planDirectionRows) {
  test(`proportionalScalePlan: ${row.name}`, () => {
    const d = deployment(row.replicas, 0, 1);
    const plan = proportionalScalePlan(d, [rs('a', 6, 6, 200, sized(10, 10)), rs('b', 4, 0, 100, sized(10, 10))]);
    expect(plan.operation).to.equal(row.want);
  });
}

// TestGetReplicaSetFraction (maxUnavailable 1).
const fractionRows: Array<{ name: string; replicas: number; statusReplicas?: number; surge: number; rsReplicas: number; maxAnnotation?: string; want: number }> = [
  { name: 'empty deployment always scales to 0', replicas: 0, surge: 0, rsReplicas: 10, want: -10 },
  { name: 'max-replicas annotation missing: falls back to status.replicas (scale up by 1/5)', replicas: 120, statusReplicas: 100, surge: 0, rsReplicas: 50, want: 10 },
  { name: 'max-replicas annotation 0: falls back to status.replicas (scale up by 1/5)', replicas: 120, statusReplicas: 100, surge: 0, rsReplicas: 50, maxAnnotation: '0', want: 10 },
  { name: 'scale up by 1/5', replicas: 120, surge: 0, rsReplicas: 50, maxAnnotation: '100', want: 10 },
  { name: 'scale up with maxSurge by 1/5: approximately', replicas: 120, surge: 10, rsReplicas: 50, maxAnnotation: '110', want: 9 },
  { name: 'scale down by 1/6', replicas: 10, surge: 0, rsReplicas: 6, maxAnnotation: '12', want: -1 },
  { name: 'scale down with maxSurge by 1/6: approximately', replicas: 100, surge: 10, rsReplicas: 50, maxAnnotation: '130', want: -8 },
  { name: 'halves round away from zero: 1 × 5 / 2 = 2.5 → 3', replicas: 5, surge: 0, rsReplicas: 1, maxAnnotation: '2', want: 2 },
];

for (const row of fractionRows) {
  test(`getReplicaSetFraction: ${row.name}`, () => {
    const d = deployment(row.replicas, row.surge, 1, { status: { replicas: row.statusReplicas ?? 0 } });
    const r = rs('web-1', row.rsReplicas, 0, 100, row.maxAnnotation !== undefined ? { 'deployment.kubernetes.io/max-replicas': row.maxAnnotation } : undefined);
    expect(getReplicaSetFraction(r, d)).to.equal(row.want);
  });
}

const proportionRows: Array<{ name: string; rs?: ReplicaSet; toAdd: number; added: number; want: number }> = [
  { name: 'no ReplicaSet → 0', rs: undefined, toAdd: 5, added: 0, want: 0 },
  { name: 'a ReplicaSet at 0 never grows proportionally', rs: rs('a', 0, 0, 100, sized(10, 10)), toAdd: 5, added: 0, want: 0 },
  { name: 'nothing to add → 0', rs: rs('a', 5, 5, 100, sized(10, 10)), toAdd: 0, added: 0, want: 0 },
  { name: 'everything already added → 0', rs: rs('a', 5, 5, 100, sized(10, 10)), toAdd: 5, added: 5, want: 0 },
  { name: 'scaling up: the fraction (+5, from 5 of 10 to 10 of 20) clamped to what is left (3)', rs: rs('a', 5, 5, 100, sized(10, 10)), toAdd: 5, added: 2, want: 3 },
  { name: 'scaling up: the fraction when it fits', rs: rs('a', 5, 5, 100, sized(10, 10)), toAdd: 20, added: 0, want: 5 },
  { name: 'scaling down: the fraction (−3) clamped to what is left to remove (−1)', rs: rs('a', 6, 6, 100, sized(10, 10)), toAdd: -5, added: -4, want: -1 },
];

for (const row of proportionRows) {
  test(`getProportion: ${row.name}`, () => {
    // The Deployment for the up rows is 20 (ratio 2), for the down rows 5 (ratio 1/2).
    const d = deployment(row.toAdd < 0 ? 5 : 20, 0, 1);
    expect(getProportion(row.rs, d, row.toAdd, row.added)).to.equal(row.want);
  });
}

// ---------------------------------------------------------------------------------------------
// §5.1 / §11 identification helpers: EqualIgnoreHash, FindNewReplicaSet, FindOldReplicaSets,
// FindActiveOrLatest, IsSaturated, ReplicasAnnotationsNeedUpdate, and the sort orders.
// ---------------------------------------------------------------------------------------------

const hash = 'pod-template-hash';
const podTemplate = (name: string, nodeName: string, annotations: Record<string, string>, labels: Record<string, string>) => ({
  metadata: { name, annotations, labels },
  spec: { nodeName, containers: [] },
});

// TestEqualIgnoreHash: every row also runs in reverse order.
const equalIgnoreHashRows: Array<{ name: string; former: ReturnType<typeof podTemplate>; latter: ReturnType<typeof podTemplate>; want: boolean }> = [
  { name: 'Same spec, same labels', former: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1', something: 'else' }), latter: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1', something: 'else' }), want: true },
  { name: 'Same spec, only pod-template-hash label value is different', former: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1', something: 'else' }), latter: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-2', something: 'else' }), want: true },
  { name: "Same spec, the former doesn't have pod-template-hash label", former: podTemplate('foo', 'foo-node', {}, { something: 'else' }), latter: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-2', something: 'else' }), want: true },
  { name: "Same spec, the label is different, the former doesn't have pod-template-hash label, same number of labels", former: podTemplate('foo', 'foo-node', {}, { something: 'else' }), latter: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-2' }), want: false },
  { name: "Same spec, the label is different, the latter doesn't have pod-template-hash label, same number of labels", former: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1' }), latter: podTemplate('foo', 'foo-node', {}, { something: 'else' }), want: false },
  { name: 'Same spec, the label is different, and the pod-template-hash label value is the same', former: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1' }), latter: podTemplate('foo', 'foo-node', {}, { [hash]: 'value-1', something: 'else' }), want: false },
  { name: 'Different spec, same labels', former: podTemplate('foo', 'foo-node', { former: 'value' }, { [hash]: 'value-1', something: 'else' }), latter: podTemplate('foo', 'foo-node', { latter: 'value' }, { [hash]: 'value-1', something: 'else' }), want: false },
  { name: 'Different spec, different pod-template-hash label value', former: podTemplate('foo-1', 'foo-node', {}, { [hash]: 'value-1', something: 'else' }), latter: podTemplate('foo-2', 'foo-node', {}, { [hash]: 'value-2', something: 'else' }), want: false },
  { name: "Different spec, the former doesn't have pod-template-hash label", former: podTemplate('foo-1', 'foo-node-1', {}, { something: 'else' }), latter: podTemplate('foo-2', 'foo-node-2', {}, { [hash]: 'value-2', something: 'else' }), want: false },
  { name: 'Different spec, different labels', former: podTemplate('foo', 'foo-node-1', {}, { something: 'else' }), latter: podTemplate('foo', 'foo-node-2', {}, { nothing: 'else' }), want: false },
];

for (const row of equalIgnoreHashRows) {
  test(`equalIgnoreHash: ${row.name}`, () => {
    const former = structuredClone(row.former);
    const latter = structuredClone(row.latter);
    expect(equalIgnoreHash(former, latter)).to.equal(row.want);
    expect(equalIgnoreHash(latter, former), 'reverse order').to.equal(row.want);
    // Neither side is mutated (upstream compares deep copies).
    expect(former).to.deep.equal(row.former);
    expect(latter).to.deep.equal(row.latter);
  });
}

const templateChangeRows: Array<{ name: string; change: (t: ReturnType<typeof template>) => void; newRS: boolean }> = [
  { name: 'image', change: (t) => (t.spec!.containers[0].image = 'nginx:1.26'), newRS: true },
  { name: 'env', change: (t) => (t.spec!.containers[0].env = [{ name: 'A', value: '1' }]), newRS: true },
  { name: 'a template label', change: (t) => (t.metadata!.labels!.tier = 'fe'), newRS: true },
  { name: 'the restartedAt annotation', change: (t) => (t.metadata!.annotations = { 'kubectl.kubernetes.io/restartedAt': ago(0) }), newRS: true },
  { name: 'only the pod-template-hash label', change: (t) => (t.metadata!.labels![hash] = '5d9c7f8b4'), newRS: false },
];

for (const row of templateChangeRows) {
  test(`§5.1 changing ${row.name} ${row.newRS ? 'makes' : 'does not make'} a new ReplicaSet`, () => {
    const t = template();
    row.change(t);
    const d = deployment(3, 1, 1, { template: t });
    expect(findNewReplicaSet(d, [rs('web-old', 3, 3, 100)]) === undefined).to.equal(row.newRS);
  });
}

const nginx = template('nginx', { name: 'nginx' });
const nginxOld = template('nginx', { name: 'nginx' });
nginxOld.spec!.containers[0].name = 'nginx-old-1';
const withHash = (t: ReturnType<typeof template>, h: string) => ({ ...t, metadata: { labels: { ...t.metadata!.labels, [hash]: h } } });
const dNginx = deployment(1, 1, 1, { template: nginx });
const newRSFix = rs('nginx-new', 1, 0, 0, undefined, { template: withHash(nginx, 'hash') }); // later
const newRSDup = rs('nginx-dup', 0, 0, 60, undefined, { template: withHash(nginx, 'different-hash') }); // now
const oldRSFix = rs('nginx-old', 0, 0, 120, undefined, { template: withHash(nginxOld, 'old') }); // before

// TestFindNewReplicaSet (the v1.32 rows: no dropped-fields handling yet).
const findNewRows: Array<{ name: string; rsList: ReplicaSet[]; want: string | undefined }> = [
  { name: 'same template as the Deployment but a different pod-template-hash value', rsList: [newRSFix, oldRSFix], want: 'nginx-new' },
  { name: 'the oldest when several ReplicaSets have the template', rsList: [newRSFix, oldRSFix, newRSDup], want: 'nginx-dup' },
  { name: 'none', rsList: [oldRSFix], want: undefined },
  {
    name: 'same creation time: the name breaks the tie',
    rsList: [rs('nginx-b', 0, 0, 60, undefined, { template: withHash(nginx, 'b') }), rs('nginx-a', 0, 0, 60, undefined, { template: withHash(nginx, 'a') })],
    want: 'nginx-a',
  },
];

for (const row of findNewRows) {
  test(`findNewReplicaSet: ${row.name}`, () => {
    expect(findNewReplicaSet(dNginx, row.rsList)?.metadata?.name).to.equal(row.want);
  });
}

// TestFindOldReplicaSets.
const findOldRows: Array<{ name: string; rsList: ReplicaSet[]; want: string[] }> = [
  { name: 'old ReplicaSets', rsList: [newRSFix, oldRSFix], want: ['nginx-old'] },
  { name: 'old ReplicaSets with no new ReplicaSet', rsList: [oldRSFix], want: ['nginx-old'] },
  { name: 'two new ReplicaSets: only the oldest is new, the other is old (even active)', rsList: [oldRSFix, newRSFix, newRSDup], want: ['nginx-old', 'nginx-new'] },
  { name: 'no old ReplicaSets', rsList: [newRSFix], want: [] },
];

for (const row of findOldRows) {
  test(`findOldReplicaSets: ${row.name}`, () => {
    expect(names(sortByCreationTimestamp(findOldReplicaSets(dNginx, row.rsList)))).to.have.members(row.want);
    expect(findOldReplicaSets(dNginx, row.rsList)).to.have.length(row.want.length);
  });
}

const activeOrLatestRows: Array<{ name: string; newRS?: ReplicaSet; oldRSs: ReplicaSet[]; want: string | undefined }> = [
  { name: 'nothing at all', oldRSs: [], want: undefined },
  { name: 'only the new RS is active', newRS: rs('new', 3, 3, 10), oldRSs: [rs('old', 0, 0, 100)], want: 'new' },
  { name: 'only an old RS is active', newRS: rs('new', 0, 0, 10), oldRSs: [rs('old', 3, 3, 100)], want: 'old' },
  { name: 'none active: the new RS', newRS: rs('new', 0, 0, 10), oldRSs: [rs('old', 0, 0, 100)], want: 'new' },
  { name: 'none active and no new RS: the newest old RS', oldRSs: [rs('older', 0, 0, 300), rs('newest', 0, 0, 100), rs('old', 0, 0, 200)], want: 'newest' },
  { name: 'two active: none (proportional scaling decides)', newRS: rs('new', 1, 1, 10), oldRSs: [rs('old', 3, 3, 100)], want: undefined },
];

for (const row of activeOrLatestRows) {
  test(`findActiveOrLatest: ${row.name}`, () => {
    expect(findActiveOrLatest(row.newRS, row.oldRSs)?.metadata?.name).to.equal(row.want);
  });
}

const saturatedRows: Array<{ name: string; rs?: ReplicaSet; want: boolean }> = [
  { name: 'spec, desired-replicas and available all equal replicas (TestAnnotationUtils)', rs: rs('new', 1, 1, 10, { 'deployment.kubernetes.io/desired-replicas': '1' }), want: true },
  { name: 'no ReplicaSet', rs: undefined, want: false },
  { name: 'desired-replicas annotation missing', rs: rs('new', 1, 1, 10), want: false },
  { name: 'desired-replicas annotation unparseable', rs: rs('new', 1, 1, 10, { 'deployment.kubernetes.io/desired-replicas': 'one' }), want: false },
  { name: 'sized for another replicas count', rs: rs('new', 1, 1, 10, { 'deployment.kubernetes.io/desired-replicas': '2' }), want: false },
  { name: 'not all available', rs: rs('new', 1, 0, 10, { 'deployment.kubernetes.io/desired-replicas': '1' }), want: false },
  { name: 'spec differs', rs: rs('new', 2, 1, 10, { 'deployment.kubernetes.io/desired-replicas': '1' }), want: false },
];

for (const row of saturatedRows) {
  test(`isSaturated: ${row.name}`, () => {
    expect(isSaturated(deployment(1, 1, 1), row.rs)).to.equal(row.want);
  });
}

// TestReplicasAnnotationsNeedUpdate (desired 10, max 20).
const annotationsNeedUpdateRows: Array<{ name: string; annotations?: Record<string, string>; want: boolean }> = [
  { name: 'annotations nil', annotations: undefined, want: true },
  { name: 'desiredReplicas update', annotations: sized(8, 20), want: true },
  { name: 'maxReplicas update', annotations: sized(10, 16), want: true },
  { name: "needn't update", annotations: sized(10, 20), want: false },
];

for (const row of annotationsNeedUpdateRows) {
  test(`replicasAnnotationsNeedUpdate: ${row.name}`, () => {
    expect(replicasAnnotationsNeedUpdate(rs('hello', 1, 1, 10, row.annotations), 10, 20)).to.equal(row.want);
  });
}

const sortRows: Array<{ name: string; sort: (rss: ReplicaSet[]) => ReplicaSet[]; want: string[] }> = [
  { name: 'ReplicaSetsByCreationTimestamp: oldest first, then name', sort: sortByCreationTimestamp, want: ['c', 'a', 'b', 'd'] },
  { name: 'ReplicaSetsBySizeNewer: larger first, ties newer first', sort: sortBySizeNewer, want: ['d', 'b', 'a', 'c'] },
  { name: 'ReplicaSetsBySizeOlder: larger first, ties older first', sort: sortBySizeOlder, want: ['d', 'c', 'a', 'b'] },
];

for (const row of sortRows) {
  test(`sort: ${row.name}`, () => {
    const rss = [rs('b', 2, 0, 200), rs('d', 5, 0, 100), rs('a', 2, 0, 200), rs('c', 2, 0, 300)];
    expect(names(row.sort(rss))).to.deep.equal(row.want);
    expect(names(rss), 'input untouched').to.deep.equal(['b', 'd', 'a', 'c']);
  });
}

// ---------------------------------------------------------------------------------------------
// §9 revisions and history cleanup
// ---------------------------------------------------------------------------------------------

const revisionRows: Array<{ name: string; annotation?: string; want: bigint }> = [
  { name: 'missing → 0', annotation: undefined, want: 0n },
  { name: '"1"', annotation: '1', want: 1n },
  { name: '"12"', annotation: '12', want: 12n },
  { name: 'unparseable → 0', annotation: 'abc', want: 0n },
  { name: 'empty → 0', annotation: '', want: 0n },
];

for (const row of revisionRows) {
  test(`revision: ${row.name}`, () => {
    expect(revision(rs('a', 0, 0, 10, row.annotation !== undefined ? revisionAnnotation(row.annotation) : undefined))).to.equal(row.want);
  });
}

const lastRevisionRows: Array<{ name: string; revisions: Array<string | undefined>; max: number; last: number }> = [
  { name: 'revisions 1, 2 → undo goes to 1', revisions: ['1', '2'], max: 2, last: 1 },
  { name: 'order does not matter', revisions: ['3', '1', '2'], max: 3, last: 2 },
  { name: 'a single revision: no previous one', revisions: ['1'], max: 1, last: 0 },
  { name: 'nothing', revisions: [], max: 0, last: 0 },
  { name: 'after undo, revision 1 became 3: history 2, 3 → last 2', revisions: ['3', '2'], max: 3, last: 2 },
  { name: 'an adopted RS without annotation counts as 0', revisions: [undefined, '4'], max: 4, last: 0 },
  { name: 'unparseable revisions are skipped', revisions: ['x', '5', '2'], max: 5, last: 2 },
  { name: 'equal revisions: the second-highest is the same number', revisions: ['2', '2'], max: 2, last: 2 },
];

for (const row of lastRevisionRows) {
  test(`maxRevision / lastRevision: ${row.name}`, () => {
    const rss = row.revisions.map((r, i) => rs(`rs-${i}`, 0, 0, 10 * (i + 1), r !== undefined ? revisionAnnotation(r) : undefined));
    expect(maxRevision(rss)).to.equal(BigInt(row.max));
    expect(lastRevision(rss)).to.equal(BigInt(row.last));
  });
}

test('§9.1 an adopted RS with revision 3546343826724305832 makes the next revision 3546343826724305833', () => {
  const adopted = rs('adopted', 1, 1, 100, revisionAnnotation('3546343826724305832'));
  expect(String(maxRevision([adopted]) + 1n)).to.equal('3546343826724305833');
  // Beyond int64 the annotation does not parse (strconv.ParseInt's range error) and counts as 0.
  expect(revision(rs('huge', 0, 0, 10, revisionAnnotation('9223372036854775808')))).to.equal(0n);
  expect(revision(rs('max', 0, 0, 10, revisionAnnotation('9223372036854775807')))).to.equal(9223372036854775807n);
});

/** cleanupDeployment in sync.go, without the deletes: the ReplicaSets it would delete. */
function cleanupVictims(d: Deployment, oldRSs: ReplicaSet[]): string[] {
  if (!hasRevisionHistoryLimit(d)) return [];
  const cleanable = oldRSs.filter((r) => !r.metadata?.deletionTimestamp);
  const diff = cleanable.length - (d.spec?.revisionHistoryLimit ?? 0);
  if (diff <= 0) return [];
  return sortByRevision(cleanable)
    .slice(0, diff)
    .filter((r) => (r.status?.replicas ?? 0) === 0 && (r.spec?.replicas ?? 0) === 0 && (r.metadata?.generation ?? 0) <= (r.status?.observedGeneration ?? 0) && !r.metadata?.deletionTimestamp)
    .map((r) => r.metadata!.name!);
}

// TestDeploymentController_cleanupDeploymentOrder: creation order rs1 < rs2 < rs3 < rs4, status.replicas = spec.replicas.
const byRev = (name: string, replicas: number, age: number, rev: string): ReplicaSet => rs(name, replicas, replicas, age, rev ? revisionAnnotation(rev) : undefined);
const cleanupOrderRows: Array<{ name: string; limit: number; oldRSs: ReplicaSet[]; want: string[] }> = [
  { name: 'revision order rs1 < rs2: delete rs1', limit: 1, oldRSs: [byRev('foo-1', 0, 60, '1'), byRev('foo-2', 0, 0, '2')], want: ['foo-1'] },
  { name: 'revision order rs2 < rs1: delete rs2', limit: 1, oldRSs: [byRev('foo-1', 0, 60, '2'), byRev('foo-2', 0, 0, '1')], want: ['foo-2'] },
  { name: "rs2 has no revision (0): delete rs2", limit: 1, oldRSs: [byRev('foo-1', 0, 60, '1'), byRev('foo-2', 0, 0, '')], want: ['foo-2'] },
  { name: "rs1 has no revision (0): delete rs1", limit: 1, oldRSs: [byRev('foo-1', 0, 60, ''), byRev('foo-2', 0, 0, '2')], want: ['foo-1'] },
  {
    name: 'rs1 < rs2 < rs3 but rs1 has replicas: delete rs2 only', limit: 1,
    oldRSs: [byRev('foo-1', 1, 60, '1'), byRev('foo-2', 0, 0, '2'), byRev('foo-3', 0, -60, '3')], want: ['foo-2'],
  },
  {
    name: 'rs1 and rs2 have replicas: delete nothing (later candidates do not replace skipped ones)', limit: 1,
    oldRSs: [byRev('foo-1', 1, 60, '1'), byRev('foo-2', 1, 0, '2'), byRev('foo-3', 0, -60, '3')], want: [],
  },
  {
    name: 'limit 2, revisions {3,1,4,2}: delete revisions 1 and 2', limit: 2,
    oldRSs: [byRev('foo-1', 0, 60, '3'), byRev('foo-2', 0, 0, '1'), byRev('foo-3', 0, -60, '4'), byRev('foo-4', 0, -120, '2')], want: ['foo-2', 'foo-4'],
  },
  {
    name: 'an unparseable revision sorts by creation time, not as revision 0', limit: 1,
    oldRSs: [byRev('foo-1', 0, 60, '5'), byRev('foo-2', 0, 0, 'x')], want: ['foo-1'],
  },
];

for (const row of cleanupOrderRows) {
  test(`cleanupDeployment order: ${row.name}`, () => {
    expect(cleanupVictims(deployment(1, 0, 0, { revisionHistoryLimit: row.limit }), row.oldRSs)).to.have.members(row.want);
    expect(cleanupVictims(deployment(1, 0, 0, { revisionHistoryLimit: row.limit }), row.oldRSs)).to.have.length(row.want.length);
  });
}

// TestDeploymentController_cleanupDeployment: newRSWithStatus(name, spec, status) without revisions.
const withStatus = (name: string, specReplicas: number, statusReplicas: number, extra: { deleting?: boolean } = {}): ReplicaSet =>
  rs(name, specReplicas, 0, 0, undefined, { statusReplicas, ...extra });
const cleanupCountRows: Array<{ name: string; limit: number; oldRSs: ReplicaSet[]; want: number }> = [
  { name: '3 empty, limit 1 → 2', limit: 1, oldRSs: [withStatus('foo-1', 0, 0), withStatus('foo-2', 0, 0), withStatus('foo-3', 0, 0)], want: 2 },
  {
    name: 'only spec = status = 0 is deleted, limit 0 → 1', limit: 0,
    oldRSs: [withStatus('foo-1', 0, 0), withStatus('foo-2', 0, 1), withStatus('foo-3', 1, 0), withStatus('foo-4', 1, 1)], want: 1,
  },
  { name: '2 empty, limit 0 → 2', limit: 0, oldRSs: [withStatus('foo-1', 0, 0), withStatus('foo-2', 0, 0)], want: 2 },
  { name: '2 with replicas, limit 0 → 0', limit: 0, oldRSs: [withStatus('foo-1', 1, 1), withStatus('foo-2', 1, 1)], want: 0 },
  { name: 'already being deleted, limit 0 → 0', limit: 0, oldRSs: [withStatus('foo-1', 0, 0, { deleting: true })], want: 0 },
  { name: 'unlimited (MaxInt32) → 0', limit: 2147483647, oldRSs: [withStatus('foo-1', 0, 0), withStatus('foo-2', 0, 0), withStatus('foo-3', 0, 0)], want: 0 },
];

for (const row of cleanupCountRows) {
  test(`cleanupDeployment: ${row.name}`, () => {
    expect(cleanupVictims(deployment(1, 0, 0, { revisionHistoryLimit: row.limit }), row.oldRSs)).to.have.length(row.want);
  });
}

test('cleanupDeployment: an RS whose latest spec was not observed yet (generation > observedGeneration) is kept', () => {
  const fresh = rs('foo-1', 0, 0, 60, revisionAnnotation('1'), { generation: 3, observedGeneration: 2 });
  const observed = rs('foo-2', 0, 0, 0, revisionAnnotation('2'), { generation: 3, observedGeneration: 3 });
  expect(cleanupVictims(deployment(1, 0, 0, { revisionHistoryLimit: 0 }), [fresh, observed])).to.deep.equal(['foo-2']);
});

test('cleanupDeployment: revisionHistoryLimit absent keeps everything', () => {
  const d = deployment(1, 0, 0);
  delete d.spec!.revisionHistoryLimit;
  expect(cleanupVictims(d, [withStatus('foo-1', 0, 0)])).to.deep.equal([]);
});

// ---------------------------------------------------------------------------------------------
// §12 status: DeploymentComplete, DeploymentProgressing, DeploymentTimedOut, SetDeploymentCondition
// ---------------------------------------------------------------------------------------------

// TestDeploymentComplete: deployment(desired, current, updated, available, maxUnavailable, maxSurge).
const completeRows: Array<{ name: string; d: [number, number, number, number, number, number]; generation?: [number, number]; want: boolean }> = [
  { name: 'not complete: min but not all pods become available', d: [5, 5, 5, 4, 1, 0], want: false },
  { name: 'not complete: min availability is not honored', d: [5, 5, 5, 3, 1, 0], want: false },
  { name: 'complete', d: [5, 5, 5, 5, 0, 0], want: true },
  { name: 'not complete: all pods are available but not updated', d: [5, 5, 4, 5, 0, 0], want: false },
  { name: 'not complete: still running old pods', d: [1, 2, 1, 1, 0, 1], want: false },
  { name: 'not complete: one replica deployment never comes up', d: [1, 1, 1, 0, 1, 1], want: false },
  { name: 'not complete: the latest generation is not observed yet', d: [5, 5, 5, 5, 0, 0], generation: [2, 1], want: false },
  { name: 'complete: observedGeneration ahead of the generation read', d: [5, 5, 5, 5, 0, 0], generation: [2, 3], want: true },
];

for (const row of completeRows) {
  test(`deploymentComplete: ${row.name}`, () => {
    const [desired, current, updated, available, unavailable, surge] = row.d;
    const [generation, observed] = row.generation ?? [0, 0];
    const s = status(current, updated, available, available, { observedGeneration: observed });
    const d = deployment(desired, surge, unavailable, { generation, status: s });
    expect(deploymentComplete(d, s)).to.equal(row.want);
  });
}

// TestDeploymentProgressing: (replicas, updated, ready, available) before and after.
const progressingRows: Array<{ name: string; old: [number, number, number, number]; now: [number, number, number, number]; want: boolean }> = [
  { name: 'progressing: updated pods', old: [10, 4, 4, 4], now: [10, 6, 4, 4], want: true },
  { name: 'not progressing', old: [10, 4, 4, 4], now: [10, 4, 4, 4], want: false },
  { name: 'progressing: old pods removed', old: [10, 4, 6, 6], now: [8, 4, 6, 6], want: true },
  { name: 'not progressing: less new pods', old: [10, 7, 3, 3], now: [10, 6, 3, 3], want: false },
  { name: 'progressing: less overall but more new pods', old: [10, 4, 7, 7], now: [8, 8, 5, 5], want: true },
  { name: 'progressing: more ready pods', old: [10, 10, 9, 8], now: [10, 10, 10, 8], want: true },
  { name: 'progressing: more available pods', old: [10, 10, 10, 9], now: [10, 10, 10, 10], want: true },
];

for (const row of progressingRows) {
  test(`deploymentProgressing: ${row.name}`, () => {
    const d = deployment(10, 0, 1, { status: status(...row.old) });
    expect(deploymentProgressing(d, status(...row.now))).to.equal(row.want);
  });
}

// TestDeploymentTimedOut: the Progressing condition was last updated at `from`, now is 00:01:20.
const minuteSecond = (min: number, sec: number): number => Date.UTC(2016, 0, 1, 0, min, sec);
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const timedOutRows: Array<{ name: string; deadline?: number; reason: string; from?: number; now: number; want: boolean }> = [
  { name: 'nil progressDeadlineSeconds - no timeout', deadline: undefined, reason: '', from: minuteSecond(1, 9), now: minuteSecond(1, 20), want: false },
  { name: 'infinite progressDeadlineSeconds - no timeout', deadline: 2147483647, reason: '', from: minuteSecond(1, 9), now: minuteSecond(1, 20), want: false },
  { name: 'progressDeadlineSeconds 10s, 00:01:20 − 00:01:09 = 11s → timed out', deadline: 10, reason: '', from: minuteSecond(1, 9), now: minuteSecond(1, 20), want: true },
  { name: 'progressDeadlineSeconds 10s, 00:01:20 − 00:01:11 = 9s → not yet', deadline: 10, reason: '', from: minuteSecond(1, 11), now: minuteSecond(1, 20), want: false },
  { name: 'previous status was a complete deployment', deadline: undefined, reason: NewRSAvailableReason, from: undefined, now: minuteSecond(1, 20), want: false },
  { name: 'exactly at the deadline (10s) is not timed out: the comparison is strict', deadline: 10, reason: '', from: minuteSecond(1, 10), now: minuteSecond(1, 20), want: false },
  { name: 'one millisecond past the deadline is', deadline: 10, reason: '', from: minuteSecond(1, 10), now: minuteSecond(1, 20) + 1, want: true },
  { name: 'NewReplicaSetAvailable never times out, however old', deadline: 10, reason: NewRSAvailableReason, from: minuteSecond(0, 0), now: minuteSecond(59, 0), want: false },
  { name: 'ProgressDeadlineExceeded stays timed out, however recent', deadline: 600, reason: TimedOutReason, from: minuteSecond(1, 20), now: minuteSecond(1, 20), want: true },
  { name: 'default 600s: 600s after the last progress is not yet', deadline: 600, reason: 'ReplicaSetUpdated', from: minuteSecond(0, 0), now: minuteSecond(10, 0), want: false },
  { name: 'default 600s: 601s after the last progress is', deadline: 600, reason: 'ReplicaSetUpdated', from: minuteSecond(0, 0), now: minuteSecond(10, 1), want: true },
];

for (const row of timedOutRows) {
  test(`deploymentTimedOut: ${row.name}`, () => {
    const s: DeploymentStatus = { conditions: [condition('Progressing', 'True', row.reason, row.from !== undefined ? iso(row.from) : undefined)] };
    const d = deployment(1, 1, 0, { status: s, progressDeadlineSeconds: row.deadline });
    expect(deploymentTimedOut(d, s, row.now)).to.equal(row.want);
  });
}

test('deploymentTimedOut: no Progressing condition → no base to estimate from, not timed out', () => {
  const s: DeploymentStatus = { conditions: [condition('Available', 'True', 'MinimumReplicasAvailable', ago(3600))] };
  expect(deploymentTimedOut(deployment(1, 1, 0, { status: s, progressDeadlineSeconds: 10 }), s, NOW)).to.equal(false);
});

// TestSetCondition / TestRemoveCondition plus the lastTransitionTime rules of §12.2.
const condProgressing = () => condition('Progressing', 'False', 'ForSomeReason');
const condProgressing2 = () => condition('Progressing', 'True', 'BecauseItIs');
const condAvailable = () => condition('Available', 'True', 'AwesomeController');
const setConditionRows: Array<{ name: string; before: DeploymentStatus; cond: ReturnType<typeof condition>; want: DeploymentStatus }> = [
  { name: 'set for the first time', before: {}, cond: condAvailable(), want: { conditions: [condAvailable()] } },
  { name: 'simple set: appended', before: { conditions: [condProgressing()] }, cond: condAvailable(), want: { conditions: [condProgressing(), condAvailable()] } },
  { name: 'overwrite', before: { conditions: [condProgressing()] }, cond: condProgressing2(), want: { conditions: [condProgressing2()] } },
  {
    name: 'same status and reason: nothing changes, not even lastUpdateTime',
    before: { conditions: [condition('Available', 'True', 'MinimumReplicasAvailable', ago(60), ago(600))] },
    cond: condition('Available', 'True', 'MinimumReplicasAvailable', ago(0), ago(0)),
    want: { conditions: [condition('Available', 'True', 'MinimumReplicasAvailable', ago(60), ago(600))] },
  },
  {
    name: 'same status, new reason: replaced, lastTransitionTime kept',
    before: { conditions: [condition('Progressing', 'True', 'NewReplicaSetCreated', ago(60), ago(600))] },
    cond: condition('Progressing', 'True', 'ReplicaSetUpdated', ago(0), ago(0)),
    want: { conditions: [condition('Progressing', 'True', 'ReplicaSetUpdated', ago(0), ago(600))] },
  },
  {
    name: 'new status: new lastTransitionTime',
    before: { conditions: [condition('Progressing', 'True', 'ReplicaSetUpdated', ago(60), ago(600))] },
    cond: condition('Progressing', 'False', 'ProgressDeadlineExceeded', ago(0), ago(0)),
    want: { conditions: [condition('Progressing', 'False', 'ProgressDeadlineExceeded', ago(0), ago(0))] },
  },
  {
    name: 'a replaced condition moves to the end (describe lists Progressing after Available)',
    before: { conditions: [condition('Progressing', 'True', 'ReplicaSetUpdated', ago(60), ago(600)), condition('Available', 'True', 'MinimumReplicasAvailable', ago(60), ago(600))] },
    cond: condition('Progressing', 'True', 'NewReplicaSetAvailable', ago(0), ago(0)),
    want: {
      conditions: [condition('Available', 'True', 'MinimumReplicasAvailable', ago(60), ago(600)), condition('Progressing', 'True', 'NewReplicaSetAvailable', ago(0), ago(600))],
    },
  },
];

for (const row of setConditionRows) {
  test(`setDeploymentCondition: ${row.name}`, () => {
    const s = structuredClone(row.before);
    setDeploymentCondition(s, row.cond);
    expect(s).to.deep.equal(row.want);
  });
}

const removeConditionRows: Array<{ name: string; before: DeploymentStatus; type: string; want: DeploymentStatus }> = [
  { name: 'remove from empty status', before: {}, type: 'Progressing', want: {} },
  { name: 'simple remove', before: { conditions: [condProgressing()] }, type: 'Progressing', want: { conditions: [] } },
  { name: "doesn't remove anything", before: { conditions: [condProgressing(), condAvailable()] }, type: 'ReplicaFailure', want: { conditions: [condProgressing(), condAvailable()] } },
];

for (const row of removeConditionRows) {
  test(`removeDeploymentCondition: ${row.name}`, () => {
    const s = structuredClone(row.before);
    removeDeploymentCondition(s, row.type);
    expect(s).to.deep.equal(row.want);
  });
}

const getConditionRows: Array<{ name: string; type: string; want: boolean }> = [
  { name: 'condition exists', type: 'Available', want: true },
  { name: 'condition does not exist', type: 'ReplicaFailure', want: false },
];

for (const row of getConditionRows) {
  test(`getDeploymentCondition: ${row.name}`, () => {
    expect(getDeploymentCondition({ conditions: [condProgressing(), condAvailable()] }, row.type) !== undefined).to.equal(row.want);
  });
}
