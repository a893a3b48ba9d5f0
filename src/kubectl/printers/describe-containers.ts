/**
 * Containers and volumes as describe.go prints them, for pods (with container statuses) and for
 * pod templates (without). Shared by `describe pod`, the Pod Template block of `describe deploy`
 * / `describe rs`, and `rollout history --revision`.
 */
import type { Container, ContainerStatus, Pod, PodSpec, Probe } from '../../model/types';
import type { PrefixWriter } from './describe-writer';
import { printBool, stringOrNone } from './describe-fields';
import { formatRFC1123Z } from './timestamps';
import { formatLabelSelector, compareGoStrings } from './selector';
import { goSort } from './go-sort';
import { Quantity, quantityOrZero, quantityText } from '../../model/quantity';
import {
  printAWSElasticBlockStoreSource,
  printCSIInlineSource,
  printGCEPersistentDiskSource,
  printHostPathSource,
  printNFSSource,
} from './describe-volume-sources';

type ContainerState = NonNullable<ContainerStatus['state']>;
type Volume = NonNullable<PodSpec['volumes']>[number];
type EnvVar = NonNullable<Container['env']>[number];
type ResourceList = Readonly<Record<string, string>>;

/** Resolves `fieldRef` environment variables against a pod (describe's EnvValueRetriever). */
export type EnvResolver = (env: EnvVar) => string;

/**
 * describeContainers: a `<label>:` line (`<label>: <none>` when empty), then per container its
 * name, image, ports, command, state (when a status exists), resources, probes, environment and
 * mounts. `space` is `"  "` inside a pod template, which also indents names by one more space.
 */
export function describeContainers(
  label: string,
  containers: readonly Container[],
  statuses: readonly ContainerStatus[] | undefined,
  resolver: EnvResolver | undefined,
  w: PrefixWriter,
  space: string,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s] as const));
  w.write(0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const container of containers) {
    const status = byName.get(container.name);
    describeContainerBasicInfo(container, status, space, w);
    describeContainerCommand(container, w);
    if (status) describeContainerState(status, w);
    describeResources(container.resources, w, 2);
    describeContainerProbes(container, w);
    if ((container.envFrom ?? []).length > 0) describeContainerEnvFrom(container, w);
    describeContainerEnvVars(container, resolver, w);
    describeContainerVolumes(container, w);
  }
}

function describeContainerBasicInfo(container: Container, status: ContainerStatus | undefined, space: string, w: PrefixWriter): void {
  w.write(1, `${space ? ' ' : ''}${container.name}:\n`);
  if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(2, `Image:\t${container.image ?? ''}\n`);
  if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
  // Protocol is defaulted to TCP by the API server.
  const ports = (container.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
  if (ports.includes(',')) w.write(2, `Ports:\t${ports}\n`);
  else w.write(2, `Port:\t${stringOrNone(ports)}\n`);
  const hostPorts = (container.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
  if (hostPorts.includes(',')) w.write(2, `Host Ports:\t${hostPorts}\n`);
  else w.write(2, `Host Port:\t${stringOrNone(hostPorts)}\n`);
  const seccomp = container.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(2, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(3, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
}

function describeContainerCommand(container: Container, w: PrefixWriter): void {
  if ((container.command ?? []).length > 0) {
    w.write(2, 'Command:\n');
    for (const c of container.command!) for (const line of c.split('\n')) w.write(3, `${line}\n`);
  }
  if ((container.args ?? []).length > 0) {
    w.write(2, 'Args:\n');
    for (const a of container.args!) for (const line of a.split('\n')) w.write(3, `${line}\n`);
  }
}

/** describeResources: `Limits:` / `Requests:` with one `<name>:\t<quantity>` line per resource. */
export function describeResources(resources: Container['resources'], w: PrefixWriter, level: 2 | 1): void {
  if (!resources) return;
  for (const [title, list] of [['Limits', resources.limits], ['Requests', resources.requests]] as const) {
    const names = Object.keys(list ?? {}).sort(compareGoStrings);
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write((level + 1) as 2 | 3, `${name}:\t${quantityText((list as ResourceList)[name])}\n`);
  }
}

function describeContainerState(status: ContainerStatus, w: PrefixWriter): void {
  describeStatus('State', status.state, w);
  if (status.lastState?.terminated) describeStatus('Last State', status.lastState, w);
  w.write(2, `Ready:\t${printBool(status.ready)}\n`);
  w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
}

function describeStatus(stateName: string, state: ContainerState | undefined, w: PrefixWriter): void {
  if (state?.running) {
    w.write(2, `${stateName}:\tRunning\n`);
    w.write(3, `Started:\t${formatRFC1123Z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${stateName}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${stateName}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${formatRFC1123Z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${formatRFC1123Z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${stateName}:\tWaiting\n`);
  }
}

function describeContainerProbes(container: Container, w: PrefixWriter): void {
  if (container.livenessProbe) w.write(2, `Liveness:\t${describeProbe(container.livenessProbe)}\n`);
  if (container.readinessProbe) w.write(2, `Readiness:\t${describeProbe(container.readinessProbe)}\n`);
  if (container.startupProbe) w.write(2, `Startup:\t${describeProbe(container.startupProbe)}\n`);
}

/**
 * DescribeProbe, e.g. `http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3`.
 * Timing fields the API server defaults (timeout 1, period 10, success 1, failure 3) print with
 * their default when absent.
 */
export function describeProbe(probe: Probe): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 1}s period=${probe.periodSeconds ?? 10}s ` +
    `#success=${probe.successThreshold ?? 1} #failure=${probe.failureThreshold ?? 3}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const g = probe.httpGet;
    const scheme = (g.scheme ?? 'HTTP').toLowerCase();
    const port = String(g.port ?? '');
    const host = port.length > 0 ? joinHostPort(g.host ?? '', port) : (g.host ?? '');
    // url.URL.String() puts a slash between a host and a relative path.
    const path = g.path ?? '';
    const slash = path !== '' && !path.startsWith('/') && host !== '' ? '/' : '';
    return `http-get ${scheme}://${host}${slash}${path} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${String(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function describeContainerEnvFrom(container: Container, w: PrefixWriter): void {
  w.write(2, 'Environment Variables from:\n');
  for (const e of container.envFrom ?? []) {
    let from = '';
    let name = '';
    let optional = false;
    if (e.configMapRef) {
      from = 'ConfigMap';
      name = e.configMapRef.name ?? '';
      optional = e.configMapRef.optional === true;
    } else if (e.secretRef) {
      from = 'Secret';
      name = e.secretRef.name ?? '';
      optional = e.secretRef.optional === true;
    }
    if (!e.prefix) w.write(3, `${name}\t${from}\tOptional: ${optional}\n`);
    else w.write(3, `${name}\t${from} with prefix '${e.prefix}'\tOptional: ${optional}\n`);
  }
}

function describeContainerEnvVars(container: Container, resolver: EnvResolver | undefined, w: PrefixWriter): void {
  const env = container.env ?? [];
  w.write(2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? '').split('\n').forEach((line, i) => w.write(3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef) {
      const value = resolver ? resolver(e) : '';
      w.write(3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      let value = containerResourceValue(from.resourceFieldRef, container);
      const resource = from.resourceFieldRef.resource;
      if (value === '0' && (resource === 'limits.cpu' || resource === 'limits.memory')) value = 'node allocatable';
      w.write(3, `${e.name}:\t${value} (${resource})\n`);
    } else if (from.secretKeyRef) {
      const r = from.secretKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${r.key}' in secret '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const r = from.configMapKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${r.key}' of config map '${r.name ?? ''}'>\tOptional: ${r.optional === true}\n`);
    }
  }
}

// resourcehelper.ExtractContainerResourceValue for cpu, memory and ephemeral-storage: the
// container's limit or request divided by the divisor (default 1), rounded up.
function containerResourceValue(ref: NonNullable<NonNullable<EnvVar['valueFrom']>['resourceFieldRef']>, c: Container): string {
  const [kind, name] = ref.resource.split('.', 2) as ['limits' | 'requests', string];
  const list: ResourceList = (kind === 'limits' ? c.resources?.limits : c.resources?.requests) ?? {};
  const quantity = quantityOrZero(list[name]);
  // A zero (or absent) divisor means 1.
  const given = quantityOrZero(ref.divisor);
  const divisor = given.isZero() ? Quantity.of(1) : given;
  if (name === 'cpu') {
    return String(Math.ceil(Number(quantity.milliValue()) / Number(divisor.milliValue())));
  }
  return String(Math.ceil(Number(quantity.value()) / Number(divisor.value())));
}

function describeContainerVolumes(container: Container, w: PrefixWriter): void {
  const mounts = container.volumeMounts ?? [];
  const none = mounts.length === 0 ? '\t<none>' : '';
  w.write(2, `Mounts:${none}\n`);
  for (const m of goSort([...mounts], (a, b) => a.mountPath < b.mountPath)) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
  const devices = container.volumeDevices ?? [];
  if (devices.length > 0) {
    w.write(2, `Devices:${none}\n`);
    for (const d of goSort([...devices], (a, b) => a.devicePath < b.devicePath)) w.write(3, `${d.devicePath} from ${d.name}\n`);
  }
}

/**
 * describeVolumes for the common volume types. `space` is `"  "` in a pod template. Types this
 * simulator does not model print `<unknown>` as kubectl does for sources it cannot show.
 */
export function describeVolumes(volumes: readonly Volume[] | undefined, w: PrefixWriter, space: string): void {
  const list = volumes ?? [];
  if (list.length === 0) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of list) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) {
      printHostPathSource(v.hostPath, w);
    } else if (v.emptyDir) {
      const limit = v.emptyDir.sizeLimit !== undefined && quantityOrZero(v.emptyDir.sizeLimit).sign() > 0 ? quantityText(v.emptyDir.sizeLimit) : '<unset>';
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`);
    } else if (v.gcePersistentDisk) {
      printGCEPersistentDiskSource(v.gcePersistentDisk, w);
    } else if (v.awsElasticBlockStore) {
      printAWSElasticBlockStoreSource(v.awsElasticBlockStore, w);
    } else if (v.secret) {
      w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.configMap) {
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.nfs) {
      printNFSSource(v.nfs, w);
    } else if (v.persistentVolumeClaim) {
      w.write(
        2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`,
      );
    } else if (v.downwardAPI) {
      w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
      for (const item of v.downwardAPI.items ?? []) {
        if (item.fieldRef) w.write(3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
        if (item.resourceFieldRef) w.write(3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
      }
    } else if (v.projected) {
      w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const source of v.projected.sources ?? []) {
        // v1.32 prints the *bool "optional" fields with %v: `<nil>` when unset. (A set value
        // prints as a Go pointer address, which cannot be reproduced; the boolean is shown.)
        if (source.secret) {
          w.write(2, `SecretName:\t${source.secret.name ?? ''}\n    SecretOptionalName:\t${goBoolPtr(source.secret.optional)}\n`);
        } else if (source.downwardAPI) {
          w.write(2, 'DownwardAPI:\ttrue\n');
        } else if (source.configMap) {
          w.write(2, `ConfigMapName:\t${source.configMap.name ?? ''}\n    ConfigMapOptional:\t${goBoolPtr(source.configMap.optional)}\n`);
        } else if (source.serviceAccountToken) {
          w.write(2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3600}\n`);
        }
      }
    } else if (v.csi) {
      printCSIInlineSource(v.csi, w);
    } else {
      w.write(1, '<unknown>\n');
    }
  }
}

function goBoolPtr(value: boolean | undefined): string {
  return value === undefined || value === null ? '<nil>' : String(value);
}

/** describeTopologySpreadConstraints, sorted by topology key. */
export function describeTopologySpreadConstraints(
  constraints: PodSpec['topologySpreadConstraints'],
  w: PrefixWriter,
  space: string,
): void {
  const list = goSort([...(constraints ?? [])], (a, b) => a.topologyKey < b.topologyKey);
  if (list.length === 0) return;
  w.write(0, `${space}Topology Spread Constraints:\t`);
  list.forEach((c, i) => {
    if (i !== 0) w.write(0, `${space}\t`);
    let text = `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded`;
    if (c.labelSelector) text += ` for selector ${formatLabelSelector(c.labelSelector)}`;
    w.write(0, `${text}\n`);
  });
}

/** EnvValueRetriever: the value of a `fieldRef` for `pod` (the paths the downward API allows). */
export function podFieldResolver(pod: Pod): EnvResolver {
  return (env) => {
    const path = env.valueFrom?.fieldRef?.fieldPath ?? '';
    const meta = pod.metadata ?? {};
    const labelOrAnnotation = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    if (labelOrAnnotation) {
      const map = labelOrAnnotation[1] === 'labels' ? meta.labels : meta.annotations;
      return map?.[labelOrAnnotation[2]] ?? '';
    }
    switch (path) {
      case 'metadata.name':
        return meta.name ?? '';
      case 'metadata.namespace':
        return meta.namespace ?? '';
      case 'metadata.uid':
        return meta.uid ?? '';
      case 'spec.nodeName':
        return pod.spec?.nodeName ?? '';
      case 'spec.serviceAccountName':
        return pod.spec?.serviceAccountName ?? '';
      case 'status.hostIP':
        return pod.status?.hostIP ?? '';
      case 'status.podIP':
        return pod.status?.podIP ?? '';
      case 'status.podIPs':
        return (pod.status?.podIPs ?? []).map((p) => p.ip).join(',');
      default:
        return '';
    }
  };
}
