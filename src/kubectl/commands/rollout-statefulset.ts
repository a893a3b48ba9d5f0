import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { printRolloutHistory, printRolloutHistoryRevision } from '../printers';
import { formatApiError, notFound } from '../../store/api-error';
import { kindSlashName } from '../../model/kinds';
import { rfc3339 } from '../../clock/virtual-clock';
import { toMs } from '../../clock/duration';
import { deepCopy, deepEqual } from '../../model/hash';
import type { KubeObject, PodTemplateSpec, StatefulSet } from '../../model/types';

type STS = StatefulSet & KubeObject;
type CR = KubeObject & { revision: number; data?: { spec?: { template?: Record<string, unknown> } } };

/**
 * `kubectl rollout status|history|undo|restart|pause|resume` for a StatefulSet, as kubectl's
 * polymorphic helpers do it (StatefulSetStatusViewer, StatefulSetHistoryViewer,
 * StatefulSetRollbacker, defaultObjectRestarter, defaultObjectPauser).
 */
export function rolloutStatefulSet(ctx: Ctx, name: string): KubectlResult {
  const sub = ctx.cmd.path[1];
  const sts = ctx.sim.get<STS>('StatefulSet', name, ctx.namespace);
  if (!sts) return ctx.out.fail(formatApiError(notFound('StatefulSet', name)));
  const ref = kindSlashName('StatefulSet', name);
  switch (sub) {
    case 'status':
      return status(ctx, name);
    case 'history':
      return history(ctx, sts, ref);
    case 'undo':
      return undo(ctx, sts, ref);
    case 'restart': {
      const at = rfc3339(ctx.sim.now());
      if (sts.spec?.template?.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'] === at) {
        return ctx.out.fail(`error: failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
      }
      const r = ctx.sim.update('StatefulSet', name, (o) => {
        const tpl = (o.spec as { template: { metadata?: { annotations?: Record<string, string> } } }).template;
        tpl.metadata = { ...(tpl.metadata ?? {}), annotations: { ...(tpl.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at } };
      }, { namespace: ctx.namespace });
      if (!r.ok) return ctx.out.fail(formatApiError(r.error));
      ctx.out.out(`${ref} restarted\n`);
      return ctx.out.result();
    }
    case 'pause':
      return ctx.out.fail(`error: statefulsets.apps "${name}" pausing is not supported`);
    case 'resume':
      return ctx.out.fail(`error: statefulsets.apps "${name}" resuming is not supported`);
    default:
      return ctx.out.fail(`error: unknown command "${sub}" for "kubectl rollout"`);
  }
}

/** StatefulSetStatusViewer.Status: the line kubectl prints, whether it is done, or an error. */
export function statefulSetStatusMessage(sts: StatefulSet): { message: string; done: boolean; error?: string } {
  const strategy = sts.spec?.updateStrategy;
  if (strategy?.type !== 'RollingUpdate') return { message: '', done: true, error: 'rollout status is only available for RollingUpdate strategy type' };
  const s = sts.status;
  if (!s?.observedGeneration || (sts.metadata?.generation ?? 0) > s.observedGeneration) return { message: 'Waiting for statefulset spec update to be observed...', done: false };
  const replicas = sts.spec?.replicas;
  if (replicas !== undefined && (s.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (s.readyReplicas ?? 0)} pods to be ready...`, done: false };
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && (s.updatedReplicas ?? 0) < replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${s.updatedReplicas ?? 0} out of ${replicas - partition} new pods have been updated...`, done: false };
    }
    return { message: `partitioned roll out complete: ${s.updatedReplicas ?? 0} new pods have been updated...`, done: true };
  }
  if (s.updateRevision !== s.currentRevision) return { message: `waiting for statefulset rolling update to complete ${s.updatedReplicas ?? 0} pods at revision ${s.updateRevision}...`, done: false };
  return { message: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision}...`, done: true };
}

/** Watches the set, a line per status change, until done, failed or --timeout (virtual time). */
function status(ctx: Ctx, name: string): KubectlResult {
  const { sim, out, cmd } = ctx;
  const watch = cmd.flags.watch === undefined ? true : bool(cmd.flags.watch);
  const timeoutText = str(cmd.flags.timeout);
  const timeoutMs = timeoutText && timeoutText !== '0s' && timeoutText !== '0' ? toMs(timeoutText) : undefined;
  const started = sim.now();
  let lastLine = '';
  for (;;) {
    const sts = sim.get<STS>('StatefulSet', name, ctx.namespace);
    if (!sts) return out.fail('error: object has been deleted');
    const s = statefulSetStatusMessage(sts);
    if (s.error) return out.fail(`error: ${s.error}`);
    if (s.message !== lastLine) out.out(`${s.message}\n`);
    lastLine = s.message;
    if (s.done || !watch) return out.result();
    const rv = sts.metadata.resourceVersion;
    const remaining = timeoutMs === undefined ? undefined : started + timeoutMs - sim.now();
    if (remaining !== undefined && remaining <= 0) return out.fail('error: timed out waiting for the condition');
    const r = sim.runUntil(() => sim.get<STS>('StatefulSet', name, ctx.namespace)?.metadata.resourceVersion !== rv, { timeout: remaining ?? '24h' });
    if (r.outcome === 'timeout') return out.fail('error: timed out waiting for the condition');
  }
}

/** controlledHistory: the set's ControllerRevisions, by revision. */
function revisionsOf(ctx: Ctx, sts: STS): CR[] {
  return ctx.sim
    .list<CR>('ControllerRevision', ctx.namespace)
    .filter((r) => r.metadata.ownerReferences?.some((o) => o.controller && o.uid === sts.metadata.uid))
    .sort((a, b) => a.revision - b.revision);
}

/** ApplyRevision, template part: the pod template a revision recorded. */
function templateOf(r: CR): PodTemplateSpec {
  const t = deepCopy(r.data?.spec?.template ?? {}) as Record<string, unknown>;
  delete t.$patch;
  return t as PodTemplateSpec;
}

function history(ctx: Ctx, sts: STS, ref: string): KubectlResult {
  // printHistory keys revisions in a map: a repeated number keeps the last one listed.
  const byRevision = new Map<number, CR>();
  for (const r of revisionsOf(ctx, sts)) byRevision.set(r.revision, r);
  const wanted = Number(str(ctx.cmd.flags.revision) ?? '0');
  if (wanted > 0 && byRevision.size > 0) {
    const r = byRevision.get(wanted);
    if (!r) return ctx.out.fail('error: unable to find the specified revision');
    ctx.out.out(printRolloutHistoryRevision(ref, wanted, templateOf(r)));
    return ctx.out.result();
  }
  const rows = [...byRevision.values()].map((r) => ({ revision: r.revision, changeCause: r.metadata.annotations?.['kubernetes.io/change-cause'] }));
  ctx.out.out(printRolloutHistory(ref, rows));
  return ctx.out.result();
}

/** StatefulSetRollbacker: patch the template back to a revision's (default: the one before the latest). */
function undo(ctx: Ctx, sts: STS, ref: string): KubectlResult {
  const toRevision = Number(str(ctx.cmd.flags['to-revision']) ?? '0');
  if (toRevision < 0) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const history = revisionsOf(ctx, sts);
  if (toRevision === 0 && history.length <= 1) return ctx.out.fail('error: no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((r) => r.revision === toRevision);
  if (!target) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const template = templateOf(target);
  if (deepEqual(template, sts.spec?.template)) {
    ctx.out.out(`${ref} skipped rollback (current template already matches revision ${toRevision})\n`);
    return ctx.out.result();
  }
  const r = ctx.sim.update('StatefulSet', sts.metadata.name!, (o) => {
    (o.spec as { template: unknown }).template = template;
  }, { namespace: ctx.namespace });
  if (!r.ok) return ctx.out.fail(`error: failed restoring revision ${toRevision}: ${formatApiError(r.error)}`);
  ctx.out.out(`${ref} rolled back\n`);
  return ctx.out.result();
}
