import type { DaemonSet, IntOrString, Node, Pod, PodSpec, Taint, Toleration } from '../../model/types';
import type { DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { NodeAffinity } from 'kubernetes-types/core/v1';
import { getScaledValueFromIntOrPercent } from '../../model/int-or-percent';
import { isPodAvailable, isPodReady } from '../../model/pod-util';
import { findUntoleratedTaint, nodeMatchesPodAffinity } from '../../model/node-affinity';
import { TemplateGenerationAnnotation } from '../../model/daemonset';
import { parseTime } from '../../clock/virtual-clock';

/**
 * The DaemonSet controller's arithmetic, pure (pkg/controller/daemon/daemon_controller.go,
 * update.go and util/daemonset_util.go): which nodes should run a daemon pod, which pods go,
 * how many may be unavailable or surge during an update, and the status counts. Table-tested in
 * util.test.ts; the controller only reads the store and writes what these return.
 *
 * Where upstream walks a Go map (random order) the functions here walk nodes by name.
 */

/** The label that ties a daemon pod to the ControllerRevision it was made from (the bare hash). */
export const DefaultDaemonSetUniqueLabelKey = 'controller-revision-hash';
/** Legacy label with the template generation the pod was created from. */
export const DaemonSetTemplateGenerationKey = 'pod-template-generation';

/**
 * AddOrUpdateDaemonPodTolerations: every daemon pod tolerates node problems forever (no
 * tolerationSeconds), so it is neither evicted from a NotReady/unreachable node nor kept off a
 * cordoned or pressured one. hostNetwork pods also tolerate network-unavailable.
 */
export function addOrUpdateDaemonPodTolerations(spec: PodSpec): void {
  const add = (t: Toleration) => {
    const list = (spec.tolerations ??= []);
    const i = list.findIndex((x) => x.key === t.key && x.effect === t.effect);
    if (i >= 0) list[i] = t;
    else list.push(t);
  };
  add({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' });
  add({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' });
  add({ key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' });
  add({ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' });
  add({ key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' });
  add({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' });
  if (spec.hostNetwork) add({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
}

/**
 * ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity becomes exactly
 * "metadata.name In [node]" (the default scheduler then binds it there).
 */
export function nodeNameAffinity(affinity: PodSpec['affinity'], nodeName: string): NonNullable<PodSpec['affinity']> {
  const nodeAffinity: NodeAffinity = {
    ...(affinity?.nodeAffinity ?? {}),
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
    },
  };
  return { ...(affinity ?? {}), nodeAffinity };
}

/**
 * NodeShouldRunDaemonPod: `shouldRun` — a new daemon pod belongs on the node; `shouldContinueRunning`
 * — a pod already there may stay. The template's nodeName and node affinity / nodeSelector must
 * match; NoSchedule and NoExecute taints must be tolerated (with the daemon tolerations added),
 * but a running pod only has to tolerate the NoExecute ones.
 */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): { shouldRun: boolean; shouldContinueRunning: boolean } {
  const template = ds.spec?.template?.spec;
  const nodeName = node.metadata?.name ?? '';
  if (template?.nodeName && template.nodeName !== nodeName) return { shouldRun: false, shouldContinueRunning: false };
  if (!nodeMatchesPodAffinity(template, node)) return { shouldRun: false, shouldContinueRunning: false };
  const spec: PodSpec = { containers: [], tolerations: [...(template?.tolerations ?? [])] };
  addOrUpdateDaemonPodTolerations(spec);
  const taints: Taint[] = node.spec?.taints ?? [];
  const untolerated = findUntoleratedTaint(taints, spec.tolerations, (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  if (untolerated) {
    const noExecute = findUntoleratedTaint(taints, spec.tolerations, (t) => t.effect === 'NoExecute');
    return { shouldRun: false, shouldContinueRunning: !noExecute };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}

/** The DaemonSet's template generation (the apps/v1 annotation), or undefined. */
export function templateGeneration(ds: DaemonSet): number | undefined {
  const v = ds.metadata?.annotations?.[TemplateGenerationAnnotation];
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

/** IsPodUpdated: the pod carries the current hash, or the current template generation. */
export function isPodUpdated(pod: Pod, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata?.labels ?? {};
  const templateMatches = generation !== undefined && labels[DaemonSetTemplateGenerationKey] === String(generation);
  const hashMatches = hash.length > 0 && labels[DefaultDaemonSetUniqueLabelKey] === hash;
  return hashMatches || templateMatches;
}

function rollingUpdate(ds: DaemonSet): { maxUnavailable?: IntOrString; maxSurge?: IntOrString } | undefined {
  const s = ds.spec?.updateStrategy;
  return s?.type === 'RollingUpdate' ? (s.rollingUpdate ?? undefined) : undefined;
}

/** UnavailableCount: maxUnavailable over the nodes that should run a pod, rounded up. */
export function unavailableCount(ds: DaemonSet, numberToSchedule: number): number {
  const ru = rollingUpdate(ds);
  if (!ru || ru.maxUnavailable === undefined) return 0;
  return getScaledValueFromIntOrPercent(ru.maxUnavailable, numberToSchedule, true);
}

/** SurgeCount: maxSurge over the nodes that should run a pod, rounded up. */
export function surgeCount(ds: DaemonSet, numberToSchedule: number): number {
  const ru = rollingUpdate(ds);
  if (!ru || ru.maxSurge === undefined) return 0;
  return getScaledValueFromIntOrPercent(ru.maxSurge, numberToSchedule, true);
}

/** AllowsSurge: a RollingUpdate whose maxSurge resolves above 0 (tested against 1 node, as upstream). */
export function allowsSurge(ds: DaemonSet): boolean {
  return surgeCount(ds, 1) !== 0;
}

/**
 * updatedDesiredNodeCounts: (maxSurge, maxUnavailable, desiredNumberScheduled). Both round up
 * over the nodes that should run a pod — unlike a Deployment, whose maxUnavailable rounds down.
 * If both come out 0 (e.g. "0%" and "0%" cannot pass validation, but "1%" of nothing can), the
 * controller accepts 1 unavailable so the update can progress.
 *
 * Worked example: 3 nodes, maxUnavailable "50%" → ⌈1.5⌉ = 2 pods may be down at once.
 */
export function updatedDesiredNodeCounts(ds: DaemonSet, nodes: readonly Node[]): { maxSurge: number; maxUnavailable: number; desiredNumberScheduled: number } {
  const desiredNumberScheduled = nodes.filter((n) => nodeShouldRunDaemonPod(n, ds).shouldRun).length;
  let maxUnavailable = unavailableCount(ds, desiredNumberScheduled);
  const maxSurge = surgeCount(ds, desiredNumberScheduled);
  if (desiredNumberScheduled > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable, desiredNumberScheduled };
}

const timeOf = (p: Pod) => parseTime(p.metadata?.creationTimestamp) ?? 0;

/** podByCreationTimestampAndPhase: scheduled pods first, then oldest, then by name. */
export function comparePodsByCreation(a: Pod, b: Pod): number {
  const sa = !!a.spec?.nodeName;
  const sb = !!b.spec?.nodeName;
  if (sa !== sb) return sa ? -1 : 1;
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) return ta - tb;
  const na = a.metadata?.name ?? '';
  const nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** Where a daemon pod runs or will run: spec.nodeName, else its metadata.name node affinity (GetTargetNodeName). */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In' && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

export interface NodePlan {
  /** Nodes that get a new daemon pod. */
  nodesNeedingDaemonPods: string[];
  /** Pods to delete (names). */
  podsToDelete: string[];
}

/**
 * podsShouldBeOnNode for one node, the core loop of `manage`:
 * - should run and has no pod (terminating ones count as having one): create;
 * - may keep running: drop failed / succeeded pods; without surge keep only the oldest pod;
 *   with surge keep at most one old and one new pod, and drop the old one once the new one is
 *   available (or at once when the old one is not ready);
 * - must not run: delete every pod there.
 */
export function podsShouldBeOnNode(
  node: Node,
  daemonPods: readonly Pod[] | undefined,
  ds: DaemonSet,
  hash: string,
  nowMs: number,
): NodePlan {
  const plan: NodePlan = { nodesNeedingDaemonPods: [], podsToDelete: [] };
  const name = node.metadata?.name ?? '';
  const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
  const exists = daemonPods !== undefined && daemonPods.length > 0;
  if (shouldRun && !exists) {
    plan.nodesNeedingDaemonPods.push(name);
  } else if (shouldContinueRunning && exists) {
    const running: Pod[] = [];
    for (const pod of daemonPods!) {
      if (pod.metadata?.deletionTimestamp) continue;
      const phase = pod.status?.phase;
      // Failed pods go (upstream backs off repeated failures); Succeeded ones too.
      if (phase === 'Failed' || phase === 'Succeeded') plan.podsToDelete.push(pod.metadata!.name!);
      else running.push(pod);
    }
    if (!allowsSurge(ds)) {
      if (running.length <= 1) {
        // A node whose only pod was failed needs a new one; the next sync, after the delete, creates it.
        return plan;
      }
      running.sort(comparePodsByCreation);
      for (const p of running.slice(1)) plan.podsToDelete.push(p.metadata!.name!);
      return plan;
    }
    if (running.length <= 1) {
      if (running.length === 0 && shouldRun) plan.nodesNeedingDaemonPods.push(name);
      return plan;
    }
    running.sort(comparePodsByCreation);
    let oldestNew: Pod | undefined;
    let oldestOld: Pod | undefined;
    const generation = templateGeneration(ds);
    for (const pod of running) {
      if (isPodUpdated(pod, hash, generation)) {
        if (!oldestNew) {
          oldestNew = pod;
          continue;
        }
      } else if (!oldestOld) {
        oldestOld = pod;
        continue;
      }
      plan.podsToDelete.push(pod.metadata!.name!);
    }
    if (oldestNew && oldestOld) {
      if (!isPodReady(oldestOld)) plan.podsToDelete.push(oldestOld.metadata!.name!);
      else if (isPodAvailable(oldestNew, ds.spec?.minReadySeconds ?? 0, nowMs)) plan.podsToDelete.push(oldestOld.metadata!.name!);
    }
  } else if (!shouldContinueRunning && exists) {
    for (const pod of daemonPods!) if (!pod.metadata?.deletionTimestamp) plan.podsToDelete.push(pod.metadata!.name!);
  }
  return plan;
}

/**
 * findUpdatedPodsOnNode: the one new and the one old non-terminating pod of a node; ok is false
 * when there are two of either (the core loop cleans that node up first).
 */
export function findUpdatedPodsOnNode(pods: readonly Pod[] | undefined, hash: string, generation: number | undefined): { newPod?: Pod; oldPod?: Pod; ok: boolean } {
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const pod of pods ?? []) {
    if (pod.metadata?.deletionTimestamp) continue;
    if (isPodUpdated(pod, hash, generation)) {
      if (newPod) return { ok: false };
      newPod = pod;
    } else {
      if (oldPod) return { ok: false };
      oldPod = pod;
    }
  }
  return { newPod, oldPod, ok: true };
}

export interface RollingUpdatePlan {
  oldPodsToDelete: string[];
  newNodesToCreate: string[];
  maxSurge: number;
  maxUnavailable: number;
}

/**
 * rollingUpdate (update.go). Without surge: delete old pods while (unavailable + deleted) stays
 * within maxUnavailable — pods that are already unavailable may always be replaced; a node with
 * no pod or a not-yet-available new pod counts as unavailable; terminating pods do not count.
 * With surge: start a new pod beside an old one on up to maxSurge nodes (at once where the old
 * pod is unavailable), and delete the old pod when the new one is available.
 *
 * Worked example (no surge, maxUnavailable 1, 3 nodes all old and available): first pass deletes
 * one old pod; the node then has no pod (terminating ones are skipped) and counts as
 * unavailable, so nothing else goes until its new pod is available.
 */
export function rollingUpdatePlan(ds: DaemonSet, nodes: readonly Node[], nodeToDaemonPods: ReadonlyMap<string, readonly Pod[]>, hash: string, nowMs: number): RollingUpdatePlan {
  const { maxSurge, maxUnavailable, desiredNumberScheduled } = updatedDesiredNodeCounts(ds, nodes);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const generation = templateGeneration(ds);
  const byName = new Map(nodes.map((n) => [n.metadata?.name ?? '', n]));
  // Nodes that should run a pod but have none are part of the walk, with no pods.
  const names = new Set(nodeToDaemonPods.keys());
  for (const n of nodes) if (nodeShouldRunDaemonPod(n, ds).shouldRun) names.add(n.metadata?.name ?? '');
  const ordered = [...names].sort();
  const available = (p: Pod) => isPodAvailable(p, minReady, nowMs);

  if (maxSurge === 0) {
    let numUnavailable = 0;
    const allowedReplacementPods: string[] = [];
    const candidatePodsToDelete: string[] = [];
    for (const nodeName of ordered) {
      const { newPod, oldPod, ok } = findUpdatedPodsOnNode(nodeToDaemonPods.get(nodeName), hash, generation);
      if (!ok) {
        numUnavailable++;
        continue;
      }
      if ((!oldPod && !newPod) || (oldPod && newPod)) numUnavailable++;
      else if (newPod) {
        if (!available(newPod)) numUnavailable++;
      } else if (!available(oldPod!)) allowedReplacementPods.push(oldPod!.metadata!.name!);
      else if (numUnavailable >= maxUnavailable) continue;
      else candidatePodsToDelete.push(oldPod!.metadata!.name!);
    }
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidatePodsToDelete.length);
    return { oldPodsToDelete: [...allowedReplacementPods, ...candidatePodsToDelete.slice(0, remaining)], newNodesToCreate: [], maxSurge, maxUnavailable };
  }

  const oldPodsToDelete: string[] = [];
  const shouldNotRunPodsToDelete: string[] = [];
  const candidateNewNodes: string[] = [];
  const allowedNewNodes: string[] = [];
  let numSurge = 0;
  let numAvailable = 0;
  for (const nodeName of ordered) {
    const { newPod, oldPod, ok } = findUpdatedPodsOnNode(nodeToDaemonPods.get(nodeName), hash, generation);
    if (!ok) {
      numSurge++;
      continue;
    }
    if (oldPod) {
      if (available(oldPod)) numAvailable++;
    } else if (newPod && available(newPod)) numAvailable++;
    if (!oldPod) continue;
    const node = byName.get(nodeName);
    if (!newPod) {
      const shouldRun = node ? nodeShouldRunDaemonPod(node, ds).shouldRun : false;
      if (!available(oldPod)) {
        if (!shouldRun) oldPodsToDelete.push(oldPod.metadata!.name!);
        else allowedNewNodes.push(nodeName);
      } else if (!shouldRun) shouldNotRunPodsToDelete.push(oldPod.metadata!.name!);
      else if (numSurge < maxSurge) candidateNewNodes.push(nodeName);
    } else if (!available(newPod)) numSurge++;
    else oldPodsToDelete.push(oldPod.metadata!.name!);
  }
  const remainingSurge = Math.min(Math.max(0, maxSurge - numSurge), candidateNewNodes.length);
  const newNodesToCreate = [...allowedNewNodes, ...candidateNewNodes.slice(0, remainingSurge)];
  if (shouldNotRunPodsToDelete.length > 0) {
    const numUnavailable = desiredNumberScheduled - numAvailable;
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), shouldNotRunPodsToDelete.length);
    oldPodsToDelete.push(...shouldNotRunPodsToDelete.slice(0, remaining));
  }
  return { oldPodsToDelete, newNodesToCreate, maxSurge, maxUnavailable };
}

/**
 * updateDaemonSetStatus: per node that should run a pod, its oldest pod (terminating ones
 * included) decides current / ready / available / updated; pods on nodes that should not run
 * one are misscheduled.
 */
export function daemonSetStatus(ds: DaemonSet, nodes: readonly Node[], nodeToDaemonPods: ReadonlyMap<string, readonly Pod[]>, hash: string, nowMs: number): DaemonSetStatus {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let availableCount = 0;
  let updated = 0;
  const generation = templateGeneration(ds);
  for (const node of nodes) {
    const pods = nodeToDaemonPods.get(node.metadata?.name ?? '') ?? [];
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    const scheduled = pods.length > 0;
    if (!shouldRun) {
      if (scheduled) misscheduled++;
      continue;
    }
    desired++;
    if (!scheduled) continue;
    current++;
    const pod = [...pods].sort(comparePodsByCreation)[0];
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, ds.spec?.minReadySeconds ?? 0, nowMs)) availableCount++;
    }
    if (isPodUpdated(pod, hash, generation)) updated++;
  }
  const status: DaemonSetStatus = {
    currentNumberScheduled: current,
    desiredNumberScheduled: desired,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    observedGeneration: ds.metadata?.generation,
    updatedNumberScheduled: updated,
    numberAvailable: availableCount,
    numberUnavailable: desired - availableCount,
  };
  // Zero counters are omitted when the API serialises them (omitempty on the optional ones).
  if (status.numberAvailable === 0) delete status.numberAvailable;
  if (status.numberUnavailable === 0) delete status.numberUnavailable;
  if (status.updatedNumberScheduled === 0) delete status.updatedNumberScheduled;
  return status;
}
