import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { printRolloutHistory, printRolloutHistoryRevision } from '../printers';
import { formatApiError, notFound } from '../../store/api-error';
import { kindSlashName, qualifiedResource } from '../../model/kinds';
import { rfc3339 } from '../../clock/virtual-clock';
import { toMs } from '../../clock/duration';
import { deepCopy, deepEqual } from '../../model/hash';
import type { DaemonSet, KubeObject, PodTemplateSpec, StatefulSet } from '../../model/types';

type Workload = (StatefulSet | DaemonSet) & KubeObject;
type CR = KubeObject & { revision: number; data?: { spec?: { template?: Record<string, unknown> } } };
type StatusMessage = { message: string; done: boolean; error?: string };

/**
 * `kubectl rollout status|history|undo|restart|pause|resume` for the kinds whose history is kept in
 * ControllerRevisions — StatefulSets and DaemonSets — as kubectl's polymorphic helpers do it
 * (StatefulSetStatusViewer / DaemonSetStatusViewer, the ControllerRevision history viewers and
 * rollbackers, defaultObjectRestarter, defaultObjectPauser). Only the status line differs by kind.
 */
export function rolloutStatefulSet(ctx: Ctx, name: string): KubectlResult {
  return rolloutRevisioned(ctx, 'StatefulSet', name, (o) => statefulSetStatusMessage(o as StatefulSet));
}

export function rolloutDaemonSet(ctx: Ctx, name: string): KubectlResult {
  return rolloutRevisioned(ctx, 'DaemonSet', name, (o) => daemonSetStatusMessage(o as DaemonSet));
}

function rolloutRevisioned(ctx: Ctx, kind: 'StatefulSet' | 'DaemonSet', name: string, statusOf: (o: Workload) => StatusMessage): KubectlResult {
  const sub = ctx.cmd.path[1];
  const obj = ctx.sim.get<Workload>(kind, name, ctx.namespace);
  if (!obj) return ctx.out.fail(formatApiError(notFound(kind, name)));
  const ref = kindSlashName(kind, name);
  switch (sub) {
    case 'status':
      return status(ctx, kind, name, statusOf);
    case 'history':
      return history(ctx, obj, ref);
    case 'undo':
      return undo(ctx, kind, obj, ref);
    case 'restart': {
      const at = rfc3339(ctx.sim.now());
      if (obj.spec?.template?.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt'] === at) {
        return ctx.out.fail(`error: failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`);
      }
      const r = ctx.sim.update(kind, name, (o) => {
        const tpl = (o.spec as { template: { metadata?: { annotations?: Record<string, string> } } }).template;
        tpl.metadata = { ...(tpl.metadata ?? {}), annotations: { ...(tpl.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at } };
      }, { namespace: ctx.namespace });
      if (!r.ok) return ctx.out.fail(formatApiError(r.error));
      ctx.out.out(`${ref} restarted\n`);
      return ctx.out.result();
    }
    case 'pause':
      return ctx.out.fail(`error: ${qualifiedResource(kind)} "${name}" pausing is not supported`);
    case 'resume':
      return ctx.out.fail(`error: ${qualifiedResource(kind)} "${name}" resuming is not supported`);
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

/** Watches the object, a line per status change, until done, failed or --timeout (virtual time). */
function status(ctx: Ctx, kind: string, name: string, statusOf: (o: Workload) => StatusMessage): KubectlResult {
  const { sim, out, cmd } = ctx;
  const watch = cmd.flags.watch === undefined ? true : bool(cmd.flags.watch);
  const timeoutText = str(cmd.flags.timeout);
  const timeoutMs = timeoutText && timeoutText !== '0s' && timeoutText !== '0' ? toMs(timeoutText) : undefined;
  const started = sim.now();
  let lastLine = '';
  for (;;) {
    const obj = sim.get<Workload>(kind, name, ctx.namespace);
    if (!obj) return out.fail('error: object has been deleted');
    const s = statusOf(obj);
    if (s.error) return out.fail(`error: ${s.error}`);
    if (s.message !== lastLine) out.out(`${s.message}\n`);
    lastLine = s.message;
    if (s.done || !watch) return out.result();
    const rv = obj.metadata.resourceVersion;
    const remaining = timeoutMs === undefined ? undefined : started + timeoutMs - sim.now();
    if (remaining !== undefined && remaining <= 0) return out.fail('error: timed out waiting for the condition');
    const r = sim.runUntil(() => sim.get(kind, name, ctx.namespace)?.metadata.resourceVersion !== rv, { timeout: remaining ?? '24h' });
    if (r.outcome === 'timeout') return out.fail('error: timed out waiting for the condition');
  }
}

/** controlledHistory: the object's ControllerRevisions, by revision. */
function revisionsOf(ctx: Ctx, owner: Workload): CR[] {
  return ctx.sim
    .list<CR>('ControllerRevision', ctx.namespace)
    .filter((r) => r.metadata.ownerReferences?.some((o) => o.controller && o.uid === owner.metadata.uid))
    .sort((a, b) => a.revision - b.revision);
}

/** ApplyRevision, template part: the pod template a revision recorded. */
function templateOf(r: CR): PodTemplateSpec {
  const t = deepCopy(r.data?.spec?.template ?? {}) as Record<string, unknown>;
  delete t.$patch;
  return t as PodTemplateSpec;
}

function history(ctx: Ctx, owner: Workload, ref: string): KubectlResult {
  // printHistory keys revisions in a map: a repeated number keeps the last one listed.
  const byRevision = new Map<number, CR>();
  for (const r of revisionsOf(ctx, owner)) byRevision.set(r.revision, r);
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

/** The rollbacker: patch the template back to a revision's (default: the one before the latest). */
function undo(ctx: Ctx, kind: string, owner: Workload, ref: string): KubectlResult {
  const toRevision = Number(str(ctx.cmd.flags['to-revision']) ?? '0');
  if (toRevision < 0) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const history = revisionsOf(ctx, owner);
  if (toRevision === 0 && history.length <= 1) return ctx.out.fail('error: no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((r) => r.revision === toRevision);
  if (!target) return ctx.out.fail(`error: unable to find specified revision ${toRevision} in history`);
  const template = templateOf(target);
  if (deepEqual(template, owner.spec?.template)) {
    ctx.out.out(`${ref} skipped rollback (current template already matches revision ${toRevision})\n`);
    return ctx.out.result();
  }
  const r = ctx.sim.update(kind, owner.metadata.name!, (o) => {
    (o.spec as { template: unknown }).template = template;
  }, { namespace: ctx.namespace });
  if (!r.ok) return ctx.out.fail(`error: failed restoring revision ${toRevision}: ${formatApiError(r.error)}`);
  ctx.out.out(`${ref} rolled back\n`);
  return ctx.out.result();
}
