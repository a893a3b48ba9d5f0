/**
 * Bad input never crashes a run or corrupts the cluster: the YAML loader, `cluster.apply` and
 * kubectl (arbitrary strings, and argument lists built from real command words, flags and values)
 * take anything. Every kubectl result is a {stdout, stderr, exitCode}; none is an internal error;
 * a command that failed without reporting any success (and without waiting, so without time
 * passing) left the store's resourceVersion unchanged; a rejected manifest wrote nothing.
 *
 * FUZZ_STATS=1 prints how the generated inputs fared (usage errors, commands run, apply outcomes);
 * FUZZ_TRACE=1 prints each generated manifest before it is applied (run the file with plain
 * `node --require ./scripts/register.js`, not `--test`, to see it as it happens).
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import { stringify } from 'yaml';
import { parseManifests } from './manifest';
import { deploymentManifest } from './builders';
import { parseKubectl } from '../kubectl/parse/parse';
import { ROOT, GLOBAL_FLAGS, type CommandSpec } from '../kubectl/parse/commands';
import type { KubectlResult } from '../kubectl/result';
import { fcParams } from './testdata/rollout-scenarios';

/** A small settled cluster: deployment "web" (3 pods, rolled out), one more Deployment. */
function cluster(): Cluster {
  // A small pod limit: fuzzed manifests may ask for 2147483647 replicas, which must fail fast.
  const c = new Cluster({ seed: 7, maxPods: 200 });
  c.apply(deploymentManifest({ name: 'web', replicas: 3, image: 'nginx:1.25' }));
  c.apply(deploymentManifest({ name: 'api', replicas: 1, image: 'api:v1', readinessProbe: {} }));
  c.runUntilRolledOut('web');
  c.runUntilRolledOut('api');
  return c;
}

function checkResult(r: KubectlResult, line: string): void {
  expect(r, line).to.have.all.keys('stdout', 'stderr', 'exitCode');
  expect(r.stdout, line).to.be.a('string');
  expect(r.stderr, line).to.be.a('string');
  expect(r.exitCode, line).to.be.a('number');
  if (/kubespec internal error/.test(r.stderr)) throw new Error(`kubectl ${line} crashed inside kubespec:\n${r.stderr}`);
}

/** FUZZ_STATS=1: how the generated inputs fared (are the generators reaching the commands?). */
const stats = new Map<string, number>();
const tally = (k: string) => process.env.FUZZ_STATS && stats.set(k, (stats.get(k) ?? 0) + 1);
process.on('exit', () => {
  if (process.env.FUZZ_STATS) console.log([...stats].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
});

/** Runs a line and checks the result, and that a failure which did nothing wrote nothing. */
function runChecked(c: Cluster, line: string, stdin?: string): KubectlResult {
  const rv = c.resourceVersion();
  const now = c.now();
  const r = c.kubectl(line, stdin !== undefined ? { stdin } : {});
  checkResult(r, line);
  const parsed = parseKubectl(line, { fileExists: () => false });
  tally(`kubectl ${parsed.ok ? `ran ${parsed.command.path.join(' ')}` : 'usage error'} → exit ${r.exitCode}${c.resourceVersion() !== rv ? ', wrote' : ''}`);
  if (!parsed.ok) expect(c.resourceVersion(), `a usage error wrote: kubectl ${line}`).to.equal(rv);
  // (A printer error kubectl reports after the change — `rollout pause … -o bogus` — comes after a write.)
  const failsAtPrint = parsed.ok && parsed.command.errorAtPrint !== undefined;
  if (r.exitCode !== 0 && r.stdout === '' && c.now() === now && !failsAtPrint) {
    expect(c.resourceVersion(), `kubectl ${line} failed (${r.stderr.trim().split('\n')[0]}) but changed the store`).to.equal(rv);
  }
  return r;
}

// ---------------------------------------------------------------- YAML loader

/** Text that looks like YAML: fragments of real manifests, indentation, punctuation. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 3', '  template:', '    spec:', '      containers:', '      - name: a', '        image: nginx', '---', '...', '- x', '  - y', '{a: 1', '[1, 2', '"unclosed', "'q'", '&a x', '*a', '!!str 5', '? [a]', ': b', '\t', '#c', '|', '>', '%YAML 1.2', 'a: b: c', 'key: [x, {y: z}]', '<<: *a'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 12 },
  )
  .chain((lines) => fc.array(fc.integer({ min: 0, max: 6 }), { minLength: lines.length, maxLength: lines.length }).map((ind) => lines.map((l, i) => ' '.repeat(ind[i]) + l).join('\n')));

test('parseManifests reads any text without throwing, returning documents or kubectl\'s error', () => {
  fc.assert(
    fc.property(fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue().map((v) => stringify(v))), fc.boolean(), (text, validate) => {
      const p = parseManifests(text, 'f.yaml', { validate });
      expect(p.documents).to.be.an('array');
      for (const d of p.documents) expect(d.object).to.be.an('object');
      if (!p.ok) expect(p.error.message).to.match(/^(error parsing f\.yaml: |error validating "f\.yaml": )/);
      for (const e of p.decodeErrors) expect(e.message).to.match(/^unable to decode "f\.yaml": /);
    }),
    fcParams(600),
  );
});

// ---------------------------------------------------------------- manifests through the API

const BASE = JSON.parse(JSON.stringify(
  (() => {
    const d = parseManifests(deploymentManifest({ name: 'web', replicas: 3, image: 'nginx:1.26', maxSurge: 1, maxUnavailable: 0, readinessProbe: { periodSeconds: 5 }, containerPort: 80 })).documents[0].object;
    (d.spec as Record<string, unknown>).minReadySeconds = 5;
    return d;
  })(),
)) as Record<string, unknown>;

/** The base manifest for an existing Deployment ("web": the update path) or a new one (the create path). */
function named(name: string): Record<string, unknown> {
  const d = JSON.parse(JSON.stringify(BASE)) as { metadata: { name: string }; spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> } } } };
  d.metadata.name = name;
  d.spec.selector.matchLabels = { app: name };
  d.spec.template.metadata.labels = { app: name };
  return d as unknown as Record<string, unknown>;
}

function paths(o: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(o)) o.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const weirdValue = fc.oneof(
  fc.constantFrom<unknown>(-1, 0, 1, 1.5, 2147483648, -2147483649, '', 'x', '25%', '200%', '-1%', '0%', 'Recreate', 'RollingUpdate', 'Always', 'Never', true, false, null, [], {}, [1], { a: 1 }, 'nginx:1.26', 'app', 'web', 'Web_1', 'a'.repeat(70), '1e3', 2147483647),
  fc.jsonValue({ maxDepth: 2 }),
);

type Mutation = { path: number; op: 'set' | 'delete' | 'rename' | 'add'; value: unknown; key: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(10_000),
  op: fc.constantFrom<Mutation['op']>('set', 'set', 'delete', 'rename', 'add'),
  value: weirdValue,
  key: fc.constantFrom('replica', 'replicas', 'image', 'imagee', 'labels', 'lables', 'status', 'paused', 'maxSurge', 'progressDeadlineSeconds', 'x'),
});

function mutate(base: Record<string, unknown>, mutations: Mutation[]): unknown {
  let doc: unknown = JSON.parse(JSON.stringify(base));
  for (const m of mutations) {
    const all = paths(doc);
    const p = all[m.path % all.length];
    if (p.length === 0) {
      if (m.op === 'set') doc = m.value;
      continue;
    }
    const parent = p.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>;
    const last = p[p.length - 1];
    if (m.op === 'set') parent[last] = m.value;
    else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else if (m.op === 'rename' && !Array.isArray(parent)) {
      parent[m.key] = parent[last];
      delete parent[last];
    } else if (m.op === 'add' && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) (parent[last] as Record<string, unknown>)[m.key] = m.value;
  }
  return doc;
}

test('cluster.apply takes mutated manifests: a rejected one writes nothing, an accepted one never breaks the controllers', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ name: fc.constantFrom('web', 'fresh'), muts: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, viaKubectl) => {
      const c = cluster();
      const text = docs.map(({ name, muts }) => stringify(mutate(named(name), muts))).join('---\n');
      if (process.env.FUZZ_TRACE) process.stderr.write(`--- case (${viaKubectl ? 'kubectl' : 'apply'})\n${text}\n`);
      const rv = c.resourceVersion();
      if (viaKubectl) {
        const r = runChecked(c, 'apply -f -', text);
        if (r.exitCode !== 0) expect(r.stderr).to.not.equal('');
      } else {
        const results = c.apply(text);
        for (const x of results) tally(`apply: ${x.action ?? (x.invalid !== undefined ? 'invalid' : `${x.error!.reason}${x.error!.reason === 'BadRequest' ? ` ${x.error!.message.replace(/^.*?: (strict decoding error|json: cannot unmarshal|quantities|no matches|error validating).*$/, '$1')}` : ''}`)}`);
        if (results.length > 0 && results.every((x) => x.error || x.invalid)) expect(c.resourceVersion(), `rejected manifest wrote:\n${text}`).to.equal(rv);
        for (const x of results) if (x.error) expect(x.error.message).to.be.a('string').and.not.equal('');
      }
      // Whatever was accepted, the controllers live with it.
      c.advance('90s');
      for (const d of c.list('deployment')) c.runUntilRolledOut(d.metadata.name!, { timeout: '10m' });
      for (const line of ['get all', 'describe deployment web', 'get pods -o yaml', 'rollout history deployment/web']) runChecked(c, line);
    }),
    fcParams(250),
  );
});

// ---------------------------------------------------------------- kubectl command lines

function commandPaths(spec: CommandSpec, prefix: string[] = []): Array<{ path: string[]; flags: string[]; emulated: boolean }> {
  const flagWords = spec.flags.flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]);
  const here = prefix.length > 0 ? [{ path: prefix, flags: flagWords, emulated: spec.emulated }] : [];
  return [...here, ...(spec.children ?? []).flatMap((ch) => commandPaths(ch, [...prefix, ch.name]).map((x) => ({ ...x, flags: [...x.flags, ...(prefix.length > 0 ? flagWords : [])] })))];
}

const COMMANDS = commandPaths(ROOT);
const EMULATED = COMMANDS.filter((c) => c.emulated && !(c.path.length === 1 && ['create', 'set', 'rollout'].includes(c.path[0])));
/** What the commands act on: real objects, missing ones, kinds. */
const TARGETS: string[][] = [[], ['deployment', 'web'], ['deploy/web'], ['deployments', 'web', 'api'], ['deploy/nosuch'], ['deploy', 'nosuch'], ['rs'], ['pods'], ['pod', 'x'], ['all'], ['nodes'], ['node', 'minikube'], ['deploy'], ['web'], ['deployment/web', 'deploy/api'], ['ns', 'default'], ['deploy', 'web', 'web=nginx:1.27'], ['deploy/api', '*=api:v2']];
const GLOBALS = GLOBAL_FLAGS.flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]);
const VALUES = ['', '0', '-1', '3', '2147483648', 'abc', 'web', 'api', 'nosuch', 'deployment/web', 'deploy/web', 'deploy/nosuch', 'deployment', 'deploy', 'deployments.apps', 'rs', 'replicaset', 'pod', 'po', 'pods', 'nodes', 'all', 'deploy,rs', 'pod/x', 'ns', 'events', 'svc',
  'json', 'yaml', 'wide', 'name', 'jsonpath={.items}', 'true', 'false', '5s', '0s', '1m', '-', '--', '10%', '*=nginx:1.27', 'nginx=nginx:1.27', 'web=web:v2', 'app=web', 'app!=web', 'app in (web)', 'a-', 'kube-system', 'default', '2', '--replicas=0', '--all', '-A', '--to-revision=1', '--revision=2', '--timeout=30s', '--watch=false', '--grace-period=0', '--force', '--cascade=orphan', '--overwrite', '--record', '-o', '-l', '-f', '-n'];

const argvArb = fc
  .record({
    cmd: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EMULATED) }, { weight: 1, arbitrary: fc.constantFrom(...COMMANDS) }),
    target: fc.constantFrom(...TARGETS),
    words: fc.array(fc.nat(), { maxLength: 3 }),
    values: fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
    split: fc.array(fc.boolean(), { maxLength: 3 }),
  })
  .map(({ cmd, target, words, values, split }) => {
    const flagPool = [...cmd.flags, ...GLOBALS];
    const argv = [...cmd.path, ...target];
    words.forEach((w, i) => {
      const useFlag = split[i] ?? false;
      const v = values[i] ?? '';
      if (useFlag && flagPool.length > 0) {
        const f = flagPool[w % flagPool.length];
        argv.push(f.startsWith('--') && i % 2 === 0 ? `${f}=${v}` : f);
        if (!(f.startsWith('--') && i % 2 === 0)) argv.push(v);
      } else argv.push(v);
    });
    return argv;
  });

/** One shell word, quoted so the tokenizer gives it back unchanged. */
const shellQuote = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

test('kubectl takes any argument list built from real commands, flags and values', () => {
  const c = cluster();
  fc.assert(
    fc.property(argvArb, (argv) => {
      runChecked(c, argv.map(shellQuote).join(' '));
    }),
    fcParams(500),
  );
});

test('kubectl takes arbitrary strings', () => {
  const c = cluster();
  const words = fc.constantFrom('kubectl', 'k', 'get', 'apply', 'rollout', 'undo', 'scale', 'set', 'image', 'delete', '-f', '--', '-', '"', "'", '\\', '|', '&&', ';', '$(x)', '`x`', '#', '\n', '--help', '-h', '=');
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((w) => w.join(' '))), (line) => {
      runChecked(c, line);
    }),
    fcParams(400),
  );
});
