import type { Container, Deployment, Pod, PodSpec, PodTemplateSpec, Probe, ReplicaSet, Volume } from './types';
import { defaultServiceAccountName } from './service-account';
import { deepFreeze } from './shared';

/**
 * API defaulting, as pkg/apis/apps/v1/defaults.go and pkg/apis/core/v1/defaults.go do it on every
 * write. Functions mutate the object they are given (the store hands them a private copy).
 */

/** SetDefaults_Deployment. */
export function defaultDeployment(d: Deployment): void {
  const spec = ((d as { spec?: Deployment['spec'] }).spec ??= {} as NonNullable<Deployment['spec']>) as NonNullable<Deployment['spec']> & Record<string, unknown>;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    // Each is defaulted on its own: maxSurge: 5 alone leaves maxUnavailable at 25%.
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
  if (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null) spec.progressDeadlineSeconds = 600;
  if (spec.template) defaultPodTemplate(spec.template);
}

/** SetDefaults_ReplicaSet. */
export function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = ((rs as { spec?: ReplicaSet['spec'] }).spec ??= {} as NonNullable<ReplicaSet['spec']>) as NonNullable<ReplicaSet['spec']>;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  if (spec.template) defaultPodTemplate(spec.template);
}

export function defaultPodTemplate(t: PodTemplateSpec): void {
  if (t.spec) defaultPodSpec(t.spec);
}

/** SetDefaults_Pod: the pod spec defaults plus what admission adds to a pod object. */
export function defaultPod(p: Pod): void {
  const spec = (p.spec ??= { containers: [] });
  defaultPodSpec(spec);
  // Only on a Pod, never a pod template: a limit without a request requests the limit (which is
  // what makes a pod that only sets limits Guaranteed).
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits) continue;
    const resources = c.resources as { requests?: Record<string, string | number> };
    const requests = (resources.requests ??= {});
    for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = v;
  }
  // ServiceAccount admission (the token volume is mounted once the pod has its uid: see
  // Simulator.createNew) and Priority admission.
  defaultServiceAccountName(p);
  if (spec.priority === undefined) spec.priority = 0;
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  if (spec.preemptionPolicy === undefined) spec.preemptionPolicy = 'PreemptLowerPriority';
  addDefaultTolerations(spec);
}

export function defaultPodSpec(spec: PodSpec): void {
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (spec.terminationGracePeriodSeconds === undefined) spec.terminationGracePeriodSeconds = 30;
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  if (!spec.securityContext) spec.securityContext = {};
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
}

/**
 * SetDefaults_Volume and the volume sources' defaults: a volume that names no source is an
 * emptyDir; ConfigMap, Secret, projected and downward API files get mode 0644 (420); a hostPath
 * without a type gets the empty type ("no checks").
 */
export function defaultVolume(v: Volume): void {
  const sources = Object.keys(v).filter((k) => k !== 'name');
  const mutable = v as { emptyDir?: object };
  if (sources.length === 0) mutable.emptyDir = {};
  for (const source of [v.configMap, v.secret, v.projected, v.downwardAPI]) {
    if (source && source.defaultMode === undefined) (source as { defaultMode?: number }).defaultMode = 420;
  }
  if (v.hostPath && v.hostPath.type === undefined) (v.hostPath as { type?: string }).type = '';
}

export function defaultContainer(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = imagePullPolicyFor(c.image);
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  if (!c.resources) c.resources = {};
  for (const port of c.ports ?? []) if (!port.protocol) port.protocol = 'TCP';
  for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe]) if (probe) defaultProbe(probe);
}

/** Always for `:latest` or an untagged image, IfNotPresent otherwise. */
export function imagePullPolicyFor(image: string | undefined): 'Always' | 'IfNotPresent' {
  if (!image) return 'Always';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  if (lastSegment.includes('@')) return 'IfNotPresent';
  const colon = lastSegment.indexOf(':');
  if (colon < 0) return 'Always';
  return lastSegment.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

export function defaultProbe(p: Probe): void {
  // SetDefaults_Probe (pkg/apis/core/v1/defaults.go) tests `== 0`: Go cannot tell an absent int
  // from 0, so `periodSeconds: 0` means 10 (a 0 period would probe at the same instant forever).
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  if (p.httpGet && !p.httpGet.scheme) p.httpGet.scheme = 'HTTP';
  if (p.httpGet && p.httpGet.path === undefined) p.httpGet.path = '/';
}

/**
 * DefaultTolerationSeconds admission: tolerate not-ready and unreachable for 300 s unless the pod
 * already tolerates them. This is what makes a dead node's pods disappear after five minutes.
 */
export function addDefaultTolerations(spec: PodSpec): void {
  const tolerations = (spec.tolerations ??= []);
  for (const toleration of DEFAULT_TOLERATIONS) {
    const key = toleration.key;
    const tolerated = tolerations.some(
      (t) => (t.operator === 'Exists' && !t.key) || (t.key === key && (t.effect === 'NoExecute' || !t.effect)),
    );
    // The same two for every pod: shared and frozen (model/shared.ts).
    if (!tolerated) tolerations.push(toleration);
  }
}

const DEFAULT_TOLERATIONS = deepFreeze(
  ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'].map((key) => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 })),
);
