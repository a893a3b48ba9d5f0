import type { Deployment, KubeObject, ReplicaSet } from '../../model/types';
import { rfc3339, parseTime } from '../../clock/virtual-clock';
import type { DeploymentController } from './controller';
import { calculateStatus, writeStatusIfChanged } from './sync';
import {
  NewRSAvailableReason, ReplicaSetUpdatedReason, TimedOutReason, deploymentComplete, deploymentProgressing, deploymentTimedOut,
  getDeploymentCondition, hasProgressDeadline, newDeploymentCondition, removeDeploymentCondition, setDeploymentCondition,
} from './util';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

/**
 * Mirrors progress.go syncRolloutStatus: the Progressing condition (complete, progressing, timed
 * out), ReplicaFailure copied from the ReplicaSets, and a timed re-check of a stuck rollout.
 */
export function syncRolloutStatus(dc: DeploymentController, allRSs: Array<RS | undefined>, newRS: RS | undefined, d: D): void {
  const nowMs = dc.ctx.clock.now();
  const nowIso = rfc3339(nowMs);
  const status = calculateStatus(dc, allRSs, newRS, d);
  if (!hasProgressDeadline(d)) removeDeploymentCondition(status, 'Progressing');
  const currentCond = getDeploymentCondition(d.status, 'Progressing');
  const isCompleteDeployment = status.replicas === status.updatedReplicas && currentCond?.reason === NewRSAvailableReason;
  if (hasProgressDeadline(d) && !isCompleteDeployment) {
    const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
    if (deploymentComplete(d, status)) {
      setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', NewRSAvailableReason, `${subject} has successfully progressed.`, nowIso));
    } else if (deploymentProgressing(d, status)) {
      // Progress always rewrites the condition so lastUpdateTime restarts the deadline clock.
      const condition = newDeploymentCondition('Progressing', 'True', ReplicaSetUpdatedReason, `${subject} is progressing.`, nowIso);
      if (currentCond) {
        if (currentCond.status === 'True') condition.lastTransitionTime = currentCond.lastTransitionTime;
        removeDeploymentCondition(status, 'Progressing');
      }
      setDeploymentCondition(status, condition);
    } else if (deploymentTimedOut(d, status, nowMs)) {
      setDeploymentCondition(status, newDeploymentCondition('Progressing', 'False', TimedOutReason, `${subject} has timed out progressing.`, nowIso));
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setDeploymentCondition(status, { ...failure, lastUpdateTime: failure.lastTransitionTime });
  else removeDeploymentCondition(status, 'ReplicaFailure');

  if (!writeStatusIfChanged(dc, d, status)) requeueStuckDeployment(dc, d, status);
}

/** getReplicaFailures: the new ReplicaSet's ReplicaFailure condition, else any old one's. */
function replicaFailure(allRSs: Array<RS | undefined>, newRS: RS | undefined) {
  const fromRS = (rs: RS | undefined) => rs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  const c = fromRS(newRS) ?? allRSs.map(fromRS).find((x) => x);
  return c ? { type: 'ReplicaFailure', status: c.status, reason: c.reason, message: c.message, lastTransitionTime: c.lastTransitionTime } : undefined;
}

/**
 * requeueStuckDeployment: a rollout in progress is looked at again when its deadline would pass
 * (lastUpdateTime + progressDeadlineSeconds, plus a second against clock skew, as upstream).
 */
function requeueStuckDeployment(dc: DeploymentController, d: D, status: ReturnType<typeof calculateStatus>): void {
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !cond) return;
  if (deploymentComplete(d, status) || cond.reason === TimedOutReason) return;
  const lastUpdate = parseTime(cond.lastUpdateTime) ?? dc.ctx.clock.now();
  const after = lastUpdate + d.spec!.progressDeadlineSeconds! * 1000 - dc.ctx.clock.now();
  // Under a second: upstream re-queues rate-limited; a second later reaches the same verdict.
  dc.ctx.enqueueAfter(`${d.metadata.namespace}/${d.metadata.name}`, after < 1000 ? 1000 : after + 1000);
}
