import type { Container, ContainerStatus } from '../model/types';
import { rfc3339 } from '../clock/virtual-clock';
import type { ImageBehaviour } from './image-behaviour';
import { crashLoopBackOff, lastTerminated } from './container-status';
import { deepFreeze } from '../model/shared';

/**
 * Init containers (pkg/kubelet/kuberuntime computeInitContainerActions, as the tutorials see it):
 * they run one at a time, in order, each to a successful exit, before any main container starts;
 * the pod stays Pending with `Initialized=False` meanwhile (kubectl shows `Init:0/2`, `Init:1/2`).
 * An init container that fails is restarted in place with the usual back-off
 * (`Init:CrashLoopBackOff`). How long one runs comes from its image (`initSeconds`, 1 s by
 * default); `crashAfterSeconds` makes it fail instead.
 */
export interface InitContainerRuntime {
  spec: Container;
  readonly behaviour: ImageBehaviour;
  state: 'waiting' | 'running' | 'completed' | 'waiting-backoff';
  startedAt?: number;
  finishedAt?: number;
  restartCount: number;
  lastTermination?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
  backoffMs?: number;
  currentDelayMs?: number;
}

export function initContainerRuntimes(containers: Container[] | undefined, behaviour: (image: string | undefined) => ImageBehaviour): InitContainerRuntime[] {
  // Most pods have none: one shared, frozen empty list for them all.
  if (!containers?.length) return NO_INIT_CONTAINERS;
  return containers.map((spec) => ({
    spec,
    get behaviour() {
      return behaviour(spec.image);
    },
    state: 'waiting',
    restartCount: 0,
  }));
}

/** The index of the init container to run next, or -1 once all have completed. */
export function nextInitContainer(inits: InitContainerRuntime[]): number {
  return inits.findIndex((c) => c.state !== 'completed');
}

/** `containers with incomplete status: [a b]` (the Initialized=False message). */
export function incompleteMessage(inits: InitContainerRuntime[]): string {
  return `containers with incomplete status: [${inits.filter((c) => c.state !== 'completed').map((c) => c.spec.name).join(' ')}]`;
}

export function initContainerStatus(c: InitContainerRuntime): ContainerStatus {
  const s: ContainerStatus = {
    name: c.spec.name,
    image: c.spec.image ?? '',
    imageID: c.state === 'waiting' && c.restartCount === 0 ? '' : `docker-pullable://${c.spec.image}`,
    ready: c.state === 'completed',
    restartCount: c.restartCount,
    started: c.state === 'running',
    state: {},
  };
  if (c.state !== 'waiting' || c.restartCount > 0) s.containerID = `containerd://${c.spec.name}-${c.restartCount}`;
  if (c.state === 'waiting') s.state = { waiting: { reason: 'PodInitializing' } };
  else if (c.state === 'running') s.state = { running: { startedAt: rfc3339(c.startedAt!) } };
  else if (c.state === 'completed') {
    s.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: rfc3339(c.startedAt!), finishedAt: rfc3339(c.finishedAt!), containerID: s.containerID } };
  } else {
    s.state = crashLoopBackOff(c.spec.name, c.currentDelayMs ?? 10_000);
  }
  if (c.lastTermination) s.lastState = lastTerminated(c.spec.name, c.restartCount, c.lastTermination, c.state === 'running');
  return s;
}

const NO_INIT_CONTAINERS: InitContainerRuntime[] = deepFreeze([]);
