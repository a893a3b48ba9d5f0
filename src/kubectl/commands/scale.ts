/**
 * `kubectl scale TYPE NAME --replicas=N [--current-replicas=M]` (also `-f`, `-l`, `--all`):
 * deployments, replicasets and statefulsets through their scale subresource; `<ref> scaled` per
 * object, even when the count does not change.
 */
import type { KubectlResult } from '../result';
import { Ctx, str } from './context';
import { formatApiError } from '../../store/api-error';
import { fetchTargets, nameRef } from './fetch';

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'];

export function scale(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const replicas = Number(str(cmd.flags.replicas));
  const current = Number(str(cmd.flags['current-replicas']) ?? '-1');
  const fetched = fetchTargets(ctx, { labelSelector: str(cmd.flags.selector) ?? '' });
  const items = fetched.groups.flatMap((g) => g.objects.map((object) => ({ resource: g.resource, object })));
  if (items.length === 0) {
    // RunScale: nothing could be visited.
    const first = fetched.errors[0]?.replace(/^Error from server \(NotFound\): /, '');
    return out.fail(first ? `error: no objects passed to scale ${first}` : 'error: no objects passed to scale');
  }
  const errors: string[] = [];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    if (!SCALABLE.includes(resource.kind)) {
      errors.push('Error from server (NotFound): the server could not find the requested resource');
      break;
    }
    const spec = object.spec as { replicas?: number };
    const was = spec.replicas ?? 1;
    if (current !== -1 && was !== current) {
      errors.push(`error: Expected replicas to be ${current}, was ${was}`);
      break;
    }
    const r = sim.update(resource.kind, name, (o) => ((o.spec as { replicas?: number }).replicas = replicas), { namespace: object.metadata.namespace });
    if (!r.ok) {
      errors.push(formatApiError(r.error));
      break;
    }
    out.out(`${nameRef(resource, name)} scaled\n`);
  }
  // Visiting stops at the first object that fails (a missing name included).
  if (errors.length === 0 && fetched.errors.length > 0) errors.push(fetched.errors[0]);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
