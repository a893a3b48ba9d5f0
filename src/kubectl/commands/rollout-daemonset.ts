import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { printRolloutHistory, printRolloutHistoryRevision } from '../printers';
import { formatApiError, notFound } from '../../store/api-error';
import { kindSlashName } from '../../model/kinds';
import { rfc3339 } from '../../clock/virtual-clock';
import { toMs } from '../../clock/duration';
import { deepCopy, deepEqual } from '../../model/hash';
import type { DaemonSet, KubeObject, PodTemplateSpec } from '../../model/types';

type DS = DaemonSet & KubeObject;
type CR = KubeObject & { revision: number; data?: { spec?: { template?: Record<string, unknown> } } };

/**
 * `kubectl rollout status|history|undo|restart|pause|resume` for a DaemonSet, as kubectl's
 * polymorphic helpers do it (DaemonSetStatusViewer, DaemonSetHistoryViewer, DaemonSetRollbacker,
 * defaultObjectRestarter, defaultObjectPauser).
 */
export function rolloutDaemonSet(ctx: Ctx, name: string): KubectlResult {
  const sub = ctx.cmd.path[1];
  const ds = ctx.sim.get<DS>('DaemonSet', name, ctx.namespace);
  if (!ds) return ctx.out.fail(formatApiError(notFound('DaemonSet', name)));
  const ref = kindSlashName('DaemonSet', name);
  switch (sub) {
    case 'status':
      return status(ctx, name);
    case 'history':
      return history(ctx, ds, ref);
    case 'undo':
      return undo(ctx, ds, ref);
    case 'restart': {
      const at = rfc3339(ctx.sim.now());
      if (ds.spec?.template?.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'] === at) {
        return ctx.out.fail(`error: failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
      }
      const r = ctx.sim.update('DaemonSet', name, (o) => {
        const tpl = (o.spec as { template: { metadata?: { annotations?: Record<string, string> } } }).template;
        tpl.metadata = { ...(tpl.metadata ?? {}), annotations: { ...(tpl.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at } };
      }, { namespace: ctx.namespace });
      if (!r.ok) return ctx.out.fail(formatApiError(r.error));
      ctx.out.out(`${ref} restarted\n`);
      return ctx.out.result();
    }
    case 'pause':
      return ctx.out.fail(`error: daemonsets.apps "${name}" pausing is not supported`);
    case 'resume':
      return ctx.out.fail(`error: daemonsets.apps "${name}" resuming is not supported`);
    default:
      return ctx.out.fail(`error: unknown command "${sub}" for "kubectl rollout"`);
  }
}

/** DaemonSetStatusViewer.Status: the line kubectl prints, whether it is done, or an error. */
export function daemonSetStatusMessage(ds: DaemonSet): { message: string; done: boolean; error?: string } {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') return { message: '', done: true, error: 'rollout status is only available for RollingUpdate strategy type' };
  const s = ds.status;
  const name = ds.metadata?.name;
  if ((ds.metadata?.generation ?? 0) <= (s?.observedGeneration ?? 0)) {
    const desired = s?.desiredNumberScheduled ?? 0;
    const updated = s?.updatedNumberScheduled ?? 0;
    const available = s?.numberAvailable ?? 0;
    if (updated < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`, done: false };
    if (available < desired) return { message: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`, done: false };
    return { message: `daemon set "${name}" successfully rolled out`, done: true };
  }
  return { message: 'Waiting for daemon set spec update to be observed...', done: false };
}

/** Watches the DaemonSet, a line per status change, until done, failed or --timeout (virtual time). */
function status(ctx: Ctx, name: string): KubectlResult {
  const { sim, out, cmd } = ctx;
  const watch = cmd.flags.watch === undefined ? true : bool(cmd.flags.watch);
  const timeoutText = str(cmd.flags.timeout);
  const timeoutMs = timeoutText && timeoutText !== '0s' && timeoutText !== '0' ? toMs(timeoutText) : undefined;
  const started = sim.now();
  let lastLine = '';
  for (;;) {
    const ds = sim.get<DS>('DaemonSet', name, ctx.namespace);
    if (!ds) return out.fail('error: object has been deleted');
    const s = daemonSetStatusMessage(ds);
    if (s.error) return out.fail(`error: ${s.error}`);
    if (s.message !== lastLine) out.out(`${s.message}\n`);
    lastLine = s.message;
    if (s.done || !watch) return out.result();
    const rv = ds.metadata.resourceVersion;
    const remaining = timeoutMs === undefined ? undefined : started + timeoutMs - sim.now();
    if (remaining !== undefined && remaining <= 0) return out.fail('error: timed out waiting for the condition');
    const r = sim.runUntil(() => sim.get<DS>('DaemonSet', name, ctx.namespace)?.metadata.resourceVersion !== rv, { timeout: remaining ?? '24h' });
    if (r.outcome === 'timeout') return out.fail('error: timed out waiting for the condition');
  }
}

/** controlledHistory: the DaemonSet's ControllerRevisions, by revision. */
function revisionsOf(ctx: Ctx, ds: DS): CR[] {
  return ctx.sim
    .list<CR>('ControllerRevision', ctx.namespace)
    .filter((r) => r.metadata.ownerReferences?.some((o) => o.controller && o.uid === ds.metadata.uid))
    .sort((a, b) => a.revision - b.revision);
}

function templateOf(r: CR): PodTemplateSpec {
  const t = deepCopy(r.data?.spec?.template ?? {}) as Record<string, unknown>;
  delete t.$patch;
  return t as PodTemplateSpec;
}

function history(ctx: Ctx, ds: DS, ref: string): KubectlResult {
  const byRevision = new Map<number, CR>();
  for (const r of revisionsOf(ctx, ds)) byRevision.set(r.revision, r);
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

/** DaemonSetRollbacker: patch the template back to a revision's (default: the one before the latest). */
function undo(ctx: Ctx, ds: DS, ref: string): KubectlResult {
  const toRevision = Number(str(ctx.cmd.flags['to-revision']) ?? '0');
  if (toRevision < 0) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const history = revisionsOf(ctx, ds);
  if (toRevision === 0 && history.length <= 1) return ctx.out.fail('error: no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((r) => r.revision === toRevision);
  if (!target) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const template = templateOf(target);
  if (deepEqual(template, ds.spec?.template)) {
    ctx.out.out(`${ref} skipped rollback (current template already matches revision ${toRevision})\n`);
    return ctx.out.result();
  }
  const r = ctx.sim.update('DaemonSet', ds.metadata.name!, (o) => {
    (o.spec as { template: unknown }).template = template;
  }, { namespace: ctx.namespace });
  if (!r.ok) return ctx.out.fail(`error: failed restoring revision ${toRevision}: ${formatApiError(r.error)}`);
  ctx.out.out(`${ref} rolled back\n`);
  return ctx.out.result();
}
