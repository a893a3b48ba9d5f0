/**
 * `kubectl delete`: by file (`-f`), by name, by selector (`-l`, `--field-selector`) or `--all`,
 * `all` included; background cascading by default (`--cascade=orphan|foreground`),
 * `--grace-period`, `--now`, `--force`, `-o name`, `--ignore-not-found`.
 *
 * kubectl lists every type, then deletes what it listed, and (with the default `--wait=true`)
 * waits until the objects are gone: virtual time runs until then (a pod's grace period), capped
 * by `--timeout`. Choice: an object kubectl listed but the garbage collector removed before
 * kubectl's own DELETE (a Deployment's ReplicaSet in `delete all --all`) is reported
 * `deleted`, because on a real cluster kubectl's request wins that race.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { deleteFiles, deletedLine, deleteOptions } from './apply';
import { formatApiError } from '../../store/api-error';
import { fetchTargets, nameRef } from './fetch';
import { toMs } from '../../clock/duration';

export function deleteCommand(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  if (list(cmd.flags.filename).length > 0) return deleteFiles(ctx);
  const fetched = fetchTargets(ctx);
  const errors = bool(cmd.flags['ignore-not-found']) ? fetched.errors.filter((e) => !e.startsWith('Error from server (NotFound)')) : [...fetched.errors];
  const opts = deleteOptions(ctx);
  const force = bool(cmd.flags.force) && opts.gracePeriodSeconds === 0;
  const asName = str(cmd.flags.output) === 'name';
  let found = 0;
  const waitFor: Array<{ kind: string; name: string; namespace?: string; uid?: string }> = [];
  for (const g of fetched.groups) {
    for (const o of g.objects) {
      found++;
      const name = o.metadata.name!;
      const r = sim.delete(o.kind, name, { namespace: o.metadata.namespace, ...opts });
      if (!r.ok && !(r.error.reason === 'NotFound' && !g.named)) {
        errors.push(formatApiError(r.error));
        continue;
      }
      waitFor.push({ kind: o.kind, name, namespace: o.metadata.namespace, uid: o.metadata.uid });
      if (asName) out.out(`${nameRef(g.resource, name)}\n`);
      else out.out(`${deletedLine(o.kind, name).replace(/ deleted$/, force ? ' force deleted' : ' deleted')}\n`);
    }
  }
  if (found === 0 && errors.length === 0 && fetched.groups.some((g) => !g.named)) {
    out.out('No resources found\n');
  }
  waitUntilGone(ctx, waitFor);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

/** kubectl delete --wait: runs virtual time until every deleted object (by uid) is gone. */
export function waitUntilGone(ctx: Ctx, objects: Array<{ kind: string; name: string; namespace?: string; uid?: string }>): void {
  const { sim, cmd } = ctx;
  if (objects.length === 0 || cmd.flags.wait === false || cmd.flags.wait === 'false') return;
  const timeout = str(cmd.flags.timeout);
  const ms = timeout && timeout !== '0s' ? toMs(timeout) : undefined;
  const gone = () => objects.every((o) => sim.get(o.kind, o.name, o.namespace)?.metadata.uid !== o.uid);
  sim.runUntil(gone, { timeout: ms ?? '1h' });
}
