import { stringify } from 'yaml';
import type { IntOrString } from '../model/types';
import { containerNameFor } from './builders';

/**
 * Services and DaemonSets from a few facts, what a scenario's shorthand stands for ("a NodePort
 * service "web" in front of deployment "web"", "daemonset "agent" of image "fluentd:1.16"").
 * Ordinary YAML, applied like any other manifest.
 */
export interface ServiceShorthand {
  name: string;
  /** @default 'ClusterIP' */
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  selector: Record<string, string>;
  /** @default 80 */
  port?: number;
  /** @default the port */
  targetPort?: IntOrString;
  nodePort?: number;
  /** `clusterIP: None`. */
  headless?: boolean;
  publishNotReadyAddresses?: boolean;
}

export function serviceManifest(s: ServiceShorthand): string {
  const port: Record<string, unknown> = { port: s.port ?? 80 };
  if (s.targetPort !== undefined) port.targetPort = s.targetPort;
  if (s.nodePort !== undefined) port.nodePort = s.nodePort;
  const spec: Record<string, unknown> = {};
  if (s.type && s.type !== 'ClusterIP') spec.type = s.type;
  if (s.headless) spec.clusterIP = 'None';
  spec.selector = s.selector;
  spec.ports = [port];
  if (s.publishNotReadyAddresses) spec.publishNotReadyAddresses = true;
  return stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: s.name }, spec });
}

export interface DaemonSetShorthand {
  name: string;
  image: string;
  /** @default { app: name } */
  labels?: Record<string, string>;
  /** @default 'RollingUpdate' (left to API defaulting) */
  updateStrategy?: 'RollingUpdate' | 'OnDelete';
  maxUnavailable?: IntOrString;
  maxSurge?: IntOrString;
  minReadySeconds?: number;
  nodeSelector?: Record<string, string>;
  tolerations?: Array<{ key?: string; operator?: 'Exists' | 'Equal'; value?: string; effect?: string }>;
  containerPort?: number;
  /** @default 'default' */
  namespace?: string;
}

export function daemonSetManifest(d: DaemonSetShorthand): string {
  const labels = d.labels ?? { app: d.name };
  const container: Record<string, unknown> = { name: containerNameFor(d.image), image: d.image };
  if (d.containerPort) container.ports = [{ containerPort: d.containerPort }];
  const podSpec: Record<string, unknown> = { containers: [container] };
  if (d.nodeSelector) podSpec.nodeSelector = d.nodeSelector;
  if (d.tolerations) podSpec.tolerations = d.tolerations;
  const spec: Record<string, unknown> = { selector: { matchLabels: labels } };
  if (d.updateStrategy === 'OnDelete') spec.updateStrategy = { type: 'OnDelete' };
  else if (d.maxUnavailable !== undefined || d.maxSurge !== undefined) {
    const rollingUpdate: Record<string, unknown> = {};
    if (d.maxUnavailable !== undefined) rollingUpdate.maxUnavailable = d.maxUnavailable;
    if (d.maxSurge !== undefined) rollingUpdate.maxSurge = d.maxSurge;
    spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate };
  }
  if (d.minReadySeconds !== undefined) spec.minReadySeconds = d.minReadySeconds;
  spec.template = { metadata: { labels }, spec: podSpec };
  const metadata: Record<string, unknown> = { name: d.name };
  if (d.namespace) metadata.namespace = d.namespace;
  return stringify({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec });
}
