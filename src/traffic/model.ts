/**
 * The traffic model: what happens to requests sent to a Service while its pods come and go.
 * Pure functions of a timeline of snapshots — at each instant, the Service's ready endpoint
 * addresses and, for each, whether the process behind it answers — and of the instants the
 * requests are sent. No clock, no store: the recorder (recorder.ts) builds the snapshots.
 *
 * The rules, as in a cluster whose kube-proxy has caught up:
 * - a request goes to one of the ready addresses of the Service's Endpoints at that instant;
 *   [SIM] round robin over them in address order (kube-proxy's iptables mode picks at random,
 *   IPVS goes round robin), so a share of 1 in N addresses gets 1 in N requests;
 * - no ready address: the request fails (kube-proxy rejects it: connection refused);
 * - the address's pod is terminating, or its container is not running (crashed, waiting to
 *   restart, not started): the request fails;
 * - the process listens only `servesAfter` ms after its container started (an app that boots
 *   slowly): a request before that fails — what a pod without a readiness probe, in the
 *   endpoints as soon as it runs, does to its first callers;
 * - an app that has started failing (it would fail its readiness probe) fails the request.
 * [SIM] Endpoint changes reach the client at the instant they happen; real clusters take some
 * milliseconds to a second to propagate them, which is why real RollingUpdates can still drop
 * requests without a preStop delay.
 */

/** One ready address of the Service at some instant, and when its process answers. */
export interface EndpointTarget {
  pod: string;
  ip: string;
  /** Why this address cannot answer at all while the snapshot lasts. */
  down?: string;
  /** Epoch ms from which the process answers (container start + boot time). */
  servesFrom?: number;
  /** Epoch ms from which it stops answering correctly (the app breaks, the container crashes). */
  servesUntil?: number;
}

/** The Service as clients see it from `at` until the next snapshot. */
export interface TrafficSnapshot {
  at: number;
  endpoints: readonly EndpointTarget[];
}

export type FailureReason = 'no endpoints' | 'not listening yet' | 'terminating' | 'container not running' | 'app failing';

export interface RequestOutcome {
  at: number;
  ok: boolean;
  pod?: string;
  reason?: FailureReason;
}

export interface TrafficResult {
  total: number;
  succeeded: number;
  failed: number;
  /** Failures by reason. */
  byReason: Partial<Record<FailureReason, number>>;
  /** Failures by pod (requests that reached an address). */
  byPod: Record<string, number>;
  firstFailureAt?: number;
  lastFailureAt?: number;
  /** Requests that reached each pod, failed or not. */
  perPod: Record<string, number>;
}

/** Whether the target answers at `t`, or why not. */
export function answers(target: EndpointTarget, t: number): { ok: true } | { ok: false; reason: FailureReason } {
  if (target.down) return { ok: false, reason: (target.down as FailureReason) ?? 'container not running' };
  if (target.servesFrom === undefined) return { ok: false, reason: 'container not running' };
  if (t < target.servesFrom) return { ok: false, reason: 'not listening yet' };
  if (target.servesUntil !== undefined && t >= target.servesUntil) return { ok: false, reason: 'app failing' };
  return { ok: true };
}

/**
 * n request instants spread evenly over [from, to]: one in the middle of each of n equal slices
 * (so 1000 requests over a 10 s rollout go every 10 ms, the first 5 ms in).
 */
export function spreadEvenly(n: number, from: number, to: number): number[] {
  const span = Math.max(0, to - from);
  return Array.from({ length: n }, (_, i) => from + ((i + 0.5) * span) / n);
}

/** A steady client: `perSecond` requests each second for `durationMs`, the first at `from`. */
export function atRate(perSecond: number, from: number, durationMs: number): number[] {
  const n = Math.floor((perSecond * durationMs) / 1000);
  return Array.from({ length: n }, (_, i) => from + (i * 1000) / perSecond);
}

/**
 * Sends every request (instants in any order; they are sorted) to the snapshot in force at its
 * instant: the last one whose `at` is not after it. Snapshots must be sorted by `at`; several at
 * one instant are the steps of one settle, the last wins.
 */
export function sendRequests(snapshots: readonly TrafficSnapshot[], instants: readonly number[]): RequestOutcome[] {
  const times = [...instants].sort((a, b) => a - b);
  const out: RequestOutcome[] = [];
  let s = -1;
  let rr = 0;
  for (const t of times) {
    while (s + 1 < snapshots.length && snapshots[s + 1].at <= t) s++;
    const snap = s >= 0 ? snapshots[s] : undefined;
    if (!snap || snap.endpoints.length === 0) {
      out.push({ at: t, ok: false, reason: 'no endpoints' });
      continue;
    }
    const target = snap.endpoints[rr % snap.endpoints.length];
    rr++;
    const a = answers(target, t);
    out.push(a.ok ? { at: t, ok: true, pod: target.pod } : { at: t, ok: false, pod: target.pod, reason: a.reason });
  }
  return out;
}

export function summarize(outcomes: readonly RequestOutcome[]): TrafficResult {
  const r: TrafficResult = { total: outcomes.length, succeeded: 0, failed: 0, byReason: {}, byPod: {}, perPod: {} };
  for (const o of outcomes) {
    if (o.pod) r.perPod[o.pod] = (r.perPod[o.pod] ?? 0) + 1;
    if (o.ok) {
      r.succeeded++;
      continue;
    }
    r.failed++;
    r.byReason[o.reason!] = (r.byReason[o.reason!] ?? 0) + 1;
    if (o.pod) r.byPod[o.pod] = (r.byPod[o.pod] ?? 0) + 1;
    r.firstFailureAt ??= o.at;
    r.lastFailureAt = o.at;
  }
  return r;
}

/** "12 of 1000 requests failed: 12 not listening yet (web-7f9-abcde 12), between +3.2s and +5.1s". */
export function describeResult(r: TrafficResult, start: number): string {
  const secs = (t: number) => `+${((t - start) / 1000).toFixed(((t - start) % 1000) === 0 ? 0 : 1)}s`;
  if (r.failed === 0) return `all ${r.total} requests succeeded`;
  const reasons = Object.entries(r.byReason).map(([k, v]) => `${v} ${k}`).join(', ');
  const pods = Object.entries(r.byPod).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${r.failed} of ${r.total} requests failed: ${reasons}${pods ? ` (${pods})` : ''}, between ${secs(r.firstFailureAt!)} and ${secs(r.lastFailureAt!)}`;
}
