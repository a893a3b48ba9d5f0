import type { Container, KubeObject, Pod } from '../model/types';
import { serviceAccountToken } from '../model/service-account';

/**
 * What the kubelet resolves before it starts a container: its environment (env, envFrom,
 * valueFrom configMapKeyRef / secretKeyRef / fieldRef, `$(VAR)` references) and the files its
 * ConfigMap and Secret volumes project. A missing object or key is the kubelet's error, word for
 * word: the container then waits in CreateContainerConfigError (env) or the pod in
 * ContainerCreating with a FailedMount event (volumes) until it appears.
 */
export type ConfigLookup = (kind: 'ConfigMap' | 'Secret', namespace: string, name: string) => KubeObject | undefined;

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

interface DataObject {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

function dataOf(kind: 'ConfigMap' | 'Secret', obj: KubeObject): Record<string, string> {
  const d = (obj as unknown as DataObject).data ?? {};
  if (kind === 'ConfigMap') return d;
  // Secrets hold base64; containers see the decoded bytes.
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

const notFound = (kind: 'ConfigMap' | 'Secret', name: string) => `${kind.toLowerCase()} "${name}" not found`;

/** makeEnvironmentVariables: envFrom in order, then env (later wins); $(VAR) expanded. */
export function resolveEnvironment(pod: Pod, container: Container, lookup: ConfigLookup): Resolved<Record<string, string>> {
  const ns = pod.metadata?.namespace ?? 'default';
  const env: Record<string, string> = {};
  for (const src of container.envFrom ?? []) {
    const kind = src.configMapRef ? 'ConfigMap' : 'Secret';
    const ref = src.configMapRef ?? src.secretRef;
    if (!ref?.name) continue;
    const obj = lookup(kind, ns, ref.name);
    if (!obj) {
      if (ref.optional) continue;
      return { ok: false, message: notFound(kind, ref.name) };
    }
    for (const [k, v] of Object.entries(dataOf(kind, obj))) env[`${src.prefix ?? ''}${k}`] = v;
  }
  for (const e of container.env ?? []) {
    if (e.value !== undefined) {
      env[e.name] = expand(e.value, env);
      continue;
    }
    const vf = e.valueFrom;
    if (!vf) {
      env[e.name] = '';
      continue;
    }
    if (vf.configMapKeyRef || vf.secretKeyRef) {
      const kind = vf.configMapKeyRef ? 'ConfigMap' : 'Secret';
      const ref = (vf.configMapKeyRef ?? vf.secretKeyRef)!;
      const obj = lookup(kind, ns, ref.name ?? '');
      if (!obj) {
        if (ref.optional) continue;
        return { ok: false, message: notFound(kind, ref.name ?? '') };
      }
      const data = dataOf(kind, obj);
      if (!(ref.key in data)) {
        if (ref.optional) continue;
        return { ok: false, message: `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}` };
      }
      env[e.name] = data[ref.key];
    } else if (vf.fieldRef) {
      env[e.name] = fieldRefValue(pod, vf.fieldRef.fieldPath);
    } else if (vf.resourceFieldRef) {
      env[e.name] = String(container.resources?.limits?.[vf.resourceFieldRef.resource.replace(/^limits\./, '')] ?? '0');
    }
  }
  return { ok: true, value: env };
}

/** `$(VAR)` → value of an earlier variable; `$$(VAR)` → literal `$(VAR)`; unknown ones stay. */
function expand(value: string, env: Record<string, string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name?: string) => (m === '$$' ? '$' : name !== undefined && name in env ? env[name] : m));
}

function fieldRefValue(pod: Pod, path: string): string {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return (pod.metadata?.[label[1] as 'labels' | 'annotations'] ?? {})[label[2]] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    default:
      return '';
  }
}

/**
 * Files a container sees through its ConfigMap, Secret and projected volume mounts, by absolute
 * path. A projected volume (the ServiceAccount token volume every pod gets) gives its token, the
 * files of its ConfigMap and Secret sources and its downward API files; a source whose object or
 * key is missing is left out rather than failing the mount, as kubespec, unlike an API server,
 * lets pods live in namespaces that do not exist (and so have no kube-root-ca.crt).
 */
export function resolveFiles(pod: Pod, container: Container, lookup: ConfigLookup, opts: { projected?: boolean } = {}): Resolved<Record<string, string>> {
  const ns = pod.metadata?.namespace ?? 'default';
  const files: Record<string, string> = {};
  for (const mount of container.volumeMounts ?? []) {
    const vol = pod.spec?.volumes?.find((v) => v.name === mount.name);
    if (!vol) continue;
    const dir = mount.mountPath.replace(/\/$/, '');
    const put = (path: string, content: string): void => {
      if (mount.subPath) {
        if (mount.subPath === path) files[dir] = content;
      } else files[`${dir}/${path}`] = content;
    };
    if (vol.projected) {
      // A projected volume always mounts: `projected: false` leaves its files out when only that matters.
      if (opts.projected !== false) for (const [path, content] of projectedFiles(pod, vol.projected.sources ?? [], lookup)) put(path, content);
      continue;
    }
    const src = vol.configMap ?? vol.secret;
    if (!src) continue;
    const kind = vol.configMap ? 'ConfigMap' : 'Secret';
    const name = vol.configMap?.name ?? vol.secret?.secretName ?? '';
    const obj = lookup(kind, ns, name);
    if (!obj) {
      if (src.optional) continue;
      return { ok: false, message: `MountVolume.SetUp failed for volume "${vol.name}" : ${notFound(kind, name)}` };
    }
    const data = dataOf(kind, obj);
    const items = src.items ?? Object.keys(data).sort().map((key) => ({ key, path: key }));
    for (const item of items) {
      if (!(item.key in data)) {
        if (src.optional) continue;
        return { ok: false, message: `MountVolume.SetUp failed for volume "${vol.name}" : configmap references non-existent config key: ${item.key}` };
      }
      put(item.path, data[item.key]);
    }
  }
  return { ok: true, value: files };
}

type Projection = NonNullable<NonNullable<NonNullable<Pod['spec']>['volumes']>[number]['projected']>['sources'];

/** The files of a projected volume's sources, in order (a later source's file of the same path wins). */
function projectedFiles(pod: Pod, sources: NonNullable<Projection>, lookup: ConfigLookup): Array<[string, string]> {
  const ns = pod.metadata?.namespace ?? 'default';
  const out: Array<[string, string]> = [];
  for (const source of sources) {
    if (source.serviceAccountToken) {
      out.push([source.serviceAccountToken.path, serviceAccountToken(pod, source.serviceAccountToken.expirationSeconds ?? 3600, source.serviceAccountToken.audience)]);
    }
    const ref = source.configMap ?? source.secret;
    if (ref) {
      const kind = source.configMap ? 'ConfigMap' : 'Secret';
      const obj = lookup(kind, ns, ref.name ?? '');
      if (obj) {
        const data = dataOf(kind, obj);
        const items = ref.items ?? Object.keys(data).sort().map((key) => ({ key, path: key }));
        for (const item of items) if (item.key in data) out.push([item.path, data[item.key]]);
      }
    }
    for (const item of source.downwardAPI?.items ?? []) {
      if (item.fieldRef) out.push([item.path, fieldRefValue(pod, item.fieldRef.fieldPath)]);
    }
  }
  return out;
}
