/**
 * A tiny API server for drift tests: it answers aggregated discovery from a resource table; an
 * object named `web` (of any type, in any namespace) exists, every other one is absent (GET → 404
 * NotFound); lists are empty; writes to `web` echo it back; DELETE answers 404. Enough for the
 * real kubectl to resolve resource words and run its client-side checks, so tests can compare our
 * resolver and parser with the binary. It records each request as `METHOD /path?query`.
 *
 * Test support only: it binds 127.0.0.1 on an ephemeral port.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RESOURCES, type ResourceInfo } from '../resources';

export interface FakeApiServer {
  readonly url: string;
  /** Requests seen so far, `GET /apis/apps/v1/namespaces/default/deployments?limit=500`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** The content type of aggregated discovery (what kubectl v1.32 asks for first). */
export const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** The aggregated discovery document for the core group (`/api`) or the named groups (`/apis`). */
export function discoveryFor(table: readonly ResourceInfo[], core: boolean): unknown {
  const groups = new Map<string, ResourceInfo[]>();
  for (const x of table) {
    if ((x.group === '') !== core) continue;
    const list = groups.get(x.group) ?? [];
    list.push(x);
    groups.set(x.group, list);
  }
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: [...groups].map(([group, list]) => ({
      metadata: { name: group },
      versions: [{
        version: list[0]!.version,
        freshness: 'Current',
        resources: list.map((x) => ({
          resource: x.plural,
          responseKind: { group: x.group, version: x.version, kind: x.kind },
          scope: x.namespaced ? 'Namespaced' : 'Cluster',
          singularResource: x.singular,
          verbs: x.verbs,
          ...(x.shortNames.length ? { shortNames: x.shortNames } : {}),
          ...(x.categories.length ? { categories: x.categories } : {}),
        })),
      }],
    })),
  };
}

function notFound(res: http.ServerResponse, what: string, name: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
    message: `${what} "${name}" not found`, reason: 'NotFound', details: { name }, code: 404,
  }));
}

/** The one object that exists, shaped enough for kubectl's client-side code (pod templates). */
export const EXISTING_NAME = 'web';

function existingObject(info: ResourceInfo, namespace: string | undefined): unknown {
  const template = {
    metadata: { labels: { app: EXISTING_NAME } },
    spec: { containers: [{ name: 'app', image: 'nginx:1.25' }] },
  };
  const spec: Record<string, unknown> = {
    Deployment: { replicas: 1, selector: { matchLabels: { app: EXISTING_NAME } }, template },
    ReplicaSet: { replicas: 1, selector: { matchLabels: { app: EXISTING_NAME } }, template },
    StatefulSet: { replicas: 1, selector: { matchLabels: { app: EXISTING_NAME } }, template, serviceName: EXISTING_NAME },
    DaemonSet: { selector: { matchLabels: { app: EXISTING_NAME } }, template },
    Job: { template },
    CronJob: { schedule: '* * * * *', jobTemplate: { spec: { template } } },
    Pod: template.spec,
    Node: {},
    Service: { ports: [{ port: 80 }], selector: { app: EXISTING_NAME } },
  };
  return {
    apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
    kind: info.kind,
    metadata: {
      name: EXISTING_NAME, uid: '00000000-0000-0000-0000-000000000001', resourceVersion: '1', generation: 1,
      creationTimestamp: '2024-01-01T00:00:00Z', labels: { app: EXISTING_NAME },
      ...(info.namespaced ? { namespace: namespace ?? 'default' } : {}),
    },
    ...(spec[info.kind] ? { spec: spec[info.kind] } : {}),
  };
}

export async function startFakeApiServer(table: readonly ResourceInfo[] = RESOURCES): Promise<FakeApiServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(`${req.method} ${url}`);
    const path = url.split('?')[0]!;
    const json = (body: unknown, type = 'application/json') => {
      res.setHeader('Content-Type', type);
      res.end(JSON.stringify(body));
    };
    if (path === '/version') {
      return json({ major: '1', minor: '32', gitVersion: 'v1.32.0', platform: 'linux/amd64' });
    }
    if (path === '/api') return json(discoveryFor(table, true), AGGREGATED);
    if (path === '/apis') return json(discoveryFor(table, false), AGGREGATED);
    // /api/v1/[namespaces/NS/]RES[/NAME]  or  /apis/G/V/[namespaces/NS/]RES[/NAME]
    const parts = path.split('/').filter(Boolean);
    const rest = parts[0] === 'api' ? parts.slice(2) : parts.slice(3);
    const group = parts[0] === 'api' ? '' : parts[1] ?? '';
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) namespace = rest.splice(0, 2)[1];
    const info = table.find((x) => x.plural === rest[0] && x.group === group);
    if (!info) {
      res.statusCode = 404;
      return json({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 });
    }
    const what = info.group ? `${info.plural}.${info.group}` : info.plural;
    if (rest.length >= 2) {
      if (rest[1] !== EXISTING_NAME || req.method === 'DELETE') return notFound(res, what, rest[1]!);
      return json(existingObject(info, namespace));
    }
    if (req.method === 'POST') {
      res.statusCode = 201;
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        res.setHeader('Content-Type', 'application/json');
        res.end(body.startsWith('{') ? body : JSON.stringify(existingObject(info, namespace)));
      });
      return;
    }
    if ((req.headers.accept ?? '').includes('as=Table')) {
      return json({
        kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: { resourceVersion: '1' },
        columnDefinitions: [{ name: 'Name', type: 'string', format: 'name', description: '', priority: 0 }],
        rows: [],
      });
    }
    return json({
      kind: `${info.kind}List`, apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
      metadata: { resourceVersion: '1' }, items: [],
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
