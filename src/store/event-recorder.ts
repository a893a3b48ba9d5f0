import type { Event, KubeObject } from '../model/types';
import { kindInfo } from '../model/kinds';
import { rfc3339 } from '../clock/virtual-clock';
import type { VirtualClock } from '../clock/virtual-clock';
import type { ObjectStore } from './object-store';
import type { EventBus } from '../events/bus';

type E = Event & KubeObject;

/**
 * client-go's event recorder with its correlator's simplest rule: an identical event (same source,
 * object, type, reason and message) increments `count` and moves `lastTimestamp` instead of
 * creating a new Event object. Names are `<object>.<hex nanoseconds>` like upstream.
 */
export class EventRecorder {
  private readonly byKey = new Map<string, E>();
  private seq = 0;
  private nanosAt = -1;
  private nanosBase = 0n;

  constructor(private readonly store: ObjectStore, private readonly clock: VirtualClock, private readonly bus: EventBus) {}

  record(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = this.clock.now();
    const ts = rfc3339(now);
    const namespace = involved.metadata.namespace ?? 'default';
    this.bus.emit({ type: 'k8s-event', at: now, eventType: type, reason, message, component, involvedKind: involved.kind, involvedName: involved.metadata.name!, namespace });
    const key = `${involved.metadata.uid}\0${component}\0${type}\0${reason}\0${message}`;
    const existing = this.byKey.get(key);
    if (existing && this.store.get('Event', existing.metadata.namespace, existing.metadata.name!) === existing) {
      this.store.modify(existing, (e) => {
        e.count = (e.count ?? 1) + 1;
        e.lastTimestamp = ts;
      });
      return;
    }
    // Unique, increasing names: nanoseconds of virtual time plus a sequence for same-instant events.
    if (now !== this.nanosAt) {
      this.nanosAt = now;
      this.nanosBase = BigInt(now) * 1_000_000n;
    }
    const nanos = this.nanosBase + BigInt(this.seq++ % 1_000_000);
    const info = kindInfo(involved.kind);
    const event: E = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${involved.metadata.name}.${nanos.toString(16)}`, namespace },
      involvedObject: {
        apiVersion: info?.apiVersion ?? involved.apiVersion,
        kind: involved.kind,
        name: involved.metadata.name,
        namespace: involved.metadata.namespace,
        uid: involved.metadata.uid,
        resourceVersion: involved.metadata.resourceVersion,
      },
      reason,
      message,
      source: { component },
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: '',
    };
    const r = this.store.create(event);
    if (r.ok) this.byKey.set(key, r.value);
  }
}
