import type { KubeObject } from '../model/types';
import type { SimEvent } from '../events/sim-event';
import type { ObjectStore } from '../store/object-store';
import type { VirtualClock } from '../clock/virtual-clock';
import type { Random } from '../clock/random';
import type { Result } from '../store/api-error';

/**
 * What every controller (and the scheduler and kubelet) is given. Controllers cooperate only
 * through objects in the store, as real ones do through the API server.
 */
export interface ControllerContext {
  readonly store: ObjectStore;
  readonly clock: VirtualClock;
  readonly random: Random;
  /** Records a Kubernetes Event (Type, Reason, From, Message), aggregating repeats into a count. */
  recordEvent(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void;
  /** Re-queues one of this controller's keys after a delay of virtual time (AddAfter). */
  enqueueAfter(key: string, delayMs: number): void;
  /** Runs `fn` at a virtual instant (the kubelet's timers: container start, probes, grace periods). */
  scheduleAt(atMs: number, fn: () => void): void;
  /**
   * Creates an object through the API server's admission (defaulting, validation, LimitRange,
   * ResourceQuota), as a controller's client does; a rejection comes back as the API error.
   */
  createObject<T extends KubeObject>(obj: T): Result<T>;
  /** Deletes an object through the API's deletion rules (graceful for pods, cascading for owners). */
  deleteObject(obj: KubeObject, opts?: { gracePeriodSeconds?: number; propagation?: 'Background' | 'Orphan' | 'Foreground' }): void;
}

export interface Controller {
  readonly name: string;
  /** Looks at a store change and enqueues the keys that must be synced because of it. */
  handle(e: SimEvent, enqueue: (key: string) => void): void;
  /** One reconcile of one key (namespace/name). */
  sync(key: string): void;
}

export function objectKey(obj: { metadata?: { namespace?: string; name?: string } }): string {
  return `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}
