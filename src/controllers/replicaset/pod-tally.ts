import type { KubeObject, LabelSelector, Pod, ReplicaSet } from '../../model/types';
import type { ObjectStore } from '../../store/object-store';
import { controllerRef, isPodActive, isPodReady } from '../../model/pod-util';
import { selectorMatches } from '../../model/labels';
import { deepCopy, deepEqual } from '../../model/hash';
import { DeletionCandidate, DeletionRun, ageCandidate, deletionCandidate, mergeRuns, sortRun } from './util';

type RS = ReplicaSet & KubeObject;
type P = Pod & KubeObject;

/** A ReplicaSet's counts over the pods whose controller it is. */
export interface PodCounts {
  /** Active pods (calculateStatus's replicas). */
  active: number;
  /** Active pods its selector matches: the ones it manages. */
  activeMatching: number;
  /** Active pods its selector no longer matches: claimPods releases them. */
  activeNotMatching: number;
  /** Active pods that still carry every label of its template. */
  fullyLabeled: number;
  /** Active pods that are ready. */
  ready: number;
}

/** What one pod adds to its ReplicaSet's counts, as the pod was at its last change. */
interface Counted {
  pod: P;
  owner: string;
  active: boolean;
  matching: boolean;
  fullyLabeled: boolean;
  ready: boolean;
  node: string | undefined;
  /** Its place among its ReplicaSet's pods: the order they became its pods. */
  seq: number;
  /** The node group it is a deletion candidate in (active and matching pods only). */
  group: NodeGroup | undefined;
  /** Its deletion candidate, made the first time a scale-down ranks this version of the pod. */
  candidate?: DeletionCandidate;
}

/**
 * A ReplicaSet's deletion candidates on one node ('' for pods not yet scheduled), kept sorted
 * from one scale-down to the next. Sorted again when a pod joined or changed, or when the clock
 * moved a pod's age into another bucket; a pod that leaves is only marked, and skipped.
 */
interface NodeGroup {
  node: string;
  /** Its members as they joined; pods that left are dropped, and the order restored, at the next sort. */
  members: Counted[];
  /** Members that have not left. */
  live: number;
  /** A pod joined or changed since `sorted` was made. */
  resort: boolean;
  sorted: DeletionCandidate[];
  /** The instant the candidates' age buckets were last brought to. */
  agedAt: number;
}

interface Tally extends PodCounts {
  /** Copies of what the pods were counted against. */
  selector: LabelSelector | undefined;
  templateLabels: Record<string, string> | undefined;
  /** Active pods by node name (the doubled-up rank of a scale-down). */
  perNode: Map<string, number>;
  /** The pods it controls, in the order they became its pods: the order of its dependents. */
  members: Map<P, Counted>;
  /** The next member's seq. */
  nextSeq: number;
  /** Deletion candidates by node, and the node names in order (made again when one is added). */
  groups: Map<string, NodeGroup>;
  groupOrder: NodeGroup[] | undefined;
}

/**
 * The ReplicaSet controller's counts of the pods each ReplicaSet controls, kept from pod events
 * rather than made again from every pod at every sync: at 10,000 replicas and one sync per 500
 * pods created or deleted, recounting was quadratic.
 *
 * The counts are exactly what walking the ReplicaSet's dependents would give. That walk is how a
 * ReplicaSet is counted the first time it is read. After that every change of a stored pod comes
 * with an event, and the event counts the pod again, as it is then, against the selector and
 * template labels the ReplicaSet had at its last read. A read checks those are still the
 * ReplicaSet's; if not, it counts every pod again.
 */
export class PodTally {
  private readonly tallies = new Map<string, Tally>();
  private readonly counted = new Map<P, Counted>();
  /**
   * A pod has had an owner reference besides its controller's. Until then a ReplicaSet's
   * dependents are exactly the pods it controls, in the order they became its pods, so its
   * tally can stand in for them when a scale-down ranks pods; after, the caller walks them.
   */
  private otherOwnersSeen = false;

  constructor(private readonly store: ObjectStore) {}

  /** A pod was added, changed or deleted. */
  podChanged(pod: P, deleted: boolean): void {
    const ref = controllerRef(pod);
    if ((pod.metadata.ownerReferences?.length ?? 0) > (ref ? 1 : 0)) this.otherOwnersSeen = true;
    const owner = deleted ? undefined : ref?.uid;
    const t = owner === undefined ? undefined : this.tallies.get(owner);
    const c = this.counted.get(pod);
    if (c) {
      const before = this.tallies.get(c.owner)!;
      add(before, c, -1);
      if (t === before) {
        // Still its pod: counted again in place, keeping its place among the members.
        assess(pod, c, t);
        add(t, c, 1);
        place(t, c);
        return;
      }
      before.members.delete(pod);
      leaveGroup(c);
      this.counted.delete(pod);
    }
    if (t) this.join(pod, owner!, t);
  }

  replicaSetDeleted(uid: string): void {
    this.drop(uid);
  }

  /** The counts for a ReplicaSet, as its pods are now. */
  of(rs: RS): Readonly<PodCounts> {
    return this.tallyOf(rs);
  }

  /**
   * getPodsToDelete for the active pods `rs` manages (the ones ClaimPods keeps), their related
   * pods being those of `siblings`: the same pods in the same order, ranked the same way, from
   * node runs kept sorted between syncs instead of from every pod again. A pod that left a run
   * is skipped rather than the run sorted again: the same answer wherever the comparator orders
   * the pods consistently, and a choice among pods it cannot order otherwise (as arbitrary as
   * upstream's there). Undefined when the tally cannot say (a pod had an extra owner reference),
   * for the caller to walk.
   */
  podsToDelete(rs: RS, siblings: RS[], diff: number, nowMs: number): P[] | undefined {
    if (this.otherOwnersSeen) return undefined;
    const tally = this.tallyOf(rs);
    if (diff >= tally.activeMatching) {
      const all: P[] = [];
      for (const c of tally.members.values()) if (c.active && c.matching) all.push(c.pod);
      return all;
    }
    // A node's rank: the active pods all the siblings have there.
    const siblingCounts = siblings.map((sibling) => this.tallyOf(sibling).perNode);
    // pickForDeletion's procedure over runs kept from sync to sync, in its node order.
    const order = (tally.groupOrder ??= [...tally.groups.values()].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)));
    const runs: DeletionRun[] = [];
    for (const g of order) {
      if (g.live === 0) continue;
      let rank = 0;
      if (g.node) for (const counts of siblingCounts) rank += counts.get(g.node) ?? 0;
      runs.push({ sorted: sortedCandidates(g, nowMs), next: 0, rank });
    }
    return mergeRuns(runs, diff) as P[];
  }

  private tallyOf(rs: RS): Tally {
    const t = this.tallies.get(rs.metadata.uid!);
    if (t && deepEqual(t.selector, rs.spec?.selector) && deepEqual(t.templateLabels, rs.spec?.template?.metadata?.labels)) return t;
    return this.countAll(rs);
  }

  /** Counts every pod of a ReplicaSet from scratch, walking its dependents. */
  private countAll(rs: RS): Tally {
    const uid = rs.metadata.uid!;
    this.drop(uid);
    const t: Tally = {
      active: 0,
      activeMatching: 0,
      activeNotMatching: 0,
      fullyLabeled: 0,
      ready: 0,
      selector: deepCopy(rs.spec?.selector),
      templateLabels: deepCopy(rs.spec?.template?.metadata?.labels),
      perNode: new Map(),
      members: new Map(),
      nextSeq: 0,
      groups: new Map(),
      groupOrder: undefined,
    };
    this.tallies.set(uid, t);
    for (const o of this.store.eachDependent(uid)) {
      if (o.kind === 'Pod' && controllerRef(o)?.uid === uid) this.join(o as P, uid, t);
    }
    return t;
  }

  private drop(uid: string): void {
    const t = this.tallies.get(uid);
    if (!t) return;
    for (const pod of t.members.keys()) this.counted.delete(pod);
    this.tallies.delete(uid);
  }

  private join(pod: P, owner: string, t: Tally): void {
    const c: Counted = { pod, owner, active: false, matching: false, fullyLabeled: false, ready: false, node: undefined, seq: t.nextSeq++, group: undefined };
    assess(pod, c, t);
    this.counted.set(pod, c);
    t.members.set(pod, c);
    add(t, c, 1);
    place(t, c);
  }
}

/** Reads what the pod adds to its ReplicaSet's counts now. */
function assess(pod: P, c: Counted, t: Tally): void {
  c.active = isPodActive(pod);
  c.matching = selectorMatches(t.selector, pod.metadata.labels);
  c.fullyLabeled = hasLabels(pod.metadata.labels, t.templateLabels);
  c.ready = isPodReady(pod);
  c.node = pod.spec?.nodeName;
}

/**
 * Puts a counted pod, just assessed, in the deletion group it now belongs to (none unless active
 * and matching); its candidate is made again when next ranked.
 */
function place(t: Tally, c: Counted): void {
  const node = c.active && c.matching ? c.node ?? '' : undefined;
  const g = c.group;
  if (g && g.node === node) {
    // Still there, but its deletion key may have changed.
    c.candidate = undefined;
    g.resort = true;
    return;
  }
  leaveGroup(c);
  if (node === undefined) return;
  let joined = t.groups.get(node);
  if (!joined) {
    t.groups.set(node, (joined = { node, members: [], live: 0, resort: true, sorted: [], agedAt: -1 }));
    t.groupOrder = undefined;
  }
  joined.members.push(c);
  joined.live++;
  joined.resort = true;
  c.group = joined;
}

/** The pod is no longer a candidate: the kept order of the rest stays (see pickForDeletion). */
function leaveGroup(c: Counted): void {
  const g = c.group;
  if (g) {
    if (c.candidate) c.candidate.removed = true;
    g.live--;
  }
  c.candidate = undefined;
  c.group = undefined;
}

/**
 * A group's candidates sorted as pickForDeletion sorts a node's (stably, in the ReplicaSet's
 * order), at `nowMs`; candidates marked removed are still listed.
 */
function sortedCandidates(g: NodeGroup, nowMs: number): readonly DeletionCandidate[] {
  if (!g.resort) {
    if (g.agedAt === nowMs) return g.sorted;
    // Time moved: the order holds unless an age bucket changed.
    let moved = false;
    for (const c of g.sorted) if (!c.removed && ageCandidate(c, nowMs)) moved = true;
    g.agedAt = nowMs;
    if (!moved) return g.sorted;
  }
  // In the ReplicaSet's order (a pod that left and came back joined at the end, and is listed
  // twice); members are nearly always in order already, which the sort only checks.
  const members = g.members.filter((c) => c.group === g).sort((a, b) => a.seq - b.seq);
  g.members = members.filter((c, i) => i === 0 || members[i - 1] !== c);
  const candidates: DeletionCandidate[] = [];
  for (const c of g.members) {
    const candidate = (c.candidate ??= deletionCandidate(c.pod, nowMs));
    ageCandidate(candidate, nowMs);
    candidate.order = c.seq;
    candidates.push(candidate);
  }
  g.sorted = sortRun(candidates);
  g.resort = false;
  g.agedAt = nowMs;
  return g.sorted;
}

function add(t: Tally, c: Counted, sign: 1 | -1): void {
  if (!c.active) return;
  t.active += sign;
  if (c.matching) t.activeMatching += sign;
  else t.activeNotMatching += sign;
  if (c.fullyLabeled) t.fullyLabeled += sign;
  if (c.ready) t.ready += sign;
  if (c.node) t.perNode.set(c.node, (t.perNode.get(c.node) ?? 0) + sign);
}

/** Whether `labels` has every one of `wanted` (a pod still carries its template's labels). */
export function hasLabels(labels: Record<string, string> | undefined, wanted: Record<string, string> | undefined): boolean {
  for (const k in wanted) if (labels?.[k] !== wanted[k]) return false;
  return true;
}
