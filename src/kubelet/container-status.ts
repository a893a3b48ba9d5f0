import type { ContainerState } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../clock/virtual-clock';

/**
 * Pieces of a container's status that init and main containers report alike (the kubelet's
 * convertToAPIContainerStatuses): the CrashLoopBackOff wait and the previous run's termination.
 */

/** How a container's last run ended, in virtual milliseconds. */
export interface Termination {
  exitCode: number;
  reason: string;
  startedAt: number;
  finishedAt: number;
}

/** The CrashLoopBackOff wait: `back-off 20s restarting failed container=web` (Go's duration form). */
export function crashLoopBackOff(containerName: string, delayMs: number): ContainerState {
  return { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${formatGoDuration(delayMs)} restarting failed container=${containerName}` } };
}

/**
 * lastState: the previous run, with the container ID it had — one restart behind a container
 * that is running again, the current count while it waits to be restarted.
 */
export function lastTerminated(containerName: string, restartCount: number, t: Termination, runningAgain: boolean): ContainerState {
  return {
    terminated: {
      exitCode: t.exitCode,
      reason: t.reason,
      startedAt: rfc3339(t.startedAt),
      finishedAt: rfc3339(t.finishedAt),
      containerID: `containerd://${containerName}-${restartCount - (runningAgain ? 1 : 0)}`,
    },
  };
}

/** Go's time.Duration String for whole seconds: 10s, 1m20s, 5m0s. */
export function formatGoDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const sec = total % 60;
  return m > 0 ? `${m}m${sec}s` : `${sec}s`;
}
