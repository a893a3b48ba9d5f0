import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Simulator } from '../sim/simulator';
import type { KubectlResult } from './result';
import { parseKubectl } from './parse/parse';
import type { KubectlCommand as ParsedCommand } from './parse/parse';
import { Ctx, KubectlCommand, KubectlOptions, Output } from './commands/context';
import { applyFiles } from './commands/apply';
import { createDeployment, createNamespace, createConfigMap, createSecretGeneric, createService } from './commands/create';
import { get } from './commands/get';
import { describe } from './commands/describe';
import { deleteCommand } from './commands/delete';
import { rollout } from './commands/rollout';
import { scale } from './commands/scale';
import { setImage } from './commands/set-image';
import { setEnv } from './commands/set-env';
import { setResources } from './commands/set-resources';
import { label } from './commands/label';
import { annotate } from './commands/annotate';
import { patch } from './commands/patch';
import { apiResources } from './commands/api-resources';
import { apiVersions } from './commands/api-versions';
import { explain } from './commands/explain';
import { cordon, uncordon } from './commands/cordon';
import { drain } from './commands/drain';
import { version } from './commands/version';

export type { KubectlOptions };

type Runner = (ctx: Ctx) => KubectlResult;

/**
 * The commands the simulator runs, by command path. Each lives in its own file under
 * commands/; a kind-specific command added later registers here.
 */
export const RUNNERS: Record<string, Runner> = {
  get,
  describe,
  apply: (ctx) => applyFiles(ctx, 'apply'),
  create: (ctx) => applyFiles(ctx, 'create'),
  'create deployment': createDeployment,
  'create namespace': createNamespace,
  'create configmap': createConfigMap,
  'create secret generic': createSecretGeneric,
  'create service clusterip': (ctx) => createService(ctx, 'ClusterIP'),
  'create service nodeport': (ctx) => createService(ctx, 'NodePort'),
  'create service loadbalancer': (ctx) => createService(ctx, 'LoadBalancer'),
  replace: (ctx) => applyFiles(ctx, 'replace'),
  delete: deleteCommand,
  scale,
  'set image': setImage,
  'set env': setEnv,
  'set resources': setResources,
  annotate,
  label,
  patch,
  'rollout status': rollout,
  'rollout history': rollout,
  'rollout undo': rollout,
  'rollout pause': rollout,
  'rollout resume': rollout,
  'rollout restart': rollout,
  'api-resources': apiResources,
  'api-versions': apiVersions,
  explain,
  cordon,
  uncordon,
  drain,
  version,
};

/**
 * Runs one kubectl command line against the simulator: parse exactly as kubectl does (usage
 * errors never touch the cluster), then run the command through the facade.
 */
export function runKubectl(sim: Simulator, line: string, options: KubectlOptions = {}): KubectlResult {
  const cwd = options.cwd ?? process.cwd();
  const parsed = parseKubectl(line, {
    fileExists: (p) => (options.files !== undefined && p in options.files) || fs.existsSync(path.resolve(cwd, p)),
  });
  if (!parsed.ok) return { stdout: parsed.stdout ?? '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  const c = parsed.command;
  const runner = RUNNERS[c.path.join(' ')];
  const out = new Output();
  out.err(c.stderr);
  if (!runner) return out.fail(`error: kubespec does not simulate "kubectl ${c.path.join(' ')}" yet`, 2);
  const cmd: KubectlCommand = {
    path: c.path,
    args: c.args,
    flags: c.flags,
    raw: line,
    recordLine: recordLine(c),
    changed: c.changed,
    targets: c.targets,
    fromFiles: c.fromFiles,
    errorAfterFetch: c.errorAfterFetch,
    errorAtPrint: c.errorAtPrint,
  };
  try {
    return runner({ sim, cmd, options, namespace: c.namespace, out });
  } catch (e) {
    // A simulator bug must not look like a kubectl message: say what happened.
    return out.fail(`kubespec internal error while running "${line}": ${(e as Error).stack ?? e}`, 2);
  }
}

/**
 * What `--record` stores as kubernetes.io/change-cause (kubectl's parseCommandArguments):
 * `kubectl` + the positional words + every flag the line set as ` --name=value`.
 */
function recordLine(c: ParsedCommand): string {
  const flags: string[] = [];
  for (const name of c.changed) {
    const v = c.flags[name];
    const values = Array.isArray(v) ? v : [String(v)];
    for (const value of values) flags.push(` --${name}=${value}`);
  }
  return `kubectl ${[...c.path, ...c.args].join(' ')}${flags.join('')}`;
}
