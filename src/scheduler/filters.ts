import type { Node, Pod, Toleration } from '../model/types';
import { milliValue } from '../model/quantity';
import { nodeMatchesPodAffinity, nodeSelectorTermMatches } from '../model/node-affinity';
import type { NodeSelectorTerm } from 'kubernetes-types/core/v1';

/**
 * The default scheduler's Filter plugins that the tutorials exercise, in the framework's order
 * (NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodeResourcesFit). A node fails
 * at its first failing plugin; the reasons are the plugins' own words.
 */
export interface NodeUsage {
  pods: number;
  /** Requested resources of the pods on the node, milli-units. */
  requested: Record<string, number>;
}

export interface FilterResult {
  fits: boolean;
  reasons: string[];
  /** UnschedulableAndUnresolvable: preemption cannot help (taints, selector, cordon). */
  unresolvable: boolean;
}

const FITS: FilterResult = { fits: true, reasons: [], unresolvable: false };

export function tolerates(tolerations: Toleration[] | undefined, taint: { key: string; value?: string; effect: string }): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (!t.key) return t.operator === 'Exists';
    if (t.key !== taint.key) return false;
    return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
  });
}

export function filterNode(pod: Pod, node: Node, usage: NodeUsage, podRequests: Record<string, number>): FilterResult {
  const tolerations = pod.spec?.tolerations;
  if (node.spec?.unschedulable && !tolerates(tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
    return { fits: false, reasons: ['node(s) were unschedulable'], unresolvable: true };
  }
  if (pod.spec?.nodeName && pod.spec.nodeName !== node.metadata?.name) {
    return { fits: false, reasons: ["node(s) didn't match the requested node name"], unresolvable: true };
  }
  for (const taint of node.spec?.taints ?? []) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerates(tolerations, taint)) {
      return { fits: false, reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`], unresolvable: true };
    }
  }
  const selector = pod.spec?.nodeSelector;
  if (selector) {
    const labels = node.metadata?.labels ?? {};
    for (const k in selector) {
      if (labels[k] !== selector[k]) return { fits: false, reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true };
    }
  }
  // Required node affinity (DaemonSet pods are pinned to their node with metadata.name matchFields).
  if (!nodeMatchesPodAffinity(pod.spec, node)) return { fits: false, reasons: ["node(s) didn't match Pod's node affinity/selector"], unresolvable: true };
  const allocatable = node.status?.allocatable ?? node.status?.capacity ?? {};
  // The common case (room for a pod that requests nothing) allocates nothing.
  let reasons: string[] | undefined;
  const maxPods = Number(allocatable.pods ?? 110);
  if (usage.pods + 1 > maxPods) (reasons ??= []).push('Too many pods');
  for (const resource in podRequests) {
    const want = podRequests[resource];
    if (want === 0) continue;
    const cap = milliValue(allocatable[resource]);
    if (cap === undefined) continue;
    if ((usage.requested[resource] ?? 0) + want > cap) (reasons ??= []).push(`Insufficient ${resource}`);
  }
  return reasons ? { fits: false, reasons, unresolvable: false } : FITS;
}

/**
 * FitError's message: `0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are
 * available: 2 No preemption victims found for incoming pod.` Reason strings "<n> <reason>"
 * are sorted as strings, as the scheduler does.
 */
export function failedSchedulingMessage(total: number, results: FilterResult[]): string {
  const counts = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const r of results) {
    for (const reason of r.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    const p = r.unresolvable ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod';
    preemption.set(p, (preemption.get(p) ?? 0) + 1);
  }
  const list = (m: Map<string, number>) => [...m].map(([r, n]) => `${n} ${r}`).sort().join(', ');
  if (total === 0) return 'no nodes available to schedule pods';
  return `0/${total} nodes are available: ${list(counts)}. preemption: 0/${total} nodes are available: ${list(preemption)}.`;
}

/** What the VolumeBinding plugin needs to know about one claim a pod names. */
export interface PodClaim {
  name: string;
  /** The claim as stored, or undefined when it does not exist. */
  claim?: {
    deleting: boolean;
    phase?: string;
    volumeName?: string;
    /** The claim's StorageClass binds only when a pod is scheduled (WaitForFirstConsumer). */
    waitForFirstConsumer: boolean;
  };
}

/**
 * VolumeBinding's PreFilter: a pod whose claim is missing, lost or being deleted, or still
 * unbound although its class binds immediately, fits no node at all (UnschedulableAndUnresolvable)
 * and waits until the claim changes. Returns the plugin's message, or undefined to go on.
 */
export function volumeBindingPreFilter(claims: readonly PodClaim[]): string | undefined {
  let unboundImmediate = false;
  for (const { name, claim } of claims) {
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if (claim.phase === 'Lost') return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${claim.volumeName ?? ''}"`;
    if (claim.deleting) return `persistentvolumeclaim "${name}" is being deleted`;
    if (claim.phase !== 'Bound' && !claim.waitForFirstConsumer) unboundImmediate = true;
  }
  return unboundImmediate ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

/** VolumeBinding's Filter for bound claims: every volume's node affinity must admit the node. */
export function volumeNodeAffinityFits(volumes: ReadonlyArray<{ spec?: { nodeAffinity?: { required?: { nodeSelectorTerms?: NodeSelectorTerm[] } } } }>, node: Node): FilterResult {
  for (const pv of volumes) {
    const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
    if (terms && !terms.some((t) => nodeSelectorTermMatches(t, node))) {
      return { fits: false, reasons: ['node(s) had volume node affinity conflict'], unresolvable: true };
    }
  }
  return FITS;
}

/** FitError's message when a PreFilter plugin rejected the pod: its words, and no preemption help. */
export function preFilterFailureMessage(total: number, message: string): string {
  return `0/${total} nodes are available: ${message}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}
