/**
 * Resource words for the resolver's tests and drift test: the forms real kubectl v1.32 accepts
 * for each served type, and words it rejects with the message it prints.
 */
import type { ResourceInfo } from '../resources';

/** Every way kubectl v1.32 accepts to name a type (all checked against the real binary). */
export function acceptedForms(r: ResourceInfo): string[] {
  const names = [r.plural, r.singular, ...r.shortNames, r.kind, r.kind.toUpperCase(), r.plural.toUpperCase()];
  if (!r.group) return [...names, `${r.plural}.${r.version}.`];
  const prefix = r.group.slice(0, 2);
  return [
    ...names,
    ...names.map((n) => `${n}.${r.group}`),
    ...[r.plural, r.singular, ...r.shortNames].map((n) => `${n}.${prefix}`),
    `${r.plural}.${r.version}.${r.group}`,
    `${r.singular}.${r.version}.${r.group}`,
    `${r.kind}.${r.version}.${r.group}`,
  ];
}

/** Words the real binary rejects, with the message it prints. */
export const rejected: [word: string, stderr: string][] = [
  ['foo', 'error: the server doesn\'t have a resource type "foo"\n'],
  ['foo.bar', 'error: the server doesn\'t have a resource type "foo"\n'],
  ['foo.bar.baz', 'error: the server doesn\'t have a resource type "foo"\n'],
  ['x.y.z.w', 'error: the server doesn\'t have a resource type "x"\n'],
  ['.pods', 'error: the server doesn\'t have a resource type ""\n'],
  ['', 'error: the server doesn\'t have a resource type ""\n'],
  ['DEPLOY', 'error: the server doesn\'t have a resource type "DEPLOY"\n'],
  ['Po', 'error: the server doesn\'t have a resource type "Po"\n'],
  ['pods.v1', 'error: the server doesn\'t have a resource type "pods"\n'],
  ['pods.v1.core', 'error: the server doesn\'t have a resource type "pods"\n'],
  ['pod.core', 'error: the server doesn\'t have a resource type "pod"\n'],
  ['cm.apps', 'error: the server doesn\'t have a resource type "cm"\n'],
  ['deploy.v1', 'error: the server doesn\'t have a resource type "deploy"\n'],
  ['Deployment.v1', 'error: the server doesn\'t have a resource type "Deployment"\n'],
  ['deployments.APPS', 'error: the server doesn\'t have a resource type "deployments"\n'],
  ['Deployment.APPS', 'error: the server doesn\'t have a resource type "Deployment"\n'],
  ['deployments.v2.apps', 'error: the server doesn\'t have a resource type "deployments"\n'],
  ['deployments.v1beta1.apps', 'error: the server doesn\'t have a resource type "deployments"\n'],
  ['deployment.extensions', 'error: the server doesn\'t have a resource type "deployment"\n'],
  ['deploy.extensions', 'error: the server doesn\'t have a resource type "deploy"\n'],
  ['events.events.k8s.io', 'error: the server doesn\'t have a resource type "events"\n'],
  ['endpoint', 'error: the server doesn\'t have a resource type "endpoint"\n'],
  ['hpa', 'error: the server doesn\'t have a resource type "hpa"\n'],
  ['rc', 'error: the server doesn\'t have a resource type "rc"\n'],
  ['replicationcontrollers', 'error: the server doesn\'t have a resource type "replicationcontrollers"\n'],
  ['ingress', 'error: the server doesn\'t have a resource type "ingress"\n'],
  ['all', 'error: the server doesn\'t have a resource type "all"\n'],
];
