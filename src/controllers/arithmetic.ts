/**
 * The controller arithmetic, under its upstream names, from one module.
 *
 * Everything here is pure (plain objects in, numbers and objects out) and re-implemented rule for
 * rule from pkg/controller/deployment/util/deployment_util.go, pkg/controller/deployment/sync.go
 * and rolling.go (the "Plan" functions are the arithmetic of scale, cleanupUnhealthyReplicas and
 * scaleDownOldReplicaSetsForRollingUpdate without the writes) and pkg/controller/controller_utils.go
 * / replica_set.go (pod ranking for deletion, slow start). Each name is listed on its own so the
 * surface can be diffed against upstream; the table tests sit beside the implementations
 * (deployment/util.test.ts, replicaset/util.test.ts).
 */

// Fenceposts: maxSurge rounds up, maxUnavailable rounds down, both 0 → maxUnavailable 1.
export { resolveFenceposts, maxSurge, maxUnavailable, minAvailable, isRollingUpdate } from './deployment/util';

// Rolling update: how far the new ReplicaSet grows, how far the old ones shrink.
export { newRSNewReplicas, maxScaledDown, cleanupUnhealthyReplicasPlan, scaleDownOldReplicaSetsPlan } from './deployment/util';

// Replica counting over a set of ReplicaSets.
export {
  getReplicaCountForReplicaSets,
  getActualReplicaCountForReplicaSets,
  getReadyReplicaCountForReplicaSets,
  getAvailableReplicaCountForReplicaSets,
  filterActiveReplicaSets,
} from './deployment/util';

// Orders: ReplicaSetsByCreationTimestamp, ReplicaSetsBySizeOlder / BySizeNewer, ReplicaSetsByRevision.
export { sortByCreationTimestamp, sortBySizeOlder, sortBySizeNewer, sortByRevision } from './deployment/util';

// New / old ReplicaSet identification.
export { equalIgnoreHash, findNewReplicaSet, findOldReplicaSets, findActiveOrLatest } from './deployment/util';

// Revisions and the replica annotations.
export {
  parseInt64,
  revision,
  maxRevision,
  lastRevision,
  skipCopyAnnotation,
  getDesiredReplicasAnnotation,
  getMaxReplicasAnnotation,
  replicasAnnotationsNeedUpdate,
  hasRevisionHistoryLimit,
} from './deployment/util';

// Proportional scaling (scale in sync.go).
export { isSaturated, getReplicaSetFraction, getProportion, proportionalScalePlan } from './deployment/util';

// Status and conditions.
export {
  hasProgressDeadline,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getDeploymentCondition,
  newDeploymentCondition,
  setDeploymentCondition,
  removeDeploymentCondition,
} from './deployment/util';

// ReplicaSet controller: which pods are deleted first, and slow-start creation batches.
export { deletesBefore, deletionKey, deletionCandidate, ageCandidate, compareDeletionKeys, getPodsToDelete, pickForDeletion, getPodsRankedByRelatedPodsOnSameNode, activePodsPerNode, slowStartBatch, sortRun, mergeRuns } from './replicaset/util';
export type { RankedPod, DeletionKey, DeletionCandidate } from './replicaset/util';
