import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { readManifestSources } from './files';
import { parseManifests } from '../../sim/manifest';
import { formatApiError } from '../../store/api-error';
import { kindInfo, kindSlashName, qualifiedResource } from '../../model/kinds';
import { KubectlError, aggregate, checkErr, combine, plain, status } from './errors';
import { waitUntilGone } from './delete';

/**
 * `kubectl apply|create|replace -f`, as kubectl runs it: the resource builder reads every
 * document of every source first (a YAML or validation error stops that source; an unknown kind
 * is that document's error), then each object is written in order, one stdout line per success.
 * Errors are printed at the end the way CheckErr does (see errors.ts), exit 1.
 */
export function applyFiles(ctx: Ctx, mode: 'apply' | 'create' | 'replace'): KubectlResult {
  const { cmd, out, sim } = ctx;
  const files = list(cmd.flags.filename);
  if (files.length === 0) {
    if (mode === 'apply') return out.fail('error: must specify one of -f and -k');
    return out.fail(`error: must specify one of -f and -k\n\nSee 'kubectl ${mode} -h' for help and examples`);
  }
  const read = readManifestSources(files, ctx.options, bool(cmd.flags.recursive));
  if (!read.ok) return out.fail(read.error);
  const record = bool(cmd.flags.record);
  const validation = str(cmd.flags.validate) ?? 'strict';
  const validate = validation !== 'false' && validation !== 'ignore';
  const fieldValidation = !validate ? 'Ignore' : validation === 'warn' ? 'Warn' : 'Strict';
  // The builder: objects to write, and the errors met while reading (one aggregate).
  const builderErrors: KubectlError[] = [];
  const objects: Array<{ object: Record<string, unknown>; source: string }> = [];
  for (const source of read.sources) {
    const parsed = parseManifests(source.text, source.name, { validate });
    const documents = [...parsed.documents.map((d) => ({ index: d.index, object: d.object as Record<string, unknown> | undefined, error: undefined as string | undefined })), ...parsed.decodeErrors.map((e) => ({ index: e.index, object: undefined, error: e.message }))].sort((a, b) => a.index - b.index);
    for (const doc of documents) {
      if (doc.error !== undefined || !doc.object) {
        builderErrors.push(plain(doc.error ?? ''));
        continue;
      }
      const obj = doc.object as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
      const info = typeof obj.kind === 'string' ? kindInfo(obj.kind) : undefined;
      if (!info || info.apiVersion !== obj.apiVersion) {
        const meta = typeof obj.metadata === 'object' && obj.metadata !== null ? obj.metadata : {};
        builderErrors.push(plain(`resource mapping not found for name: "${typeof meta.name === 'string' ? meta.name : ''}" namespace: "${typeof meta.namespace === 'string' ? meta.namespace : ''}" from "${source.name}": no matches for kind "${String(obj.kind)}" in version "${String(obj.apiVersion)}"\nensure CRDs are installed first`));
        continue;
      }
      objects.push({ object: doc.object, source: source.name });
    }
    if (!parsed.ok) builderErrors.push(plain(parsed.error.message));
  }
  if (objects.length === 0 && builderErrors.length === 0) return out.fail(`error: no objects passed to ${mode}`);
  const errors: KubectlError[] = builderErrors.length > 0 ? [aggregate(builderErrors)] : [];
  for (const { object, source } of objects) {
    const noName = nameMissing(ctx, object, mode, source);
    if (noName) {
      errors.push(noName);
      continue;
    }
    const r = sim.write(object, { mode, namespace: ctx.namespace, changeCause: record ? cmd.recordLine : undefined, fieldValidation });
    for (const w of r.warnings ?? []) out.err(`Warning: ${w}\n`);
    if (r.error) {
      // AddSourceToErr: kubectl names the file in front of the server's message. (A failing
      // apply patch has a longer prefix upstream, with the patch itself; not reproduced.)
      const verb = mode === 'replace' ? 'replacing' : r.operation === 'update' ? 'patching' : 'creating';
      errors.push(status(r.error, `error when ${verb} "${source}": `));
      continue;
    }
    out.out(`${kindSlashName(r.kind, r.name)} ${r.action}\n`);
  }
  sim.settle();
  const err = combine(errors);
  if (err) {
    out.err(checkErr(err));
    out.exitCode = 1;
  }
  return out.result();
}

/**
 * apply and replace need the object's name before they talk to the server (apply GETs the live
 * object first, replace PUTs to it): without one, client-go refuses.
 */
function nameMissing(ctx: Ctx, object: Record<string, unknown>, mode: 'apply' | 'create' | 'replace', source: string): KubectlError | undefined {
  if (mode === 'create') return undefined;
  const meta = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as { name?: unknown; namespace?: unknown };
  if (typeof meta.name === 'string' && meta.name !== '') return undefined;
  if (mode === 'replace') return plain(`error when replacing "${source}": resource name may not be empty`);
  const info = kindInfo(String(object.kind))!;
  const [group, version] = info.apiVersion.includes('/') ? info.apiVersion.split('/') : ['', info.apiVersion];
  const namespace = info.namespaced ? (typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : ctx.namespace) : '';
  const described = `Resource: "${group}/${version}, Resource=${info.resource}", GroupVersionKind: "${group}/${version}, Kind=${info.kind}"\nName: "", Namespace: "${namespace}"`;
  return plain(`error when retrieving current configuration of:\n${described}\nfrom server for: "${source}": resource name may not be empty`);
}

/** `kubectl delete -f`: `deployment.apps "web" deleted` per object (note: quotes, no slash). */
export function deleteFiles(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const read = readManifestSources(list(cmd.flags.filename), ctx.options, bool(cmd.flags.recursive));
  if (!read.ok) return out.fail(read.error);
  const errors: string[] = [];
  const gone: Array<{ kind: string; name: string; namespace?: string; uid?: string }> = [];
  for (const source of read.sources) {
    const parsed = parseManifests(source.text, source.name);
    if (!parsed.ok) {
      errors.push(`error: ${parsed.error.message}`);
      continue;
    }
    for (const doc of parsed.documents) {
      const obj = doc.object as { kind?: string; metadata?: { name?: string; namespace?: string } };
      const kind = String(obj.kind ?? '');
      const name = obj.metadata?.name ?? '';
      const r = sim.delete(kind, name, { namespace: obj.metadata?.namespace ?? ctx.namespace, ...deleteOptions(ctx) });
      if (!r.ok) errors.push(formatApiError(r.error, `error when deleting "${source.name}": `));
      else {
        out.out(`${deletedLine(kind, name)}\n`);
        gone.push({ kind: r.value.kind, name, namespace: r.value.metadata.namespace, uid: r.value.metadata.uid });
      }
    }
  }
  waitUntilGone(ctx, gone);
  if (errors.length > 0) return out.fail(errors.join('\n'));
  return out.result();
}

export function deletedLine(kind: string, name: string): string {
  const q = qualifiedResource(kind).split('.');
  const group = q.length > 1 ? `.${q.slice(1).join('.')}` : '';
  return `${kind.toLowerCase()}${group} "${name}" deleted`;
}

export function deleteOptions(ctx: Ctx): { gracePeriodSeconds?: number; propagation?: 'Background' | 'Orphan' | 'Foreground' } {
  const f = ctx.cmd.flags;
  const opts: { gracePeriodSeconds?: number; propagation?: 'Background' | 'Orphan' | 'Foreground' } = {};
  const grace = str(f['grace-period']);
  if (grace !== undefined && Number(grace) >= 0) opts.gracePeriodSeconds = Number(grace);
  if (bool(f.now)) opts.gracePeriodSeconds = 1;
  if (bool(f.force) && opts.gracePeriodSeconds === undefined) opts.gracePeriodSeconds = 0;
  const cascade = str(f.cascade);
  if (cascade === 'orphan' || cascade === 'false') opts.propagation = 'Orphan';
  else if (cascade === 'foreground') opts.propagation = 'Foreground';
  return opts;
}
