/**
 * Shared by the commands that change objects (scale, set …, label, annotate, patch): the objects
 * a command visits, and where a workload keeps its pod spec.
 */
import type { Ctx } from './context';
import { fetchTargets, type FetchOptions, fetchOptions } from './fetch';
import type { ResourceInfo } from '../parse/resources';
import type { KubeObject, PodSpec } from '../../model/types';

export interface Visited {
  resource: ResourceInfo;
  object: KubeObject;
}

/** Every object the command names or selects, in kubectl's order, and the fetch errors. */
export function visitObjects(ctx: Ctx, opts: FetchOptions = fetchOptions(ctx)): { items: Visited[]; errors: string[] } {
  const r = fetchTargets(ctx, opts);
  return { items: r.groups.flatMap((g) => g.objects.map((object) => ({ resource: g.resource, object }))), errors: r.errors };
}

/** The pod spec of a pod or of a workload's template (polymorphichelpers.UpdatePodSpecForObject). */
export function podSpecOf(o: KubeObject): PodSpec | undefined {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  switch (o.kind) {
    case 'Pod':
      return spec as unknown as PodSpec;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'ReplicationController': {
      const tpl = spec.template as { spec?: PodSpec } | undefined;
      return tpl?.spec;
    }
    case 'CronJob': {
      const tpl = (spec.jobTemplate as { spec?: { template?: { spec?: PodSpec } } } | undefined)?.spec?.template;
      return tpl?.spec;
    }
    default:
      return undefined;
  }
}

/** Go's `%T` of the typed object kubectl decoded: `*v1.Service`. */
export function goTypeOf(o: KubeObject): string {
  const version = o.apiVersion.includes('/') ? o.apiVersion.split('/')[1] : o.apiVersion;
  return `*${version}.${o.kind}`;
}

/** schema.GroupVersionResource.String(): `apps/v1, Resource=deployments`, `/v1, Resource=pods`. */
export function gvrString(r: ResourceInfo): string {
  return `${r.group}/${r.version}, Resource=${r.plural}`;
}
