import type { KubeObject, Node, NodeCondition, Pod } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import type { NodeHealth } from '../../kubelet/node-health';
import { rfc3339 } from '../../clock/virtual-clock';
import { nodeUnknownAt } from './timing';

type N = Node & KubeObject;
type P = Pod & KubeObject;

export const COMPONENT = 'node-controller';
export const UNREACHABLE = 'node.kubernetes.io/unreachable';
export const NOT_READY = 'node.kubernetes.io/not-ready';

/**
 * Mirrors the node lifecycle controller's monitorNodeHealth and NoExecute tainting: a node whose
 * kubelet stopped renewing its lease for longer than the grace period gets Ready=Unknown
 * (NodeStatusUnknown), its pods Ready=False, and the unreachable taints (NoSchedule, NoExecute);
 * when the kubelet is back and the node Ready, the taints go.
 */
export class NodeLifecycleController implements Controller {
  readonly name = 'nodelifecycle';

  constructor(private readonly ctx: ControllerContext, private readonly health: NodeHealth, private readonly clusterStart: number) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if ((e.type === 'added' || e.type === 'modified') && e.kind === 'Node') enqueue(e.object.metadata.name!);
  }

  sync(name: string): void {
    const node = this.ctx.store.get<N>('Node', undefined, name);
    if (!node) return;
    const now = this.ctx.clock.now();
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    if (!this.health.isUp(name)) {
      const unknownAt = nodeUnknownAt(this.health.lastHeartbeat(name, now, this.clusterStart), this.clusterStart);
      if (now < unknownAt) {
        this.ctx.enqueueAfter(name, unknownAt - now);
        return;
      }
      if (ready?.status !== 'Unknown') this.markUnknown(node, now);
      this.ensureTaints(node, UNREACHABLE, now);
      return;
    }
    if (ready?.status === 'True') this.removeTaints(node);
  }

  private markUnknown(node: N, now: number): void {
    const ts = rfc3339(now);
    const unknown = (c: NodeCondition): NodeCondition =>
      ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'].includes(c.type)
        ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: ts }
        : c;
    this.ctx.store.modify(node, (n) => {
      n.status = { ...(n.status ?? {}), conditions: (n.status?.conditions ?? []).map(unknown) };
    });
    this.ctx.recordEvent(node, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`, COMPONENT);
    // MarkPodsNotReady: every pod on the node turns Ready=False, so it leaves Service endpoints.
    for (const pod of this.ctx.store.list<P>('Pod')) {
      if (pod.spec?.nodeName !== node.metadata.name) continue;
      const c = pod.status?.conditions?.find((x) => x.type === 'Ready');
      if (c?.status === 'False') continue;
      this.ctx.store.modify(pod, (p) => {
        p.status = {
          ...(p.status ?? {}),
          conditions: (p.status?.conditions ?? []).map((x) => (x.type === 'Ready' ? { ...x, status: 'False', lastTransitionTime: ts } : x)),
        };
      });
      this.ctx.recordEvent(pod, 'Warning', 'NodeNotReady', 'Node is not ready', COMPONENT);
    }
  }

  private ensureTaints(node: N, key: string, now: number): void {
    const taints = node.spec?.taints ?? [];
    const want = [
      { key, effect: 'NoSchedule' },
      { key, effect: 'NoExecute', timeAdded: rfc3339(now) },
    ];
    const missing = want.filter((w) => !taints.some((t) => t.key === w.key && t.effect === w.effect));
    const stale = taints.filter((t) => (t.key === UNREACHABLE || t.key === NOT_READY) && t.key !== key);
    if (missing.length === 0 && stale.length === 0) return;
    this.ctx.store.modify(node, (n) => {
      n.spec = { ...(n.spec ?? {}), taints: [...taints.filter((t) => !stale.includes(t)), ...missing] };
    });
  }

  private removeTaints(node: N): void {
    const taints = node.spec?.taints ?? [];
    const keep = taints.filter((t) => t.key !== UNREACHABLE && t.key !== NOT_READY);
    if (keep.length === taints.length) return;
    this.ctx.store.modify(node, (n) => {
      n.spec = { ...(n.spec ?? {}) };
      if (keep.length) n.spec.taints = keep;
      else delete n.spec.taints;
    });
  }
}
