import type { Deployment, KubeObject, ReplicaSet } from '../../model/types';
import type { DeploymentController } from './controller';
import { COMPONENT } from './controller';
import { getAllReplicaSetsAndSyncRevisions } from './sync';
import { DefaultDeploymentUniqueLabelKey, RollbackToAnnotation, equalIgnoreHash, lastRevision, parseInt64, revision, skipCopyAnnotation } from './util';
import { deepCopy } from '../../model/hash';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

/**
 * Mirrors rollback.go: the legacy server-side rollback requested by the
 * `deprecated.deployment.rollback.to` annotation. (kubectl's `rollout undo` is client-side and
 * lives with the kubectl commands.) The annotation is always removed in the same write.
 */
export function rollback(dc: DeploymentController, d: D, rsList: RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevisions(dc, d, rsList, true);
  const all = [...oldRSs, ...(newRS ? [newRS] : [])];
  let target = parseInt64(d.metadata.annotations?.[RollbackToAnnotation] ?? '0') ?? 0n;
  if (target === 0n) {
    target = lastRevision(all);
    if (target === 0n) {
      dc.ctx.recordEvent(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find last revision.', COMPONENT);
      return clearRollbackTo(dc, d);
    }
  }
  const rs = all.find((r) => revision(r) === target);
  if (!rs) {
    dc.ctx.recordEvent(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find the revision to rollback to.', COMPONENT);
    return clearRollbackTo(dc, d);
  }
  if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) {
    dc.ctx.recordEvent(d, 'Warning', 'DeploymentRollbackTemplateUnchanged', `The rollback revision contains the same template as current deployment "${d.metadata.name}"`, COMPONENT);
    return clearRollbackTo(dc, d);
  }
  dc.ctx.store.modify(d, (o) => {
    const template = deepCopy(rs.spec!.template!);
    delete template.metadata?.labels?.[DefaultDeploymentUniqueLabelKey];
    o.spec = { ...o.spec!, template };
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.metadata.annotations ?? {})) if (skipCopyAnnotation(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!skipCopyAnnotation(k)) annotations[k] = v;
    delete annotations[RollbackToAnnotation];
    o.metadata.annotations = annotations;
  }, { bumpGeneration: true });
  dc.ctx.recordEvent(d, 'Normal', 'DeploymentRollback', `Rolled back deployment "${d.metadata.name}" to revision ${target}`, COMPONENT);
}

function clearRollbackTo(dc: DeploymentController, d: D): void {
  dc.ctx.store.modify(d, (o) => {
    const a = { ...(o.metadata.annotations ?? {}) };
    delete a[RollbackToAnnotation];
    o.metadata.annotations = a;
  }, { bumpGeneration: true });
}
