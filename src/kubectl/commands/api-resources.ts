/**
 * `kubectl api-resources` (`-o wide|name`, `--namespaced`, `--api-group`, `--verbs`,
 * `--sort-by name|kind`, `--no-headers`, `--categories`): the resource types the simulated API
 * server's discovery serves (parse/resources.ts), laid out as kubectl v1.32 prints them.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { RESOURCES, apiVersionOf, type ResourceInfo } from '../parse/resources';
import { tabwrite, GET_TABLE_TABWRITER } from '../printers';

export function apiResources(ctx: Ctx): KubectlResult {
  const { cmd, out } = ctx;
  const output = str(cmd.flags.output) ?? '';
  const group = cmd.changed?.includes('api-group') ? str(cmd.flags['api-group']) ?? '' : undefined;
  const namespaced = cmd.changed?.includes('namespaced') ? bool(cmd.flags.namespaced) : undefined;
  const verbs = list(cmd.flags.verbs);
  const categories = list(cmd.flags.categories);
  const sortBy = str(cmd.flags['sort-by']) ?? '';
  let rows: ResourceInfo[] = RESOURCES.filter((r) =>
    (group === undefined || r.group === group) &&
    (namespaced === undefined || r.namespaced === namespaced) &&
    verbs.every((v) => r.verbs.includes(v)) &&
    categories.every((c) => r.categories.includes(c)));
  // sort.Stable by group (default), name or kind.
  const key = (r: ResourceInfo) => (sortBy === 'name' ? r.plural : sortBy === 'kind' ? r.kind : r.group);
  rows = rows.map((r, i) => ({ r, i })).sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.i - b.i)).map((x) => x.r);
  if (output === 'name') {
    out.out(rows.map((r) => `${r.plural}${r.group ? `.${r.group}` : ''}\n`).join(''));
    return out.result();
  }
  const lines: string[] = [];
  if (!bool(cmd.flags['no-headers'])) lines.push(output === 'wide' ? 'NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\tVERBS\tCATEGORIES' : 'NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND');
  for (const r of rows) {
    const cells = [r.plural, r.shortNames.join(','), apiVersionOf(r), String(r.namespaced), r.kind];
    if (output === 'wide') cells.push([...r.verbs].sort().join(','), r.categories.join(','));
    lines.push(cells.join('\t'));
  }
  out.out(tabwrite(lines.map((l) => `${l}\n`).join(''), GET_TABLE_TABWRITER));
  return out.result();
}
