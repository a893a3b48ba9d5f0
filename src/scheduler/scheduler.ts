import type { KubeObject, Node, Pod } from '../model/types';
import type { SimEvent } from '../events/sim-event';
import type { Controller, ControllerContext } from '../controllers/controller';
import { rfc3339 } from '../clock/virtual-clock';
import { podRequests } from '../model/quantity';
import { controllerRef } from '../model/pod-util';
import { FilterResult, NodeUsage, PodClaim, failedSchedulingMessage, filterNode, preFilterFailureMessage, volumeBindingPreFilter, volumeNodeAffinityFits } from './filters';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../model/statefulset';
import { boundVolumeOf, hasClaims } from '../controllers/volume/claims';
import { BinaryHeap } from '../clock/binary-heap';

type P = Pod & KubeObject;
type N = Node & KubeObject;
type PVC = PersistentVolumeClaim & KubeObject;
type PV = PersistentVolume & KubeObject;

export const COMPONENT = 'default-scheduler';
const RETRY_KEY = '*unschedulable*';
/**
 * Above this many nodes the scheduler ranks nodes by pod count alone, from a heap, instead of
 * scanning every node for every pod (the spread preference is a soft constraint upstream too).
 * The tutorials' clusters are far below it; the benchmark's 2,000-node cluster is not.
 */
const LARGE_CLUSTER = 256;

export { filterNode, failedSchedulingMessage } from './filters';

/**
 * The default scheduler, reduced to what the tutorials observe: filter nodes (cordon, taints,
 * node selector, requests and pod count), then prefer the node with the fewest pods of the same
 * owner (spreading replicas), then the fewest pods, then the name. A pod that fits nowhere stays
 * Pending with a FailedScheduling event and is retried when a pod leaves or a node changes.
 */
export class Scheduler implements Controller {
  readonly name = 'scheduler';
  private readonly usage = new Map<string, NodeUsage>();
  /**
   * owner uid → pods of that owner on each node, by node index: the scan over nodes reads one
   * array per pod instead of looking the owner up on every node.
   */
  private readonly ownerSpread = new Map<string, number[]>();
  /** Each node name's index in the `ownerSpread` arrays, given on first sight and kept. */
  private readonly nodeIndex = new Map<string, number>();
  private readonly placed = new Map<string, { node: string; owner?: string; requests: Record<string, number> }>();
  private readonly unschedulable = new Map<string, string>();
  /** Pending pods rejected for their claims: they wait for the claim, not for room on a node. */
  private readonly waitingOnClaims = new Set<string>();
  /** The nodes, each with its usage and spread records (the same objects `track` updates). */
  private nodes: Array<{ node: N; name: string; usage: NodeUsage; index: number }> | undefined;

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Pod') {
      const pod = e.object as P;
      this.track(pod, e.type === 'deleted');
      if (e.type === 'deleted') {
        this.unschedulable.delete(pod.metadata.uid!);
        this.waitingOnClaims.delete(pod.metadata.uid!);
        if (this.unschedulable.size > 0) enqueue(RETRY_KEY);
      } else if (!pod.spec?.nodeName && !pod.metadata.deletionTimestamp && !this.unschedulable.has(pod.metadata.uid!)) {
        enqueue(`${pod.metadata.namespace}/${pod.metadata.name}`);
      }
    } else if (e.kind === 'Node') {
      this.nodes = undefined;
      this.heapNodes = undefined;
      if (e.type !== 'deleted' && this.unschedulable.size > 0) enqueue(RETRY_KEY);
    } else if (e.kind === 'PersistentVolumeClaim' || e.kind === 'PersistentVolume' || e.kind === 'StorageClass') {
      if (this.waitingOnClaims.size > 0) enqueue(RETRY_KEY);
    }
  }

  /** Lazy min-heap of [pods, name] for large clusters; entries go stale and are re-checked on pop. */
  private heap = new BinaryHeap<[number, string]>(lessEntry);
  private heapNodes: Map<string, N> | undefined;

  /** The least-loaded node that passes the filters, from the lazy heap. */
  private pickFromHeap(fits: (node: N, usage: NodeUsage) => FilterResult): N | undefined {
    if (!this.heapNodes) {
      this.heapNodes = new Map((this.nodes ?? []).map(({ node, name }) => [name, node]));
      this.heapOrder = undefined;
      this.rebuildHeap();
    }
    const rejected: Array<[number, string]> = [];
    let chosen: N | undefined;
    for (let e = this.heap.pop(); e; e = this.heap.pop()) {
      const [pods, name] = e;
      const node = this.heapNodes.get(name);
      const current = this.usage.get(name)?.pods ?? 0;
      if (!node) continue;
      // Every change of a node's count pushed a fresh entry, so one that disagrees is stale.
      if (pods !== current) continue;
      if (fits(node, this.usage.get(name) ?? { pods: 0, requested: {} }).fits) {
        chosen = node;
        break;
      }
      rejected.push(e);
    }
    for (const e of rejected) this.heap.push(e);
    return chosen;
  }

  /** One entry per node at its current count: the heap's start, and its clean-up once stale entries outnumber nodes. */
  private rebuildHeap(): void {
    this.heap = new BinaryHeap<[number, string]>(lessEntry);
    for (const name of (this.heapOrder ??= [...this.heapNodes!.keys()].sort())) this.heap.push([this.usage.get(name)?.pods ?? 0, name]);
  }

  /** The heap's node names in order, for its rebuilds (made again when the nodes change). */
  private heapOrder: string[] | undefined;

  /** A node's count changed: a fresh heap entry (the old one goes stale). */
  private pushHeap(pods: number, node: string): void {
    if (!this.heapNodes) return;
    this.heap.push([pods, node]);
    // Every placement and removal leaves a stale entry; without a clean-up the heap grows with
    // the pods ever placed, and every push and pop with it.
    if (this.heap.size > 4 * this.heapNodes.size + 64) this.rebuildHeap();
  }

  /** Usage per node, kept incrementally so a placement costs O(nodes), not O(pods). */
  private track(pod: P, deleted: boolean): void {
    const uid = pod.metadata.uid!;
    const before = this.placed.get(uid);
    const node = deleted || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' ? undefined : pod.spec?.nodeName;
    if (before?.node === node) return;
    if (before) {
      const u = this.usage.get(before.node)!;
      u.pods--;
      this.pushHeap(u.pods, before.node);
      for (const r in before.requests) u.requested[r] -= before.requests[r];
      if (before.owner) {
        this.spreadOf(before.owner)[this.indexOf(before.node)]--;
      }
      this.placed.delete(uid);
    }
    if (node) {
      const requests = podRequests(pod.spec);
      const owner = controllerRef(pod)?.uid;
      const u = this.usageOf(node);
      u.pods++;
      this.pushHeap(u.pods, node);
      for (const r in requests) u.requested[r] = (u.requested[r] ?? 0) + requests[r];
      if (owner) {
        const counts = this.spreadOf(owner);
        const i = this.indexOf(node);
        counts[i] = (counts[i] ?? 0) + 1;
      }
      this.placed.set(uid, { node, owner, requests });
    }
  }

  /** A node's usage record, made on first use and never replaced. */
  private usageOf(node: string): NodeUsage {
    let u = this.usage.get(node);
    if (!u) this.usage.set(node, (u = { pods: 0, requested: {} }));
    return u;
  }

  /** An owner's pods per node index, made on first use and never replaced. */
  private spreadOf(owner: string): number[] {
    let counts = this.ownerSpread.get(owner);
    if (!counts) this.ownerSpread.set(owner, (counts = []));
    return counts;
  }

  private indexOf(node: string): number {
    let i = this.nodeIndex.get(node);
    if (i === undefined) this.nodeIndex.set(node, (i = this.nodeIndex.size));
    return i;
  }

  sync(key: string): void {
    if (key === RETRY_KEY) return this.retryUnschedulable();
    this.schedule(key);
  }

  /**
   * A pod left or a node changed: pending pods are tried again in the order they failed, until
   * one still fits nowhere (head of the queue blocks, so one freed slot costs one attempt).
   */
  private retryUnschedulable(): void {
    for (const [uid, key] of [...this.unschedulable]) {
      if (!this.schedule(key)) {
        // A pod waiting for its claim blocks nobody: room on a node is not what it lacks.
        if (this.waitingOnClaims.has(uid)) continue;
        break;
      }
      this.unschedulable.delete(uid);
    }
  }

  /** Places one pod; false when it fits nowhere. */
  private schedule(key: string): boolean {
    const i = key.indexOf('/');
    const pod = this.ctx.store.get<P>('Pod', key.slice(0, i), key.slice(i + 1));
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) return true;
    const nodes = (this.nodes ??= this.ctx.store.list<N>('Node').map((node) => {
      const name = node.metadata.name!;
      return { node, name, usage: this.usageOf(name), index: this.indexOf(name) };
    }));
    const volumes = this.claimsOf(pod);
    const rejection = volumes && volumeBindingPreFilter(volumes.claims);
    if (rejection && nodes.length > 0) {
      this.waitingOnClaims.add(pod.metadata.uid!);
      return this.unschedulableNow(pod, key, preFilterFailureMessage(nodes.length, rejection));
    }
    this.waitingOnClaims.delete(pod.metadata.uid!);
    const requests = podRequests(pod.spec);
    const owner = controllerRef(pod)?.uid;
    const empty: NodeUsage = { pods: 0, requested: {} };
    const boundVolumes = volumes?.bound ?? [];
    const fits = (node: N, usage: NodeUsage): FilterResult => {
      const r = filterNode(pod, node, usage, requests);
      return r.fits && boundVolumes.length > 0 ? volumeNodeAffinityFits(boundVolumes, node) : r;
    };
    let best: N | undefined = nodes.length > LARGE_CLUSTER ? this.pickFromHeap(fits) : undefined;
    // The score, compared field by field without allocating: same-owner pods, all pods, name.
    let bestSpread = Infinity;
    let bestPods = Infinity;
    let bestName = '';
    // Each node's usage and spread come with it: scanning every node for every pod is the cost.
    const ownerCounts = owner ? this.ownerSpread.get(owner) : undefined;
    const scanned = nodes.length > LARGE_CLUSTER ? 0 : nodes.length;
    for (let n = 0; n < scanned; n++) {
      const { node, name, usage, index } = nodes[n];
      const spread = ownerCounts ? ownerCounts[index] ?? 0 : 0;
      // Only a node that could win needs the filters.
      if (best && (spread > bestSpread || (spread === bestSpread && (usage.pods > bestPods || (usage.pods === bestPods && name > bestName))))) continue;
      if (!fits(node, usage).fits) continue;
      best = node;
      bestSpread = spread;
      bestPods = usage.pods;
      bestName = name;
    }
    const now = rfc3339(this.ctx.clock.now());
    if (!best) {
      const results: FilterResult[] = nodes.map(({ node, name }) => fits(node, this.usage.get(name) ?? empty));
      return this.unschedulableNow(pod, key, failedSchedulingMessage(nodes.length, results));
    }
    this.unschedulable.delete(pod.metadata.uid!);
    const nodeName = best.metadata.name!;
    this.ctx.store.modify(pod, (p) => {
      // Object.assign, not a spread: V8 gives each spread copy of an object this size a hidden
      // class of its own, and every later read of any pod's spec then goes megamorphic and slow.
      p.spec = Object.assign({}, p.spec!, { nodeName });
      p.status = {
        ...(p.status ?? {}),
        conditions: [
          ...(p.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
          { type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as undefined, lastTransitionTime: now },
        ],
      };
    });
    this.ctx.recordEvent(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`, COMPONENT);
    return true;
  }

  /** The pod stays Pending: PodScheduled=False and a FailedScheduling event, once per new message. */
  private unschedulableNow(pod: P, key: string, message: string): false {
    this.unschedulable.set(pod.metadata.uid!, key);
    const existing = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (existing?.message !== message) {
      const now = rfc3339(this.ctx.clock.now());
      this.ctx.store.modify(pod, (p) => {
        p.status = {
          ...(p.status ?? {}),
          phase: 'Pending',
          conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastProbeTime: null as unknown as undefined, lastTransitionTime: now }],
        };
      });
      this.ctx.recordEvent(pod, 'Warning', 'FailedScheduling', message, COMPONENT);
    }
    return false;
  }

  /** The pod's claims as VolumeBinding sees them, and the volumes already bound; undefined without claims. */
  private claimsOf(pod: P): { claims: PodClaim[]; bound: PV[] } | undefined {
    if (!hasClaims(pod)) return undefined;
    const volumes = pod.spec!.volumes!;
    const claims: PodClaim[] = [];
    const bound: PV[] = [];
    for (const v of volumes) {
      const name = v.persistentVolumeClaim?.claimName;
      if (!name) continue;
      const pvc = this.ctx.store.get<PVC>('PersistentVolumeClaim', pod.metadata.namespace, name);
      if (!pvc) {
        claims.push({ name });
        continue;
      }
      const className = pvc.spec?.storageClassName;
      const sc = className ? this.ctx.store.get<StorageClass & KubeObject>('StorageClass', undefined, className) : undefined;
      claims.push({
        name,
        claim: { deleting: !!pvc.metadata.deletionTimestamp, phase: pvc.status?.phase, volumeName: pvc.spec?.volumeName, waitForFirstConsumer: sc?.volumeBindingMode === 'WaitForFirstConsumer' },
      });
      const pv = boundVolumeOf(this.ctx.store, pod.metadata.namespace, name);
      if (pv) bound.push(pv);
    }
    return { claims, bound };
  }
}


function lessEntry(a: [number, string], b: [number, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}
