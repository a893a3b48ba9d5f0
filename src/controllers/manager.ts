import type { SimEvent } from '../events/sim-event';
import type { Controller } from './controller';

/**
 * The controller manager's work queue: one FIFO over every controller's keys, de-duplicated
 * while waiting (a key re-added during its own sync runs again afterwards), run until idle.
 */
export class ControllerManager {
  private readonly controllers: Controller[] = [];
  /**
   * Two tiers of work. Controllers that act on pods (ReplicaSet, scheduler, kubelet, garbage
   * collector) drain before the Deployment controller syncs again. In a real cluster these run
   * concurrently; the Deployment controller's decisions rest on ReplicaSet specs, not on pods, so
   * its correctness does not depend on the order — but pods only exist as the specs say if the
   * ReplicaSet controller has caught up, which is the order this picks.
   */
  private readonly tiers: Array<{ queue: Array<{ controller: Controller; key: string }>; head: number }> = [
    { queue: [], head: 0 },
    { queue: [], head: 0 },
  ];
  private readonly tierOf = new Map<Controller, number>();
  private readonly waiting = new Set<string>();
  /** Syncs run since construction (for benchmarks and the settle guard). */
  syncs = 0;

  register(controller: Controller, tier: 0 | 1 = 0): void {
    this.controllers.push(controller);
    this.tierOf.set(controller, tier);
  }

  /** Routes a store change to every controller's handler. */
  observe(e: SimEvent): void {
    for (const c of this.controllers) c.handle(e, (key) => this.enqueue(c, key));
  }

  enqueue(controller: Controller, key: string): void {
    const id = `${controller.name}\0${key}`;
    if (this.waiting.has(id)) return;
    this.waiting.add(id);
    this.tiers[this.tierOf.get(controller) ?? 0].queue.push({ controller, key });
  }

  enqueueByName(name: string, key: string): void {
    const c = this.controllers.find((x) => x.name === name);
    if (c) this.enqueue(c, key);
  }

  get idle(): boolean {
    return this.tiers.every((t) => t.head >= t.queue.length);
  }

  private next(): { controller: Controller; key: string } | undefined {
    for (const t of this.tiers) {
      if (t.head < t.queue.length) {
        const item = t.queue[t.head++];
        if (t.head > 4096 && t.head * 2 > t.queue.length) {
          t.queue = t.queue.slice(t.head);
          t.head = 0;
        }
        return item;
      }
    }
    return undefined;
  }

  /**
   * Runs queued syncs until none is left. A bound on syncs per call turns a controller that
   * never settles into a clear error instead of a hang.
   */
  runUntilIdle(maxSyncs: number, describeNow: () => string): void {
    let n = 0;
    for (let item = this.next(); item; item = this.next()) {
      this.waiting.delete(`${item.controller.name}\0${item.key}`);
      item.controller.sync(item.key);
      this.syncs++;
      if (++n > maxSyncs) {
        throw new Error(`the controllers did not settle after ${maxSyncs} syncs at ${describeNow()}; still busy with ${item.controller.name} ${item.key}`);
      }
    }
  }
}
