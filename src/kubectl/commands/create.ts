/**
 * The generators under `kubectl create`: deployment, namespace, configmap, secret generic,
 * service clusterip|nodeport|loadbalancer. Each builds the object kubectl's generator builds and
 * prints `<ref> created`; server errors print as `error: failed to create <what>: <message>`
 * where kubectl does so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { formatApiError } from '../../store/api-error';
import { kindSlashName } from '../../model/kinds';

function write(ctx: Ctx, obj: Record<string, unknown>, failPrefix?: string): KubectlResult {
  const { out, sim, cmd } = ctx;
  const dryRun = str(cmd.flags['dry-run']) ?? 'none';
  const kind = String(obj.kind);
  const name = String((obj.metadata as { name: string }).name);
  if (dryRun === 'client' || dryRun === 'true') {
    out.out(`${kindSlashName(kind, name)} created (dry run)\n`);
    return out.result();
  }
  const r = sim.write(obj, { mode: 'create', namespace: ctx.namespace, changeCause: bool(cmd.flags.record) ? cmd.recordLine : undefined });
  if (r.error) {
    if (r.error.reason === 'Invalid') return out.fail(formatApiError(r.error));
    if (failPrefix) return out.fail(`error: ${failPrefix}: ${r.error.message}`);
    return out.fail(formatApiError(r.error));
  }
  if (dryRun === 'server') out.out(`${kindSlashName(kind, name)} created (server dry run)\n`);
  else out.out(`${kindSlashName(kind, name)} created\n`);
  return out.result();
}

/**
 * `kubectl create deployment NAME --image=IMAGE… [--replicas=N] [--port=P]`: labels app=NAME,
 * one container per image named after the image.
 */
export function createDeployment(ctx: Ctx): KubectlResult {
  const { cmd } = ctx;
  const name = cmd.args[0];
  const images = list(cmd.flags.image);
  const replicas = Number(str(cmd.flags.replicas) ?? '1');
  const port = Number(str(cmd.flags.port) ?? '-1');
  const containers = images.map((image) => ({
    name: containerNameFromImage(image),
    image,
    ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  return write(ctx, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, strategy: {}, template: { metadata: { labels: { app: name } }, spec: { containers } } },
  }, 'failed to create deployment');
}

/** kubectl's container name for an image: the last path segment, tag and digest dropped. */
function containerNameFromImage(image: string): string {
  const base = image.slice(image.lastIndexOf('/') + 1).split('@')[0].split(':')[0];
  return base.replace(/[^a-z0-9-]/g, '-');
}

export function createNamespace(ctx: Ctx): KubectlResult {
  return write(ctx, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ctx.cmd.args[0] }, spec: {}, status: {} }, 'failed to create namespace');
}

function readFrom(ctx: Ctx, p: string): string | undefined {
  if (ctx.options.files && p in ctx.options.files) return ctx.options.files[p];
  try {
    return fs.readFileSync(path.resolve(ctx.options.cwd ?? process.cwd(), p), 'utf8');
  } catch {
    return undefined;
  }
}

/** --from-literal k=v and --from-file [key=]path (files only, not directories). */
function dataFrom(ctx: Ctx): { data: Record<string, string>; error?: string } {
  const data: Record<string, string> = {};
  for (const l of list(ctx.cmd.flags['from-literal'])) {
    const i = l.indexOf('=');
    data[l.slice(0, i)] = l.slice(i + 1);
  }
  for (const f of list(ctx.cmd.flags['from-file'])) {
    const i = f.indexOf('=');
    const [key, p] = i > 0 ? [f.slice(0, i), f.slice(i + 1)] : [path.basename(f), f];
    const text = readFrom(ctx, p);
    if (text === undefined) return { data, error: `error: error reading ${p}: no such file or directory` };
    data[key] = text;
  }
  return { data };
}

export function createConfigMap(ctx: Ctx): KubectlResult {
  const { data, error } = dataFrom(ctx);
  if (error) return ctx.out.fail(error);
  return write(ctx, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: ctx.cmd.args[0] }, ...(Object.keys(data).length ? { data } : {}) }, 'failed to create configmap');
}

export function createSecretGeneric(ctx: Ctx): KubectlResult {
  const { data, error } = dataFrom(ctx);
  if (error) return ctx.out.fail(error);
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  const type = str(ctx.cmd.flags.type) || 'Opaque';
  return write(ctx, { apiVersion: 'v1', kind: 'Secret', metadata: { name: ctx.cmd.args[0] }, type, ...(Object.keys(encoded).length ? { data: encoded } : {}) }, 'failed to create secret');
}

/** `kubectl create service clusterip|nodeport|loadbalancer NAME --tcp=port[:targetPort]…`. */
export function createService(ctx: Ctx, type: 'ClusterIP' | 'NodePort' | 'LoadBalancer'): KubectlResult {
  const name = ctx.cmd.args[0];
  const ports = list(ctx.cmd.flags.tcp).map((spec) => {
    const [port, target] = spec.split(':');
    return { name: `${port}-${target ?? port}`, port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
  });
  const nodePort = Number(str(ctx.cmd.flags['node-port']) ?? '0');
  if (type === 'NodePort' && nodePort > 0 && ports[0]) (ports[0] as Record<string, unknown>).nodePort = nodePort;
  const clusterIP = str(ctx.cmd.flags.clusterip) ?? '';
  return write(ctx, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: { app: name } },
    spec: { ports, selector: { app: name }, type, ...(clusterIP ? { clusterIP } : {}) },
  });
}
