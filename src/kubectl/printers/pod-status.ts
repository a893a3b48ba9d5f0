/**
 * The READY, STATUS and RESTARTS cells of `kubectl get pods`. They come from one loop in the
 * server's `printPod` (pkg/printers/internalversion/printers.go), transcribed here as a whole
 * because the three values share state: an initialising pod counts restarts differently, and
 * readiness is only counted for containers that reported no waiting/terminated reason.
 */
import type { Container, ContainerStatus, Pod } from '../../model/types';
import { parseTimestamp } from './timestamps';
import { humanDuration } from './human-duration';

/** The three derived cells of a pod row. */
export interface PodSummary {
  /** `<ready>/<total>`, e.g. `1/1`; restartable (sidecar) init containers count in both. */
  readonly ready: string;
  /** The STATUS column: `Running`, `ContainerCreating`, `Init:0/1`, `Terminating`, ... */
  readonly status: string;
  /** The RESTARTS column: `0`, or `3 (2m5s ago)` once a container has a last termination time. */
  readonly restarts: string;
}

/** Reason the node lifecycle controller gives pods on an unreachable node. */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

/**
 * Computes READY, STATUS and RESTARTS exactly as printPod does.
 *
 * STATUS starts from `status.phase`, is overridden by `status.reason` (e.g. `Evicted`) and by a
 * SchedulingGated PodScheduled condition; then the first init container that has not completed
 * gives `Init:<reason>`, `Init:ExitCode:<n>`, `Init:Signal:<n>` or `Init:<i>/<n>`; otherwise
 * containers are walked from the last to the first and each waiting/terminated reason overrides
 * the previous one (so the first container with a reason wins); `Completed` with a container
 * still running becomes `Running` (pod Ready) or `NotReady`; finally a pod being deleted prints
 * `Terminating` (`Unknown` when its node is lost).
 */
export function summarizePod(pod: Pod, nowMs: number): PodSummary {
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let lastRestartMs: number | undefined;
  let lastRestartableInitRestartMs: number | undefined;

  const phase = status.phase ?? '';
  let reason = status.reason ? status.reason : phase;
  for (const condition of status.conditions ?? []) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initContainers = new Map<string, Container>();
  for (const c of spec.initContainers ?? []) {
    initContainers.set(c.name, c);
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i];
    restarts += container.restartCount ?? 0;
    lastRestartMs = later(lastRestartMs, lastTerminationMs(container));
    const restartable = isRestartableInitContainer(initContainers.get(container.name));
    if (restartable) {
      restartableInitRestarts += container.restartCount ?? 0;
      lastRestartableInitRestartMs = later(lastRestartableInitRestartMs, lastTerminationMs(container));
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      // initialization has failed
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode ?? 0}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting && waiting.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || isPodInitialized(pod)) {
    restarts = restartableInitRestarts;
    lastRestartMs = lastRestartableInitRestartMs;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container = statuses[i];
      restarts += container.restartCount ?? 0;
      lastRestartMs = later(lastRestartMs, lastTerminationMs(container));
      const waiting = container.state?.waiting;
      const terminated = container.state?.terminated;
      if (waiting && waiting.reason) {
        reason = waiting.reason;
      } else if (terminated && terminated.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
      } else if (container.ready && container.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A pod whose containers partly completed is still running if one container runs.
    if (reason === 'Completed' && hasRunning) {
      reason = hasPodReadyCondition(pod) ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestartMs !== undefined) {
    restartsText = `${restarts} (${humanDuration(nowMs - lastRestartMs)} ago)`;
  }

  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsText };
}

/** The STATUS cell alone; see {@link summarizePod}. */
export function podStatusReason(pod: Pod): string {
  // STATUS does not depend on the clock; any "now" gives the same reason.
  return summarizePod(pod, 0).status;
}

/** The READY cell alone, `<ready>/<total>`. */
export function podReadyCount(pod: Pod): string {
  return summarizePod(pod, 0).ready;
}

/** The RESTARTS cell alone, `N` or `N (<age> ago)`. */
export function podRestarts(pod: Pod, nowMs: number): string {
  return summarizePod(pod, nowMs).restarts;
}

/** A sidecar: an init container with `restartPolicy: Always` (podutil.IsRestartableInitContainer). */
function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function isPodInitialized(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
}

function hasPodReadyCondition(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function lastTerminationMs(container: ContainerStatus): number | undefined {
  const terminated = container.lastState?.terminated;
  if (!terminated) return undefined;
  // A terminated state without finishedAt is Go's zero time: it never becomes the latest date.
  return parseTimestamp(terminated.finishedAt);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
