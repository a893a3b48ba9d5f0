import type { Deployment, KubeObject, ReplicaSet } from '../../model/types';
import type { DeploymentController } from './controller';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevisions, scaleReplicaSetAndRecordEvent } from './sync';
import { syncRolloutStatus } from './progress';
import { cleanupUnhealthyReplicasPlan, deploymentComplete, filterActiveReplicaSets, getReplicaCountForReplicaSets, maxScaledDown, newRSNewReplicas, scaleDownOldReplicaSetsPlan } from './util';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

/**
 * Mirrors rolling.go: one sync either scales the new ReplicaSet up or the old ones down, never
 * both, then updates the status. Completion triggers history cleanup.
 */
export function rolloutRolling(dc: DeploymentController, d: D, rsList: RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, true);
  if (!newRS) return; // creation failed (hash collision): the status write re-queues us
  const allRSs = [...oldRSs, newRS];
  const completeBefore = deploymentComplete(d, d.status ?? {});

  // Scale up, if we can.
  if (reconcileNewReplicaSet(dc, allRSs, newRS, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  // Scale down, if we can.
  if (reconcileOldReplicaSets(dc, allRSs, filterActiveReplicaSets(oldRSs) as RS[], newRS, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (completeBefore) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/** reconcileNewReplicaSet: shrink an oversized new ReplicaSet, or grow it within the surge. */
export function reconcileNewReplicaSet(dc: DeploymentController, allRSs: RS[], newRS: RS, d: D): boolean {
  const replicas = d.spec?.replicas ?? 0;
  const current = newRS.spec?.replicas ?? 0;
  if (current === replicas) return false;
  if (current > replicas) return scaleReplicaSetAndRecordEvent(dc, newRS, replicas, d);
  return scaleReplicaSetAndRecordEvent(dc, newRS, newRSNewReplicas(d, allRSs, newRS), d);
}

/**
 * reconcileOldReplicaSets: first drop old replicas that are unavailable anyway
 * (cleanupUnhealthyReplicas), then scale old ReplicaSets down oldest first while availability
 * stays at or above replicas − maxUnavailable.
 */
export function reconcileOldReplicaSets(dc: DeploymentController, allRSs: RS[], oldRSs: RS[], newRS: RS, d: D): boolean {
  if (getReplicaCountForReplicaSets(oldRSs) === 0) return false;
  const budget = maxScaledDown(d, allRSs, newRS);
  if (budget <= 0) return false;
  let cleaned = 0;
  for (const step of cleanupUnhealthyReplicasPlan(oldRSs, budget)) {
    const before = step.rs.spec?.replicas ?? 0;
    scaleReplicaSetAndRecordEvent(dc, step.rs as RS, step.newReplicas, d);
    cleaned += before - step.newReplicas;
  }
  let scaledDown = 0;
  for (const step of scaleDownOldReplicaSetsPlan(d, [...oldRSs, newRS], oldRSs)) {
    const before = step.rs.spec?.replicas ?? 0;
    scaleReplicaSetAndRecordEvent(dc, step.rs as RS, step.newReplicas, d);
    scaledDown += before - step.newReplicas;
  }
  return cleaned + scaledDown > 0;
}
