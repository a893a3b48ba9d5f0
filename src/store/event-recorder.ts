import type { Event, KubeObject } from '../model/types';
import { kindInfo } from '../model/kinds';
import { rfc3339 } from '../clock/virtual-clock';
import type { VirtualClock } from '../clock/virtual-clock';
import type { EventBus } from '../events/bus';
import { flat } from '../model/flat-string';
import { AggregateState, COMBINED_PREFIX, SPAM_BURST, TokenBucket, aggregate, correlates, fullBucket, tryAccept } from './event-correlator';

type E = Event & KubeObject;

/** The involved object as its events name it: one per object, shared by its events. */
interface Involved {
  /** The object the event names start with; the rest (`.<hex nanoseconds>`) is built when read. */
  object: string;
  /** The events' own namespace ('default' for a cluster-scoped object). */
  namespace: string;
  apiVersion: string;
  kind: string;
  name: string | undefined;
  involvedNamespace: string | undefined;
  uid: string | undefined;
}

interface EventRecord {
  involved: Involved;
  /** The object's resourceVersion when the event was first recorded. */
  involvedResourceVersion: string | undefined;
  type: string;
  reason: string;
  /** What the API has: message, count and last time of the latest occurrence let through. */
  message: string;
  component: string;
  first: number;
  last: number;
  count: number;
  /** Store order (names, uids); -1 until the API has it (its first occurrence was dropped). */
  seq: number;
  /** The correlator's key: the message, or COMBINED_KEY for the combined event of its reason. */
  key: string;
  /** Occurrences seen, dropped ones included: what the next one let through carries as count. */
  seen: number;
  /** When it last occurred, dropped or not. */
  lastSeen: number;
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
  private readonly byObject = new Map<string, ObjectEvents>();
  private seq = 0;

  /**
   * Record times are milliseconds since this instant (the recorder's start): small integers V8
   * keeps in the record itself, where epoch milliseconds would each be a number object of their own.
   */
  private readonly epoch: number;

  constructor(private readonly clock: VirtualClock, private readonly bus: EventBus) {
    this.epoch = clock.now();
  }

  /**
   * A component's `Eventf`. The bus hears every call (the timeline's causes and marks are what
   * the controllers did); the API keeps what the correlator lets through.
   */
  record(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const at = this.clock.now();
    // `| 0` makes it an integer V8 stores in place (a float, even a whole one, gets a box).
    const since = at - this.epoch;
    const now = since <= 0x3fffffff ? since | 0 : since;
    const namespace = involved.metadata.namespace ?? 'default';
    this.bus.emit({ type: 'k8s-event', at, eventType: type, reason, message, component, involvedKind: involved.kind, involvedName: involved.metadata.name!, namespace });
    // (An object without a uid — never stored — is told apart by kind, namespace and name.)
    const objectKey = involved.metadata.uid ?? `${involved.kind}\0${namespace}\0${involved.metadata.name ?? ''}`;
    let events = this.byObject.get(objectKey);
    if (!events) this.byObject.set(objectKey, (events = new ObjectEvents(involved, namespace)));
    const legacy = correlates(component);
    const combined = legacy && events.aggregate(component, type, reason, message, now);
    const key = combined ? COMBINED_KEY : message;
    let rec = events.find(component, type, reason, key);
    if (rec) {
      rec.seen++;
      rec.lastSeen = now;
    } else {
      rec = {
        involved: events,
        involvedResourceVersion: involved.metadata.resourceVersion,
        type,
        reason,
        message: '',
        component,
        // A dropped first occurrence still named the event: the one stored later keeps its time.
        first: now,
        last: now,
        count: 0,
        seq: -1,
        key: combined ? COMBINED_KEY : flat(message),
        seen: 1,
        lastSeen: now,
      };
      events.add(rec);
    }
    if (legacy && !events.tryAccept(component, now)) return;
    rec.count = rec.seen;
    rec.last = now;
    // Kept as long as the event: one flat string, not the pieces it was made of.
    if (combined) rec.message = flat(COMBINED_PREFIX + message);
    else if (rec.message !== rec.key) rec.message = rec.key;
    if (rec.seq < 0) {
      rec.seq = this.seq++;
      this.records.push(rec);
    }
  }

  /** Events as the API serves them (one namespace, or all), oldest first. */
  list(namespace?: string): E[] {
    const out: E[] = [];
    for (const r of this.records) if (namespace === undefined || r.involved.namespace === namespace) out.push(materialize(r, this.epoch));
    return out;
  }

  get(namespace: string, name: string): E | undefined {
    const r = this.records.find((x) => x.involved.namespace === namespace && eventName(x, this.epoch) === name);
    return r ? materialize(r, this.epoch) : undefined;
  }

  get size(): number {
    return this.records.length;
  }
}

/** Stands for the aggregate key: no real message is empty. */
const COMBINED_KEY = '';

/**
 * One object's events and correlator state. Most objects (a pod) have a handful of events, looked
 * through one by one; an object with many gets an index by key. The correlator's state is made
 * only when it can matter: an aggregation record once a reason has a second message, a bucket of
 * its own for each source after the first.
 */
class ObjectEvents implements Involved {
  readonly object: string;
  readonly namespace: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly involvedNamespace: string | undefined;
  readonly uid: string | undefined;
  private readonly all: EventRecord[] = [];
  private byKey: Map<string, EventRecord[]> | undefined;
  private aggregates: Map<string, AggregateState> | undefined;
  /** The last aggregation key made, and what it was made of (events come in runs of one reason). */
  private lastComponent = '';
  private lastType = '';
  private lastReason = '';
  private lastKey = '';
  /** The first source and its bucket, kept in this object (a pod hears from its kubelet alone). */
  private firstSource: string | undefined;
  /** The first source's bucket (TokenBucket's fields). */
  tokens = 0;
  last = 0;
  private otherBuckets: Map<string, TokenBucket> | undefined;

  /** The involved object's naming is kept here: its events point at this (one object per object). */
  constructor(involved: KubeObject, namespace: string) {
    this.object = involved.metadata.name ?? '';
    this.namespace = namespace;
    this.apiVersion = kindInfo(involved.kind)?.apiVersion ?? involved.apiVersion;
    this.kind = involved.kind;
    this.name = involved.metadata.name;
    this.involvedNamespace = involved.metadata.namespace;
    this.uid = involved.metadata.uid;
  }

  find(component: string, type: string, reason: string, key: string): EventRecord | undefined {
    const candidates = this.byKey ? this.byKey.get(key) : this.all;
    // The reason first: it tells a pod's few events apart at once; the key is compared last.
    for (const r of candidates ?? []) if (r.reason === reason && r.type === type && r.component === component && r.key === key) return r;
    return undefined;
  }

  add(r: EventRecord): void {
    this.all.push(r);
    if (this.byKey) this.index(r);
    else if (this.all.length > 16) {
      this.byKey = new Map();
      for (const x of this.all) this.index(x);
    }
  }

  /**
   * EventAggregate for (component, type, reason). Until a reason has a second message its record
   * would hold that one message and the time it was last seen — which the event itself holds, so
   * the record is made from it then. (Aggregation keeps each reason to a few events, so the walk
   * that finds it stays short.)
   */
  aggregate(component: string, type: string, reason: string, message: string, now: number): boolean {
    let state = this.aggregates?.get(this.aggregateKey(component, type, reason));
    if (!state) {
      let only: EventRecord | undefined;
      for (const r of this.all) {
        if (r.reason === reason && r.type === type && r.component === component) {
          only = r;
          break;
        }
      }
      if (!only || only.key === message) return false;
      state = { messages: [only.key], last: only.lastSeen };
      (this.aggregates ??= new Map()).set(this.aggregateKey(component, type, reason), state);
    }
    return aggregate(state, message, now);
  }

  /** The aggregation key; the last one is kept, as an object's events come in runs of one reason. */
  private aggregateKey(component: string, type: string, reason: string): string {
    if (this.lastReason !== reason || this.lastType !== type || this.lastComponent !== component) {
      this.lastComponent = component;
      this.lastType = type;
      this.lastReason = reason;
      this.lastKey = `${component}\0${type}\0${reason}`;
    }
    return this.lastKey;
  }

  /** The spam filter: a token from this source's bucket for this object, full when first used. */
  tryAccept(component: string, now: number): boolean {
    if (this.firstSource === undefined) {
      this.firstSource = component;
      this.tokens = SPAM_BURST;
      this.last = now;
    }
    if (component === this.firstSource) return tryAccept(this, now);
    let b = (this.otherBuckets ??= new Map()).get(component);
    if (!b) this.otherBuckets.set(component, (b = fullBucket(now)));
    return tryAccept(b, now);
  }

  private index(r: EventRecord): void {
    const same = this.byKey!.get(r.key);
    if (same) same.push(r);
    else this.byKey!.set(r.key, [r]);
  }
}

function materialize(r: EventRecord, epoch: number): E {
  const ts = rfc3339(epoch + r.first);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: eventName(r, epoch),
      namespace: r.involved.namespace,
      // Deterministic without drawing from the scenario's random stream.
      uid: `e0000000-0000-4000-a000-${r.seq.toString(16).padStart(12, '0')}`,
      resourceVersion: String(r.seq + 1),
      creationTimestamp: ts,
    },
    involvedObject: {
      apiVersion: r.involved.apiVersion,
      kind: r.involved.kind,
      name: r.involved.name,
      namespace: r.involved.involvedNamespace,
      uid: r.involved.uid,
      resourceVersion: r.involvedResourceVersion,
    },
    reason: r.reason,
    message: r.message,
    source: { component: r.component },
    firstTimestamp: ts,
    lastTimestamp: rfc3339(epoch + r.last),
    count: r.count,
    type: r.type,
    eventTime: null as unknown as undefined,
    reportingComponent: r.component,
    reportingInstance: '',
  };
}

/** `<object>.<hex of the virtual time in nanoseconds>`, made unique by the record's sequence. */
function eventName(r: EventRecord, epoch: number): string {
  return `${r.involved.object}.${(BigInt(epoch + r.first) * 1_000_000n + BigInt(r.seq % 1_000_000)).toString(16)}`;
}
