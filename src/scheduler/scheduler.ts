import type { KubeObject, Node, Pod } from '../model/types';
import type { SimEvent } from '../events/sim-event';
import type { Controller, ControllerContext } from '../controllers/controller';
import { rfc3339 } from '../clock/virtual-clock';

type P = Pod & KubeObject;
type N = Node & KubeObject;

export const COMPONENT = 'default-scheduler';
const RETRY_KEY = '*unschedulable*';

/** Why a node cannot take a pod, in the scheduler's own words (FailedScheduling message parts). */
export type FilterVerdict = { fits: true } | { fits: false; reason: string };

/** Node is Ready and schedulable, and has room for one more pod. */
export function filterNode(node: Node, podsOnNode: number): FilterVerdict {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
  if (node.spec?.unschedulable) return { fits: false, reason: "node(s) were unschedulable" };
  if (!ready) return { fits: false, reason: "node(s) had untolerated taint {node.kubernetes.io/not-ready: }" };
  const capacity = Number(node.status?.allocatable?.pods ?? node.status?.capacity?.pods ?? 110);
  if (podsOnNode >= capacity) return { fits: false, reason: 'Too many pods' };
  return { fits: true };
}

/**
 * `0/2 nodes are available: 2 node(s) were unschedulable.`: reasons counted and sorted as the
 * scheduler's FitError does, plus the preemption sentence it appends.
 */
export function failedSchedulingMessage(total: number, reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort();
  return `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
}

/**
 * The default scheduler, reduced to what the tutorials observe: filter nodes, then prefer the
 * node with the fewest pods (spreading replicas), name as the tie-break.
 */
export class Scheduler implements Controller {
  readonly name = 'scheduler';
  private readonly podsPerNode = new Map<string, number>();
  private readonly counted = new Map<string, string>();
  /** Nodes with what the filters need, rebuilt when a Node changes (a placement reads them all). */
  private nodes: Array<{ node: N; name: string }> | undefined;
  /** Pods that fit nowhere last time: retried when a pod leaves or a node changes (cluster events). */
  private readonly unschedulable = new Map<string, string>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'Pod') {
      this.track(e.object as P, e.type === 'deleted');
      const pod = e.object as P;
      if (e.type === 'deleted') {
        this.unschedulable.delete(pod.metadata.uid!);
        if (this.unschedulable.size > 0) enqueue(RETRY_KEY);
      } else if (!pod.spec?.nodeName && !pod.metadata.deletionTimestamp && !this.unschedulable.has(pod.metadata.uid!)) {
        enqueue(`${pod.metadata.namespace}/${pod.metadata.name}`);
      }
    } else if (e.kind === 'Node') {
      this.nodes = undefined;
      if (e.type !== 'deleted' && this.unschedulable.size > 0) enqueue(RETRY_KEY);
    }
  }

  /** Pods per node, kept incrementally so a placement costs O(nodes), not O(pods). */
  private track(pod: P, deleted: boolean): void {
    const uid = pod.metadata.uid!;
    const before = this.counted.get(uid);
    const after = deleted ? undefined : pod.spec?.nodeName;
    if (before === after) return;
    if (before) this.podsPerNode.set(before, (this.podsPerNode.get(before) ?? 1) - 1);
    if (after) {
      this.podsPerNode.set(after, (this.podsPerNode.get(after) ?? 0) + 1);
      this.counted.set(uid, after);
    } else this.counted.delete(uid);
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
      if (!this.schedule(key)) break;
      this.unschedulable.delete(uid);
    }
  }

  /** Places one pod; false when it fits nowhere. */
  private schedule(key: string): boolean {
    const i = key.indexOf('/');
    const pod = this.ctx.store.get<P>('Pod', key.slice(0, i), key.slice(i + 1));
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) return true;
    const nodes = (this.nodes ??= this.ctx.store.list<N>('Node').map((node) => ({ node, name: node.metadata.name! })));
    let best: N | undefined;
    let bestName = '';
    let bestCount = Infinity;
    const reasons: string[] = [];
    for (const { node, name } of nodes) {
      const count = this.podsPerNode.get(name) ?? 0;
      // Only a node that could win needs the full filter.
      if (count > bestCount || (count === bestCount && name > bestName)) continue;
      const verdict = filterNode(node, count);
      if (!verdict.fits) {
        reasons.push(verdict.reason);
        continue;
      }
      best = node;
      bestName = name;
      bestCount = count;
    }
    if (!best) {
      // Nothing fits: collect every node's reason for the FailedScheduling message.
      reasons.length = 0;
      for (const { node, name } of nodes) {
        const verdict = filterNode(node, this.podsPerNode.get(name) ?? 0);
        if (!verdict.fits) reasons.push(verdict.reason);
      }
    }
    const now = rfc3339(this.ctx.clock.now());
    if (!best) {
      this.unschedulable.set(pod.metadata.uid!, key);
      const message = failedSchedulingMessage(nodes.length, reasons);
      const existing = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
      if (existing?.message !== message) {
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
    this.unschedulable.delete(pod.metadata.uid!);
    const nodeName = best.metadata.name!;
    this.ctx.store.modify(pod, (p) => {
      p.spec = { ...p.spec!, nodeName };
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
}
