import type { Pod, PodCondition } from './types';
import { parseTime } from '../clock/virtual-clock';

/** pkg/api/v1/pod/util.go: the readiness and availability rules every controller shares. */

export function getPodCondition(pod: Pod, type: string): PodCondition | undefined {
  // A loop for the reason controllerRef has one: readiness is asked of every pod change.
  const conditions = pod.status?.conditions;
  if (!conditions) return undefined;
  for (let i = 0; i < conditions.length; i++) if (conditions[i].type === type) return conditions[i];
  return undefined;
}

/** IsPodReady: the Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return getPodCondition(pod, 'Ready')?.status === 'True';
}

/**
 * IsPodAvailable: ready, and ready for longer than minReadySeconds (strictly), judged from the
 * Ready condition's lastTransitionTime.
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  const c = getPodCondition(pod, 'Ready');
  if (c?.status !== 'True') return false;
  if (minReadySeconds === 0) return true;
  const t = parseTime(c.lastTransitionTime);
  return t !== undefined && t + minReadySeconds * 1000 < nowMs;
}

/** When a ready pod turns available (for a timed re-check); undefined when not ready. */
export function podAvailableAt(pod: Pod, minReadySeconds: number): number | undefined {
  const c = getPodCondition(pod, 'Ready');
  if (c?.status !== 'True') return undefined;
  const t = parseTime(c.lastTransitionTime);
  return t === undefined ? undefined : t + minReadySeconds * 1000;
}

/** Active pods (controller.IsPodActive): not Succeeded/Failed and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

export function isPodTerminating(pod: Pod): boolean {
  return !!pod.metadata?.deletionTimestamp;
}

/** The controller ownerReference, if any. */
export function controllerRef<R extends { controller?: boolean; uid: string; kind: string; name: string }>(obj: { metadata?: { ownerReferences?: R[] } }): R | undefined {
  // A loop, not find(): every controller asks this of every pod change, and find's callback
  // was one allocation per call.
  const refs = obj.metadata?.ownerReferences;
  if (!refs) return undefined;
  for (let i = 0; i < refs.length; i++) if (refs[i].controller === true) return refs[i];
  return undefined;
}

export function totalRestarts(pod: Pod): number {
  let max = 0;
  for (const cs of pod.status?.containerStatuses ?? []) max = Math.max(max, cs.restartCount ?? 0);
  return max;
}
