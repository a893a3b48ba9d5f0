import type { KubeObject, Mutable, ObjectMeta } from '../model/types';
import { kindInfo } from '../model/kinds';
import { VirtualClock, rfc3339 } from '../clock/virtual-clock';
import { Random, randomSafeString, randomUid } from '../clock/random';
import { EventBus } from '../events/bus';
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
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private readonly byOwner = new Map<string, Set<KubeObject>>();
  private readonly ownersOf = new WeakMap<KubeObject, string[]>();
  private readonly refsSeen = new WeakMap<KubeObject, unknown>();
  /** Objects without any ownerReference, by kind: what controllers may adopt. */
  private readonly orphanSet = new Map<string, Set<KubeObject>>();
  private resourceVersion = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: Random,
    private readonly bus: EventBus,
  ) {}

  get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.objects.get(kind)?.get(key(kind, namespace, name)) as T | undefined;
  }

  /** Objects of a kind (optionally one namespace), in creation order. */
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    const m = this.objects.get(kind);
    if (!m) return [];
    const out: T[] = [];
    for (const o of m.values()) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o as T);
    return out;
  }

  count(kind: string): number {
    return this.objects.get(kind)?.size ?? 0;
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
    const k = key(obj.kind, meta.namespace, meta.name!);
    let m = this.objects.get(obj.kind);
    if (!m) this.objects.set(obj.kind, (m = new Map()));
    if (m.has(k)) return fail(alreadyExists(obj.kind, meta.name!));
    // A caller-chosen uid (objects the API server makes for itself at start) keeps the seeded sequence intact.
    meta.uid = opts.uid ?? randomUid(this.random);
    meta.creationTimestamp = rfc3339(this.clock.now());
    meta.resourceVersion = String(++this.resourceVersion);
    if (GENERATION_KINDS.has(obj.kind)) meta.generation = 1;
    m.set(k, obj);
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
    if (this.get(obj.kind, obj.metadata.namespace, obj.metadata.name!) !== obj) {
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
    const k = key(obj.kind, obj.metadata.namespace, obj.metadata.name!);
    const m = this.objects.get(obj.kind);
    if (!m || m.get(k) !== obj) return false;
    m.delete(k);
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

  private indexOwners(obj: KubeObject): void {
    // Writers replace the ownerReferences array when they change it, so an unchanged array
    // (the common status write) needs no work.
    const refs = obj.metadata.ownerReferences;
    if (this.ownersOf.has(obj) && this.refsSeen.get(obj) === refs) return;
    this.refsSeen.set(obj, refs);
    const uids = (refs ?? []).map((r) => r.uid);
    const before = this.ownersOf.get(obj);
    if (before && before.length === uids.length && before.every((u, i) => u === uids[i])) return;
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
    this.ownersOf.set(obj, uids);
  }

  private unindexOwners(obj: KubeObject): void {
    this.orphanSet.get(obj.kind)?.delete(obj);
    for (const uid of this.ownersOf.get(obj) ?? []) {
      const s = this.byOwner.get(uid);
      if (!s) continue;
      s.delete(obj);
      if (s.size === 0) this.byOwner.delete(uid);
    }
    this.ownersOf.delete(obj);
  }
}

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/** generateName + 5 safe characters, the base cut to 58 characters (max name length 63). */
function generatedName(base: string, random: Random): string {
  return base.slice(0, 58) + randomSafeString(random, 5);
}
