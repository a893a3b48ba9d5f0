import type { Event, KubeObject } from '../model/types';
import { kindInfo } from '../model/kinds';
import { rfc3339 } from '../clock/virtual-clock';
import type { VirtualClock } from '../clock/virtual-clock';
import type { EventBus } from '../events/bus';
import { AggregateState, COMBINED_PREFIX, TokenBucket, aggregate, correlates, fullBucket, tryAccept } from './event-correlator';

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
 * client-go's event recorder and its correlator (event-correlator.ts): similar events combined,
 * identical ones counted (`count`, `lastTimestamp`), a source's spam about one object dropped.
 * Names are `<object>.<hex nanoseconds>` like upstream.
 *
 * Events outnumber every other object several times over (a pod's life records seven), so they are
 * kept as compact records and turned into Event objects only when someone reads them
 * (`kubectl get events`, `describe`). They never trigger a controller, as in a real cluster.
 */
export class EventRecorder {
  private readonly records: EventRecord[] = [];
  /**
   * Correlator state by involved object uid. Per object rather than one map keyed by every field
   * joined: with tens of thousands of events, hashing and probing those long keys was the
   * recorder's main cost.
   */
  private readonly byObject = new Map<string | undefined, ObjectEvents>();
  private seq = 0;

  constructor(private readonly clock: VirtualClock, private readonly bus: EventBus) {}

  /**
   * A component's `Eventf`. The bus hears every call (the timeline's causes and marks are what
   * the controllers did); the API keeps what the correlator lets through.
   */
  record(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const now = this.clock.now();
    const namespace = involved.metadata.namespace ?? 'default';
    this.bus.emit({ type: 'k8s-event', at: now, eventType: type, reason, message, component, involvedKind: involved.kind, involvedName: involved.metadata.name!, namespace });
    let events = this.byObject.get(involved.metadata.uid);
    if (!events) this.byObject.set(involved.metadata.uid, (events = new ObjectEvents()));
    const legacy = correlates(component);
    const combined = legacy && aggregate(events.similar(component, type, reason, now), message, now);
    const key = combined ? COMBINED_KEY : message;
    let seen = events.find(component, type, reason, key);
    if (seen) seen.count++;
    else events.add((seen = { component, type, reason, key, count: 1, first: now, record: undefined }));
    if (legacy && !tryAccept(events.bucket(component, now), now)) return;
    const stored = combined ? COMBINED_PREFIX + message : message;
    const existing = seen.record;
    if (existing) {
      existing.count = seen.count;
      existing.last = now;
      existing.message = stored;
      return;
    }
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
      message: stored,
      component,
      // A dropped first occurrence still named the event: the one created later keeps its time.
      first: seen.first,
      last: now,
      count: seen.count,
      seq: this.seq++,
    };
    seen.record = rec;
    this.records.push(rec);
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

/** What the recorder's eventLogger remembers of one event key, and the Event stored for it, if any. */
interface Observation {
  component: string;
  type: string;
  reason: string;
  /** The message, or COMBINED_KEY for the combined event of its reason. */
  key: string;
  count: number;
  first: number;
  record: EventRecord | undefined;
}

/** Stands for the aggregate key: no real message is empty. */
const COMBINED_KEY = '';

/**
 * One object's correlator state. Most objects (a pod) have a handful of observations, looked
 * through one by one; an object with many gets an index by key.
 */
class ObjectEvents {
  private readonly all: Observation[] = [];
  private byKey: Map<string, Observation[]> | undefined;
  private aggregates: Map<string, AggregateState> | undefined;
  private buckets: Map<string, TokenBucket> | undefined;

  find(component: string, type: string, reason: string, key: string): Observation | undefined {
    const candidates = this.byKey ? this.byKey.get(key) : this.all;
    // The reason first: it tells a pod's few observations apart at once; the key is compared last.
    for (const o of candidates ?? []) if (o.reason === reason && o.type === type && o.component === component && o.key === key) return o;
    return undefined;
  }

  add(o: Observation): void {
    this.all.push(o);
    if (this.byKey) this.index(o);
    else if (this.all.length > 16) {
      this.byKey = new Map();
      for (const x of this.all) this.index(x);
    }
  }

  /** The aggregation record of (component, type, reason). */
  similar(component: string, type: string, reason: string, now: number): AggregateState {
    const k = `${component}\0${type}\0${reason}`;
    let state = (this.aggregates ??= new Map()).get(k);
    if (!state) this.aggregates.set(k, (state = { messages: [], last: now }));
    return state;
  }

  /** The spam filter's bucket of one source about this object, full when first used. */
  bucket(component: string, now: number): TokenBucket {
    let b = (this.buckets ??= new Map()).get(component);
    if (!b) this.buckets.set(component, (b = fullBucket(now)));
    return b;
  }

  private index(o: Observation): void {
    const same = this.byKey!.get(o.key);
    if (same) same.push(o);
    else this.byKey!.set(o.key, [o]);
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
