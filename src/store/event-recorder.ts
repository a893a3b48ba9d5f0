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
  /** involvedObject, field by field (one object fewer per event, tens of thousands of them). */
  involvedApiVersion: string;
  involvedKind: string;
  involvedName: string | undefined;
  involvedNamespace: string | undefined;
  involvedUid: string | undefined;
  involvedResourceVersion: string | undefined;
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
  /**
   * Records by involved object uid: where an identical event is looked for. Per object rather
   * than one map keyed by every field joined: with tens of thousands of events, hashing and
   * probing those long keys was the recorder's main cost.
   */
  private readonly byObject = new Map<string | undefined, ObjectEvents>();
  private seq = 0;

  constructor(private readonly clock: VirtualClock, private readonly bus: EventBus) {}

  record(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = this.clock.now();
    const namespace = involved.metadata.namespace ?? 'default';
    this.bus.emit({ type: 'k8s-event', at: now, eventType: type, reason, message, component, involvedKind: involved.kind, involvedName: involved.metadata.name!, namespace });
    let events = this.byObject.get(involved.metadata.uid);
    if (!events) this.byObject.set(involved.metadata.uid, (events = new ObjectEvents()));
    const existing = events.find(component, type, reason, message);
    if (existing) {
      existing.count++;
      existing.last = now;
      return;
    }
    const seq = this.seq++;
    const rec: EventRecord = {
      object: involved.metadata.name ?? '',
      namespace,
      involvedApiVersion: kindInfo(involved.kind)?.apiVersion ?? involved.apiVersion,
      involvedKind: involved.kind,
      involvedName: involved.metadata.name,
      involvedNamespace: involved.metadata.namespace,
      involvedUid: involved.metadata.uid,
      involvedResourceVersion: involved.metadata.resourceVersion,
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
    events.add(rec);
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

/**
 * One object's records. Most objects (a pod) have a handful, looked through one by one; an
 * object with many (a ReplicaSet records each pod it creates) gets an index by message.
 */
class ObjectEvents {
  private readonly all: EventRecord[] = [];
  private byMessage: Map<string, EventRecord[]> | undefined;

  find(component: string, type: string, reason: string, message: string): EventRecord | undefined {
    const candidates = this.byMessage ? this.byMessage.get(message) : this.all;
    // The reason first: it tells a pod's few records apart at once; the message is compared last.
    for (const r of candidates ?? []) if (r.reason === reason && r.type === type && r.component === component && r.message === message) return r;
    return undefined;
  }

  add(rec: EventRecord): void {
    this.all.push(rec);
    if (this.byMessage) this.index(rec);
    else if (this.all.length > 16) {
      this.byMessage = new Map();
      for (const r of this.all) this.index(r);
    }
  }

  private index(rec: EventRecord): void {
    const same = this.byMessage!.get(rec.message);
    if (same) same.push(rec);
    else this.byMessage!.set(rec.message, [rec]);
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
    involvedObject: {
      apiVersion: r.involvedApiVersion,
      kind: r.involvedKind,
      name: r.involvedName,
      namespace: r.involvedNamespace,
      uid: r.involvedUid,
      resourceVersion: r.involvedResourceVersion,
    },
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
