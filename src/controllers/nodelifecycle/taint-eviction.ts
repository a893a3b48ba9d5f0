import type { KubeObject, Node, Pod, Taint, Toleration } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { parseTime, rfc3339 } from '../../clock/virtual-clock';
import { minTolerationSeconds } from './timing';

type N = Node & KubeObject;
type P = Pod & KubeObject;

export const COMPONENT = 'taint-eviction-controller';

/** The tolerations of a pod that match a taint (same key and effect rules as the scheduler). */
function matching(tolerations: Toleration[] | undefined, taint: Taint): Toleration[] {
  return (tolerations ?? []).filter((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (!t.key) return t.operator === 'Exists';
    if (t.key !== taint.key) return false;
    return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
  });
}

/**
 * The taint eviction controller (taint manager): a pod on a node with NoExecute taints is deleted
 * at once if one of them is not tolerated, otherwise after the smallest tolerationSeconds of the
 * matching tolerations, counted from when the taint was added. A taint removed in time cancels it.
 */
export class TaintEvictionController implements Controller {
  readonly name = 'taint-eviction';

  /** Nodes that carry a NoExecute taint right now: only their pods need looking at. */
  private readonly tainted = new Set<string>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified') return;
    if (e.kind === 'Node') {
      const name = e.object.metadata.name!;
      if ((e.object as N).spec?.taints?.some((t) => t.effect === 'NoExecute')) {
        this.tainted.add(name);
        enqueue(`node/${name}`);
      } else this.tainted.delete(name);
    } else if (e.kind === 'Pod') {
      const node = (e.object as P).spec?.nodeName;
      if (node && this.tainted.has(node) && !e.object.metadata.deletionTimestamp) enqueue(`pod/${e.object.metadata.namespace}/${e.object.metadata.name}`);
    }
  }

  sync(key: string): void {
    if (key.startsWith('node/')) {
      const name = key.slice(5);
      for (const pod of this.ctx.store.list<P>('Pod')) if (pod.spec?.nodeName === name) this.evaluate(pod);
      return;
    }
    const [ns, name] = key.slice(4).split('/');
    const pod = this.ctx.store.get<P>('Pod', ns, name);
    if (pod) this.evaluate(pod);
  }

  private evaluate(pod: P): void {
    if (pod.metadata.deletionTimestamp || !pod.spec?.nodeName) return;
    const node = this.ctx.store.get<N>('Node', undefined, pod.spec.nodeName);
    const taints = (node?.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (taints.length === 0) return;
    const now = this.ctx.clock.now();
    let evictAt = -Infinity;
    for (const taint of taints) {
      const m = matching(pod.spec.tolerations, taint);
      if (m.length === 0) {
        evictAt = now;
        break;
      }
      const seconds = minTolerationSeconds(m);
      const added = parseTime(taint.timeAdded) ?? now;
      evictAt = Math.max(evictAt, seconds === Infinity ? Infinity : added + seconds * 1000);
    }
    if (evictAt === Infinity) return;
    if (now < evictAt) {
      this.ctx.enqueueAfter(`pod/${pod.metadata.namespace}/${pod.metadata.name}`, evictAt - now);
      return;
    }
    this.ctx.store.modify(pod, (p) => {
      p.status = {
        ...(p.status ?? {}),
        conditions: [
          ...(p.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'),
          { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint', lastTransitionTime: rfc3339(now) },
        ],
      };
    });
    this.ctx.recordEvent(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`, COMPONENT);
    this.ctx.deleteObject(pod);
  }
}
