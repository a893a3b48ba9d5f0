import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { RESOURCES, ResourceInfo, expandAll, lookupResource, noResourceTypeMessage } from '../parse/resources';
import { printTable, printTables, noResourcesMessage, printNames, printYaml, printJson, tableKindFor } from '../printers';
import { parseSelectorString, parsedSelectorMatches } from '../../model/labels';
import { formatApiError, notFound } from '../../store/api-error';
import type { KubeObject } from '../../model/types';

/** A request: which type, and either some names or "all of them". */
export interface ResourceRequest {
  resource: ResourceInfo;
  names?: string[];
}

/**
 * kubectl's resource builder for `get`/`describe`/`delete`: `TYPE[,TYPE…] [NAME…]` or
 * `TYPE/NAME…`; `all` expands to its category. Unknown types fail before anything is fetched.
 */
export function resolveRequests(args: string[]): { ok: true; requests: ResourceRequest[]; multipleTypes: boolean } | { ok: false; error: string } {
  if (args.length === 0) return { ok: true, requests: [], multipleTypes: false };
  if (args[0].includes('/')) {
    const requests: ResourceRequest[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) return { ok: false, error: `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'` };
      const type = a.slice(0, slash);
      const resource = lookupResource(type);
      if (!resource) return { ok: false, error: `error: ${noResourceTypeMessage(type)}` };
      const last = requests[requests.length - 1];
      if (last && last.resource === resource) last.names!.push(a.slice(slash + 1));
      else requests.push({ resource, names: [a.slice(slash + 1)] });
    }
    return { ok: true, requests, multipleTypes: new Set(requests.map((r) => r.resource)).size > 1 };
  }
  const types = args[0].split(',').filter(Boolean);
  const names = args.slice(1);
  const resources: ResourceInfo[] = [];
  for (const t of types) {
    if (t === 'all') {
      resources.push(...expandAll());
      continue;
    }
    const resource = lookupResource(t);
    if (!resource) return { ok: false, error: `error: ${noResourceTypeMessage(t)}` };
    resources.push(resource);
  }
  if (names.length > 0 && types.length > 1) {
    return { ok: false, error: `error: you must specify only one resource` };
  }
  return { ok: true, requests: resources.map((resource) => ({ resource, names: names.length ? names : undefined })), multipleTypes: types.length > 1 || types.includes('all') };
}

/** Fetches the objects of one request, filtered by -l; NotFound errors are collected. */
export function fetchObjects(ctx: Ctx, req: ResourceRequest, allNamespaces: boolean, errors: string[]): KubeObject[] {
  const { sim } = ctx;
  const kind = req.resource.kind;
  const ns = req.resource.namespaced ? ctx.namespace : undefined;
  if (req.names) {
    const out: KubeObject[] = [];
    for (const name of req.names) {
      const o = sim.get(kind, name, ns);
      if (o) out.push(o);
      else errors.push(formatApiError(notFound(kind, name)));
    }
    return out;
  }
  let objects = sim.list(kind, allNamespaces ? '*' : ns);
  const selector = str(ctx.cmd.flags.selector);
  if (selector) {
    const parsed = parseSelectorString(selector);
    objects = objects.filter((o) => parsedSelectorMatches(parsed, o.metadata.labels));
  }
  const field = str(ctx.cmd.flags['field-selector']);
  if (field) objects = objects.filter((o) => fieldSelectorMatches(field, o));
  return objects;
}

/** The fields the API server lets a field selector use, for the kinds we serve. */
function fieldValue(o: KubeObject, field: string): string | undefined {
  const at = (path: string[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
  const v = at(field.split('.'));
  return v === undefined || v === null ? undefined : String(v);
}

/** --field-selector (= , == and !=; terms joined by commas). */
function fieldSelectorMatches(expr: string, o: KubeObject): boolean {
  return expr.split(',').every((term) => {
    const m = /^([\w.]+)\s*(!=|==|=)\s*(.*)$/.exec(term.trim());
    if (!m) return true;
    const value = fieldValue(o, m[1]);
    return m[2] === '!=' ? value !== m[3] : value === m[3];
  });
}

const GET_USAGE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples';

export function get(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  if (cmd.args.length === 0) return out.fail(GET_USAGE);
  const resolved = resolveRequests(cmd.args);
  if (!resolved.ok) return out.fail(resolved.error);
  const allNamespaces = bool(cmd.flags['all-namespaces']);
  const output = str(cmd.flags.output) ?? '';
  const errors: string[] = [];
  const groups = resolved.requests.map((req) => ({ req, objects: fetchObjects(ctx, req, allNamespaces, errors) }));
  const singleItem = resolved.requests.length === 1 && resolved.requests[0].names?.length === 1;
  const now = sim.now();

  if (output === 'yaml' || output === 'json') {
    const all = groups.flatMap((g) => g.objects);
    if (!(singleItem && all.length === 0)) {
      const subject = singleItem ? all[0] : all;
      out.out(output === 'yaml' ? printYaml(subject) : printJson(subject));
    }
  } else if (output === 'name') {
    out.out(printNames(groups.flatMap((g) => g.objects)));
  } else if (output === '' || output === 'wide') {
    const tables: string[] = [];
    for (const g of groups) {
      if (!tableKindFor(g.req.resource.kind)) continue;
      tables.push(
        printTable(g.req.resource.kind, g.objects, {
          wide: output === 'wide',
          showLabels: bool(cmd.flags['show-labels']),
          labelColumns: list(cmd.flags['label-columns']).flatMap((s) => s.split(',')),
          allNamespaces: allNamespaces && g.req.resource.namespaced,
          withKindPrefix: resolved.multipleTypes,
          noHeaders: bool(cmd.flags['no-headers']),
        }, now),
      );
    }
    out.out(printTables(tables, { noHeaders: bool(cmd.flags['no-headers']) }));
    const total = groups.reduce((n, g) => n + g.objects.length, 0);
    if (total === 0 && errors.length === 0) {
      const clusterScoped = groups.length > 0 && groups.every((g) => !g.req.resource.namespaced);
      out.err(noResourcesMessage(allNamespaces || clusterScoped ? undefined : ctx.namespace));
    }
  } else {
    return out.fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
  }
  if (errors.length > 0) return out.fail(errors.join('\n'));
  return out.result();
}

export { RESOURCES };
