import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { readManifestSources } from './files';
import { parseManifests } from '../../sim/manifest';
import { formatApiError } from '../../store/api-error';
import { kindSlashName, qualifiedResource } from '../../model/kinds';
import { waitUntilGone } from './delete';

/**
 * `kubectl apply|create|replace -f`: every document of every source in order, one line per
 * object, errors gathered and printed after the successes (exit 1), as kubectl's visitor does.
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
  const errors: string[] = [];
  let any = false;
  for (const source of read.sources) {
    const parsed = parseManifests(source.text, source.name);
    if (!parsed.ok) {
      errors.push(`error: ${parsed.error.message}`);
      continue;
    }
    for (const doc of parsed.documents) {
      any = true;
      const obj = doc.object as { apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } };
      if (!obj.kind || !obj.apiVersion) {
        const missing = [!obj.apiVersion ? 'apiVersion not set' : '', !obj.kind ? 'kind not set' : ''].filter(Boolean).join(', ');
        errors.push(`error: error validating "${source.name}": error validating data: [${missing}]; if you choose to ignore these errors, turn validation off with --validate=false`);
        continue;
      }
      const r = sim.write(doc.object, { mode, namespace: ctx.namespace, changeCause: record ? cmd.recordLine : undefined });
      if (r.error) {
        if (r.error.reason === 'BadRequest' && r.error.message.startsWith('no matches for kind')) {
          errors.push(`error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source.name}": ${r.error.message}\nensure CRDs are installed first`);
        } else if (r.error.reason === 'Invalid') {
          errors.push(formatApiError(r.error));
        } else {
          const verb = mode === 'replace' ? 'replacing' : 'creating';
          errors.push(formatApiError(r.error, `error when ${verb} "${source.name}": `));
        }
        continue;
      }
      out.out(`${kindSlashName(r.kind, r.name)} ${r.action}\n`);
    }
  }
  sim.settle();
  if (!any && errors.length === 0) return out.fail('error: no objects passed to ' + mode);
  if (errors.length > 0) return out.fail(errors.join('\n'));
  return out.result();
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
