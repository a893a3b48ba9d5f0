/**
 * `kubectl set image TYPE NAME CONTAINER=IMAGE…` (`*=IMAGE` for every container; `-l`, `--all`,
 * `-f`, `--record`): `<ref> image updated` per changed object; nothing when the images already
 * match (no patch is sent).
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef } from './fetch';
import { goTypeOf, podSpecOf, visitObjects } from './objects';
import type { Container } from '../../model/types';

export function setImage(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const assignments = cmd.args.filter((a) => a.includes('='));
  const { items, errors: fetchErrors } = visitObjects(ctx, { labelSelector: str(cmd.flags.selector) ?? '' });
  if (fetchErrors.length) return out.fail(fetchErrors.join('\n'));
  if (cmd.errorAfterFetch) return out.fail(cmd.errorAfterFetch);
  const record = bool(cmd.flags.record);
  const errors: string[] = [];
  for (const { resource, object } of items) {
    const spec = podSpecOf(object);
    const name = object.metadata.name!;
    if (!spec) {
      errors.push(`error: ${nameRef(resource, name)} the object is not a pod or does not have a pod template: ${goTypeOf(object)}`);
      continue;
    }
    const all = (s: typeof spec): Container[] => [...(s.containers ?? []), ...(s.initContainers ?? [])];
    for (const a of assignments) {
      const container = a.slice(0, a.indexOf('='));
      if (container !== '*' && !all(spec).some((c) => c.name === container)) errors.push(`error: unable to find container named "${container}"`);
    }
    const r = sim.update(resource.kind, name, (o) => {
      const s = podSpecOf(o)!;
      let changed = false;
      for (const a of assignments) {
        const i = a.indexOf('=');
        const [container, image] = [a.slice(0, i), a.slice(i + 1)];
        for (const c of all(s)) {
          if ((container === '*' || c.name === container) && c.image !== image) {
            c.image = image;
            changed = true;
          }
        }
      }
      // --record rides on the same patch: nothing is written when no image changes.
      if (changed && record) o.metadata.annotations = { ...(o.metadata.annotations ?? {}), 'kubernetes.io/change-cause': cmd.recordLine };
    }, { namespace: object.metadata.namespace });
    if (!r.ok) errors.push(formatApiError(r.error));
    else if (r.value.changed) out.out(`${nameRef(resource, name)} image updated\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
