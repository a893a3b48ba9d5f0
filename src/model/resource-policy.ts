import type { KubeObject, Pod } from './types';
import { Quantity, podResourceList, quantityOrZero } from './quantity';

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

/**
 * requestLimitEnforcedValues: the three values compared in milli-units, unless one of them is too
 * large for that (then in units).
 */
function enforcedValues(request: Quantity, limit: Quantity, enforced: Quantity): [bigint, bigint, bigint] {
  const MAX_MILLI = (2n ** 63n - 1n) / 1000n;
  const units = [request.value(), limit.value(), enforced.value()] as [bigint, bigint, bigint];
  if (units.every((v) => v <= MAX_MILLI)) return [request.milliValue(), limit.milliValue(), enforced.milliValue()];
  return units;
}

/** LimitRanger validation: min and max per Container (messages print the quantities' String()). */
export function limitRangeViolations(pod: Pod, ranges: LimitRange[]): string[] {
  const out: string[] = [];
  for (const item of ranges.flatMap((r) => r.spec?.limits ?? []).filter((i) => (i.type ?? 'Container') === 'Container')) {
    for (const c of pod.spec?.containers ?? []) {
      for (const [k, min] of Object.entries(item.min ?? {})) {
        const req = c.resources?.requests?.[k];
        const enforced = quantityOrZero(min);
        if (req === undefined) {
          out.push(`minimum ${k} usage per Container is ${enforced}.  No request is specified`);
          continue;
        }
        const [observed, , least] = enforcedValues(quantityOrZero(req), Quantity.zero(), enforced);
        if (observed < least) out.push(`minimum ${k} usage per Container is ${enforced}, but request is ${quantityOrZero(req)}`);
      }
      for (const [k, max] of Object.entries(item.max ?? {})) {
        const lim = c.resources?.limits?.[k];
        const enforced = quantityOrZero(max);
        if (lim === undefined) {
          out.push(`maximum ${k} usage per Container is ${enforced}.  No limit is specified`);
          continue;
        }
        const [, observed, most] = enforcedValues(Quantity.zero(), quantityOrZero(lim), enforced);
        if (observed > most) out.push(`maximum ${k} usage per Container is ${enforced}, but limit is ${quantityOrZero(lim)}`);
      }
    }
  }
  return out;
}

/** What one pod counts against each quota key (podComputeUsageHelper); absent when it requests none. */
const QUOTA_KEYS: Record<string, (pod: Pod) => Quantity | undefined> = {
  pods: () => Quantity.of(1),
  'requests.cpu': (p) => podResourceList(p.spec, 'requests').get('cpu'),
  cpu: (p) => podResourceList(p.spec, 'requests').get('cpu'),
  'requests.memory': (p) => podResourceList(p.spec, 'requests').get('memory'),
  memory: (p) => podResourceList(p.spec, 'requests').get('memory'),
  'limits.cpu': (p) => podResourceList(p.spec, 'limits').get('cpu'),
  'limits.memory': (p) => podResourceList(p.spec, 'limits').get('memory'),
};

/**
 * What the pods of a namespace use against a quota's tracked resources: each starts at a zero
 * DecimalSI quantity and adds every pod's usage (so the sum takes the first pod's format).
 */
export function quotaUsage(quota: ResourceQuota, pods: Pod[]): Record<string, Quantity> {
  const used: Record<string, Quantity> = {};
  const counted = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  for (const key of Object.keys(quota.spec?.hard ?? {})) {
    const f = QUOTA_KEYS[key];
    if (!f) continue;
    used[key] = counted.reduce((sum, p) => {
      const q = f(p);
      return q ? sum.add(q) : sum;
    }, Quantity.zero());
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
    const requested = (k: string) => QUOTA_KEYS[k](pod);
    const over = Object.keys(hard)
      .filter((k) => QUOTA_KEYS[k] && requested(k) !== undefined)
      .sort()
      .filter((k) => used[k].add(requested(k)!).cmp(quantityOrZero(hard[k])) > 0);
    if (over.length) {
      const list = (f: (k: string) => string) => over.map((k) => `${k}=${f(k)}`).join(',');
      return `exceeded quota: ${quota.metadata.name}, requested: ${list((k) => String(requested(k)))}, used: ${list((k) => String(used[k]))}, limited: ${list((k) => String(quantityOrZero(hard[k])))}`;
    }
  }
  return undefined;
}
