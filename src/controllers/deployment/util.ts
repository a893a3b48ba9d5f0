import type { Deployment, DeploymentCondition, DeploymentStatus, PodTemplateSpec, ReplicaSet } from '../../model/types';
import { getScaledValueFromIntOrPercent } from '../../model/int-or-percent';
import { deepEqual } from '../../model/hash';
import { parseTime } from '../../clock/virtual-clock';

/**
 * Deployment arithmetic, re-implemented from pkg/controller/deployment/util/deployment_util.go
 * under the upstream names (camelCased) so behaviour can be diffed rule for rule. Everything here
 * is pure: plain objects in, numbers and objects out.
 */

export const RevisionAnnotation = 'deployment.kubernetes.io/revision';
export const RevisionHistoryAnnotation = 'deployment.kubernetes.io/revision-history';
export const DesiredReplicasAnnotation = 'deployment.kubernetes.io/desired-replicas';
export const MaxReplicasAnnotation = 'deployment.kubernetes.io/max-replicas';
export const RollbackToAnnotation = 'deprecated.deployment.rollback.to';
export const ChangeCauseAnnotation = 'kubernetes.io/change-cause';
export const LastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';
export const DefaultDeploymentUniqueLabelKey = 'pod-template-hash';
/** Upper bound of the revision-history annotation's length (maxRevHistoryLengthInChars). */
export const MaxRevHistoryLengthInChars = 2000;
const MaxInt32 = 2147483647;

// Condition reasons (deployment_util.go).
export const NewRSAvailableReason = 'NewReplicaSetAvailable';
export const ReplicaSetUpdatedReason = 'ReplicaSetUpdated';
export const TimedOutReason = 'ProgressDeadlineExceeded';
export const NewReplicaSetReason = 'NewReplicaSetCreated';
export const FoundNewRSReason = 'FoundNewReplicaSet';
export const PausedDeployReason = 'DeploymentPaused';
export const ResumedDeployReason = 'DeploymentResumed';
export const MinimumReplicasAvailable = 'MinimumReplicasAvailable';
export const MinimumReplicasUnavailable = 'MinimumReplicasUnavailable';
export const FailedRSCreateReason = 'ReplicaSetCreateError';

/** Annotations never copied from a Deployment to its ReplicaSets (annotationsToSkip). */
const annotationsToSkip = new Set([LastAppliedAnnotation, RevisionAnnotation, RevisionHistoryAnnotation, DesiredReplicasAnnotation, MaxReplicasAnnotation, RollbackToAnnotation]);

export function skipCopyAnnotation(key: string): boolean {
  return annotationsToSkip.has(key);
}

const replicasOf = (rs: ReplicaSet | undefined): number => rs?.spec?.replicas ?? 0;

export function isRollingUpdate(d: Deployment): boolean {
  return d.spec?.strategy?.type === 'RollingUpdate';
}

/**
 * ResolveFenceposts resolves maxSurge and maxUnavailable together: surge rounds up, unavailable
 * rounds down, and when both come out 0 unavailable becomes 1 so a rollout can always move.
 * Example: 2 desired, max unavailable 1%, surge 0% → (0, 1): scale old(-1), new(+1), old(-1), new(+1).
 * 10 desired at 25%/25% → (3, 2).
 */
export function resolveFenceposts(maxSurge: number | string | undefined, maxUnavailable: number | string | undefined, desired: number): [number, number] {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  let unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

/** MaxUnavailable: 0 for Recreate or 0 replicas; never more than the replicas. */
export function maxUnavailable(d: Deployment): number {
  const replicas = d.spec?.replicas ?? 0;
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const ru = d.spec!.strategy!.rollingUpdate ?? {};
  const [, unavailable] = resolveFenceposts(ru.maxSurge, ru.maxUnavailable, replicas);
  return Math.min(unavailable, replicas);
}

/** MinAvailable: replicas − MaxUnavailable for RollingUpdate, 0 otherwise. */
export function minAvailable(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  return (d.spec?.replicas ?? 0) - maxUnavailable(d);
}

/** MaxSurge: the resolved surge for RollingUpdate, 0 otherwise. */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec!.strategy!.rollingUpdate ?? {};
  const [surge] = resolveFenceposts(ru.maxSurge, ru.maxUnavailable, d.spec?.replicas ?? 0);
  return surge;
}

/** GetReplicaCountForReplicaSets: Σ spec.replicas. */
export function getReplicaCountForReplicaSets(rss: Array<ReplicaSet | undefined>): number {
  let n = 0;
  for (const rs of rss) if (rs) n += replicasOf(rs);
  return n;
}

/** GetActualReplicaCountForReplicaSets: Σ status.replicas. */
export function getActualReplicaCountForReplicaSets(rss: Array<ReplicaSet | undefined>): number {
  let n = 0;
  for (const rs of rss) if (rs) n += rs.status?.replicas ?? 0;
  return n;
}

export function getReadyReplicaCountForReplicaSets(rss: Array<ReplicaSet | undefined>): number {
  let n = 0;
  for (const rs of rss) if (rs) n += rs.status?.readyReplicas ?? 0;
  return n;
}

export function getAvailableReplicaCountForReplicaSets(rss: Array<ReplicaSet | undefined>): number {
  let n = 0;
  for (const rs of rss) if (rs) n += rs.status?.availableReplicas ?? 0;
  return n;
}

/**
 * NewRSNewReplicas: how far the new ReplicaSet may grow now. For RollingUpdate it fills the
 * room under replicas + maxSurge (counting every ReplicaSet's spec), never past the replicas.
 * Example: replicas 10, surge 25% (3), old 10, new 0 → 3; old 8, new 3 → 5.
 */
export function newRSNewReplicas(d: Deployment, allRSs: Array<ReplicaSet | undefined>, newRS: ReplicaSet): number {
  const replicas = d.spec?.replicas ?? 0;
  switch (d.spec?.strategy?.type) {
    case 'RollingUpdate': {
      const surge = getScaledValueFromIntOrPercent(d.spec!.strategy!.rollingUpdate?.maxSurge ?? 0, replicas, true);
      const currentPodCount = getReplicaCountForReplicaSets(allRSs);
      const maxTotalPods = replicas + surge;
      if (currentPodCount >= maxTotalPods) return replicasOf(newRS);
      const scaleUpCount = Math.min(maxTotalPods - currentPodCount, replicas - replicasOf(newRS));
      return replicasOf(newRS) + scaleUpCount;
    }
    case 'Recreate':
      return replicas;
    default:
      throw new Error(`deployment type ${d.spec?.strategy?.type} isn't supported`);
  }
}

/**
 * The room the old ReplicaSets have to shrink in one rolling step (reconcileOldReplicaSets):
 * all pods − minAvailable − the new ReplicaSet's unavailable pods. The new ReplicaSet's
 * unavailable pods count against it so a broken new version cannot eat the old capacity.
 * Example: replicas 10, maxUnavailable 2, old 8 available, new 2 unavailable → 10 − 8 − 2 = 0.
 */
export function maxScaledDown(d: Deployment, allRSs: Array<ReplicaSet | undefined>, newRS: ReplicaSet): number {
  const allPodsCount = getReplicaCountForReplicaSets(allRSs);
  const newRSUnavailablePodCount = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  return allPodsCount - minAvailable(d) - newRSUnavailablePodCount;
}

/**
 * cleanupUnhealthyReplicas, as arithmetic: which old ReplicaSets lose how many unavailable
 * replicas (oldest first) within `maxCleanupCount`. Returns the new sizes, in the sorted order.
 */
export function cleanupUnhealthyReplicasPlan(oldRSs: ReplicaSet[], maxCleanupCount: number): Array<{ rs: ReplicaSet; newReplicas: number }> {
  const plan: Array<{ rs: ReplicaSet; newReplicas: number }> = [];
  let total = 0;
  for (const rs of sortByCreationTimestamp(oldRSs)) {
    if (total >= maxCleanupCount) break;
    const spec = replicasOf(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (spec === 0 || spec === available) continue;
    const n = Math.min(maxCleanupCount - total, spec - available);
    plan.push({ rs, newReplicas: spec - n });
    total += n;
  }
  return plan;
}

/**
 * scaleDownOldReplicaSetsForRollingUpdate, as arithmetic: with available pods over minAvailable,
 * shrink old ReplicaSets oldest first by the excess. `allRSs` includes the new ReplicaSet.
 */
export function scaleDownOldReplicaSetsPlan(d: Deployment, allRSs: Array<ReplicaSet | undefined>, oldRSs: ReplicaSet[]): Array<{ rs: ReplicaSet; newReplicas: number }> {
  const min = minAvailable(d);
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  if (available <= min) return [];
  const totalScaleDownCount = available - min;
  let done = 0;
  const plan: Array<{ rs: ReplicaSet; newReplicas: number }> = [];
  for (const rs of sortByCreationTimestamp(oldRSs)) {
    if (done >= totalScaleDownCount) break;
    const spec = replicasOf(rs);
    if (spec === 0) continue;
    const n = Math.min(spec, totalScaleDownCount - done);
    plan.push({ rs, newReplicas: spec - n });
    done += n;
  }
  return plan;
}

/** ReplicaSetsByCreationTimestamp: oldest first, name as the tie-break. */
export function sortByCreationTimestamp<T extends { metadata?: { creationTimestamp?: string; name?: string } }>(rss: T[]): T[] {
  return [...rss].sort((a, b) => compareCreation(a, b));
}

function compareCreation(a: { metadata?: { creationTimestamp?: string; name?: string } }, b: { metadata?: { creationTimestamp?: string; name?: string } }): number {
  const ta = parseTime(a.metadata?.creationTimestamp) ?? 0;
  const tb = parseTime(b.metadata?.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  const na = a.metadata?.name ?? '';
  const nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** ReplicaSetsBySizeOlder: larger first; equal sizes, older first (used when scaling down). */
export function sortBySizeOlder(rss: ReplicaSet[]): ReplicaSet[] {
  return [...rss].sort((a, b) => (replicasOf(a) !== replicasOf(b) ? replicasOf(b) - replicasOf(a) : compareCreation(a, b)));
}

/** ReplicaSetsBySizeNewer: larger first; equal sizes, newer first (used when scaling up). */
export function sortBySizeNewer(rss: ReplicaSet[]): ReplicaSet[] {
  return [...rss].sort((a, b) => (replicasOf(a) !== replicasOf(b) ? replicasOf(b) - replicasOf(a) : compareCreation(b, a)));
}

/** FilterActiveReplicaSets: those with spec.replicas > 0. */
export function filterActiveReplicaSets(rss: Array<ReplicaSet | undefined>): ReplicaSet[] {
  return rss.filter((rs): rs is ReplicaSet => !!rs && replicasOf(rs) > 0);
}

/**
 * EqualIgnoreHash: templates equal once the pod-template-hash label is removed from both.
 * This is what decides which ReplicaSet is "new".
 */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return deepEqual(stripHash(a), stripHash(b));
}

function stripHash(t: PodTemplateSpec | undefined): unknown {
  if (!t) return t;
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[DefaultDeploymentUniqueLabelKey];
  const metadata = { ...(t.metadata ?? {}), labels: Object.keys(labels).length > 0 ? labels : undefined };
  return { ...t, metadata };
}

/** FindNewReplicaSet: the oldest ReplicaSet whose template equals the Deployment's. */
export function findNewReplicaSet(d: Deployment, rsList: ReplicaSet[]): ReplicaSet | undefined {
  for (const rs of sortByCreationTimestamp(rsList)) {
    if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) return rs;
  }
  return undefined;
}

/** FindOldReplicaSets: every other owned ReplicaSet (active or not). */
export function findOldReplicaSets(d: Deployment, rsList: ReplicaSet[]): ReplicaSet[] {
  const newRS = findNewReplicaSet(d, rsList);
  return rsList.filter((rs) => rs !== newRS);
}

/** FindActiveOrLatest: the single active ReplicaSet, or the newest when none is active. */
export function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = sortByCreationTimestamp(oldRSs).reverse();
  const active = filterActiveReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  if (active.length === 1) return active[0];
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/**
 * strconv.ParseInt(v, 10, 64): revisions are int64s, beyond JavaScript's exact integers (an
 * adopted ReplicaSet may carry 3546343826724305832), so they are bigints here.
 */
export function parseInt64(v: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(v)) return undefined;
  const n = BigInt(v);
  return n > INT64_MAX || n < INT64_MIN ? undefined : n;
}

/** Revision: the revision annotation (0 when missing or unparseable). */
export function revision(obj: { metadata?: { annotations?: Record<string, string> } } | undefined): bigint {
  const v = obj?.metadata?.annotations?.[RevisionAnnotation];
  return (v === undefined ? undefined : parseInt64(v)) ?? 0n;
}

/** MaxRevision: the highest revision among the ReplicaSets (unparseable ones are skipped). */
export function maxRevision(rss: ReplicaSet[]): bigint {
  let max = 0n;
  for (const rs of rss) {
    const v = revision(rs);
    if (v > max) max = v;
  }
  return max;
}

/** LastRevision: the second-highest revision (what `rollout undo` goes back to). */
export function lastRevision(rss: ReplicaSet[]): bigint {
  let max = 0n;
  let secMax = 0n;
  for (const rs of rss) {
    const v = revision(rs);
    if (v >= max) {
      secMax = max;
      max = v;
    } else if (v > secMax) secMax = v;
  }
  return secMax;
}

/**
 * ReplicaSetsByRevision: ascending revision; ties by creation time then name. As upstream's Less,
 * a pair where either revision fails to parse is ordered by creation time too (a missing
 * annotation is revision 0, an unparseable one is not).
 */
export function sortByRevision(rss: ReplicaSet[]): ReplicaSet[] {
  return [...rss].sort((a, b) => {
    const ra = parsedRevision(a);
    const rb = parsedRevision(b);
    return ra !== undefined && rb !== undefined && ra !== rb ? (ra < rb ? -1 : 1) : compareCreation(a, b);
  });
}

/** Revision() with its error: 0 when the annotation is missing, undefined when it does not parse. */
function parsedRevision(rs: ReplicaSet): bigint | undefined {
  const v = rs.metadata?.annotations?.[RevisionAnnotation];
  if (v === undefined) return 0n;
  return parseInt64(v);
}

function intAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const v = rs.metadata?.annotations?.[key];
  if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

export function getDesiredReplicasAnnotation(rs: ReplicaSet): number | undefined {
  return intAnnotation(rs, DesiredReplicasAnnotation);
}

export function getMaxReplicasAnnotation(rs: ReplicaSet): number | undefined {
  return intAnnotation(rs, MaxReplicasAnnotation);
}

/** ReplicasAnnotationsNeedUpdate. */
export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desiredReplicas: number, maxReplicas: number): boolean {
  const a = rs.metadata?.annotations;
  if (!a) return true;
  return a[DesiredReplicasAnnotation] !== String(desiredReplicas) || a[MaxReplicasAnnotation] !== String(maxReplicas);
}

/**
 * IsSaturated: the new ReplicaSet has all the replicas, was sized for them, and all are available.
 */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = getDesiredReplicasAnnotation(rs);
  if (desired === undefined) return false;
  const replicas = d.spec?.replicas ?? 0;
  return replicasOf(rs) === replicas && desired === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}

/**
 * getReplicaSetFraction: this ReplicaSet's share of a resize, from the max-replicas annotation
 * it was last sized under: round(spec × (R + surge) / maxReplicasBefore) − spec, rounding half
 * away from zero. Scaling to 0 takes the whole ReplicaSet.
 * Example: spec 8 under max 13, new R + surge 33 → round(20.31) − 8 = 12.
 */
export function getReplicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  const replicas = d.spec?.replicas ?? 0;
  if (replicas === 0) return -replicasOf(rs);
  const deploymentMaxReplicas = replicas + maxSurge(d);
  let before = getMaxReplicasAnnotation(rs);
  if (before === undefined || before === 0) before = d.status?.replicas ?? 0;
  const newSize = (replicasOf(rs) * deploymentMaxReplicas) / before;
  return roundHalfAwayFromZero(newSize) - replicasOf(rs);
}

/** GetProportion: the fraction, clamped to what is still left to add (or remove). */
export function getProportion(rs: ReplicaSet | undefined, d: Deployment, deploymentReplicasToAdd: number, deploymentReplicasAdded: number): number {
  if (!rs || replicasOf(rs) === 0 || deploymentReplicasToAdd === 0 || deploymentReplicasToAdd === deploymentReplicasAdded) return 0;
  const fraction = getReplicaSetFraction(rs, d);
  const allowed = deploymentReplicasToAdd - deploymentReplicasAdded;
  return deploymentReplicasToAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/**
 * The sizes proportional scaling gives each active ReplicaSet (the arithmetic of `scale` in
 * sync.go): distribute replicas + surge − Σ spec over the active ReplicaSets, largest first,
 * leftovers to the first. Returns sizes in processing order, plus the direction word used in
 * the event ("up"/"down"), which upstream applies to every ReplicaSet of the pass.
 */
export function proportionalScalePlan(d: Deployment, activeRSs: ReplicaSet[]): { order: ReplicaSet[]; sizes: number[]; operation: 'up' | 'down' | '' } {
  const replicas = d.spec?.replicas ?? 0;
  const allowedSize = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowedSize - getReplicaCountForReplicaSets(activeRSs);
  const order = toAdd > 0 ? sortBySizeNewer(activeRSs) : toAdd < 0 ? sortBySizeOlder(activeRSs) : [...activeRSs];
  const operation = toAdd > 0 ? 'up' : toAdd < 0 ? 'down' : '';
  let added = 0;
  const sizes = order.map((rs) => {
    if (toAdd === 0) return replicasOf(rs);
    const p = getProportion(rs, d, toAdd, added);
    added += p;
    return replicasOf(rs) + p;
  });
  if (order.length > 0 && toAdd !== 0) sizes[0] = Math.max(0, sizes[0] + toAdd - added);
  return { order, sizes, operation };
}

function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

export function hasProgressDeadline(d: Deployment): boolean {
  const p = d.spec?.progressDeadlineSeconds;
  return p !== undefined && p !== null && p !== MaxInt32;
}

export function hasRevisionHistoryLimit(d: Deployment): boolean {
  const l = d.spec?.revisionHistoryLimit;
  return l !== undefined && l !== null && l !== MaxInt32;
}

/**
 * DeploymentComplete: every replica updated and available, and the latest spec observed.
 */
export function deploymentComplete(d: Deployment, s: DeploymentStatus): boolean {
  const replicas = d.spec?.replicas ?? 0;
  return (s.updatedReplicas ?? 0) === replicas && (s.replicas ?? 0) === replicas && (s.availableReplicas ?? 0) === replicas && (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
}

/**
 * DeploymentProgressing: compared with the stored status, more pods were updated, fewer old
 * pods remain, or more are ready or available.
 */
export function deploymentProgressing(d: Deployment, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldStatusOldReplicas = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newStatusOldReplicas = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newStatusOldReplicas < oldStatusOldReplicas ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/**
 * DeploymentTimedOut: the Progressing condition has not been updated for longer than
 * progressDeadlineSeconds (strictly), or already says ProgressDeadlineExceeded.
 */
export function deploymentTimedOut(d: Deployment, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getDeploymentCondition(s, 'Progressing');
  if (!c) return false;
  if (c.reason === NewRSAvailableReason) return false;
  if (c.reason === TimedOutReason) return true;
  const from = parseTime(c.lastUpdateTime) ?? 0;
  return from + d.spec!.progressDeadlineSeconds! * 1000 < nowMs;
}

export function getDeploymentCondition(s: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return s?.conditions?.find((c) => c.type === type);
}

export function newDeploymentCondition(type: string, status: string, reason: string, message: string, nowIso: string): DeploymentCondition {
  return { type, status, reason, message, lastUpdateTime: nowIso, lastTransitionTime: nowIso };
}

/**
 * SetDeploymentCondition: same status and reason → nothing; same status → keep the transition
 * time. The condition is re-appended at the end, which is why `describe` can list Progressing
 * before Available after a rollout.
 */
export function setDeploymentCondition(s: DeploymentStatus, condition: DeploymentCondition): void {
  const current = getDeploymentCondition(s, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  if (current && current.status === condition.status) condition.lastTransitionTime = current.lastTransitionTime;
  s.conditions = [...(s.conditions ?? []).filter((c) => c.type !== condition.type), condition];
}

export function removeDeploymentCondition(s: DeploymentStatus, type: string): void {
  if (s.conditions) s.conditions = s.conditions.filter((c) => c.type !== type);
}
