import { stringify } from 'yaml';
import type { IntOrString } from '../model/types';

/**
 * Manifests from a few facts: what a scenario's shorthand ("deployment "web" with 10 replicas of
 * image "nginx:1.25"") stands for. Produces ordinary YAML, applied like any other manifest.
 */
export interface DeploymentShorthand {
  name: string;
  replicas: number;
  image: string;
  /** @default the deployment name */
  container?: string;
  /** @default { app: name } */
  labels?: Record<string, string>;
  strategy?: 'RollingUpdate' | 'Recreate';
  maxSurge?: IntOrString;
  maxUnavailable?: IntOrString;
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
  revisionHistoryLimit?: number;
  /** Adds an HTTP readiness probe on / with this period (seconds). */
  readinessProbe?: { periodSeconds?: number; initialDelaySeconds?: number; failureThreshold?: number };
  containerPort?: number;
}

export function deploymentManifest(d: DeploymentShorthand): string {
  const labels = d.labels ?? { app: d.name };
  const container: Record<string, unknown> = { name: d.container ?? containerNameFor(d.image), image: d.image };
  if (d.containerPort) container.ports = [{ containerPort: d.containerPort }];
  if (d.readinessProbe) {
    container.readinessProbe = { httpGet: { path: '/', port: d.containerPort ?? 80 }, ...d.readinessProbe };
  }
  const spec: Record<string, unknown> = { replicas: d.replicas };
  if (d.minReadySeconds !== undefined) spec.minReadySeconds = d.minReadySeconds;
  if (d.progressDeadlineSeconds !== undefined) spec.progressDeadlineSeconds = d.progressDeadlineSeconds;
  if (d.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = d.revisionHistoryLimit;
  if (d.strategy === 'Recreate') spec.strategy = { type: 'Recreate' };
  else if (d.maxSurge !== undefined || d.maxUnavailable !== undefined) {
    const rollingUpdate: Record<string, unknown> = {};
    if (d.maxSurge !== undefined) rollingUpdate.maxSurge = d.maxSurge;
    if (d.maxUnavailable !== undefined) rollingUpdate.maxUnavailable = d.maxUnavailable;
    spec.strategy = { type: 'RollingUpdate', rollingUpdate };
  }
  spec.selector = { matchLabels: labels };
  spec.template = { metadata: { labels }, spec: { containers: [container] } };
  return stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: d.name }, spec }, { aliasDuplicateObjects: false });
}

/** "nginx:1.25" → "nginx", "luksa/kubia:v1" → "kubia" (what `kubectl create deployment` names it). */
export function containerNameFor(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.split(/[:@]/)[0].replace(/[^a-z0-9-]/g, '-') || 'app';
}
