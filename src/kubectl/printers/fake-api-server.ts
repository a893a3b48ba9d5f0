/**
 * Test support: the smallest API server real kubectl v1.32 accepts for get/describe/rollout
 * history (legacy discovery, GET/LIST with label and field selectors, Table responses built by
 * {@link buildServerTable}). It serves whatever objects the test currently holds, so the
 * kubectl-oracle test can run the real binary over the same objects as a golden case and
 * compare outputs. Not a model of the API server: no writes, no watch, no defaulting.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KubeObject } from '../../model/types';
import { buildServerTable } from './get-table';

/** A running fake server. */
export interface FakeApiServer {
  readonly port: number;
  close(): Promise<void>;
}

type Resource = readonly [plural: string, kind: string, namespaced: boolean, shortNames: readonly string[]];

const CORE: readonly Resource[] = [
  ['pods', 'Pod', true, ['po']],
  ['events', 'Event', true, ['ev']],
  ['nodes', 'Node', false, ['no']],
  ['namespaces', 'Namespace', false, ['ns']],
  ['services', 'Service', true, ['svc']],
  ['endpoints', 'Endpoints', true, ['ep']],
  ['configmaps', 'ConfigMap', true, ['cm']],
  ['secrets', 'Secret', true, []],
  ['persistentvolumeclaims', 'PersistentVolumeClaim', true, ['pvc']],
  ['persistentvolumes', 'PersistentVolume', false, ['pv']],
];
// Alphabetical within the group, as real servers list them (this order drives `get all`).
const APPS: readonly Resource[] = [
  ['daemonsets', 'DaemonSet', true, ['ds']],
  ['deployments', 'Deployment', true, ['deploy']],
  ['replicasets', 'ReplicaSet', true, ['rs']],
  ['statefulsets', 'StatefulSet', true, ['sts']],
];
const BATCH: readonly Resource[] = [['jobs', 'Job', true, []]];
const STORAGE: readonly Resource[] = [
  ['storageclasses', 'StorageClass', false, ['sc']],
  ['volumeattachments', 'VolumeAttachment', false, []],
];
/** The API groups served besides the core group, by group version. */
const GROUPS: Readonly<Record<string, readonly Resource[]>> = { 'apps/v1': APPS, 'batch/v1': BATCH, 'storage.k8s.io/v1': STORAGE };
const IN_CATEGORY_ALL = new Set(['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'jobs']);

/** Starts a server on 127.0.0.1 (a free port) answering from `objects()` at each request. */
/**
 * `wallClock` is the real time the real kubectl compares ages against; the test passes it in so
 * nothing under src/ outside tests reads the wall clock.
 */
export function startFakeApiServer(objects: () => readonly KubeObject[], wallClock: () => number): Promise<FakeApiServer> {
  const server: Server = createServer((req, res) => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    const port = (server.address() as AddressInfo).port;
    switch (url.pathname) {
      case '/version':
        return send(200, { major: '1', minor: '32', gitVersion: 'v1.32.4', platform: 'linux/amd64' });
      case '/api':
        return send(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `127.0.0.1:${port}` }] });
      case '/apis':
        return send(200, {
          kind: 'APIGroupList',
          apiVersion: 'v1',
          groups: Object.keys(GROUPS).map((groupVersion) => {
            const version = { groupVersion, version: 'v1' };
            return { name: groupVersion.split('/')[0], versions: [version], preferredVersion: version };
          }),
        });
      case '/api/v1':
        return send(200, resourceList('v1', CORE));
    }
    if (url.pathname.startsWith('/apis/') && GROUPS[url.pathname.slice('/apis/'.length)]) {
      const groupVersion = url.pathname.slice('/apis/'.length);
      return send(200, resourceList(groupVersion, GROUPS[groupVersion]));
    }
    const m = /^\/(api\/v1|apis\/[a-z0-9.]+\/v1)(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?$/.exec(url.pathname);
    const served = m && (m[1] === 'api/v1' ? CORE : GROUPS[m[1].slice('apis/'.length)]);
    const resource = served && served.find(([plural]) => plural === m[3]);
    if (!m || !resource) return send(404, notFound('the server could not find the requested resource'));
    const [, groupPath, namespace, , name] = m;
    const kind = resource[1];
    let items = objects().filter((o) => o.kind === kind && (!namespace || o.metadata.namespace === namespace));
    if (name) {
      items = items.filter((o) => o.metadata.name === name);
      if (items.length === 0) return send(404, notFound(`${resource[0]} "${name}" not found`));
    } else {
      items = items.filter(
        (o) => matchesLabels(url.searchParams.get('labelSelector'), o.metadata.labels ?? {}) && matchesFields(url.searchParams.get('fieldSelector'), o),
      );
    }
    if ((req.headers.accept ?? '').includes('as=Table')) {
      const table = buildServerTable(kind, items, wallClock());
      return send(200, {
        kind: 'Table',
        apiVersion: 'meta.k8s.io/v1',
        metadata: { resourceVersion: '1' },
        columnDefinitions: table.columns.map((c) => ({ name: c.name, type: 'string', format: c.format ?? '', description: '', priority: c.priority })),
        rows: table.rows.map((r) => ({ cells: r.cells, object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: r.object.metadata } })),
      });
    }
    if (name) return send(200, items[0]);
    return send(200, { kind: `${kind}List`, apiVersion: groupPath === 'api/v1' ? 'v1' : groupPath.slice('apis/'.length), metadata: { resourceVersion: '1' }, items });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

function resourceList(groupVersion: string, resources: readonly Resource[]) {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: resources.map(([name, kind, namespaced, shortNames]) => ({
      name,
      singularName: kind.toLowerCase(),
      namespaced,
      kind,
      shortNames,
      verbs: ['get', 'list'],
      ...(IN_CATEGORY_ALL.has(name) ? { categories: ['all'] } : {}),
    })),
  };
}

function notFound(message: string) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'NotFound', code: 404 };
}

// The selector forms kubectl sends for the cases in testdata: k=v, k!=v, k in (..), k notin (..), k, !k.
function matchesLabels(selector: string | null, labels: Record<string, string>): boolean {
  if (!selector) return true;
  return selector.split(/,(?![^()]*\))/).every((req) => {
    let m: RegExpExecArray | null;
    if ((m = /^(\S+) in \((.*)\)$/.exec(req))) return m[2].split(',').includes(labels[m[1]]);
    if ((m = /^(\S+) notin \((.*)\)$/.exec(req))) return !m[2].split(',').includes(labels[m[1]]);
    if ((m = /^!(\S+)$/.exec(req))) return !(m[1] in labels);
    if ((m = /^([^=!]+)!=(.*)$/.exec(req))) return labels[m[1]] !== m[2];
    if ((m = /^([^=]+)==?(.*)$/.exec(req))) return labels[m[1]] === m[2];
    return req in labels;
  });
}

function matchesFields(selector: string | null, object: KubeObject): boolean {
  if (!selector) return true;
  const value = (path: string) => String(path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], object) ?? '');
  return selector.split(',').every((req) => {
    const [key, expected] = req.split('!=');
    if (expected !== undefined) return value(key) !== expected;
    const [k, v] = req.split(/==?/);
    return value(k) === v;
  });
}
