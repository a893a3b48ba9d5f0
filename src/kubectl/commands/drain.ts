/**
 * `kubectl drain NODE [--ignore-daemonsets] [--delete-emptydir-data] [--force]
 * [--grace-period] [--pod-selector] [--timeout] [--dry-run]` (k8s.io/kubectl/pkg/drain, v1.32;
 * kubectl-and-api.md §2.7): cordon, check every pod of the node with kubectl's filters
 * (DaemonSet-managed, mirror, local storage, unreplicated), print the warnings, evict the pods
 * (a graceful API delete: there is no PodDisruptionBudget kind in the simulator yet), wait
 * (virtual time) until they are gone, print `pod/x evicted` for each, then `node/x drained`.
 *
 * Where real kubectl is not deterministic, kubespec picks a fixed order and documents it:
 * - the error and warning groups (a Go map in kubectl) come in the order the filters first
 *   report them over the node's pods, pods listed by namespace then name;
 * - `evicting pod` lines follow that pod order (kubectl evicts from goroutines);
 * - `pod/x evicted` lines follow the order the pods disappear, ties in pod order.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { cordonNodes } from './cordon';
import { parseSelectorString, parsedSelectorMatches } from '../../model/labels';
import { toMs } from '../../clock/duration';
import type { KubeObject, Pod } from '../../model/types';

type P = Pod & KubeObject;

interface Status {
  delete: boolean;
  kind: 'okay' | 'skip' | 'warning' | 'error';
  message?: string;
}

export function drain(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const cordoned = cordonNodes(ctx, true);
  if (cordoned.errors.length) return out.fail(cordoned.errors.join('\n'));
  const dryRunValue = str(cmd.flags['dry-run']) ?? 'none';
  const dryRun = dryRunValue !== 'none';
  const suffix = dryRun ? (dryRunValue === 'server' ? ' (server dry run)' : ' (dry run)') : '';
  const fatal: string[][] = [];
  const remaining: string[] = [];
  for (const node of cordoned.nodes) {
    const name = node.metadata.name!;
    const list = podsForDeletion(ctx, name);
    if (list.errors.length) {
      const agg = list.errors.length === 1 ? list.errors[0] : `[${list.errors.join(', ')}]`;
      out.err(`error: unable to drain node "${name}" due to error: ${agg}, continuing command...\n`);
      remaining.push(name);
      fatal.push(list.errors);
      continue;
    }
    if (list.warnings) out.err(`Warning: ${list.warnings}\n`);
    if (dryRun) {
      for (const p of list.pods) out.out(`evicting pod ${p.metadata.namespace}/${p.metadata.name}${suffix}\n`);
      out.out(`node/${name} drained${suffix}\n`);
      continue;
    }
    const grace = Number(str(cmd.flags['grace-period']) ?? '-1');
    const timeoutText = str(cmd.flags.timeout);
    const deadline = timeoutText && timeoutText !== '0s' ? sim.now() + toMs(timeoutText) : undefined;
    // kubectl's default is to retry forever; the simulation gives up after a day of virtual time.
    const evictDeadline = deadline ?? sim.now() + toMs('24h');
    // The Eviction API: a PodDisruptionBudget that allows no disruption answers 429, and kubectl
    // tries that pod again every 5 s (announcing each attempt) until the budget allows it.
    let blocked = [...list.pods];
    let evictionTimedOut = false;
    for (;;) {
      const still: P[] = [];
      for (const p of blocked) {
        out.out(`evicting pod ${p.metadata.namespace}/${p.metadata.name}\n`);
        const r = sim.evict(p.metadata.name!, { namespace: p.metadata.namespace, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
        if (!r.ok && r.error.reason === 'TooManyRequests') {
          out.err(`error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}" (will retry after 5s): ${r.error.message}\n`);
          still.push(p);
        }
      }
      blocked = still;
      if (blocked.length === 0) break;
      if (sim.now() + 5000 > evictDeadline) {
        evictionTimedOut = true;
        break;
      }
      sim.advance('5s');
    }
    if (evictionTimedOut) {
      const err = `global timeout reached: ${timeoutText ?? '24h0m0s'}`;
      out.err(`There are pending pods in node "${name}" when an error occurred: ${err}\n`);
      for (const p of blocked) out.err(`pod/${p.metadata.name}\n`);
      out.err(`error: unable to drain node "${name}" due to error: ${err}, continuing command...\n`);
      remaining.push(name);
      fatal.push([err]);
      continue;
    }
    const pending = [...list.pods];
    const isGone = (p: P) => sim.get<P>('Pod', p.metadata.name!, p.metadata.namespace)?.metadata.uid !== p.metadata.uid;
    let timedOut = false;
    while (pending.length > 0) {
      const r = sim.runUntil(() => pending.some(isGone), { timeout: deadline !== undefined ? Math.max(0, deadline - sim.now()) : '1h' });
      if (r.outcome === 'timeout') {
        timedOut = true;
        break;
      }
      for (const p of pending.filter(isGone)) {
        out.out(`pod/${p.metadata.name} evicted\n`);
        pending.splice(pending.indexOf(p), 1);
      }
    }
    if (timedOut) {
      const err = `drain did not complete within ${timeoutText}`;
      out.err(`There are pending pods in node "${name}" when an error occurred: ${err}\n`);
      for (const p of pending) out.err(`pod/${p.metadata.name}\n`);
      out.err(`error: unable to drain node "${name}" due to error: ${err}, continuing command...\n`);
      remaining.push(name);
      fatal.push([err]);
      continue;
    }
    out.out(`node/${name} drained\n`);
  }
  if (remaining.length) {
    out.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`);
    return out.fail(fatal.flat().join('\n'));
  }
  return out.result();
}

/** drain.Helper.GetPodsForDeletion with kubectl's filters, in their order. */
function podsForDeletion(ctx: Ctx, nodeName: string): { pods: P[]; errors: string[]; warnings: string } {
  const { cmd, sim } = ctx;
  const podSelector = str(cmd.flags['pod-selector']) ?? '';
  const selector = podSelector ? parseSelectorString(podSelector) : undefined;
  const pods = sim.list<P>('Pod', '*').filter((p) => p.spec?.nodeName === nodeName && (!selector || parsedSelectorMatches(selector, p.metadata.labels)));
  const ignoreDs = bool(cmd.flags['ignore-daemonsets']);
  const deleteEmptyDir = bool(cmd.flags['delete-emptydir-data']);
  const force = bool(cmd.flags.force);
  const finished = (p: P) => p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
  const controller = (p: P) => p.metadata.ownerReferences?.find((r) => r.controller);
  const filters: Array<(p: P) => Status> = [
    // daemonSetFilter
    (p) => {
      const ref = controller(p);
      if (!ref || ref.kind !== 'DaemonSet') return { delete: true, kind: 'okay' };
      if (finished(p)) return { delete: true, kind: 'okay' };
      if (!ignoreDs) return { delete: false, kind: 'error', message: 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)' };
      return { delete: false, kind: 'warning', message: 'ignoring DaemonSet-managed Pods' };
    },
    // mirrorPodFilter
    (p) => (p.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined ? { delete: false, kind: 'skip' } : { delete: true, kind: 'okay' }),
    // localStorageFilter
    (p) => {
      if (!(p.spec?.volumes ?? []).some((v) => v.emptyDir)) return { delete: true, kind: 'okay' };
      if (finished(p)) return { delete: true, kind: 'okay' };
      if (!deleteEmptyDir) return { delete: false, kind: 'error', message: 'Pods with local storage (use --delete-emptydir-data to override)' };
      return { delete: true, kind: 'warning', message: 'deleting Pods with local storage' };
    },
    // unreplicatedFilter
    (p) => {
      if (finished(p)) return { delete: true, kind: 'okay' };
      if (controller(p)) return { delete: true, kind: 'okay' };
      if (force) return { delete: true, kind: 'warning', message: 'deleting Pods that declare no controller' };
      return { delete: false, kind: 'error', message: 'cannot delete Pods that declare no controller (use --force to override)' };
    },
  ];
  const errorGroups = new Map<string, string[]>();
  const warningGroups = new Map<string, string[]>();
  const toDelete: P[] = [];
  for (const p of pods) {
    let status: Status = { delete: true, kind: 'okay' };
    for (const f of filters) {
      status = f(p);
      if (!status.delete) break;
    }
    const ref = `${p.metadata.namespace}/${p.metadata.name}`;
    if (status.kind === 'error') errorGroups.set(status.message!, [...(errorGroups.get(status.message!) ?? []), ref]);
    if (status.kind === 'warning') warningGroups.set(status.message!, [...(warningGroups.get(status.message!) ?? []), ref]);
    if (status.delete) toDelete.push(p);
  }
  const errors = [...errorGroups].map(([msg, refs]) => `cannot delete ${msg}: ${refs.join(', ')}`);
  const warnings = [...warningGroups].map(([msg, refs]) => `${msg}: ${refs.join(', ')}`).join('; ');
  return { pods: toDelete, errors, warnings };
}
