/**
 * A StatefulSet's ControllerRevisions (pkg/controller/history, getStatefulSetRevisions and
 * truncateHistory in stateful_set_control.go). A revision stores the pod template as a patch,
 * `{spec: {template: {…, $patch: replace}}}`; its name is `<set>-<hash of that patch>`.
 */
import type { KubeObject, PodTemplateSpec, StatefulSet } from '../../model/types';
import type { ControllerRevision } from '../../model/statefulset';
import type { ControllerContext } from '../controller';
import { computeHash, deepCopy, deepEqual } from '../../model/hash';
import { controllerRef } from '../../model/pod-util';
import { selectorMatches } from '../../model/labels';
import { StatefulSetRevisionLabel, controllerRevisionName, nextRevision, revisionsToTruncate, sortControllerRevisions, getPodRevision } from './util';

export type STS = StatefulSet & KubeObject;
export type CR = ControllerRevision & KubeObject & { revision: number };

/** A controller ownerReference (metav1.NewControllerRef). */
export function ownerRefTo(owner: KubeObject) {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

/** getPatch: the part of the set a revision records (the template, replacing on apply). */
export function revisionData(set: StatefulSet): { spec: { template: Record<string, unknown> } } {
  return { spec: { template: { ...(deepCopy(set.spec?.template ?? {}) as Record<string, unknown>), $patch: 'replace' } } };
}

/** The pod template a revision records (ApplyRevision, template part). */
export function templateOf(revision: CR): PodTemplateSpec {
  const t = deepCopy(((revision.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) as Record<string, unknown>);
  delete t.$patch;
  return t as PodTemplateSpec;
}

/**
 * ListRevisions + AdoptOrphanRevisions: revisions in the namespace that match the selector and
 * are the set's own, orphans adopted.
 */
export function claimRevisions(ctx: ControllerContext, set: STS): CR[] {
  const out: CR[] = [];
  for (const o of ctx.store.list<CR>('ControllerRevision', set.metadata.namespace)) {
    if (!selectorMatches(set.spec?.selector, o.metadata.labels)) continue;
    const ref = controllerRef(o);
    if (ref && ref.uid !== set.metadata.uid) continue;
    if (!ref) {
      if (set.metadata.deletionTimestamp) continue;
      ctx.store.modify(o, (r) => {
        r.metadata.ownerReferences = [...(r.metadata.ownerReferences ?? []), ownerRefTo(set)];
      });
    }
    out.push(o);
  }
  return sortControllerRevisions(out);
}

/**
 * getStatefulSetRevisions: the update revision is the current template's revision — reused when
 * it is already the latest, renumbered to the next revision when an older one matches (a
 * rollback), created otherwise (collisionCount grows on a name clash with other data). The
 * current revision is the one status.currentRevision names, or the update revision at first.
 */
export function getStatefulSetRevisions(ctx: ControllerContext, set: STS, revisions: CR[]): { current: CR; update: CR; collisionCount: number } {
  let collisionCount = set.status?.collisionCount ?? 0;
  const data = revisionData(set);
  const next = nextRevision(revisions);
  const equal = revisions.filter((r) => deepEqual(r.data, data));
  let update: CR;
  const latest = revisions[revisions.length - 1];
  if (equal.length > 0 && latest === equal[equal.length - 1]) {
    update = latest;
  } else if (equal.length > 0) {
    update = equal[equal.length - 1];
    ctx.store.modify(update, (r) => {
      r.revision = next;
    });
  } else {
    for (;;) {
      const hash = computeHash(data, collisionCount);
      const name = controllerRevisionName(set.metadata.name!, hash);
      const existing = ctx.store.get<CR>('ControllerRevision', set.metadata.namespace, name);
      if (existing) {
        if (deepEqual(existing.data, data)) {
          update = existing;
          break;
        }
        collisionCount++;
        continue;
      }
      const cr: CR = {
        apiVersion: 'apps/v1',
        kind: 'ControllerRevision',
        metadata: {
          name,
          namespace: set.metadata.namespace,
          labels: { ...(set.spec?.template?.metadata?.labels ?? {}), [StatefulSetRevisionLabel]: hash },
          ...(set.metadata.annotations ? { annotations: { ...set.metadata.annotations } } : {}),
          ownerReferences: [ownerRefTo(set)],
        },
        data,
        revision: next,
      };
      const r = ctx.store.create(cr);
      if (!r.ok) throw new Error(`creating ControllerRevision ${name}: ${r.error.message}`);
      update = r.value;
      break;
    }
  }
  const current = revisions.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
  return { current, update, collisionCount };
}

/**
 * truncateHistory: non-live revisions beyond revisionHistoryLimit are deleted, oldest first.
 * Live = the current and update revisions and every revision a pod runs.
 */
export function truncateHistory(ctx: ControllerContext, set: STS, pods: Array<{ metadata?: { labels?: Record<string, string> } }>, revisions: CR[], current: CR, update: CR): void {
  const live = new Set<string>([current.metadata.name!, update.metadata.name!]);
  for (const p of pods) live.add(getPodRevision(p as never));
  for (const r of revisionsToTruncate(revisions, live, set.spec?.revisionHistoryLimit ?? 10)) {
    if (ctx.store.get('ControllerRevision', r.metadata.namespace, r.metadata.name!) === r) ctx.deleteObject(r);
  }
}
