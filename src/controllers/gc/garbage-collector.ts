import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';

/**
 * The garbage collector: when an owner is gone, dependents that have no other living owner are
 * deleted (background propagation); a dependent with another owner just loses the dangling ref.
 * Keys are owner uids.
 */
export class GarbageCollector implements Controller {
  readonly name = 'garbagecollector';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type === 'deleted' && this.ctx.store.dependents(e.object.metadata.uid!).length > 0) enqueue(e.object.metadata.uid!);
  }

  sync(ownerUid: string): void {
    for (const dependent of this.ctx.store.dependents(ownerUid)) {
      const others = (dependent.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid && this.ownerExists(dependent.metadata.namespace, r.kind, r.name, r.uid));
      if (others.length > 0) {
        this.ctx.store.modify(dependent, (o) => {
          o.metadata.ownerReferences = (o.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid);
        });
      } else if (!dependent.metadata.deletionTimestamp) {
        this.ctx.deleteObject(dependent);
      }
    }
  }

  private ownerExists(namespace: string | undefined, kind: string, name: string, uid: string): boolean {
    const o = this.ctx.store.get(kind, namespace, name) ?? this.ctx.store.get(kind, undefined, name);
    return !!o && o.metadata.uid === uid;
  }
}
