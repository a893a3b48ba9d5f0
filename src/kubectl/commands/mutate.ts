import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { lookupResource, noResourceTypeMessage, ResourceInfo } from '../parse/resources';
import { formatApiError, notFound } from '../../store/api-error';
import { kindSlashName } from '../../model/kinds';
import type { KubeObject } from '../../model/types';
import { readManifestSources } from './files';
import { parseManifests } from '../../sim/manifest';

/** `TYPE NAME…` or `TYPE/NAME…` → (resource, names), or kubectl's error. */
function targets(ctx: Ctx, args: string[]): { ok: true; items: Array<{ resource: ResourceInfo; name: string }> } | { ok: false; result: KubectlResult } {
  const items: Array<{ resource: ResourceInfo; name: string }> = [];
  if (args.length === 0) return { ok: false, result: ctx.out.fail('error: required resource not specified') };
  if (args[0].includes('/')) {
    for (const a of args) {
      const i = a.indexOf('/');
      const resource = lookupResource(a.slice(0, i));
      if (!resource) return { ok: false, result: ctx.out.fail(`error: ${noResourceTypeMessage(a.slice(0, i))}`) };
      items.push({ resource, name: a.slice(i + 1) });
    }
  } else {
    const resource = lookupResource(args[0]);
    if (!resource) return { ok: false, result: ctx.out.fail(`error: ${noResourceTypeMessage(args[0])}`) };
    for (const name of args.slice(1)) items.push({ resource, name });
    if (items.length === 0) return { ok: false, result: ctx.out.fail('error: resource(s) were provided, but no name was specified') };
  }
  return { ok: true, items };
}

/** `kubectl scale TYPE NAME --replicas=N [--current-replicas=M]`. */
export function scale(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const replicas = str(cmd.flags.replicas);
  if (replicas === undefined) return out.fail('error: required flag(s) "replicas" not set');
  if (Number(replicas) < 0) return out.fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  let items: Array<{ resource: ResourceInfo; name: string }>;
  const files = list(cmd.flags.filename);
  if (files.length > 0) {
    const read = readManifestSources(files, ctx.options, false);
    if (!read.ok) return out.fail(read.error);
    items = [];
    for (const s of read.sources) {
      const parsed = parseManifests(s.text, s.name);
      if (!parsed.ok) return out.fail(`error: ${parsed.error.message}`);
      for (const doc of parsed.documents) {
        const resource = lookupResource(String(doc.object.kind));
        if (resource) items.push({ resource, name: String((doc.object.metadata as { name?: string } | undefined)?.name ?? '') });
      }
    }
  } else {
    const t = targets(ctx, cmd.args);
    if (!t.ok) return t.result;
    items = t.items;
  }
  const current = str(cmd.flags['current-replicas']);
  const errors: string[] = [];
  for (const { resource, name } of items) {
    if (!['Deployment', 'ReplicaSet', 'StatefulSet'].includes(resource.kind)) {
      errors.push(`error: cannot scale ${resource.plural}.${resource.group || ''}: no scale subresource`);
      continue;
    }
    const live = sim.get(resource.kind, name, ctx.namespace);
    if (!live) {
      errors.push(`error: no objects passed to scale ${resource.plural}${resource.group ? `.${resource.group}` : ''} "${name}" not found`);
      continue;
    }
    const spec = live.spec as { replicas?: number };
    if (current !== undefined && Number(current) !== -1 && (spec.replicas ?? 1) !== Number(current)) {
      errors.push(`error: Expected replicas to be ${current}, was ${spec.replicas ?? 1}`);
      continue;
    }
    const r = sim.update(resource.kind, name, (o) => ((o.spec as { replicas?: number }).replicas = Number(replicas)), { namespace: ctx.namespace });
    if (!r.ok) errors.push(formatApiError(r.error));
    else out.out(`${kindSlashName(resource.kind, name)} scaled\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

interface ContainerSpec {
  name: string;
  image?: string;
}

function podTemplateContainers(o: KubeObject): { containers: ContainerSpec[]; init: ContainerSpec[] } | undefined {
  const spec = o.spec as { template?: { spec?: { containers?: ContainerSpec[]; initContainers?: ContainerSpec[] } }; containers?: ContainerSpec[]; initContainers?: ContainerSpec[] };
  const podSpec = o.kind === 'Pod' ? spec : spec?.template?.spec;
  if (!podSpec) return undefined;
  return { containers: podSpec.containers ?? [], init: podSpec.initContainers ?? [] };
}

/** `kubectl set image TYPE NAME container=image…` (`*=image` for every container). */
export function setImage(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  const assignments = cmd.args.filter((a) => a.includes('='));
  const resourceArgs = cmd.args.filter((a) => !assignments.includes(a));
  if (assignments.length === 0) return out.fail('error: at least one image update is required');
  const t = targets(ctx, resourceArgs);
  if (!t.ok) return t.result;
  const record = bool(cmd.flags.record);
  const errors: string[] = [];
  for (const { resource, name } of t.items) {
    const live = sim.get(resource.kind, name, ctx.namespace);
    if (!live) {
      errors.push(formatApiError(notFound(resource.kind, name)));
      continue;
    }
    const lists = podTemplateContainers(live);
    if (!lists) {
      errors.push(`error: ${resource.kind.toLowerCase()}s "${name}" has no pod template`);
      continue;
    }
    for (const a of assignments) {
      const [container] = a.split('=');
      if (container !== '*' && ![...lists.containers, ...lists.init].some((c) => c.name === container)) {
        return out.fail(`error: unable to find container named "${container}"`);
      }
    }
    const r = sim.update(resource.kind, name, (o) => {
      const l = podTemplateContainers(o)!;
      for (const a of assignments) {
        const i = a.indexOf('=');
        const [container, image] = [a.slice(0, i), a.slice(i + 1)];
        for (const c of [...l.containers, ...l.init]) if (container === '*' || c.name === container) c.image = image;
      }
      if (record) o.metadata.annotations = { ...(o.metadata.annotations ?? {}), 'kubernetes.io/change-cause': cmd.recordLine };
    }, { namespace: ctx.namespace });
    if (!r.ok) errors.push(formatApiError(r.error));
    // The same image again sends no patch and prints nothing.
    else if (r.value.changed) out.out(`${kindSlashName(resource.kind, name)} image updated\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}

/** `kubectl annotate` / `kubectl label`: key=value to set, key- to remove. */
export function annotateOrLabel(ctx: Ctx, what: 'annotations' | 'labels'): KubectlResult {
  const { cmd, out, sim } = ctx;
  // kubectl's rule: an argument with `=` sets, one ending in `-` removes, the rest name resources.
  const changes = cmd.args.filter((a) => a.includes('=') || a.endsWith('-'));
  const resourceArgs = cmd.args.filter((a) => !changes.includes(a));
  if (changes.length === 0) return out.fail(`error: at least one ${what === 'labels' ? 'label' : 'annotation'} update is required`);
  const t = targets(ctx, resourceArgs);
  if (!t.ok) return t.result;
  const overwrite = bool(cmd.flags.overwrite);
  const errors: string[] = [];
  for (const { resource, name } of t.items) {
    const live = sim.get(resource.kind, name, ctx.namespace);
    if (!live) {
      errors.push(formatApiError(notFound(resource.kind, name)));
      continue;
    }
    const current = (live.metadata[what] ?? {}) as Record<string, string>;
    if (!overwrite) {
      for (const c of changes) {
        if (c.endsWith('-')) continue;
        const i = c.indexOf('=');
        const [k, v] = [c.slice(0, i), c.slice(i + 1)];
        if (k in current && current[k] !== v) {
          if (what === 'annotations') return out.fail(`error: --overwrite is false but found the following declared annotation(s): '${k}' already has a value (${current[k]})`);
          return out.fail(`error: '${k}' already has a value (${current[k]}), and --overwrite is false`);
        }
      }
    }
    const r = sim.update(resource.kind, name, (o) => {
      const m = { ...((o.metadata[what] ?? {}) as Record<string, string>) };
      for (const c of changes) {
        if (c.endsWith('-') && !c.includes('=')) {
          const k = c.slice(0, -1);
          if (!(k in m) && what === 'labels') {
            out.out(`label "${k}" not found.\n`);
          }
          delete m[k];
        } else {
          const i = c.indexOf('=');
          m[c.slice(0, i)] = c.slice(i + 1);
        }
      }
      o.metadata[what] = Object.keys(m).length ? m : undefined;
      if (!o.metadata[what]) delete o.metadata[what];
    }, { namespace: ctx.namespace });
    if (!r.ok) {
      errors.push(formatApiError(r.error));
      continue;
    }
    const removing = changes.every((c) => c.endsWith('-') && !c.includes('='));
    const verb = what === 'annotations' ? 'annotated' : r.value.changed ? (removing ? 'unlabeled' : 'labeled') : 'not labeled';
    out.out(`${kindSlashName(resource.kind, name)} ${verb}\n`);
  }
  if (errors.length) return out.fail(errors.join('\n'));
  return out.result();
}
