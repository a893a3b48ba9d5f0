/**
 * A pod's quality-of-service class (pkg/apis/core/v1/helper/qos): the API server stores it in
 * status.qosClass when the pod is created; describe prints it.
 */
import type { Pod } from './types';
import { Quantity, quantityOrZero } from './quantity';

/** Only cpu and memory decide the class. */
const QOS_RESOURCES = new Set(['cpu', 'memory']);

/**
 * ComputePodQOS: BestEffort when no container requests or limits cpu/memory; Guaranteed when
 * every container limits both and the summed requests equal the summed limits; else Burstable.
 */
export function computePodQOS(pod: Pod): string {
  // Most pods name no cpu or memory at all: BestEffort, without the sums below.
  if (!namesCpuOrMemory(pod.spec?.containers) && !namesCpuOrMemory(pod.spec?.initContainers)) return 'BestEffort';
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let isGuaranteed = true;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const c of containers) {
    for (const [name, text] of Object.entries(c.resources?.requests ?? {})) {
      if (!QOS_RESOURCES.has(name)) continue;
      const q = quantityOrZero(text);
      if (q.sign() > 0) requests.set(name, (requests.get(name) ?? Quantity.zero()).add(q));
    }
    const limitsFound = new Set<string>();
    for (const [name, text] of Object.entries(c.resources?.limits ?? {})) {
      if (!QOS_RESOURCES.has(name)) continue;
      const q = quantityOrZero(text);
      if (q.sign() > 0) {
        limitsFound.add(name);
        limits.set(name, (limits.get(name) ?? Quantity.zero()).add(q));
      }
    }
    if (!limitsFound.has('cpu') || !limitsFound.has('memory')) isGuaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || lim.cmp(req) !== 0) {
        isGuaranteed = false;
        break;
      }
    }
  }
  return isGuaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

function namesCpuOrMemory(containers: Array<{ resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> } }> | undefined): boolean {
  for (const c of containers ?? []) {
    const r = c.resources;
    if (!r) continue;
    for (const name of QOS_RESOURCES) if (r.requests?.[name] !== undefined || r.limits?.[name] !== undefined) return true;
  }
  return false;
}
