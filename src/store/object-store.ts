import type { KubeObject, Mutable, ObjectMeta } from '../model/types';
import { kindInfo } from '../model/kinds';
import { VirtualClock, rfc3339 } from '../clock/virtual-clock';
import { Random, randomSafeString, randomUid } from '../clock/random';
import { EventBus } from '../events/bus';
import { flat } from '../model/flat-string';
import { Result, alreadyExists, fail, notFound, ok } from './api-error';

/** Kinds whose writes bump metadata.generation when their spec changes. */
const GENERATION_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

/**
 * The API server's storage, in memory: objects by kind and namespace/name, uids, a global
 * resourceVersion counter, creation timestamps from the virtual clock, and an index of dependents
 * by owner uid (for controllers and the garbage collector).
 *
 * For speed the store hands out live objects; only the store mutates them, through `modify`,
 * which bumps resourceVersion and announces the change. Callers that keep a copy must copy.
 */
export class ObjectStore {
  /** Objects of each kind, in creation order (the order `list` gives). */
  private readonly objects = new Map<string, Set<KubeObject>>();
  /**
   * The same objects by kind, namespace ('' when cluster-scoped) and name. Nested maps rather
   * than one `namespace/name` key: a lookup then builds and hashes no new string.
   */
  private readonly byName = new Map<string, Map<string, Map<string, KubeObject>>>();
  private readonly byOwner = new Map<string, Set<KubeObject>>();
  /**
   * The ownerReferences array an object was last indexed with, and the owner uids it named. A Map,
   * not a WeakMap (whose entries the collector treats specially, slow with 100,000s of pods):
   * `remove` drops an object's entry.
   */
  private readonly ownersOf = new Map<KubeObject, { refs: unknown; uids: string[] }>();
  /** Objects without any ownerReference, by kind: what controllers may adopt. */
  private readonly orphanSet = new Map<string, Set<KubeObject>>();
  private resourceVersion = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: Random,
    private readonly bus: EventBus,
  ) {}

  get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.byName.get(kind)?.get(namespace ?? '')?.get(name) as T | undefined;
  }

  /** Objects of a kind (optionally one namespace), in creation order. */
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    const s = this.objects.get(kind);
    if (!s) return [];
    const out: T[] = [];
    for (const o of s) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o as T);
    return out;
  }

  /** The objects of a kind (every namespace) in creation order, without a copy: for reading only, as `eachDependent`. */
  eachOfKind(kind: string): Iterable<KubeObject> {
    return this.objects.get(kind) ?? NO_OBJECTS;
  }

  count(kind: string): number {
    return this.objects.get(kind)?.size ?? 0;
  }

  /**
   * Whether any object of a kind exists (in one namespace): what controllers ask on every pod
   * change (is there a quota, a disruption budget?), answered without building a list.
   */
  has(kind: string, namespace?: string): boolean {
    const byNamespace = this.byName.get(kind);
    if (!byNamespace) return false;
    if (namespace === undefined) return this.count(kind) > 0;
    return (byNamespace.get(namespace)?.size ?? 0) > 0;
  }

  /** Objects of a kind that have no owner at all (adoption candidates), in one namespace. */
  orphans<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    const s = this.orphanSet.get(kind);
    if (!s) return [];
    const out: T[] = [];
    for (const o of s) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o as T);
    return out;
  }

  /** Objects whose ownerReferences name this uid. */
  dependents(uid: string): KubeObject[] {
    const s = this.byOwner.get(uid);
    return s ? [...s] : [];
  }

  /**
   * The same objects as `dependents`, without a copy: for reading only. Nothing may write to the
   * store while the result is being iterated (a write can change the set underneath).
   */
  eachDependent(uid: string): Iterable<KubeObject> {
    return this.byOwner.get(uid) ?? NO_OBJECTS;
  }

  currentResourceVersion(): string {
    return String(this.resourceVersion);
  }

  /**
   * Stores a new object (already defaulted and validated by the caller). Fills uid,
   * resourceVersion, creationTimestamp, generation and, for generateName, a random suffix.
   */
  create<T extends KubeObject>(obj: T, opts: { uid?: string } = {}): Result<T> {
    const info = kindInfo(obj.kind);
    const meta = obj.metadata as Mutable<ObjectMeta>;
    if (info && !info.namespaced) delete meta.namespace;
    else if (!meta.namespace) meta.namespace = 'default';
    if (!meta.name && meta.generateName) {
      // names.SimpleNameGenerator; retried on the (unlikely) collision like the API server's client.
      do meta.name = generatedName(meta.generateName, this.random);
      while (this.get(obj.kind, meta.namespace, meta.name));
    }
    const names = this.namesIn(obj.kind, meta.namespace);
    if (names.has(meta.name!)) return fail(alreadyExists(obj.kind, meta.name!));
    // A caller-chosen uid (objects the API server makes for itself at start) keeps the seeded sequence intact.
    meta.uid = opts.uid ?? randomUid(this.random);
    meta.creationTimestamp = rfc3339(this.clock.now());
    meta.resourceVersion = String(++this.resourceVersion);
    if (GENERATION_KINDS.has(obj.kind)) meta.generation = 1;
    names.set(meta.name!, obj);
    let ofKind = this.objects.get(obj.kind);
    if (!ofKind) this.objects.set(obj.kind, (ofKind = new Set()));
    ofKind.add(obj);
    this.indexOwners(obj);
    this.bus.emit({ type: 'added', at: this.clock.now(), kind: obj.kind, object: obj, resourceVersion: meta.resourceVersion });
    return ok(obj);
  }

  /**
   * Changes a stored object in place. `bumpGeneration` says the spec changed (the API server
   * increments generation for spec writes of workload kinds, never for status writes).
   * Returns false, and announces nothing, when `mutate` reports no change.
   */
  modify<T extends KubeObject>(obj: T, mutate: (o: T) => boolean | void, opts: { bumpGeneration?: boolean } = {}): boolean {
    // (By identity in the kind's set: cheaper than the name lookup, and the same answer.)
    if (!this.objects.get(obj.kind)?.has(obj)) {
      throw new Error(`modify of an object that is not stored: ${obj.kind} ${obj.metadata.namespace}/${obj.metadata.name}`);
    }
    const changed = mutate(obj);
    if (changed === false) return false;
    const meta = obj.metadata as Mutable<ObjectMeta>;
    // The API server deletes an object marked for deletion once its last finalizer is removed
    // (pods excepted: their deletionTimestamp is the kubelet's grace period, not a finalizer wait).
    if (meta.deletionTimestamp && !meta.finalizers?.length && obj.kind !== 'Pod') return this.remove(obj);
    if (opts.bumpGeneration && GENERATION_KINDS.has(obj.kind)) meta.generation = (meta.generation ?? 0) + 1;
    meta.resourceVersion = String(++this.resourceVersion);
    this.indexOwners(obj);
    this.bus.emit({ type: 'modified', at: this.clock.now(), kind: obj.kind, object: obj, resourceVersion: meta.resourceVersion });
    return true;
  }

  /** Removes an object for good (after any graceful period is over). */
  remove(obj: KubeObject): boolean {
    const names = this.byName.get(obj.kind)?.get(obj.metadata.namespace ?? '');
    if (!names || names.get(obj.metadata.name!) !== obj) return false;
    names.delete(obj.metadata.name!);
    this.objects.get(obj.kind)!.delete(obj);
    this.unindexOwners(obj);
    const meta = obj.metadata as Mutable<ObjectMeta>;
    meta.resourceVersion = String(++this.resourceVersion);
    this.bus.emit({ type: 'deleted', at: this.clock.now(), kind: obj.kind, object: obj, resourceVersion: meta.resourceVersion });
    return true;
  }

  lookup<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): Result<T> {
    const o = this.get<T>(kind, namespace, name);
    return o ? ok(o) : fail(notFound(kind, name));
  }

  /** The name → object map of one kind and namespace, made on first use. */
  private namesIn(kind: string, namespace: string | undefined): Map<string, KubeObject> {
    let namespaces = this.byName.get(kind);
    if (!namespaces) this.byName.set(kind, (namespaces = new Map()));
    let names = namespaces.get(namespace ?? '');
    if (!names) namespaces.set(namespace ?? '', (names = new Map()));
    return names;
  }

  private indexOwners(obj: KubeObject): void {
    // Writers replace the ownerReferences array when they change it, so an unchanged array
    // (the common status write) needs no work.
    const refs = obj.metadata.ownerReferences;
    const before = this.ownersOf.get(obj);
    if (before && before.refs === refs) return;
    const uids = (refs ?? []).map((r) => r.uid);
    if (before && before.uids.length === uids.length && before.uids.every((u, i) => u === uids[i])) {
      before.refs = refs;
      return;
    }
    this.unindexOwners(obj);
    if (uids.length === 0) {
      let orphans = this.orphanSet.get(obj.kind);
      if (!orphans) this.orphanSet.set(obj.kind, (orphans = new Set()));
      orphans.add(obj);
    }
    for (const uid of uids) {
      let s = this.byOwner.get(uid);
      if (!s) this.byOwner.set(uid, (s = new Set()));
      s.add(obj);
    }
    this.ownersOf.set(obj, { refs, uids });
  }

  private unindexOwners(obj: KubeObject): void {
    this.orphanSet.get(obj.kind)?.delete(obj);
    for (const uid of this.ownersOf.get(obj)?.uids ?? []) {
      const s = this.byOwner.get(uid);
      if (!s) continue;
      s.delete(obj);
      if (s.size === 0) this.byOwner.delete(uid);
    }
    this.ownersOf.delete(obj);
  }
}

const NO_OBJECTS: readonly KubeObject[] = [];

/** generateName + 5 safe characters, the base cut to 58 characters (max name length 63). */
function generatedName(base: string, random: Random): string {
  return flat(base.slice(0, 58) + randomSafeString(random, 5));
}
