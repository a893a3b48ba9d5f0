/**
 * Values `kubectl describe pod` shows on a real cluster that the simulator has no source for:
 * container runtime IDs, image digests, and the service-account token volume the admission
 * plugin adds to every pod. They are derived deterministically from the pod's own fields (a hash
 * of its uid or name, the image reference), so the same scenario always prints the same text and
 * the values look like what a containerd node reports. Fields the pod already carries win.
 */
import { createHash } from 'node:crypto';
import type { Container, ContainerStatus, Pod, PodSpec } from '../../model/types';

type Volume = NonNullable<PodSpec['volumes']>[number];

/** Where the service-account admission plugin mounts the token volume. */
export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The alphabet of Kubernetes name suffixes (utilrand.String). */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A copy of `pod` with runtime fields filled in: `containerID`/`imageID` for containers that have
 * started (a waiting container that never ran has neither, as on a real node), and a
 * `kube-api-access-xxxxx` projected volume mounted read-only in every container unless
 * `automountServiceAccountToken` is false or such a volume already exists.
 */
export function withSynthesizedRuntimeFields(pod: Pod): Pod {
  const seed = pod.metadata?.uid || `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
  const status = pod.status
    ? {
        ...pod.status,
        initContainerStatuses: pod.status.initContainerStatuses?.map((s) => fillStatus(s, pod.spec?.initContainers, seed)),
        containerStatuses: pod.status.containerStatuses?.map((s) => fillStatus(s, pod.spec?.containers, seed)),
      }
    : undefined;
  return { ...pod, spec: pod.spec && withServiceAccountVolume(pod.spec, seed), ...(status ? { status } : {}) };
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

/** `kube-api-access-` and five characters derived from `seed`. */
export function syntheticServiceAccountVolumeName(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += SUFFIX_ALPHABET[digest[i] % SUFFIX_ALPHABET.length];
  return `kube-api-access-${suffix}`;
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

function withServiceAccountVolume(spec: PodSpec, seed: string): PodSpec {
  if (spec.automountServiceAccountToken === false) return spec;
  if ((spec.volumes ?? []).some((v) => v.name.startsWith('kube-api-access-'))) return spec;
  const name = syntheticServiceAccountVolumeName(seed);
  // What the ServiceAccount admission plugin injects (token, CA bundle, namespace file).
  const volume: Volume = {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
          },
        },
      ],
    },
  };
  const mount = (c: Container): Container =>
    (c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH)
      ? c
      : { ...c, volumeMounts: [...(c.volumeMounts ?? []), { name, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH }] };
  return {
    ...spec,
    volumes: [...(spec.volumes ?? []), volume],
    containers: (spec.containers ?? []).map(mount),
    ...(spec.initContainers ? { initContainers: spec.initContainers.map(mount) } : {}),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
