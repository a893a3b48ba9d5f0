import type { Deployment, KubeObject, Pod, ReplicaSet } from '../../model/types';
import type { DeploymentController } from './controller';
import { cleanupDeployment, getAllReplicaSetsAndSyncRevisions, scaleReplicaSetAndRecordEvent } from './sync';
import { syncRolloutStatus } from './progress';
import { deploymentComplete, filterActiveReplicaSets, getActualReplicaCountForReplicaSets } from './util';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

/**
 * Mirrors recreate.go: scale every old ReplicaSet to 0, wait until no old pod is left (terminating
 * ones included), only then create and scale up the new ReplicaSet.
 */
export function rolloutRecreate(dc: DeploymentController, d: D, rsList: RS[], podMap: Map<string, Pod[]>): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  const completeBefore = deploymentComplete(d, d.status ?? {});

  let scaledDown = false;
  for (const rs of filterActiveReplicaSets(oldRSs)) {
    if (scaleReplicaSetAndRecordEvent(dc, rs as RS, 0, d)) scaledDown = true;
  }
  if (scaledDown) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (oldPodsRunning(newRS, oldRSs, podMap)) return syncRolloutStatus(dc, allRSs, newRS, d);

  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) scaleReplicaSetAndRecordEvent(dc, newRS, d.spec?.replicas ?? 0, d);
  if (completeBefore) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/**
 * oldPodsRunning: any old ReplicaSet still reports pods, or any pod of an old ReplicaSet is not
 * Succeeded/Failed (Pending, Running, Unknown and terminating pods all count).
 */
export function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[], podMap: Map<string, Pod[]>): boolean {
  if (getActualReplicaCountForReplicaSets(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata?.uid === uid) continue;
    for (const pod of pods) {
      const phase = pod.status?.phase;
      if (phase === 'Failed' || phase === 'Succeeded') continue;
      return true;
    }
  }
  return false;
}
