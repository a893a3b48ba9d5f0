import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { rolloutObjectError } from '../parse/validate';
import { fetchTargets } from './fetch';
import { printRolloutHistory, printRolloutHistoryRevision, historyFromReplicaSets } from '../printers';
import { formatApiError } from '../../store/api-error';
import { kindSlashName } from '../../model/kinds';
import { rfc3339 } from '../../clock/virtual-clock';
import { toMs } from '../../clock/duration';
import { formatDuration } from '../../sim/simulator';
import type { Deployment, KubeObject, ReplicaSet } from '../../model/types';
import { DefaultDeploymentUniqueLabelKey, equalIgnoreHash, findNewReplicaSet, parseInt64, revision, skipCopyAnnotation, getDeploymentCondition, TimedOutReason } from '../../controllers/deployment/util';
import { deepCopy } from '../../model/hash';
import { rolloutDaemonSet, rolloutStatefulSet } from './rollout-revisioned';

type D = Deployment & KubeObject;
type RS = ReplicaSet & KubeObject;

function ownedReplicaSets(ctx: Ctx, d: D): RS[] {
  return ctx.sim.list<RS>('ReplicaSet', ctx.namespace).filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid && o.controller));
}

/**
 * `kubectl rollout status|history|undo|pause|resume|restart TYPE NAME` (also `TYPE/NAME`, several
 * names, `-l`, `-f`): each visited object in turn, as kubectl's visitor does; the per-type
 * errors (rolloutObjectError) come after the object was fetched. StatefulSets and DaemonSets
 * have their own files (rollout-revisioned.ts).
 */
export function rollout(ctx: Ctx): KubectlResult {
  const sub = ctx.cmd.path[1] as Sub;
  const { out } = ctx;
  const fetched = fetchTargets(ctx, { labelSelector: str(ctx.cmd.flags.selector) ?? '' });
  const items = fetched.groups.flatMap((g) => g.objects.map((object) => ({ resource: g.resource, object })));
  const errors: string[] = [];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    const typeError = rolloutObjectError(sub, resource, name);
    if (typeError) {
      errors.push(typeError.trimEnd());
      continue;
    }
    const stderrBefore = out.stderr.length;
    const r = rolloutOne(ctx, sub, resource.kind, name, object);
    if (r.exitCode !== 0) {
      // Keep this object's error and go on with the others, as kubectl does.
      errors.push(out.stderr.slice(stderrBefore).trimEnd());
      out.stderr = out.stderr.slice(0, stderrBefore);
      out.exitCode = 0;
    }
  }
  errors.unshift(...fetched.errors);
  if (errors.length) return out.fail(errors.join('\n'));
  if (ctx.cmd.errorAtPrint && items.length > 0) {
    // The change was made; printing it fails (`rollout pause … -o bogus`).
    out.stdout = '';
    return out.fail(ctx.cmd.errorAtPrint);
  }
  return out.result();
}

type Sub = 'status' | 'history' | 'undo' | 'pause' | 'resume' | 'restart';

function rolloutOne(ctx: Ctx, sub: Sub, kind: string, name: string, object: KubeObject): KubectlResult {
  if (kind === 'StatefulSet') return rolloutStatefulSet(ctx, name);
  if (kind === 'DaemonSet') return rolloutDaemonSet(ctx, name);
  const d = object as D;
  const ref = kindSlashName('Deployment', name);
  switch (sub) {
    case 'status':
      return status(ctx, name);
    case 'history':
      return history(ctx, d, ref);
    case 'undo':
      return undo(ctx, d, ref);
    case 'pause':
      if (d.spec?.paused) return ctx.out.fail(`error: deployments.apps "${name}" is already paused`);
      return patchSpec(ctx, name, ref, 'paused', (o) => ((o.spec as { paused?: boolean }).paused = true));
    case 'resume':
      if (!d.spec?.paused) return ctx.out.fail(`error: deployments.apps "${name}" is not paused`);
      return patchSpec(ctx, name, ref, 'resumed', (o) => delete (o.spec as { paused?: boolean }).paused);
    case 'restart': {
      if (d.spec?.paused) return ctx.out.fail(`error: deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`);
      const at = rfc3339(ctx.sim.now());
      if (d.spec?.template?.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'] === at) {
        return ctx.out.fail(`error: failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
      }
      return patchSpec(ctx, name, ref, 'restarted', (o) => {
        const tpl = (o.spec as { template: { metadata?: { annotations?: Record<string, string> } } }).template;
        tpl.metadata = { ...(tpl.metadata ?? {}), annotations: { ...(tpl.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at } };
      });
    }
  }
}

function patchSpec(ctx: Ctx, name: string, ref: string, verb: string, mutate: (o: KubeObject) => void): KubectlResult {
  const r = ctx.sim.update('Deployment', name, mutate, { namespace: ctx.namespace });
  if (!r.ok) return ctx.out.fail(formatApiError(r.error));
  ctx.out.out(`${ref} ${verb}\n`);
  return ctx.out.result();
}

function history(ctx: Ctx, d: D, ref: string): KubectlResult {
  const rss = ownedReplicaSets(ctx, d);
  const wanted = parseInt64(str(ctx.cmd.flags.revision) ?? '0') ?? 0n;
  if (wanted > 0n) {
    const rs = rss.find((r) => revision(r) === wanted);
    if (!rs) return ctx.out.fail('error: unable to find the specified revision');
    ctx.out.out(printRolloutHistoryRevision(ref, wanted, rs.spec!.template!));
    return ctx.out.result();
  }
  ctx.out.out(printRolloutHistory(ref, historyFromReplicaSets(rss)));
  return ctx.out.result();
}

/**
 * kubectl's DeploymentRollbacker, client side: find the revision (default: the one before the
 * latest), refuse a paused Deployment, skip when the template already matches, otherwise patch
 * the template and the annotations back. The controller then rolls out as for any change.
 */
function undo(ctx: Ctx, d: D, ref: string): KubectlResult {
  const toRevision = parseInt64(str(ctx.cmd.flags['to-revision']) ?? '0') ?? 0n;
  if (toRevision < 0n) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const rss = ownedReplicaSets(ctx, d);
  let rs: RS | undefined;
  if (toRevision > 0n) {
    rs = rss.find((r) => revision(r) === toRevision);
    if (!rs) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  } else {
    let latest = -1n;
    let previous = -1n;
    let latestRS: RS | undefined;
    for (const r of rss) {
      const v = revision(r);
      if (latest < v) {
        previous = latest;
        rs = latestRS;
        latest = v;
        latestRS = r;
      } else if (previous < v) {
        previous = v;
        rs = r;
      }
    }
    if (!rs) return ctx.out.fail(`error: no rollout history found for deployment "${d.metadata.name}"`);
  }
  if (d.spec?.paused) return ctx.out.fail("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) {
    ctx.out.out(`${ref} skipped rollback (current template already matches revision ${toRevision})\n`);
    return ctx.out.result();
  }
  const template = deepCopy(rs.spec!.template!);
  delete template.metadata?.labels?.[DefaultDeploymentUniqueLabelKey];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (skipCopyAnnotation(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!skipCopyAnnotation(k)) annotations[k] = v;
  const r = ctx.sim.update('Deployment', d.metadata.name!, (o) => {
    (o.spec as { template: unknown }).template = template;
    o.metadata.annotations = annotations;
  }, { namespace: ctx.namespace });
  if (!r.ok) return ctx.out.fail(`error: failed restoring revision ${toRevision}: ${formatApiError(r.error)}`);
  ctx.out.out(`${ref} rolled back\n`);
  return ctx.out.result();
}

/** The status line kubectl's DeploymentStatusViewer prints, and whether the rollout is done. */
export function deploymentStatusMessage(d: D, wantRevision?: bigint): { message: string; done: boolean; error?: string } {
  const name = d.metadata.name;
  if (wantRevision !== undefined && wantRevision > 0n) {
    const current = revision(d);
    if (current !== wantRevision) return { message: '', done: true, error: `desired revision (${wantRevision}) is different from the running revision (${current})` };
  }
  if ((d.metadata.generation ?? 0) <= (d.status?.observedGeneration ?? 0)) {
    if (getDeploymentCondition(d.status, 'Progressing')?.reason === TimedOutReason) {
      return { message: '', done: true, error: `deployment "${name}" exceeded its progress deadline` };
    }
    const s = d.status ?? {};
    const replicas = d.spec?.replicas ?? 1;
    const updated = s.updatedReplicas ?? 0;
    if (updated < replicas) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`, done: false };
    if ((s.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...`, done: false };
    if ((s.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`, done: false };
    return { message: `deployment "${name}" successfully rolled out`, done: true };
  }
  return { message: 'Waiting for deployment spec update to be observed...', done: false };
}

/**
 * `rollout status`: kubectl watches the Deployment and prints a line per change. Here virtual time
 * runs forward until the rollout is done, fails, or --timeout passes. Identical consecutive lines
 * are printed once: how many identical watch events a real server sends depends on its timing.
 */
function status(ctx: Ctx, name: string): KubectlResult {
  const { sim, out, cmd } = ctx;
  const watch = cmd.flags.watch === undefined ? true : bool(cmd.flags.watch);
  const timeoutText = str(cmd.flags.timeout);
  const timeoutMs = timeoutText && timeoutText !== '0s' && timeoutText !== '0' ? toMs(timeoutText) : undefined;
  const wantRevision = str(cmd.flags.revision) !== undefined ? parseInt64(str(cmd.flags.revision)!) ?? 0n : undefined;
  let lastLine = '';
  const started = sim.now();
  for (;;) {
    const d = sim.get<D>('Deployment', name, ctx.namespace);
    if (!d) return out.fail('error: object has been deleted');
    const s = deploymentStatusMessage(d, wantRevision);
    if (s.error) return out.fail(`error: ${s.error}`);
    if (s.message !== lastLine) out.out(`${s.message}\n`);
    lastLine = s.message;
    if (s.done || !watch) return out.result();
    const rv = d.metadata.resourceVersion;
    const remaining = timeoutMs === undefined ? undefined : started + timeoutMs - sim.now();
    if (remaining !== undefined && remaining <= 0) return out.fail('error: timed out waiting for the condition');
    // Without --timeout real kubectl waits for ever; a simulation must end. A rollout that keeps
    // changing without finishing (a crash loop resets the progress deadline) stops at the
    // simulator's virtual-time cap, saying what was still going on.
    const cap = started + sim.maxVirtualTimeMs - sim.now();
    if (remaining === undefined && cap <= 0) {
      return out.fail(`error: kubespec stopped waiting after ${formatDuration(sim.maxVirtualTimeMs)} of virtual time (real kubectl would wait for ever): deployment "${name}": ${sim.describeRollout(ctx.namespace, name)}`);
    }
    const r = sim.runUntil(() => sim.get<D>('Deployment', name, ctx.namespace)?.metadata.resourceVersion !== rv, { timeout: remaining ?? cap });
    if (r.outcome === 'timeout' && remaining !== undefined) return out.fail('error: timed out waiting for the condition');
  }
}

export { findNewReplicaSet };
