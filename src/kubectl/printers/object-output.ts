/**
 * `kubectl get -o name | yaml | json` (kubectl-and-api.md §1.8). kubectl prints objects as the
 * server returned them, decoded as unstructured maps, so keys come out sorted; it hides
 * `metadata.managedFields`, and wraps the result of any list request (even with one item, or none)
 * in a `v1 List`.
 */
import type { KubeObject } from '../../model/types';
import { toGoJson } from './go-json';
import { toGoYaml } from './go-yaml';

/** `<kind lower>[.<group>]/<name>`: `deployment.apps/web`, `pod/web-5d8b9-x2x4z`. */
export function resourceName(obj: Pick<KubeObject, 'apiVersion' | 'kind' | 'metadata'>): string {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ''}/${obj.metadata.name ?? ''}`;
}

/** `-o name`: one `resourceName` per line; nothing at all for no objects. */
export function printNames(objects: readonly KubeObject[]): string {
  return objects.map((o) => `${resourceName(o)}\n`).join('');
}

/** What `-o yaml`/`-o json` print: one object for `get <kind> <name>`, otherwise a List. */
export type OutputSubject = KubeObject | readonly KubeObject[];

/** `-o yaml`. Pass an array for list requests (wrapped in a List), an object for `get kind name`. */
export function printYaml(subject: OutputSubject): string {
  return toGoYaml(prepare(subject));
}

/** `-o json`, four-space indented with a final newline. Same wrapping rule as {@link printYaml}. */
export function printJson(subject: OutputSubject): string {
  return toGoJson(prepare(subject));
}

/**
 * The List kubectl builds around list results. Its metadata carries an empty resourceVersion,
 * which is why even `get pods -o yaml` with nothing found prints `metadata: {resourceVersion: ""}`.
 */
export function asList(objects: readonly KubeObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: objects.map(withoutManagedFields), kind: 'List', metadata: { resourceVersion: '' } };
}

function prepare(subject: OutputSubject): unknown {
  return isObjectArray(subject) ? asList(subject) : withoutManagedFields(subject);
}

function isObjectArray(subject: OutputSubject): subject is readonly KubeObject[] {
  return Array.isArray(subject);
}

/** kubectl drops managedFields unless --show-managed-fields; the input is not modified. */
function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _hidden, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
