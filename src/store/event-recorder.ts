import type { Event, KubeObject } from '../model/types';
import { kindInfo } from '../model/kinds';
import { rfc3339 } from '../clock/virtual-clock';
import type { VirtualClock } from '../clock/virtual-clock';
import type { EventBus } from '../events/bus';

type E = Event & KubeObject;

interface EventRecord {
  /** The object the name starts with; the rest (`.<hex nanoseconds>`) is built when read. */
  object: string;
  namespace: string;
  involved: { apiVersion: string; kind: string; name?: string; namespace?: string; uid?: string; resourceVersion?: string };
  type: string;
  reason: string;
  message: string;
  component: string;
  first: number;
  last: number;
  count: number;
  seq: number;
}

/**
 * client-go's event recorder with its correlator's simplest rule: an identical event (same source,
 * object, type, reason and message) increments `count` and moves `lastTimestamp` instead of
 * creating a new Event. Names are `<object>.<hex nanoseconds>` like upstream.
 *
 * Events outnumber every other object several times over (a pod's life records seven), so they are
 * kept as compact records and turned into Event objects only when someone reads them
 * (`kubectl get events`, `describe`). They never trigger a controller, as in a real cluster.
 */
export class EventRecorder {
  private readonly records: EventRecord[] = [];
  private readonly byKey = new Map<string, EventRecord>();
  private seq = 0;

  constructor(private readonly clock: VirtualClock, private readonly bus: EventBus) {}

  record(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = this.clock.now();
    const namespace = involved.metadata.namespace ?? 'default';
    this.bus.emit({ type: 'k8s-event', at: now, eventType: type, reason, message, component, involvedKind: involved.kind, involvedName: involved.metadata.name!, namespace });
    const key = `${involved.metadata.uid}\0${component}\0${type}\0${reason}\0${message}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count++;
      existing.last = now;
      return;
    }
    const seq = this.seq++;
    const rec: EventRecord = {
      object: involved.metadata.name ?? '',
      namespace,
      involved: {
        apiVersion: kindInfo(involved.kind)?.apiVersion ?? involved.apiVersion,
        kind: involved.kind,
        name: involved.metadata.name,
        namespace: involved.metadata.namespace,
        uid: involved.metadata.uid,
        resourceVersion: involved.metadata.resourceVersion,
      },
      type,
      reason,
      message,
      component,
      first: now,
      last: now,
      count: 1,
      seq,
    };
    this.records.push(rec);
    this.byKey.set(key, rec);
  }

  /** Events as the API serves them (one namespace, or all), oldest first. */
  list(namespace?: string): E[] {
    const out: E[] = [];
    for (const r of this.records) if (namespace === undefined || r.namespace === namespace) out.push(materialize(r));
    return out;
  }

  get(namespace: string, name: string): E | undefined {
    const r = this.records.find((x) => x.namespace === namespace && eventName(x) === name);
    return r ? materialize(r) : undefined;
  }

  get size(): number {
    return this.records.length;
  }
}

function materialize(r: EventRecord): E {
  const ts = rfc3339(r.first);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: eventName(r),
      namespace: r.namespace,
      // Deterministic without drawing from the scenario's random stream.
      uid: `e0000000-0000-4000-a000-${r.seq.toString(16).padStart(12, '0')}`,
      resourceVersion: String(r.seq + 1),
      creationTimestamp: ts,
    },
    involvedObject: { ...r.involved },
    reason: r.reason,
    message: r.message,
    source: { component: r.component },
    firstTimestamp: ts,
    lastTimestamp: rfc3339(r.last),
    count: r.count,
    type: r.type,
    eventTime: null as unknown as undefined,
    reportingComponent: r.component,
    reportingInstance: '',
  };
}

/** `<object>.<hex of the virtual time in nanoseconds>`, made unique by the record's sequence. */
function eventName(r: EventRecord): string {
  return `${r.object}.${(BigInt(r.first) * 1_000_000n + BigInt(r.seq % 1_000_000)).toString(16)}`;
}
