/**
 * Node lifecycle timings of kube-controller-manager v1.32 (nodelifecycle config defaults) and the
 * arithmetic on them. Pure, table-tested.
 */
export const NODE_MONITOR_PERIOD_MS = 5_000;
/** v1.32 raised node-monitor-grace-period from 40 s to 50 s. */
export const NODE_MONITOR_GRACE_PERIOD_MS = 50_000;
/** DefaultTolerationSeconds admission: pods tolerate not-ready/unreachable for 300 s. */
export const DEFAULT_TOLERATION_SECONDS = 300;

/**
 * When the controller first sees the node as unhealthy: the first monitor pass (every 5 s from
 * the controller's start) at which now − lastHeartbeat exceeds the grace period (strictly).
 * Example: start 0, heartbeat at 10 s → grace ends at 60 s → first pass strictly after: 65 s.
 */
export function nodeUnknownAt(lastHeartbeat: number, clusterStart: number): number {
  const deadline = lastHeartbeat + NODE_MONITOR_GRACE_PERIOD_MS;
  const passes = Math.floor((deadline - clusterStart) / NODE_MONITOR_PERIOD_MS) + 1;
  return clusterStart + passes * NODE_MONITOR_PERIOD_MS;
}

/**
 * getMinTolerationTime: the eviction delay for a pod on a node with NoExecute taints, from the
 * tolerations that match them. No matching toleration → evict now (0); a matching toleration
 * without seconds → never (Infinity); otherwise the smallest seconds (≤ 0 → now).
 */
export function minTolerationSeconds(matching: Array<{ tolerationSeconds?: number | null }>): number {
  if (matching.length === 0) return 0;
  let min = Infinity;
  for (const t of matching) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    min = Math.min(min, Math.max(0, t.tolerationSeconds));
  }
  return min;
}
