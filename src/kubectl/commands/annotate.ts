/**
 * `kubectl annotate TYPE NAME key=value… key-…` (`--overwrite`, `-l`, `--all`, `--list`):
 * `<ref> annotated` per object (also for removals and no-ops).
 */
import type { KubectlResult } from '../result';
import { Ctx, bool } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef, fetchOptions } from './fetch';
import { visitObjects } from './objects';
import { changedMap, parseChanges } from './label';

export function annotate(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const { set, remove } = parseChanges(cmd.args);
  const overwrite = bool(cmd.flags.overwrite);
  const { items, errors: fetchErrors } = visitObjects(ctx, fetchOptions(ctx));
  const errors: string[] = [...fetchErrors];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    if (bool(cmd.flags.list)) {
      for (const [k, v] of Object.entries(object.metadata.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) out.out(`${k}=${v}\n`);
      continue;
    }
    const current = object.metadata.annotations ?? {};
    if (!overwrite) {
      const conflicts = set.filter(([k, v]) => k in current && current[k] !== v);
      if (conflicts.length) {
        errors.push(`error: --overwrite is false but found the following declared annotation(s): ${conflicts.map(([k]) => `'${k}' already has a value (${current[k]})`).join('; ')}`);
        continue;
      }
    }
    const r = sim.update(resource.kind, name, (o) => {
      const m = changedMap(o.metadata.annotations, set, remove);
      if (m) o.metadata.annotations = m;
      else delete o.metadata.annotations;
    }, { namespace: object.metadata.namespace });
    if (!r.ok) {
      errors.push(formatApiError(r.error));
      continue;
    }
    if (!cmd.errorAtPrint) out.out(`${nameRef(resource, name)} annotated\n`);
  }
  if (cmd.errorAtPrint && errors.length === 0) return out.fail(cmd.errorAtPrint);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
