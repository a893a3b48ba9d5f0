/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (or `--patch-file`, `-f`):
 * `<ref> patched`, or `<ref> patched (no change)` when the object is unchanged. The patch may be
 * JSON or YAML, as kubectl converts it with yaml.ToJSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KubectlResult } from '../result';
import { Ctx, str } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef } from './fetch';
import { visitObjects } from './objects';
import { PatchError, applyJsonPatch, jsonMergePatch, strategicMergePatch } from './patch-types';
import type { KubeObject } from '../../model/types';

export function patch(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  let text = str(cmd.flags.patch) ?? '';
  const file = str(cmd.flags['patch-file']) ?? '';
  if (file) {
    const content = ctx.options.files?.[file] ?? readFile(ctx, file);
    if (content === undefined) return out.fail(`error: unable to read patch file: open ${file}: no such file or directory`);
    text = content;
  }
  let body: unknown;
  try {
    body = parseYaml(text);
  } catch (e) {
    return out.fail(`error: unable to parse "${text}": ${(e as Error).message.split('\n')[0]}`);
  }
  const type = (str(cmd.flags.type) || 'strategic').toLowerCase();
  const { items, errors: fetchErrors } = visitObjects(ctx, { labelSelector: '' });
  const errors: string[] = [...fetchErrors];
  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    let patched: KubeObject;
    try {
      if (type === 'json') patched = applyJsonPatch(object, body) as KubeObject;
      else if (type === 'merge') patched = jsonMergePatch(object, body) as KubeObject;
      else {
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new PatchError(`json: cannot unmarshal ${Array.isArray(body) ? 'array' : typeof body} into Go value of type map[string]interface {}`);
        patched = strategicMergePatch(object, body) as KubeObject;
      }
    } catch (e) {
      if (!(e instanceof PatchError)) throw e;
      errors.push(type === 'json' ? `Error from server: ${e.message}` : `Error from server (BadRequest): ${e.message}`);
      continue;
    }
    if (!patched || typeof patched !== 'object' || patched.kind !== object.kind || patched.metadata?.name !== name) {
      errors.push(`Error from server (BadRequest): the name of the object (${patched?.metadata?.name ?? ''}) does not match the name on the URL (${name})`);
      continue;
    }
    const r = sim.update(resource.kind, name, (o) => {
      for (const k of Object.keys(o)) if (k !== 'status' && k !== 'metadata') delete o[k];
      for (const [k, v] of Object.entries(patched)) if (k !== 'status' && k !== 'metadata') o[k] = v;
      o.metadata.labels = patched.metadata.labels;
      o.metadata.annotations = patched.metadata.annotations;
      if (!o.metadata.labels) delete o.metadata.labels;
      if (!o.metadata.annotations) delete o.metadata.annotations;
    }, { namespace: object.metadata.namespace });
    if (!r.ok) {
      errors.push(formatApiError(r.error));
      continue;
    }
    if (!cmd.errorAtPrint) out.out(`${nameRef(resource, name)} patched${r.value.changed ? '' : ' (no change)'}\n`);
  }
  if (cmd.errorAtPrint && errors.length === 0) return out.fail(cmd.errorAtPrint);
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

function readFile(ctx: Ctx, p: string): string | undefined {
  try {
    return fs.readFileSync(path.resolve(ctx.options.cwd ?? process.cwd(), p), 'utf8');
  } catch {
    return undefined;
  }
}
