import type { SimEvent } from '../events/sim-event';
import type { Controller } from './controller';

/** A registered controller with its tier and the keys it has waiting. */
interface Registration {
  readonly controller: Controller;
  readonly tier: number;
  /** Keys queued and not yet synced: an enqueue of one of them is a no-op. */
  readonly waiting: Set<string>;
  /** Made once, so routing a store change to every handler allocates nothing. */
  readonly enqueue: (key: string) => void;
}

interface WorkItem {
  registration: Registration;
  key: string;
}

/**
 * The controller manager's work queue: one FIFO over every controller's keys, de-duplicated
 * while waiting (a key re-added during its own sync runs again afterwards), run until idle.
 */
export class ControllerManager {
  private readonly registrations: Registration[] = [];
  /**
   * Two tiers of work. Controllers that act on pods (ReplicaSet, scheduler, kubelet, garbage
   * collector) drain before the Deployment controller syncs again. In a real cluster these run
   * concurrently; the Deployment controller's decisions rest on ReplicaSet specs, not on pods, so
   * its correctness does not depend on the order — but pods only exist as the specs say if the
   * ReplicaSet controller has caught up, which is the order this picks.
   */
  private readonly tiers: Array<{ queue: WorkItem[]; head: number }> = [
    { queue: [], head: 0 },
    { queue: [], head: 0 },
  ];
  /** Syncs run since construction (for benchmarks and the settle guard). */
  syncs = 0;

  register(controller: Controller, tier: 0 | 1 = 0): void {
    const registration: Registration = { controller, tier, waiting: new Set(), enqueue: (key) => this.enqueueFor(registration, key) };
    this.registrations.push(registration);
  }

  /**
   * Routes a store change to every controller's handler. Nothing else reaches them: controllers
   * watch objects, and Kubernetes Events, clock ticks and user actions never trigger one (as in
   * a real cluster), though they outnumber store changes.
   */
  observe(e: SimEvent): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    for (const r of this.registrations) r.controller.handle(e, r.enqueue);
  }

  enqueue(controller: Controller, key: string): void {
    const r = this.registrations.find((x) => x.controller === controller);
    if (r) this.enqueueFor(r, key);
  }

  enqueueByName(name: string, key: string): void {
    const r = this.registrations.find((x) => x.controller.name === name);
    if (r) this.enqueueFor(r, key);
  }

  private enqueueFor(registration: Registration, key: string): void {
    if (registration.waiting.has(key)) return;
    registration.waiting.add(key);
    this.tiers[registration.tier].queue.push({ registration, key });
  }

  get idle(): boolean {
    return this.tiers.every((t) => t.head >= t.queue.length);
  }

  private next(): WorkItem | undefined {
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
      const { controller, waiting } = item.registration;
      waiting.delete(item.key);
      controller.sync(item.key);
      this.syncs++;
      if (++n > maxSyncs) {
        throw new Error(`the controllers did not settle after ${maxSyncs} syncs at ${describeNow()}; still busy with ${controller.name} ${item.key}`);
      }
    }
  }
}
