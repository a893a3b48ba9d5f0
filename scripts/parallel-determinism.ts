/**
 * Runs cucumber twice on the same features — serially in file order, then with `--parallel 2` in
 * a random order — and compares what must not depend on how scenarios are scheduled: each
 * scenario's status, each step's status, and every attachment byte for byte (the timeline JSON
 * with its seed, kubectl transcripts, invariant figures), and the JUnit report once its timings
 * are removed. A difference means state leaking from one scenario to another, or a run that
 * depends on the wall clock or on worker order.
 *
 *   node --require ts-node/register/transpile-only scripts/parallel-determinism.ts [feature globs…]
 *
 * (scripts/parallel-determinism.test.ts runs it on a subset.)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');

interface ScenarioRecord {
  key: string;
  steps: string[];
  attachments: string[];
}

type Envelope = Record<string, Record<string, unknown> | undefined>;

/** Per scenario (`uri:line:column name`), what the message stream says, ids and times left out. */
export function scenarioRecords(ndjson: string): Map<string, ScenarioRecord> {
  const pickles = new Map<string, { key: string }>();
  const testCases = new Map<string, { pickleId: string; stepIds: string[] }>();
  const started = new Map<string, string>();
  const byStarted = new Map<string, { steps: Map<string, string>; attachments: Map<string, string[]> }>();
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as Envelope;
    if (e.pickle) {
      const p = e.pickle as { id: string; uri: string; name: string; location?: { line: number; column?: number } };
      pickles.set(p.id, { key: `${p.uri}:${p.location?.line ?? 0}:${p.location?.column ?? 0} ${p.name}` });
    } else if (e.testCase) {
      const t = e.testCase as { id: string; pickleId: string; testSteps: Array<{ id: string }> };
      testCases.set(t.id, { pickleId: t.pickleId, stepIds: t.testSteps.map((s) => s.id) });
    } else if (e.testCaseStarted) {
      const s = e.testCaseStarted as { id: string; testCaseId: string };
      started.set(s.id, s.testCaseId);
      byStarted.set(s.id, { steps: new Map(), attachments: new Map() });
    } else if (e.testStepFinished) {
      const f = e.testStepFinished as { testCaseStartedId: string; testStepId: string; testStepResult: { status: string; message?: string } };
      byStarted.get(f.testCaseStartedId)?.steps.set(f.testStepId, `${f.testStepResult.status}${f.testStepResult.message ? `: ${f.testStepResult.message.split('\n')[0]}` : ''}`);
    } else if (e.attachment) {
      const a = e.attachment as { testCaseStartedId?: string; testStepId?: string; mediaType: string; body: string };
      if (!a.testCaseStartedId) continue;
      const m = byStarted.get(a.testCaseStartedId)?.attachments;
      const k = a.testStepId ?? '';
      m?.set(k, [...(m.get(k) ?? []), `${a.mediaType}\n${a.body}`]);
    }
  }
  const out = new Map<string, ScenarioRecord>();
  for (const [startedId, data] of byStarted) {
    const tc = testCases.get(started.get(startedId)!)!;
    const key = pickles.get(tc.pickleId)!.key;
    out.set(key, {
      key,
      steps: tc.stepIds.map((id) => data.steps.get(id) ?? 'missing'),
      attachments: ['', ...tc.stepIds].flatMap((id) => (data.attachments.get(id) ?? []).map((a) => `${id ? tc.stepIds.indexOf(id) : '-'}: ${a}`)),
    });
  }
  return out;
}

/** The JUnit report without its timings (and testcases sorted), which is all that may differ. */
export function normalizeJunit(xml: string): string {
  const cases = xml.match(/<testcase[\s\S]*?<\/testcase>|<testcase[^>]*\/>/g) ?? [];
  return cases.map((c) => c.replace(/ time="[^"]*"/g, '').replace(/ timestamp="[^"]*"/g, '')).sort().join('\n');
}

export interface Comparison {
  scenarios: number;
  differences: string[];
}

type RunOutput = { ndjson: string; junit: string; success: boolean; stdout: string };

/**
 * Both runs through cucumber's API in this process (the serial run, and the parallel run's
 * coordinator, reuse the support code loaded once; only the parallel workers are new processes).
 */
async function runBoth(paths: string[]): Promise<{ serial: RunOutput; parallel: RunOutput }> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const api = require('@cucumber/cucumber/api') as typeof import('@cucumber/cucumber/api');
  const { Writable } = await import('node:stream');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubespec-parallel-'));
  try {
    const sink = () => {
      const chunks: string[] = [];
      return { chunks, stream: new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }) };
    };
    const run = async (name: string, tweak: (c: Record<string, unknown>) => Record<string, unknown>): Promise<RunOutput> => {
      const out = sink();
      const err = sink();
      const environment = { cwd: root, stdout: out.stream, stderr: err.stream, env: process.env };
      const junit = path.join(dir, `${name}.xml`);
      const { runConfiguration } = await api.loadConfiguration({
        file: false,
        provided: {
          requireModule: [path.join(root, 'scripts/register.js')],
          require: [path.join(root, 'steps/**/*.ts')],
          paths: paths.map((p) => path.resolve(root, p)),
          strict: true,
          formatOptions: { snippetSyntax: path.join(root, 'steps/snippet-syntax.cjs') },
          format: ['progress', `junit:${junit}`],
        },
      }, environment);
      support ??= await api.loadSupport(runConfiguration, environment);
      const envelopes: string[] = [];
      const config = tweak({ ...runConfiguration, support }) as unknown as Parameters<typeof api.runCucumber>[0];
      const result = await api.runCucumber(config, environment, (m) => envelopes.push(JSON.stringify(m)));
      return { ndjson: envelopes.join('\n'), junit: fs.existsSync(junit) ? fs.readFileSync(junit, 'utf8') : '', success: result.success, stdout: out.chunks.join('') + err.chunks.join('') };
    };
    let support: Awaited<ReturnType<typeof api.loadSupport>> | undefined;
    const serial = await run('serial', (c) => c);
    const parallel = await run('parallel', (c) => ({
      ...c,
      runtime: { ...(c.runtime as object), parallel: 2 },
      sources: { ...(c.sources as object), order: 'random:7' },
    }));
    return { serial, parallel };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Serial vs `--parallel 2` (random order) on the given feature paths. */
export async function compareSerialAndParallel(paths: string[]): Promise<Comparison & { serialOutput: string }> {
  const { serial, parallel } = await runBoth(paths);
  const differences: string[] = [];
  if (serial.success !== parallel.success) differences.push(`success: serial ${serial.success}, parallel ${parallel.success}`);
  const a = scenarioRecords(serial.ndjson);
  const b = scenarioRecords(parallel.ndjson);
  if (a.size === 0) differences.push(`the serial run reported no scenario:\n${serial.stdout.slice(0, 2000)}`);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (!x || !y) {
      differences.push(`${key}: only in the ${x ? 'serial' : 'parallel'} run`);
      continue;
    }
    if (JSON.stringify(x.steps) !== JSON.stringify(y.steps)) differences.push(`${key}: step results differ\n  serial:   ${x.steps.join(' | ')}\n  parallel: ${y.steps.join(' | ')}`);
    if (x.attachments.length !== y.attachments.length) differences.push(`${key}: ${x.attachments.length} attachments serially, ${y.attachments.length} in parallel`);
    x.attachments.forEach((att, i) => {
      if (y.attachments[i] !== undefined && att !== y.attachments[i]) {
        let j = 0;
        while (j < att.length && att[j] === y.attachments[i][j]) j++;
        differences.push(`${key}: attachment ${i} differs from character ${j}\n  serial:   …${att.slice(Math.max(0, j - 60), j + 100)}\n  parallel: …${y.attachments[i].slice(Math.max(0, j - 60), j + 100)}`);
      }
    });
  }
  if (normalizeJunit(serial.junit) !== normalizeJunit(parallel.junit)) differences.push('the JUnit reports differ beyond their timings');
  return { scenarios: a.size, differences, serialOutput: serial.stdout };
}

if (require.main === module) {
  const paths = process.argv.slice(2);
  void compareSerialAndParallel(paths.length > 0 ? paths : ['features/**/*.feature']).then((r) => {
    console.log(`${r.scenarios} scenarios compared; ${r.differences.length} differences`);
    for (const d of r.differences) console.log(`- ${d}`);
    process.exit(r.differences.length === 0 ? 0 : 1);
  });
}
