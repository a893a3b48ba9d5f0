/**
 * `kubectl label TYPE NAME key=value… key-…` (`--overwrite`, `-l`, `--all`, `--list`):
 * `labeled`, `not labeled` (nothing changed) or `unlabeled` (kubectl's updateDataChangeMsg:
 * the object got shorter and --overwrite is false); removing an absent label prints
 * `label "k" not found.` first.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef, fetchOptions } from './fetch';
import { visitObjects } from './objects';

export function parseChanges(args: readonly string[]): { set: Array<[string, string]>; remove: string[]; resources: string[] } {
  const set: Array<[string, string]> = [];
  const remove: string[] = [];
  const resources: string[] = [];
  for (const a of args) {
    const i = a.indexOf('=');
    if (i > 0) set.push([a.slice(0, i), a.slice(i + 1)]);
    else if (a.endsWith('-') && a.length > 1) remove.push(a.slice(0, -1));
    else resources.push(a);
  }
  return { set, remove, resources };
}

/**
 * A labels or annotations map after `key=value` and `key-` changes — undefined when nothing is
 * left, so the field is dropped as kubectl's patch drops it. `onMissing` hears of removed keys
 * that were not there.
 */
export function changedMap(current: Readonly<Record<string, string>> | undefined, set: ReadonlyArray<[string, string]>, remove: readonly string[], onMissing?: (key: string) => void): Record<string, string> | undefined {
  const m = { ...(current ?? {}) };
  for (const [k, v] of set) m[k] = v;
  for (const k of remove) {
    if (!(k in m)) onMissing?.(k);
    delete m[k];
  }
  return Object.keys(m).length ? m : undefined;
}

export function label(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const { set, remove } = parseChanges(cmd.args);
  const overwrite = bool(cmd.flags.overwrite);
  const { items, errors: fetchErrors } = visitObjects(ctx, fetchOptions(ctx));
  const errors: string[] = [...fetchErrors];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    if (bool(cmd.flags.list)) {
      out.out(`Listing labels for ${resource.kind}.${resource.group}/${name}:\n`);
      for (const [k, v] of Object.entries(object.metadata.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) out.out(` ${k}=${v}\n`);
      continue;
    }
    const current = object.metadata.labels ?? {};
    if (!overwrite) {
      const conflict = set.find(([k, v]) => k in current && current[k] !== v);
      if (conflict) {
        errors.push(`error: '${conflict[0]}' already has a value (${current[conflict[0]]}), and --overwrite is false`);
        continue;
      }
    }
    let before = '';
    let after = '';
    const r = sim.update(resource.kind, name, (o) => {
      before = JSON.stringify(o);
      const m = changedMap(o.metadata.labels, set, remove, (k) => out.out(`label "${k}" not found.\n`));
      if (m) o.metadata.labels = m;
      else delete o.metadata.labels;
      after = JSON.stringify(o);
    }, { namespace: object.metadata.namespace });
    if (!r.ok) {
      errors.push(formatApiError(r.error));
      continue;
    }
    let verb = 'not labeled';
    if (before !== after) verb = !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
    if (!cmd.errorAtPrint) out.out(`${nameRef(resource, name)} ${verb}\n`);
  }
  if (cmd.errorAtPrint && errors.length === 0) return out.fail(cmd.errorAtPrint);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
