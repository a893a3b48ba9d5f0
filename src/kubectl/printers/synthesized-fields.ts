/**
 * Values `kubectl describe pod` shows on a real cluster that the simulator has no source for: the
 * container runtime's IDs and the image digests the kubelet reports for started containers. They
 * are derived deterministically from the pod's own fields (a hash of its uid or name, the image
 * reference), so the same scenario always prints the same text and the values look like what a
 * containerd node reports. Fields the pod already carries win.
 *
 * (The ServiceAccount admission plugin's `kube-api-access-xxxxx` volume used to be made up here
 * too; it is now added when the pod is created, as the API server does: model/service-account.ts.)
 */
import { createHash } from 'node:crypto';
import type { Container, ContainerStatus, Pod } from '../../model/types';

/**
 * A copy of `pod` with `containerID`/`imageID` filled in for containers that have started (a
 * waiting container that never ran has neither, as on a real node).
 */
export function withSynthesizedRuntimeFields(pod: Pod): Pod {
  if (!pod.status) return pod;
  const seed = pod.metadata?.uid || `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
  const status = {
    ...pod.status,
    initContainerStatuses: pod.status.initContainerStatuses?.map((s) => fillStatus(s, pod.spec?.initContainers, seed)),
    containerStatuses: pod.status.containerStatuses?.map((s) => fillStatus(s, pod.spec?.containers, seed)),
  };
  return { ...pod, status };
}

/** `containerd://` and 64 hex digits, stable for a pod, container and restart count. */
export function syntheticContainerID(seed: string, containerName: string, restartCount: number): string {
  return `containerd://${sha256(`${seed}/${containerName}/${restartCount}`)}`;
}

/**
 * The digest reference a node reports for an image, e.g. `nginx:1.25` →
 * `docker.io/library/nginx@sha256:<64 hex>`; the digest is a hash of the reference.
 */
export function syntheticImageID(image: string): string {
  if (image.includes('@sha256:')) return image;
  let repository = image;
  const lastSlash = repository.lastIndexOf('/');
  const tag = repository.lastIndexOf(':');
  if (tag > lastSlash) repository = repository.slice(0, tag);
  const first = repository.split('/')[0];
  const hasRegistry = repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) repository = `docker.io/${repository.includes('/') ? repository : `library/${repository}`}`;
  return `${repository}@sha256:${sha256(image)}`;
}

function fillStatus(status: ContainerStatus, containers: readonly Container[] | undefined, seed: string): ContainerStatus {
  const started = !!(status.state?.running || status.state?.terminated || status.lastState?.terminated);
  if (!started) return status;
  const image = status.image || containers?.find((c) => c.name === status.name)?.image || '';
  return {
    ...status,
    containerID: status.containerID || syntheticContainerID(seed, status.name, status.restartCount ?? 0),
    imageID: status.imageID || (image ? syntheticImageID(image) : ''),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
