/**
 * The resource types the simulator serves, as API discovery describes them, and the rules real
 * kubectl v1.32 uses to turn a word typed on the command line (`deploy`, `pods`, `Deployment`,
 * `deployments.apps`, `storageclass.storage`) into one of them.
 *
 * The resolution rules mirror, in order:
 * - `schema.ParseResourceArg` / `ParseGroupResource` / `ParseKindArg` (apimachinery),
 * - client-go's `shortcutExpander.expandResourceShortcut` (short names, exact and case-sensitive),
 * - `DefaultRESTMapper.ResourcesFor` / `KindFor` (plural or singular, lower-cased; a group may be a
 *   prefix of the real group when no exact group matches),
 * - `PriorityRESTMapper` (the first group in discovery order wins),
 * - cli-runtime `Builder.mappingFor` (resource first, then Kind; on failure the message names only
 *   the part of the word before the first dot).
 * Every row of `resources.test.ts` was checked against the real binary driving a fake discovery
 * server (see `testdata/fake-apiserver.ts`).
 */
import { goQuote } from './pflag';

/** One resource type as `kubectl api-resources` and aggregated discovery describe it. */
export interface ResourceInfo {
  /** Plural resource name, as in URLs: `deployments`. */
  readonly plural: string;
  /** Singular name: `deployment`. */
  readonly singular: string;
  /** Short names, in discovery order: `['deploy']`. */
  readonly shortNames: readonly string[];
  /** Kind: `Deployment`. */
  readonly kind: string;
  /** API group; `''` for the core group. */
  readonly group: string;
  /** Served (and preferred) version: `v1`. */
  readonly version: string;
  readonly namespaced: boolean;
  /** Discovery categories; `all` makes the type part of `kubectl get all`. */
  readonly categories: readonly string[];
  /** Verbs as discovery lists them. */
  readonly verbs: readonly string[];
  /** Subresources the simulator serves (`status`, `scale`, `eviction` ...). */
  readonly subresources: readonly string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;
const RW_NO_COLLECTION = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] as const;

function r(
  plural: string, singular: string, shortNames: string[], kind: string, group: string, version: string,
  namespaced: boolean, extra: { categories?: string[]; verbs?: readonly string[]; subresources?: string[] } = {},
): ResourceInfo {
  return Object.freeze({
    plural, singular, shortNames: Object.freeze(shortNames), kind, group, version, namespaced,
    categories: Object.freeze(extra.categories ?? []),
    verbs: Object.freeze([...(extra.verbs ?? RW)]),
    subresources: Object.freeze(extra.subresources ?? []),
  });
}

/**
 * Discovery order: groups in the order a v1.32 API server lists them (core, apps, batch, policy,
 * storage.k8s.io, discovery.k8s.io), resources alphabetical within a group version, as the real
 * server returns them. Order matters: `get all` lists in this order, and when two groups offer the
 * same name the first one wins.
 */
export const RESOURCES: readonly ResourceInfo[] = Object.freeze([
  r('configmaps', 'configmap', ['cm'], 'ConfigMap', '', 'v1', true),
  r('endpoints', 'endpoints', ['ep'], 'Endpoints', '', 'v1', true),
  r('events', 'event', ['ev'], 'Event', '', 'v1', true),
  r('limitranges', 'limitrange', ['limits'], 'LimitRange', '', 'v1', true),
  r('namespaces', 'namespace', ['ns'], 'Namespace', '', 'v1', false,
    { verbs: RW_NO_COLLECTION, subresources: ['finalize', 'status'] }),
  r('nodes', 'node', ['no'], 'Node', '', 'v1', false, { subresources: ['proxy', 'status'] }),
  r('persistentvolumeclaims', 'persistentvolumeclaim', ['pvc'], 'PersistentVolumeClaim', '', 'v1', true,
    { subresources: ['status'] }),
  r('persistentvolumes', 'persistentvolume', ['pv'], 'PersistentVolume', '', 'v1', false,
    { subresources: ['status'] }),
  r('pods', 'pod', ['po'], 'Pod', '', 'v1', true,
    { categories: ['all'], subresources: ['attach', 'binding', 'eviction', 'exec', 'log', 'status'] }),
  r('resourcequotas', 'resourcequota', ['quota'], 'ResourceQuota', '', 'v1', true, { subresources: ['status'] }),
  r('secrets', 'secret', [], 'Secret', '', 'v1', true),
  r('serviceaccounts', 'serviceaccount', ['sa'], 'ServiceAccount', '', 'v1', true, { subresources: ['token'] }),
  r('services', 'service', ['svc'], 'Service', '', 'v1', true,
    { categories: ['all'], subresources: ['proxy', 'status'] }),
  r('controllerrevisions', 'controllerrevision', [], 'ControllerRevision', 'apps', 'v1', true),
  r('daemonsets', 'daemonset', ['ds'], 'DaemonSet', 'apps', 'v1', true,
    { categories: ['all'], subresources: ['status'] }),
  r('deployments', 'deployment', ['deploy'], 'Deployment', 'apps', 'v1', true,
    { categories: ['all'], subresources: ['scale', 'status'] }),
  r('replicasets', 'replicaset', ['rs'], 'ReplicaSet', 'apps', 'v1', true,
    { categories: ['all'], subresources: ['scale', 'status'] }),
  r('statefulsets', 'statefulset', ['sts'], 'StatefulSet', 'apps', 'v1', true,
    { categories: ['all'], subresources: ['scale', 'status'] }),
  r('cronjobs', 'cronjob', ['cj'], 'CronJob', 'batch', 'v1', true,
    { categories: ['all'], subresources: ['status'] }),
  r('jobs', 'job', [], 'Job', 'batch', 'v1', true, { categories: ['all'], subresources: ['status'] }),
  r('poddisruptionbudgets', 'poddisruptionbudget', ['pdb'], 'PodDisruptionBudget', 'policy', 'v1', true,
    { subresources: ['status'] }),
  r('storageclasses', 'storageclass', ['sc'], 'StorageClass', 'storage.k8s.io', 'v1', false),
  r('volumeattachments', 'volumeattachment', [], 'VolumeAttachment', 'storage.k8s.io', 'v1', false),
  r('endpointslices', 'endpointslice', [], 'EndpointSlice', 'discovery.k8s.io', 'v1', true),
]);

/** `apps/v1`, or `v1` for the core group. */
export function apiVersionOf(info: ResourceInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** `deployments.apps` / `pods`: how API errors name the type (`deployments.apps "web" not found`). */
export function qualifiedResource(info: ResourceInfo): string {
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}

/** `deployment.apps` / `pod`: how the name printer and `delete` name the type. */
export function qualifiedKind(info: ResourceInfo): string {
  const lower = info.kind.toLowerCase();
  return info.group ? `${lower}.${info.group}` : lower;
}

/** `deployment.apps/web` / `pod/x`: kubectl's name printer form (`-o name`, `created`, ...). */
export function formatNameRef(info: ResourceInfo, name: string): string {
  return `${qualifiedKind(info)}/${name}`;
}

/** The resource served for a Kind (exact, case-sensitive, as the API spells it). */
export function resourceForKind(kind: string, group?: string): ResourceInfo | undefined {
  return RESOURCES.find((x) => x.kind === kind && (group === undefined || x.group === group));
}

export type ResolveResult =
  | { readonly ok: true; readonly resource: ResourceInfo }
  | { readonly ok: false; readonly stderr: string; readonly exitCode: number };

/**
 * Resolves one resource word as `kubectl get WORD` does. `word` may be plural, singular, a short
 * name, a Kind, with an optional `.group` or `.version.group` suffix. A failure carries kubectl's
 * text, `error: the server doesn't have a resource type "x"`, where x is the word up to its first dot.
 */
export function resolveResource(word: string, table: readonly ResourceInfo[] = RESOURCES): ResolveResult {
  const found = lookupResource(word, table);
  if (found) return { ok: true, resource: found };
  return { ok: false, stderr: `error: ${noResourceTypeMessage(word)}\n`, exitCode: 1 };
}

/** The message (without `error: `) kubectl gives for an unknown resource word. */
export function noResourceTypeMessage(word: string): string {
  return `the server doesn't have a resource type ${goQuote(parseGroupResource(word).resource)}`;
}

/** Like `resolveResource` but returns `undefined` on failure. */
export function lookupResource(word: string, table: readonly ResourceInfo[] = RESOURCES): ResourceInfo | undefined {
  if (word === '') return undefined;
  // ParseResourceArg: two or more dots => resource.version.group (group keeps any further dots).
  let fully: { group: string; version: string; resource: string } | undefined;
  if (countDots(word) >= 2) {
    const [resource, version, ...rest] = word.split('.');
    fully = { resource: resource!, version: version!, group: rest.join('.') };
  }
  const gr = parseGroupResource(word);

  if (fully) {
    const hit = resourcesFor(table, expandShortcut(table, fully));
    if (hit) return hit;
  }
  const hit = resourcesFor(table, expandShortcut(table, { resource: gr.resource, group: gr.group, version: '' }));
  if (hit) return hit;

  // ParseKindArg: Kind[.version].group, matched exactly (kinds are case-sensitive).
  const kindGroup = parseKindArg(word);
  const byKind = (k: { kind: string; group: string; version: string }) =>
    table.find((x) => x.kind === k.kind && x.group === k.group && (k.version === '' || x.version === k.version));
  if (kindGroup.fully) {
    const m = byKind(kindGroup.fully);
    if (m) return m;
  }
  return byKind({ ...kindGroup.groupKind, version: '' });
}

/**
 * Splits `TYPE/NAME` (`deployment.apps/web`, `deploy/web`, `po/x`) and resolves TYPE.
 * Returns undefined when the word has no slash or TYPE is unknown.
 */
export function parseNameRef(
  ref: string, table: readonly ResourceInfo[] = RESOURCES,
): { resource: ResourceInfo; name: string } | undefined {
  const slash = ref.indexOf('/');
  if (slash < 0) return undefined;
  const type = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  const resource = lookupResource(type, table);
  return resource && name ? { resource, name } : undefined;
}

/**
 * The types `all` stands for, in discovery order: those of the simulator's resources in the `all`
 * category (a real v1.32 server also lists replicationcontrollers and horizontalpodautoscalers,
 * which the simulator does not serve).
 */
export function expandAll(table: readonly ResourceInfo[] = RESOURCES): ResourceInfo[] {
  return expandCategory('all', table) ?? [];
}

/** The members of a discovery category, or undefined when no type declares it. */
export function expandCategory(category: string, table: readonly ResourceInfo[] = RESOURCES): ResourceInfo[] | undefined {
  const members = table.filter((x) => x.categories.includes(category));
  return members.length ? members : undefined;
}

// --- internals, named after their upstream counterparts -------------------------------------

function countDots(s: string): number {
  let n = 0;
  for (const c of s) if (c === '.') n++;
  return n;
}

/** schema.ParseGroupResource: `deployments.apps` → {deployments, apps}; no dot → core. */
export function parseGroupResource(word: string): { resource: string; group: string } {
  const dot = word.indexOf('.');
  return dot < 0 ? { resource: word, group: '' } : { resource: word.slice(0, dot), group: word.slice(dot + 1) };
}

/** schema.ParseKindArg: `Kind.version.group` (two or more dots) and `Kind.group`. */
function parseKindArg(word: string): {
  fully?: { kind: string; version: string; group: string };
  groupKind: { kind: string; group: string };
} {
  let fully: { kind: string; version: string; group: string } | undefined;
  if (countDots(word) >= 2) {
    const [kind, version, ...rest] = word.split('.');
    fully = { kind: kind!, version: version!, group: rest.join('.') };
  }
  const gr = parseGroupResource(word);
  return { fully, groupKind: { kind: gr.resource, group: gr.group } };
}

interface Gvr { resource: string; group: string; version: string }

/**
 * shortcutExpander.expandResourceShortcut: an exact plural or singular name is left alone; else
 * the first short name (case-sensitive) whose group starts with the given one (any group when none
 * was given) becomes its long form, so `sc.storage` and even `deploy.ap` resolve. The version of a `short.version.group` word is dropped, as upstream does.
 */
function expandShortcut(table: readonly ResourceInfo[], gvr: Gvr): Gvr {
  for (const x of table) {
    if (gvr.group && gvr.group !== x.group) continue;
    if (gvr.resource === x.plural || gvr.resource === x.singular) return gvr;
  }
  for (const x of table) {
    if (gvr.group && !x.group.startsWith(gvr.group)) continue;
    if (x.shortNames.includes(gvr.resource)) return { resource: x.plural, group: x.group, version: '' };
  }
  return gvr;
}

/**
 * DefaultRESTMapper.ResourcesFor + PriorityRESTMapper: lower-cases the resource, matches plural or
 * singular; with a group, exact group first, then any group that starts with it
 * (`storageclass.storage`); with a version as well, the version must match.
 */
function resourcesFor(table: readonly ResourceInfo[], gvr: Gvr): ResourceInfo | undefined {
  const resource = gvr.resource.toLowerCase();
  if (!resource) return undefined;
  const nameMatches = (x: ResourceInfo) => x.plural === resource || x.singular === resource;
  if (gvr.version) {
    return table.find((x) => nameMatches(x) && x.group === gvr.group && x.version === gvr.version);
  }
  if (gvr.group) {
    return table.find((x) => nameMatches(x) && x.group === gvr.group)
      ?? table.find((x) => nameMatches(x) && x.group.startsWith(gvr.group));
  }
  return table.find(nameMatches);
}
