import type { KubeObject, LabelSelector, Pod, ReplicaSet } from '../../model/types';
import type { ObjectStore } from '../../store/object-store';
import { controllerRef, isPodActive, isPodReady } from '../../model/pod-util';
import { selectorMatches } from '../../model/labels';
import { deepCopy, deepEqual } from '../../model/hash';
import { DeletionCandidate, ageCandidate, deletionCandidate, pickForDeletion } from './util';

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
  /** Its deletion candidate, made the first time a scale-down ranks this version of the pod. */
  candidate?: DeletionCandidate;
}

interface Tally extends PodCounts {
  /** Copies of what the pods were counted against. */
  selector: LabelSelector | undefined;
  templateLabels: Record<string, string> | undefined;
  /** Active pods by node name (the doubled-up rank of a scale-down). */
  perNode: Map<string, number>;
  /** The pods it controls, in the order they became its pods: the order of its dependents. */
  members: Map<P, Counted>;
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
        return;
      }
      before.members.delete(pod);
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
   * the tally instead of from every pod again. Undefined when the tally cannot say (a pod had an
   * extra owner reference), for the caller to walk.
   */
  podsToDelete(rs: RS, siblings: RS[], diff: number, nowMs: number): P[] | undefined {
    if (this.otherOwnersSeen) return undefined;
    const tally = this.tallyOf(rs);
    if (diff >= tally.activeMatching) {
      const all: P[] = [];
      for (const c of tally.members.values()) if (c.active && c.matching) all.push(c.pod);
      return all;
    }
    const perNode = new Map<string, number>();
    for (const sibling of siblings) for (const [node, n] of this.tallyOf(sibling).perNode) perNode.set(node, (perNode.get(node) ?? 0) + n);
    // One pass, one array (handed over to the selection, which may reorder it): a large
    // scale-down ranks every pod at each of its syncs, 500 pods at a time.
    const ranked: DeletionCandidate[] = [];
    let lastNode: string | undefined;
    let lastRank = 0;
    for (const c of tally.members.values()) {
      if (!c.active || !c.matching) continue;
      const candidate = (c.candidate ??= deletionCandidate(c.pod, nowMs));
      ageCandidate(candidate, nowMs);
      // Pods of a node come in runs: its rank is looked up once per run.
      if (c.node !== lastNode) {
        lastNode = c.node;
        lastRank = c.node ? perNode.get(c.node) ?? 0 : 0;
      }
      candidate.rank = c.node ? lastRank : 0;
      ranked.push(candidate);
    }
    return pickForDeletion(ranked, diff, { owned: true }) as P[];
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
    const c: Counted = { pod, owner, active: false, matching: false, fullyLabeled: false, ready: false, node: undefined };
    assess(pod, c, t);
    this.counted.set(pod, c);
    t.members.set(pod, c);
    add(t, c, 1);
  }
}

/** Reads what the pod adds to its ReplicaSet's counts now. */
function assess(pod: P, c: Counted, t: Tally): void {
  c.active = isPodActive(pod);
  c.matching = selectorMatches(t.selector, pod.metadata.labels);
  c.fullyLabeled = hasLabels(pod.metadata.labels, t.templateLabels);
  c.ready = isPodReady(pod);
  c.node = pod.spec?.nodeName;
  c.candidate = undefined;
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
