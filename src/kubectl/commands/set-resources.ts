/**
 * `kubectl set resources TYPE NAME --limits=cpu=200m,memory=512Mi --requests=…` (`-c` for some
 * containers): `<ref> resource requirements updated` per changed object, nothing when unchanged.
 */
import type { KubectlResult } from '../result';
import { Ctx, str } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef } from './fetch';
import { goTypeOf, podSpecOf, visitObjects, gvrString } from './objects';
import { globMatch } from './set-env';

function resourceList(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    if (!part) continue;
    const i = part.indexOf('=');
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

export function setResources(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const { items, errors: fetchErrors } = visitObjects(ctx, { labelSelector: str(cmd.flags.selector) ?? '' });
  if (fetchErrors.length) return out.fail(fetchErrors.join('\n'));
  if (cmd.errorAfterFetch) return out.fail(cmd.errorAfterFetch);
  const limits = resourceList(str(cmd.flags.limits) ?? '');
  const requests = resourceList(str(cmd.flags.requests) ?? '');
  const pattern = str(cmd.flags.containers) ?? '*';
  const errors: string[] = [];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    const spec = podSpecOf(object);
    if (!spec) {
      errors.push(`error: ${gvrString(resource)}/${name} the object is not a pod or does not have a pod template: ${goTypeOf(object)}`);
      continue;
    }
    const matching = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => globMatch(pattern, c.name));
    if (matching.length === 0) {
      errors.push(`error: ${gvrString(resource)}/${name} unable to find container named ${pattern}`);
      continue;
    }
    const r = sim.update(resource.kind, name, (o) => {
      const s = podSpecOf(o)!;
      for (const c of [...(s.initContainers ?? []), ...(s.containers ?? [])]) {
        if (!globMatch(pattern, c.name)) continue;
        const res = { ...(c.resources ?? {}) } as { limits?: Record<string, string>; requests?: Record<string, string> };
        if (Object.keys(limits).length) res.limits = { ...(res.limits ?? {}), ...limits };
        if (Object.keys(requests).length) res.requests = { ...(res.requests ?? {}), ...requests };
        c.resources = res;
      }
    }, { namespace: object.metadata.namespace });
    if (!r.ok) errors.push(formatApiError(r.error));
    else if (r.value.changed) out.out(`${nameRef(resource, name)} resource requirements updated\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
