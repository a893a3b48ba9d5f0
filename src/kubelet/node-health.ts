/**
 * Which kubelets are alive. In a real cluster each kubelet renews a Lease in kube-node-lease every
 * 10 s and the node lifecycle controller reads those; the simulator does not store a Lease write
 * every 10 s per node, it keeps this record instead and derives the last renewal from it.
 */
export const LEASE_RENEW_INTERVAL_MS = 10_000;

export class NodeHealth {
  private readonly stoppedAt = new Map<string, number>();

  stop(node: string, now: number): void {
    if (!this.stoppedAt.has(node)) this.stoppedAt.set(node, now);
  }

  start(node: string): void {
    this.stoppedAt.delete(node);
  }

  isUp(node: string): boolean {
    return !this.stoppedAt.has(node);
  }

  /** The last Lease renewal the control plane saw: now while alive, else the last 10 s tick before the stop. */
  lastHeartbeat(node: string, now: number, clusterStart: number): number {
    const stopped = this.stoppedAt.get(node);
    if (stopped === undefined) return now;
    return clusterStart + Math.floor((stopped - clusterStart) / LEASE_RENEW_INTERVAL_MS) * LEASE_RENEW_INTERVAL_MS;
  }
}
