import type { SimEvent } from '../events/sim-event';
import type { Controller } from './controller';

/**
 * The controller manager's work queue: one FIFO over every controller's keys, de-duplicated
 * while waiting (a key re-added during its own sync runs again afterwards), run until idle.
 */
export class ControllerManager {
  private readonly controllers: Controller[] = [];
  private queue: Array<{ controller: Controller; key: string }> = [];
  private head = 0;
  private readonly waiting = new Set<string>();
  /** Syncs run since construction (for benchmarks and the settle guard). */
  syncs = 0;

  register(controller: Controller): void {
    this.controllers.push(controller);
  }

  /** Routes a store change to every controller's handler. */
  observe(e: SimEvent): void {
    for (const c of this.controllers) c.handle(e, (key) => this.enqueue(c, key));
  }

  enqueue(controller: Controller, key: string): void {
    const id = `${controller.name}\0${key}`;
    if (this.waiting.has(id)) return;
    this.waiting.add(id);
    this.queue.push({ controller, key });
  }

  enqueueByName(name: string, key: string): void {
    const c = this.controllers.find((x) => x.name === name);
    if (c) this.enqueue(c, key);
  }

  get idle(): boolean {
    return this.head >= this.queue.length;
  }

  /**
   * Runs queued syncs until none is left. A bound on syncs per call turns a controller that
   * never settles into a clear error instead of a hang.
   */
  runUntilIdle(maxSyncs: number, describeNow: () => string): void {
    let n = 0;
    while (this.head < this.queue.length) {
      const item = this.queue[this.head++];
      this.waiting.delete(`${item.controller.name}\0${item.key}`);
      item.controller.sync(item.key);
      this.syncs++;
      if (++n > maxSyncs) {
        throw new Error(`the controllers did not settle after ${maxSyncs} syncs at ${describeNow()}; still busy with ${item.controller.name} ${item.key}`);
      }
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
    }
  }
}
