/**
 * `kubectl set env TYPE NAME KEY=VALUE… KEY-…` (`-e`, `-c`, `--list`, `--overwrite`): changes the
 * environment of the containers of a pod template; `<ref> env updated` per changed object,
 * nothing when unchanged. `--list` prints the variables as kubectl does.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { formatApiError } from '../../store/api-error';
import { nameRef } from './fetch';
import { goTypeOf, podSpecOf, visitObjects, gvrString } from './objects';
import type { Container } from '../../model/types';

export function setEnv(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const envArgs = cmd.args.filter((a) => /^(.+)=(.*)$/s.test(a) || a.endsWith('-'));
  const specs = [...list(cmd.flags.env), ...envArgs].filter((s) => s !== '-');
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const s of specs) {
    const i = s.indexOf('=');
    if (i > 0) set.set(s.slice(0, i), s.slice(i + 1));
    else if (s.endsWith('-')) remove.push(s.slice(0, -1));
  }
  const containerPattern = str(cmd.flags.containers) ?? '*';
  const overwrite = cmd.flags.overwrite === undefined ? true : bool(cmd.flags.overwrite);
  const { items, errors: fetchErrors } = visitObjects(ctx, { labelSelector: str(cmd.flags.selector) ?? '' });
  if (fetchErrors.length) return out.fail(fetchErrors.join('\n'));
  const errors: string[] = [];
  const matches = (c: Container) => globMatch(containerPattern, c.name);

  if (bool(cmd.flags.list)) {
    for (const { resource, object } of items) {
      const spec = podSpecOf(object);
      if (!spec) continue;
      for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter(matches)) {
        out.out(`# ${resource.kind} ${object.metadata.name}, container ${c.name}\n`);
        for (const e of c.env ?? []) {
          if (e.value !== undefined) out.out(`${e.name}=${e.value}\n`);
          else if (e.valueFrom?.fieldRef) out.out(`# ${e.name} from field path ${e.valueFrom.fieldRef.fieldPath}\n`);
          else if (e.valueFrom?.configMapKeyRef) out.out(`# ${e.name} from configmap ${e.valueFrom.configMapKeyRef.name}, key ${e.valueFrom.configMapKeyRef.key}\n`);
          else if (e.valueFrom?.secretKeyRef) out.out(`# ${e.name} from secret ${e.valueFrom.secretKeyRef.name}, key ${e.valueFrom.secretKeyRef.key}\n`);
          else out.out(`${e.name}=\n`);
        }
      }
    }
    return out.result();
  }

  for (const { resource, object } of items) {
    const name = object.metadata.name!;
    const spec = podSpecOf(object);
    if (!spec) {
      errors.push(`error: ${gvrString(resource)}/${name} the object is not a pod or does not have a pod template: ${goTypeOf(object)}`);
      continue;
    }
    if (!overwrite) {
      for (const c of spec.containers ?? []) {
        if (!matches(c)) continue;
        for (const e of c.env ?? []) {
          if (set.has(e.name) && e.value !== set.get(e.name)) {
            errors.push(`error: ${gvrString(resource)}/${name} '${e.name}' already has a value (${e.value ?? ''}), and --overwrite is false`);
          }
        }
      }
      if (errors.length) continue;
    }
    const r = sim.update(resource.kind, name, (o) => {
      const s = podSpecOf(o)!;
      for (const c of [...(s.initContainers ?? []), ...(s.containers ?? [])]) {
        if (!matches(c)) continue;
        let env = [...(c.env ?? [])].filter((e) => !remove.includes(e.name));
        for (const [k, v] of set) {
          const existing = env.find((e) => e.name === k);
          if (existing) {
            existing.value = v;
            delete existing.valueFrom;
          } else env.push({ name: k, value: v });
        }
        env = env.filter(Boolean);
        if (env.length) c.env = env;
        else delete c.env;
      }
    }, { namespace: object.metadata.namespace });
    if (!r.ok) errors.push(formatApiError(r.error));
    else if (r.value.changed) out.out(`${nameRef(resource, name)} env updated\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

/** path.Match with `*` and `?` (container name patterns). */
export function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(s);
}
