/**
 * `kubectl rollout history` (kubectl-and-api.md §2.5). kubectl builds the history text
 * (polymorphichelpers/history.go) and hands it to the name printer as the "operation", so the
 * output is `deployment.apps/kubia` + ` ` + `\n` + history + `\n`: hence the trailing space on the
 * first line and the final empty line.
 */
import type { PodTemplateSpec, ReplicaSet } from '../../model/types';
import { tabwrite, DESCRIBE_TABWRITER } from './tabwriter';
import { PlainPrefixWriter } from './describe-writer';
import { describePodTemplate } from './describe-pod-template';
import { parseInt64 } from '../../controllers/deployment/util';

/** The RS annotation holding a deployment revision number. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/** The annotation `--record` (or a user) sets; copied from the deployment to its new RS. */
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

/** One row of the history table. */
export interface RolloutRevision {
  /** An int64: a bigint for Deployments' annotation revisions, a number for ControllerRevisions. */
  readonly revision: number | bigint;
  readonly changeCause?: string;
}

/**
 * The history table. `kindGroupName` is the name-printer form, e.g. `deployment.apps/kubia`.
 * Revisions are printed in ascending order; an empty list prints `No rollout history found.`.
 *
 * ```
 * deployment.apps/kubia ␠
 * REVISION  CHANGE-CAUSE
 * 1         <none>
 * 2         update to v2
 *
 * ```
 */
export function printRolloutHistory(kindGroupName: string, revisions: readonly RolloutRevision[]): string {
  if (revisions.length === 0) return `${kindGroupName} \nNo rollout history found.\n`;
  const rows = [...revisions]
    .sort(byRevision)
    .map((r) => `${r.revision}\t${r.changeCause ? r.changeCause : '<none>'}\n`)
    .join('');
  const table = tabwrite(`REVISION\tCHANGE-CAUSE\n${rows}`, DESCRIBE_TABWRITER);
  return `${kindGroupName} \n${table}\n`;
}

/**
 * `rollout history --revision=N`: the header line, the pod template block written with literal
 * tabs (this text never passes through a tabwriter), then an empty line. Pass the template as
 * {@link historyFromReplicaSets} returns it, so the change-cause shows among its annotations.
 */
export function printRolloutHistoryRevision(kindGroupName: string, revision: number | bigint, template: PodTemplateSpec): string {
  const w = new PlainPrefixWriter();
  describePodTemplate(template, w);
  return `${kindGroupName} with revision #${revision}\n${w.toString()}\n`;
}

/** A revision with the template kubectl shows for it. */
export interface RolloutHistoryEntry extends RolloutRevision {
  readonly template: PodTemplateSpec;
}

/**
 * DeploymentHistoryViewer's bookkeeping: every ReplicaSet becomes an entry under its revision
 * annotation (0 when absent); its change-cause annotation is copied into the template's annotations (that
 * is why `--revision` shows `Annotations: kubernetes.io/change-cause: ...`). For a repeated
 * revision number the later ReplicaSet wins, as in kubectl's map. Sorted by revision.
 */
export function historyFromReplicaSets(replicaSets: readonly ReplicaSet[]): RolloutHistoryEntry[] {
  const entries = new Map<bigint, RolloutHistoryEntry>();
  for (const rs of replicaSets) {
    // deploymentutil.Revision: no annotation means revision 0; an unparsable one is skipped.
    const revision = parseInt64(rs.metadata?.annotations?.[REVISION_ANNOTATION] ?? '0');
    if (revision === undefined) continue;
    const changeCause = rs.metadata?.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '';
    const base = rs.spec?.template ?? {};
    const annotations = { ...(base.metadata?.annotations ?? {}) };
    if (changeCause.length > 0) annotations[CHANGE_CAUSE_ANNOTATION] = changeCause;
    const template: PodTemplateSpec = { ...base, metadata: { ...(base.metadata ?? {}), annotations } };
    entries.set(revision, { revision, changeCause: annotations[CHANGE_CAUSE_ANNOTATION], template });
  }
  return [...entries.values()].sort(byRevision);
}

function byRevision(a: RolloutRevision, b: RolloutRevision): number {
  return a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0;
}
