import type { DaemonSet, KubeObject, Node, Pod } from '../../model/types';
import type { DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { SimEvent } from '../../events/sim-event';
import { Controller, ControllerContext, objectKey, splitKey } from '../controller';
import { selectorMatches } from '../../model/labels';
import { controllerRef, isPodActive } from '../../model/pod-util';
import { computeHash, deepCopy, deepEqual, canonicalJson } from '../../model/hash';
import { defaultPod } from '../../model/defaults';
import { ownerRefTo } from '../deployment/controller';
import {
  DaemonSetTemplateGenerationKey,
  DefaultDaemonSetUniqueLabelKey,
  addOrUpdateDaemonPodTolerations,
  comparePodsByCreation,
  daemonSetStatus,
  nodeNameAffinity,
  podsShouldBeOnNode,
  rollingUpdatePlan,
  targetNodeName,
  templateGeneration,
} from './util';

type DS = DaemonSet & KubeObject;
type P = Pod & KubeObject;
type N = Node & KubeObject;
interface ControllerRevision extends KubeObject {
  data?: unknown;
  revision?: number;
}

export const COMPONENT = 'daemonset-controller';
/** BurstReplicas of the DaemonSet controller: at most this many creations per sync. */
export const DaemonSetBurstReplicas = 250;

/**
 * Mirrors pkg/controller/daemon (daemon_controller.go, update.go): one pod per eligible node,
 * created with a node affinity that pins it there (the default scheduler binds it), RollingUpdate
 * within maxUnavailable / maxSurge, OnDelete, ControllerRevisions named `<ds>-<hash>`, and the
 * status counts. The arithmetic lives in util.ts.
 */
export class DaemonSetController implements Controller {
  readonly name = 'daemonset';
  /** Per node, what placement depends on (labels, taints, cordon, readiness): a change re-syncs every DaemonSet. */
  private readonly nodeFingerprints = new Map<string, string>();

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'DaemonSet') {
      if (e.type !== 'deleted') enqueue(objectKey(e.object));
    } else if (e.kind === 'Pod') {
      const ref = controllerRef(e.object);
      if (ref) {
        if (ref.kind === 'DaemonSet') enqueue(`${e.object.metadata.namespace}/${ref.name}`);
      } else if (e.type !== 'deleted') {
        for (const ds of this.ctx.store.list<DS>('DaemonSet', e.object.metadata.namespace)) {
          if (selectorMatches(ds.spec?.selector, e.object.metadata.labels)) enqueue(objectKey(ds));
        }
      }
    } else if (e.kind === 'Node') {
      const name = e.object.metadata.name!;
      const fingerprint = e.type === 'deleted' ? '' : nodeFingerprint(e.object as N);
      if (this.nodeFingerprints.get(name) === fingerprint) return;
      if (e.type === 'deleted') this.nodeFingerprints.delete(name);
      else this.nodeFingerprints.set(name, fingerprint);
      for (const ds of this.ctx.store.list<DS>('DaemonSet')) enqueue(objectKey(ds));
    }
  }

  /** syncDaemonSet. */
  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const ds = this.ctx.store.get<DS>('DaemonSet', ns, name);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const nodes = this.nodes();
    const hash = this.constructHistory(ds);
    // manage: the core loop (create where missing, delete what must go).
    const acted = this.manage(ds, nodes, hash);
    // Upstream waits for the informer to confirm its own creations and deletions (expectations)
    // before it rolls; here writes are immediate, so "not this sync" stands for that wait.
    if (!acted && ds.spec?.updateStrategy?.type === 'RollingUpdate') {
      const plan = rollingUpdatePlan(ds, nodes, this.nodeToDaemonPods(ds), hash, this.ctx.clock.now());
      this.syncNodes(ds, plan.oldPodsToDelete, plan.newNodesToCreate, hash);
    }
    this.cleanupHistory(ds);
    this.updateStatus(ds, nodes, hash);
  }

  private nodes(): N[] {
    return this.ctx.store.list<N>('Node').sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0));
  }

  /** ClaimPods: adopt matching orphans, release owned pods whose labels no longer match. */
  private claimPods(ds: DS): P[] {
    const uid = ds.metadata.uid!;
    const owned: P[] = [];
    for (const o of this.ctx.store.dependents(uid)) {
      if (o.kind !== 'Pod' || controllerRef(o)?.uid !== uid) continue;
      const pod = o as P;
      if (selectorMatches(ds.spec?.selector, pod.metadata.labels)) owned.push(pod);
      else if (isPodActive(pod)) {
        this.ctx.store.modify(pod, (p) => {
          p.metadata.ownerReferences = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        });
      }
    }
    for (const pod of this.ctx.store.orphans<P>('Pod', ds.metadata.namespace)) {
      if (controllerRef(pod) || !isPodActive(pod) || !selectorMatches(ds.spec?.selector, pod.metadata.labels)) continue;
      this.ctx.store.modify(pod, (p) => {
        p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRefTo(ds)];
      });
      owned.push(pod);
    }
    return owned;
  }

  /** getNodesToDaemonPods: claimed pods by the node they run on or are pinned to (terminal and deleted ones left out). */
  private nodeToDaemonPods(ds: DS): Map<string, P[]> {
    const out = new Map<string, P[]>();
    for (const pod of this.claimPods(ds)) {
      const phase = pod.status?.phase;
      if ((phase === 'Succeeded' || phase === 'Failed') && pod.metadata.deletionTimestamp) continue;
      const node = targetNodeName(pod);
      if (!node) continue;
      const list = out.get(node);
      if (list) list.push(pod);
      else out.set(node, [pod]);
    }
    return out;
  }

  /** manage: true when it created or deleted anything. */
  private manage(ds: DS, nodes: N[], hash: string): boolean {
    const nodeToPods = this.nodeToDaemonPods(ds);
    const now = this.ctx.clock.now();
    const create: string[] = [];
    const remove: string[] = [];
    for (const node of nodes) {
      const plan = podsShouldBeOnNode(node, nodeToPods.get(node.metadata.name!), ds, hash, now);
      create.push(...plan.nodesNeedingDaemonPods);
      remove.push(...plan.podsToDelete);
    }
    return this.syncNodes(ds, remove, create, hash);
  }

  /** syncNodes: delete the named pods, create one pod per node (at most a burst per sync). */
  private syncNodes(ds: DS, podsToDelete: string[], nodesNeedingDaemonPods: string[], hash: string): boolean {
    let acted = false;
    const generation = templateGeneration(ds);
    for (const nodeName of nodesNeedingDaemonPods.slice(0, DaemonSetBurstReplicas)) {
      const pod = daemonPodFor(ds, nodeName, hash, generation);
      const r = this.ctx.createObject(pod);
      if (!r.ok) {
        this.ctx.recordEvent(ds, 'Warning', 'FailedCreate', `Error creating: ${r.error.message}`, COMPONENT);
        break;
      }
      acted = true;
      this.ctx.recordEvent(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${r.value.metadata.name}`, COMPONENT);
    }
    for (const name of podsToDelete) {
      const pod = this.ctx.store.get<P>('Pod', ds.metadata.namespace, name);
      if (!pod || pod.metadata.deletionTimestamp) continue;
      acted = true;
      this.ctx.deleteObject(pod);
      this.ctx.recordEvent(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`, COMPONENT);
    }
    return acted;
  }

  private revisions(ds: DS): ControllerRevision[] {
    const uid = ds.metadata.uid!;
    return this.ctx.store.dependents(uid).filter((o) => o.kind === 'ControllerRevision' && controllerRef(o)?.uid === uid) as ControllerRevision[];
  }

  /**
   * constructHistory: the current revision is the ControllerRevision `<ds>-<hash>` of the pod
   * template (created when new, renumbered to the highest revision when an old template comes
   * back); returns the hash.
   */
  private constructHistory(ds: DS): string {
    const collisionCount = (ds.status as DaemonSetStatus | undefined)?.collisionCount;
    const hash = computeHash(ds.spec?.template, collisionCount ?? undefined);
    const revisions = this.revisions(ds);
    const max = revisions.reduce((m, r) => Math.max(m, r.revision ?? 0), 0);
    const current = revisions.find((r) => r.metadata.labels?.[DefaultDaemonSetUniqueLabelKey] === hash);
    if (current) {
      if ((current.revision ?? 0) < max) {
        this.ctx.store.modify(current, (r) => {
          r.revision = max + 1;
        });
      }
      return hash;
    }
    const template = deepCopy(ds.spec!.template!) as Record<string, unknown>;
    template.$patch = 'replace';
    const revision: ControllerRevision = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name: `${ds.metadata.name}-${hash}`,
        namespace: ds.metadata.namespace,
        labels: { ...(ds.spec?.template?.metadata?.labels ?? {}), [DefaultDaemonSetUniqueLabelKey]: hash },
        ...(ds.metadata.annotations ? { annotations: { ...ds.metadata.annotations } } : {}),
        ownerReferences: [ownerRefTo(ds)],
      },
      data: { spec: { template } },
      revision: max + 1,
    };
    const r = this.ctx.store.create(revision);
    if (!r.ok) {
      // A revision of that name from another template: a hash collision. Bump collisionCount and retry next sync.
      const existing = this.ctx.store.get<ControllerRevision>('ControllerRevision', ds.metadata.namespace, revision.metadata.name!);
      if (existing && canonicalJson(existing.data) !== canonicalJson(revision.data)) {
        this.ctx.store.modify(ds, (o) => {
          o.status = { ...((o.status ?? {}) as DaemonSetStatus), collisionCount: (collisionCount ?? 0) + 1 } as DaemonSetStatus;
        });
      }
    }
    return hash;
  }

  /** cleanupHistory: keep revisionHistoryLimit old revisions that no live pod uses, oldest deleted first. */
  private cleanupHistory(ds: DS): void {
    const limit = ds.spec?.revisionHistoryLimit ?? 10;
    const hash = computeHash(ds.spec?.template, (ds.status as DaemonSetStatus | undefined)?.collisionCount ?? undefined);
    const live = new Set<string>([hash]);
    for (const o of this.ctx.store.dependents(ds.metadata.uid!)) {
      if (o.kind === 'Pod') {
        const h = o.metadata.labels?.[DefaultDaemonSetUniqueLabelKey];
        if (h) live.add(h);
      }
    }
    const old = this.revisions(ds)
      .filter((r) => !live.has(r.metadata.labels?.[DefaultDaemonSetUniqueLabelKey] ?? ''))
      .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    for (const r of old.slice(0, Math.max(0, old.length - limit))) this.ctx.deleteObject(r);
  }

  private updateStatus(ds: DS, nodes: N[], hash: string): void {
    const now = this.ctx.clock.now();
    const status = daemonSetStatus(ds, nodes, this.nodeToDaemonPods(ds), hash, now);
    const collisionCount = (ds.status as DaemonSetStatus | undefined)?.collisionCount;
    if (collisionCount !== undefined) status.collisionCount = collisionCount;
    if (!deepEqual(normalize(ds.status as DaemonSetStatus | undefined), normalize(status))) {
      this.ctx.store.modify(ds, (o) => {
        o.status = status;
      });
    }
    // Availability arrives with time, not with a write: look again once minReadySeconds have passed.
    const minReady = ds.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && (status.numberReady ?? 0) !== (status.numberAvailable ?? 0)) this.ctx.enqueueAfter(objectKey(ds), minReady * 1000 + 1);
  }
}

/** Status as the API compares it: absent counters are 0. */
function normalize(s: DaemonSetStatus | undefined): Record<string, number> {
  const n = (x: number | undefined) => x ?? 0;
  return {
    currentNumberScheduled: n(s?.currentNumberScheduled),
    desiredNumberScheduled: n(s?.desiredNumberScheduled),
    numberMisscheduled: n(s?.numberMisscheduled),
    numberReady: n(s?.numberReady),
    observedGeneration: n(s?.observedGeneration),
    updatedNumberScheduled: n(s?.updatedNumberScheduled),
    numberAvailable: n(s?.numberAvailable),
    numberUnavailable: n(s?.numberUnavailable),
    collisionCount: n(s?.collisionCount),
  };
}

/** What placement of daemon pods depends on, per node. */
function nodeFingerprint(node: N): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  return canonicalJson({ l: node.metadata.labels, t: node.spec?.taints, u: node.spec?.unschedulable, r: ready });
}

/**
 * CreatePodTemplate + syncNodes: the template with the daemon tolerations, the revision hash and
 * template generation labels, pinned to `nodeName` by node affinity; named `<ds>-<5 random>`.
 */
export function daemonPodFor(ds: DS, nodeName: string, hash: string, generation: number | undefined): P {
  const t = ds.spec!.template!;
  const spec = deepCopy(t.spec!);
  addOrUpdateDaemonPodTolerations(spec);
  spec.affinity = nodeNameAffinity(spec.affinity, nodeName);
  const labels: Record<string, string> = { ...(t.metadata?.labels ?? {}) };
  if (generation !== undefined) labels[DaemonSetTemplateGenerationKey] = String(generation);
  if (hash) labels[DefaultDaemonSetUniqueLabelKey] = hash;
  const pod: P = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${ds.metadata.name}-`,
      namespace: ds.metadata.namespace,
      labels,
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ownerReferences: [ownerRefTo(ds)],
    },
    spec,
  };
  (pod as { status?: Pod['status'] }).status = { phase: 'Pending' }; // the API server adds the QoS class
  defaultPod(pod);
  return pod;
}

export { comparePodsByCreation };
