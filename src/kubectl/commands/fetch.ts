/**
 * The API side of cli-runtime's resource builder: turns the targets the parser resolved
 * (`TYPE NAME…`, `TYPE/NAME`, `TYPE[,TYPE]` with `-l`/`--field-selector`, `-f` files) into the
 * objects the simulated API server returns, in kubectl's visiting order, collecting the server's
 * errors (NotFound, bad field selectors) as kubectl prints them.
 */
import type { Ctx } from './context';
import { bool, list, str } from './context';
import { lookupResource, resourceForKind, type ResourceInfo } from '../parse/resources';
import type { ResourceTarget } from '../parse/targets';
import { parseSelectorString, parsedSelectorMatches } from '../../model/labels';
import { formatApiError, notFound } from '../../store/api-error';
import type { KubeObject } from '../../model/types';
import { readManifestSources } from './files';
import { parseManifests } from '../../sim/manifest';

/** The objects of one request: a list of a type, or consecutive named objects of one type. */
export interface FetchedGroup {
  resource: ResourceInfo;
  /** True when the group named its objects (no list request). */
  named: boolean;
  objects: KubeObject[];
}

export interface FetchResult {
  groups: FetchedGroup[];
  /** kubectl's stderr lines for what failed (without trailing newline). */
  errors: string[];
  /** Exactly one object was named (`get deploy web`): yaml/json print it bare, not in a List. */
  singleItemImplied: boolean;
}

export interface FetchOptions {
  allNamespaces?: boolean;
  labelSelector?: string;
  fieldSelector?: string;
}

/** Default selector flags of the command (`-l`, `--field-selector`, `-A`). */
export function fetchOptions(ctx: Ctx): FetchOptions {
  const f = ctx.cmd.flags;
  return { allNamespaces: bool(f['all-namespaces']), labelSelector: str(f.selector) ?? '', fieldSelector: str(f['field-selector']) ?? '' };
}

/** Fetches the command's targets (or the objects its `-f` files name). */
export function fetchTargets(ctx: Ctx, opts: FetchOptions = fetchOptions(ctx)): FetchResult {
  const errors: string[] = [];
  let targets = ctx.cmd.targets ?? [];
  if (ctx.cmd.fromFiles) {
    const fromFiles = targetsFromFiles(ctx, errors);
    targets = fromFiles;
  }
  const groups: FetchedGroup[] = [];
  for (const t of targets) {
    if (t.name !== undefined) {
      const last = groups[groups.length - 1];
      const group = last && last.named && last.resource === t.resource ? last : undefined;
      const g = group ?? { resource: t.resource, named: true, objects: [] };
      if (!group) groups.push(g);
      const ns = t.resource.namespaced ? (t as { namespace?: string }).namespace ?? ctx.namespace : undefined;
      const o = ctx.sim.get(t.resource.kind, t.name, ns);
      if (o) g.objects.push(o);
      else errors.push(formatApiError(notFoundFor(t.resource, t.name)));
      continue;
    }
    const r = listObjects(ctx, t.resource, opts);
    if (r.error) errors.push(r.error);
    groups.push({ resource: t.resource, named: false, objects: r.objects });
  }
  const singleItemImplied = targets.length === 1 && targets[0].name !== undefined && !ctx.cmd.fromFiles
    ? true
    : ctx.cmd.fromFiles === true && targets.length === 1;
  return { groups, errors, singleItemImplied };
}

/** NotFound as the API server words it for this resource (`deployments.apps "x" not found`). */
export function notFoundFor(resource: ResourceInfo, name: string) {
  const e = notFound(resource.kind, name);
  const qualified = resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
  return { ...e, message: `${qualified} "${name}" not found` };
}

function targetsFromFiles(ctx: Ctx, errors: string[]): Array<ResourceTarget & { namespace?: string }> {
  const read = readManifestSources(list(ctx.cmd.flags.filename), ctx.options, bool(ctx.cmd.flags.recursive));
  if (!read.ok) {
    errors.push(read.error);
    return [];
  }
  const out: Array<ResourceTarget & { namespace?: string }> = [];
  for (const source of read.sources) {
    const parsed = parseManifests(source.text, source.name);
    if (!parsed.ok) {
      errors.push(`error: ${parsed.error.message}`);
      continue;
    }
    for (const doc of parsed.documents) {
      const o = doc.object as { apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } };
      const group = (o.apiVersion ?? '').includes('/') ? (o.apiVersion ?? '').split('/')[0] : '';
      const resource = resourceForKind(String(o.kind ?? ''), group) ?? lookupResource(String(o.kind ?? ''));
      if (!resource) {
        errors.push(`error: resource mapping not found for name: "${o.metadata?.name ?? ''}" namespace: "${o.metadata?.namespace ?? ''}" from "${source.name}": no matches for kind "${o.kind}" in version "${o.apiVersion}"\nensure CRDs are installed first`);
        continue;
      }
      out.push({ resource, name: o.metadata?.name ?? '', namespace: o.metadata?.namespace });
    }
  }
  return out;
}

/** A list request: every object of the type in the namespace (or all), filtered by the selectors. */
export function listObjects(ctx: Ctx, resource: ResourceInfo, opts: FetchOptions): { objects: KubeObject[]; error?: string } {
  const ns = resource.namespaced ? (opts.allNamespaces ? '*' : ctx.namespace) : undefined;
  let objects = ctx.sim.list(resource.kind, ns);
  const gvr = `"${resource.group}/${resource.version}, Resource=${resource.plural}"`;
  const label = opts.labelSelector ?? '';
  const field = opts.fieldSelector ?? '';
  const serverError = (message: string) =>
    `Error from server (BadRequest): Unable to find ${gvr} that match label selector "${label}", field selector "${field}": ${message}`;
  if (label) {
    const parsed = parseSelectorString(label);
    objects = objects.filter((o) => parsedSelectorMatches(parsed, o.metadata.labels));
  }
  if (field) {
    const terms = parseFieldSelector(field);
    if (!terms.ok) return { objects: [], error: `error: ${terms.error}` };
    for (const t of terms.terms) {
      if (!fieldSupported(resource, t.field)) return { objects: [], error: serverError(`field label not supported: ${t.field}`) };
    }
    objects = objects.filter((o) => terms.terms.every((t) => (t.op === '!=' ? fieldValue(resource, o, t.field) !== t.value : fieldValue(resource, o, t.field) === t.value)));
  }
  return { objects };
}

interface FieldTerm {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** fields.ParseSelector: `a=b,c!=d` (`==` is `=`); backslash escapes in values. */
export function parseFieldSelector(text: string): { ok: true; terms: FieldTerm[] } | { ok: false; error: string } {
  const terms: FieldTerm[] = [];
  for (const part of text.split(/(?<!\\),/)) {
    const p = part.trim();
    if (p === '') continue;
    const m = /^([^=!]+?)\s*(!=|==|=)\s*(.*)$/.exec(p);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${p}'` };
    terms.push({ field: m[1], op: m[2] === '!=' ? '!=' : '=', value: m[3].replace(/\\(.)/g, '$1') });
  }
  return { ok: true, terms };
}

/** Field labels the API server accepts per type (the registries' GetAttrs / field label conversion). */
const FIELDS: Record<string, readonly string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  Secret: ['type'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
  PersistentVolumeClaim: [],
};

function fieldSupported(resource: ResourceInfo, field: string): boolean {
  return field === 'metadata.name' || (resource.namespaced && field === 'metadata.namespace') || (FIELDS[resource.kind] ?? []).includes(field);
}

function fieldValue(resource: ResourceInfo, o: KubeObject, field: string): string {
  if (field === 'spec.hostNetwork' || field === 'spec.unschedulable') {
    const v = (o.spec as Record<string, unknown> | undefined)?.[field.split('.')[1]];
    return v === true ? 'true' : 'false';
  }
  if (field === 'status.podIPs') return ((o.status as { podIPs?: Array<{ ip: string }> } | undefined)?.podIPs ?? []).map((p) => p.ip).join(',');
  if (field === 'source') return String((o as { source?: { component?: string } }).source?.component ?? '');
  if (field === 'status.replicas') return String((o.status as { replicas?: number } | undefined)?.replicas ?? 0);
  const v = field.split('.').reduce<unknown>((acc, k) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[k] : undefined), o);
  return v === undefined || v === null ? '' : String(v);
}

/** kubectl's name printer form for the resource of an object (`deployment.apps/web`). */
export function nameRef(resource: ResourceInfo, name: string): string {
  return `${resource.kind.toLowerCase()}${resource.group ? `.${resource.group}` : ''}/${name}`;
}

/** The resource an object belongs to. */
export function resourceOf(o: KubeObject): ResourceInfo | undefined {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  return resourceForKind(o.kind, group);
}
