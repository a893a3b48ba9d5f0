import type { KubeObject, Pod } from './types';
import { parseQuantity } from './quantity';

/**
 * The LimitRanger and ResourceQuota admission plugins, as pure functions over the pod and the
 * namespace's LimitRange / ResourceQuota objects and pods. Messages are the plugins' own.
 */
type Quantities = Record<string, string>;

interface LimitRangeItem {
  type?: string;
  default?: Quantities;
  defaultRequest?: Quantities;
  min?: Quantities;
  max?: Quantities;
}

type LimitRange = KubeObject & { spec?: { limits?: LimitRangeItem[] } };
type ResourceQuota = KubeObject & { spec?: { hard?: Quantities }; status?: { hard?: Quantities; used?: Quantities } };

/** LimitRanger defaulting: containers without requests/limits get the namespace's defaults. */
export function applyLimitRangeDefaults(pod: Pod, ranges: LimitRange[]): void {
  for (const item of ranges.flatMap((r) => r.spec?.limits ?? []).filter((i) => (i.type ?? 'Container') === 'Container')) {
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
      const res = (c.resources ??= {});
      for (const [k, v] of Object.entries(item.default ?? {})) {
        res.limits = { ...(res.limits ?? {}) };
        if (res.limits[k] === undefined) res.limits[k] = v;
      }
      for (const [k, v] of Object.entries(item.defaultRequest ?? item.default ?? {})) {
        res.requests = { ...(res.requests ?? {}) };
        if (res.requests[k] === undefined) res.requests[k] = res.limits?.[k] !== undefined && !item.defaultRequest ? res.limits[k] : v;
      }
      if (res.limits && Object.keys(res.limits).length === 0) delete res.limits;
      if (res.requests && Object.keys(res.requests).length === 0) delete res.requests;
    }
  }
}

/** LimitRanger validation: min and max per Container. */
export function limitRangeViolations(pod: Pod, ranges: LimitRange[]): string[] {
  const out: string[] = [];
  for (const item of ranges.flatMap((r) => r.spec?.limits ?? []).filter((i) => (i.type ?? 'Container') === 'Container')) {
    for (const c of pod.spec?.containers ?? []) {
      for (const [k, min] of Object.entries(item.min ?? {})) {
        const req = c.resources?.requests?.[k];
        if (req === undefined) out.push(`minimum ${k} usage per Container is ${min}.  No request is specified`);
        else if ((parseQuantity(req) ?? 0) < (parseQuantity(min) ?? 0)) out.push(`minimum ${k} usage per Container is ${min}, but request is ${req}`);
      }
      for (const [k, max] of Object.entries(item.max ?? {})) {
        const lim = c.resources?.limits?.[k];
        if (lim === undefined) out.push(`maximum ${k} usage per Container is ${max}.  No limit is specified`);
        else if ((parseQuantity(lim) ?? 0) > (parseQuantity(max) ?? 0)) out.push(`maximum ${k} usage per Container is ${max}, but limit is ${lim}`);
      }
    }
  }
  return out;
}

const QUOTA_KEYS: Record<string, (pod: Pod) => number> = {
  pods: () => 1000,
  'requests.cpu': (p) => sum(p, 'requests', 'cpu'),
  cpu: (p) => sum(p, 'requests', 'cpu'),
  'requests.memory': (p) => sum(p, 'requests', 'memory'),
  memory: (p) => sum(p, 'requests', 'memory'),
  'limits.cpu': (p) => sum(p, 'limits', 'cpu'),
  'limits.memory': (p) => sum(p, 'limits', 'memory'),
};

function sum(pod: Pod, kind: 'requests' | 'limits', resource: string): number {
  return (pod.spec?.containers ?? []).reduce((n, c) => n + (parseQuantity(c.resources?.[kind]?.[resource]) ?? 0), 0);
}

/** Milli-units back to a quantity string the way the quota plugin prints it (cpu in m, memory in bytes/Mi/Gi). */
export function formatQuantity(resource: string, milli: number): string {
  if (resource === 'pods') return String(Math.round(milli / 1000));
  if (resource.endsWith('cpu') || resource === 'cpu') return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
  const bytes = milli / 1000;
  for (const [suffix, f] of [['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) if (bytes % f === 0 && bytes >= f) return `${bytes / f}${suffix}`;
  return String(bytes);
}

/** What the pods of a namespace use against a quota's tracked resources. */
export function quotaUsage(quota: ResourceQuota, pods: Pod[]): Record<string, number> {
  const used: Record<string, number> = {};
  for (const key of Object.keys(quota.spec?.hard ?? {})) {
    const f = QUOTA_KEYS[key];
    if (!f) continue;
    used[key] = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed').reduce((n, p) => n + f(p), 0);
  }
  return used;
}

/** The ResourceQuota plugin's verdict for a new pod, or undefined when it is admitted. */
export function quotaViolation(pod: Pod, quotas: ResourceQuota[], pods: Pod[]): string | undefined {
  for (const quota of [...quotas].sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1))) {
    const hard = quota.spec?.hard ?? {};
    // A quota on limits/requests requires every container to state them.
    const missing: string[] = [];
    for (const key of Object.keys(hard).filter((k) => /^(requests|limits)\.(cpu|memory)$/.test(k)).sort()) {
      const [kind, res] = key.split('.') as ['requests' | 'limits', string];
      const without = (pod.spec?.containers ?? []).filter((c) => c.resources?.[kind]?.[res] === undefined).map((c) => c.name);
      if (without.length) missing.push(`${key} for: ${without.join(',')}`);
    }
    if (missing.length) return `failed quota: ${quota.metadata.name}: must specify ${missing.join('; ')}`;
    const used = quotaUsage(quota, pods);
    const over = Object.keys(hard)
      .filter((k) => QUOTA_KEYS[k])
      .sort()
      .filter((k) => used[k] + QUOTA_KEYS[k](pod) > (k === 'pods' ? Number(hard[k]) * 1000 : parseQuantity(hard[k]) ?? Infinity));
    if (over.length) {
      const list = (f: (k: string) => string) => over.map((k) => `${k}=${f(k)}`).join(',');
      return `exceeded quota: ${quota.metadata.name}, requested: ${list((k) => formatQuantity(k, QUOTA_KEYS[k](pod)))}, used: ${list((k) => formatQuantity(k, used[k]))}, limited: ${list((k) => hard[k])}`;
    }
  }
  return undefined;
}
