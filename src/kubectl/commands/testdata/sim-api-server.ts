/**
 * Test support: an HTTP server over a live Simulator, enough for the real kubectl v1.32 to run
 * read commands (get, describe, api-resources, explain) against the same state as our emulation:
 * aggregated discovery from parse/resources.ts, GET and LIST with label and field selectors,
 * server-side Tables (buildServerTable, at the simulator's "now"), node Leases, and the OpenAPI
 * v3 documents given to it. Not a model of the API server: read-only.
 *
 * `shiftMs` moves every timestamp it serves (describe computes ages from the wall clock: serve
 * the objects as if the simulator's "now" were the real now).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Simulator } from '../../../sim/simulator';
import { RESOURCES } from '../../parse/resources';
import { AGGREGATED, discoveryFor } from '../../parse/testdata/fake-apiserver';
import { buildServerTable, withSynthesizedRuntimeFields } from '../../printers';
import type { KubeObject } from '../../../model/types';
import { listObjects, notFoundFor } from '../fetch';
import type { Ctx } from '../context';
import { Output } from '../context';
import { nodeLeaseRenewTime } from '../describe';

export interface SimApiServer {
  readonly url: string;
  readonly requests: string[];
  shiftMs: number;
  openapi?: Record<string, unknown>;
  close(): Promise<void>;
}

const discovery = (core: boolean): unknown => discoveryFor(RESOURCES, core);

export function shiftTimestamps(value: unknown, deltaMs: number): unknown {
  if (deltaMs === 0) return value;
  if (typeof value === 'string') {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(value);
    if (!m) return value;
    return `${new Date(Date.parse(`${m[1]}Z`) + deltaMs).toISOString().slice(0, 19)}${m[2] ?? ''}Z`;
  }
  if (Array.isArray(value)) return value.map((v) => shiftTimestamps(v, deltaMs));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftTimestamps(v, deltaMs)]));
  return value;
}

export async function startSimApiServer(sim: Simulator): Promise<SimApiServer> {
  const requests: string[] = [];
  const state = { shiftMs: 0, openapi: undefined as Record<string, unknown> | undefined };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${req.url}`);
    const send = (code: number, body: unknown, type = 'application/json') => {
      res.statusCode = code;
      res.setHeader('Content-Type', type);
      res.end(JSON.stringify(body));
    };
    const p = url.pathname;
    if (p === '/version') return send(200, { major: '1', minor: '32', gitVersion: 'v1.32.0', platform: 'linux/amd64' });
    if (p === '/api') return send(200, discovery(true), AGGREGATED);
    if (p === '/apis') return send(200, discovery(false), AGGREGATED);
    if (p.startsWith('/openapi/v3')) {
      const doc = state.openapi?.[p];
      if (!doc) return send(404, { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: 'not found' });
      return send(200, doc);
    }
    const lease = /^\/apis\/coordination\.k8s\.io\/v1\/namespaces\/kube-node-lease\/leases\/([^/]+)$/.exec(p);
    if (lease) {
      const node = sim.get('Node', lease[1]);
      if (!node) return send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: `leases.coordination.k8s.io "${lease[1]}" not found` });
      const renewTime = nodeLeaseRenewTime(sim, node as never);
      return send(200, shiftTimestamps({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: lease[1], namespace: 'kube-node-lease' }, spec: { holderIdentity: lease[1], leaseDurationSeconds: 40, renewTime } }, state.shiftMs));
    }
    const parts = p.split('/').filter(Boolean);
    const rest = parts[0] === 'api' ? parts.slice(2) : parts.slice(3);
    const group = parts[0] === 'api' ? '' : parts[1] ?? '';
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) namespace = rest.splice(0, 2)[1];
    const info = RESOURCES.find((x) => x.plural === rest[0] && x.group === group);
    if (!info) return send(404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 });
    let items: KubeObject[];
    if (rest.length >= 2) {
      const o = sim.get(info.kind, rest[1], namespace);
      if (!o) {
        const e = notFoundFor(info, rest[1]);
        return send(404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: e.message, reason: 'NotFound', details: { name: rest[1], group: info.group, kind: info.plural }, code: 404 });
      }
      items = [o];
    } else {
      const ctx = { sim, namespace: namespace ?? 'default', cmd: { flags: {} }, out: new Output(), options: {} } as unknown as Ctx;
      const r = listObjects(ctx, info, { allNamespaces: namespace === undefined, labelSelector: url.searchParams.get('labelSelector') ?? '', fieldSelector: url.searchParams.get('fieldSelector') ?? '' });
      if (r.error) {
        const m = /^Error from server \(BadRequest\): Unable to find .*?: (.*)$/.exec(r.error);
        return send(400, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: m ? m[1] : r.error, reason: 'BadRequest', code: 400 });
      }
      items = r.objects;
    }
    // describe pod shows what a node reports and the simulator has no source for (container and
    // image ids of started containers); serve them so the real kubectl prints the same.
    if (info.kind === 'Pod') items = items.map((o) => withSynthesizedRuntimeFields(o as never) as unknown as KubeObject);
    const accept = req.headers.accept ?? '';
    if (accept.includes('as=Table')) {
      const table = buildServerTable(info.kind, items, sim.now());
      const include = url.searchParams.get('includeObject');
      return send(200, {
        kind: 'Table',
        apiVersion: 'meta.k8s.io/v1',
        metadata: { resourceVersion: '1' },
        columnDefinitions: table.columns.map((c) => ({ name: c.name, type: 'string', format: c.format ?? '', description: '', priority: c.priority })),
        rows: table.rows.map((r) => ({
          cells: r.cells,
          object: include === 'Object' ? shiftTimestamps(r.object, state.shiftMs) : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: r.object.metadata },
        })),
      });
    }
    if (rest.length >= 2) return send(200, shiftTimestamps(items[0], state.shiftMs));
    return send(200, {
      kind: `${info.kind}List`,
      apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
      metadata: { resourceVersion: '1' },
      items: shiftTimestamps(items, state.shiftMs),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get shiftMs() {
      return state.shiftMs;
    },
    set shiftMs(v: number) {
      state.shiftMs = v;
    },
    get openapi() {
      return state.openapi;
    },
    set openapi(v) {
      state.openapi = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
