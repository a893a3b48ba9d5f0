import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { resolveRequests, fetchObjects } from './get';
import { deleteFiles, deletedLine, deleteOptions } from './apply';
import { formatApiError } from '../../store/api-error';

const NO_ARGS = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** `kubectl delete`: by file, by name, by selector or `--all`; background cascading by default. */
export function deleteCommand(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  if (list(cmd.flags.filename).length > 0) return deleteFiles(ctx);
  if (cmd.args.length === 0) return out.fail(NO_ARGS);
  const resolved = resolveRequests(cmd.args);
  if (!resolved.ok) return out.fail(resolved.error);
  const all = bool(cmd.flags.all);
  const selector = str(cmd.flags.selector);
  const hasNames = resolved.requests.some((r) => r.names);
  if (!hasNames && !all && !selector) {
    return out.fail(`error: resource(s) were provided, but no name was specified`);
  }
  if (bool(cmd.flags.force) && str(cmd.flags['grace-period']) === '0') {
    out.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const errors: string[] = [];
  let found = 0;
  const opts = deleteOptions(ctx);
  for (const req of resolved.requests) {
    for (const o of fetchObjects(ctx, req, bool(cmd.flags['all-namespaces']), errors)) {
      found++;
      const r = sim.delete(o.kind, o.metadata.name!, { namespace: o.metadata.namespace, ...opts });
      if (!r.ok) errors.push(formatApiError(r.error));
      else out.out(`${deletedLine(o.kind, o.metadata.name!)}${opts.gracePeriodSeconds === 0 && bool(cmd.flags.force) ? ' (force deleted)' : ''}\n`.replace(' deleted (force deleted)', ' force deleted'));
    }
  }
  if (found === 0 && errors.length === 0) out.err(`No resources found\n`);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
