/**
 * `kubectl cordon|uncordon NODE` (or `-l`): sets or clears `spec.unschedulable` through the
 * API (kubectl-and-api.md §2.7): `node/x cordoned`, `node/x already cordoned`, `uncordoned`,
 * `already uncordoned`; `(dry run)` with `--dry-run`.
 */
import type { KubectlResult } from '../result';
import { Ctx, str } from './context';
import { formatApiError } from '../../store/api-error';
import { fetchTargets } from './fetch';
import type { KubeObject } from '../../model/types';

export function cordon(ctx: Ctx): KubectlResult {
  return cordonOrUncordon(ctx, true);
}

export function uncordon(ctx: Ctx): KubectlResult {
  return cordonOrUncordon(ctx, false);
}

/** Returns the nodes it visited, for drain. Output goes to ctx.out. */
export function cordonNodes(ctx: Ctx, desired: boolean): { nodes: KubeObject[]; errors: string[] } {
  const { sim, out, cmd } = ctx;
  const fetched = fetchTargets(ctx, { labelSelector: str(cmd.flags.selector) ?? '' });
  const dryRun = (str(cmd.flags['dry-run']) ?? 'none') !== 'none';
  const suffix = dryRun ? (str(cmd.flags['dry-run']) === 'server' ? ' (server dry run)' : ' (dry run)') : '';
  const errors = [...fetched.errors];
  const nodes: KubeObject[] = [];
  for (const node of fetched.groups.flatMap((g) => g.objects)) {
    const name = node.metadata.name!;
    nodes.push(node);
    const current = (node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true;
    const verb = desired ? 'cordoned' : 'uncordoned';
    if (current === desired) {
      out.out(`node/${name} already ${verb}${suffix}\n`);
      continue;
    }
    if (!dryRun) {
      const r = sim.update('Node', name, (o) => {
        const spec = (o.spec ??= {}) as { unschedulable?: boolean };
        if (desired) spec.unschedulable = true;
        else delete spec.unschedulable;
      });
      if (!r.ok) {
        errors.push(formatApiError(r.error));
        continue;
      }
    }
    out.out(`node/${name} ${verb}${suffix}\n`);
  }
  return { nodes, errors };
}

function cordonOrUncordon(ctx: Ctx, desired: boolean): KubectlResult {
  const { errors } = cordonNodes(ctx, desired);
  if (errors.length) return ctx.out.fail(errors.join('\n'));
  return ctx.out.result();
}
