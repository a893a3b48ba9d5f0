/**
 * Runs every golden case through the real kubectl binary and compares its stdout with ours.
 * Opt-in, because it needs kubectl v1.32 on PATH: `KUBECTL_ORACLE=1 node ... --test <this file>`.
 *
 * Each case's objects are served by fake-api-server.ts with every timestamp shifted so that the
 * case's virtual "now" is the real time of the run (kubectl computes describe ages from the wall
 * clock); our printer renders the same shifted objects at the moment kubectl finished. A run that
 * straddles a second boundary can differ by one second in an age, so a mismatch is retried.
 * Note that `get` tables take their cells from buildServerTable (the server side is ours): for
 * them this checks kubectl's client half — decorations, column filtering, alignment.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { KubeObject, Pod } from '../../model/types';
import { renderGoldenCase, type GoldenCase } from './golden-case';
import { startFakeApiServer } from './fake-api-server';
import { withSynthesizedRuntimeFields } from './synthesized-fields';

const enabled = process.env.KUBECTL_ORACLE === '1';
const dir = join(__dirname, 'testdata');
const run = promisify(execFile);

test('kubectl oracle: golden cases print the same with real kubectl', { skip: !enabled && 'set KUBECTL_ORACLE=1 to run' }, async (t) => {
  let served: readonly KubeObject[] = [];
  const server = await startFakeApiServer(() => served, Date.now);
  const cacheDir = mkdtempSync(join(tmpdir(), 'kubectl-oracle-'));
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.input.yaml')).sort()) {
      await t.test(file, async () => {
        const c = parse(readFileSync(join(dir, file), 'utf8')) as GoldenCase;
        let ours = '';
        let theirs = '';
        for (let attempt = 0; attempt < 3 && (attempt === 0 || ours !== theirs); attempt++) {
          const start = Math.floor(Date.now() / 1000) * 1000;
          let objects = shiftTimestamps(c.objects, start - Date.parse(c.now)) as KubeObject[];
          // describe pod synthesizes runtime fields; serve them so kubectl shows the same values.
          if (c.render === 'describe-pod') objects = objects.map((o) => (o.kind === 'Pod' ? (withSynthesizedRuntimeFields(o as unknown as Pod) as unknown as KubeObject) : o));
          served = objects;
          const args = ['--server', `http://127.0.0.1:${server.port}`, '--cache-dir', cacheDir, '-n', 'default', ...c.kubectl.split(' ')];
          theirs = (await run('kubectl', args, { env: { ...process.env, TZ: 'UTC' } })).stdout;
          ours = renderGoldenCase({ ...c, objects, now: new Date(Date.now() - 30).toISOString() });
          if (c.oracle === 'lines') {
            ours = sortedLines(ours);
            theirs = sortedLines(theirs);
          }
        }
        expect(ours).to.equal(theirs);
      });
    }
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

// The lines of a text in code-unit order: kubectl walks configmap and secret data in Go's random
// map order, so a case with several keys can only be compared line by line.
function sortedLines(text: string): string {
  return text.split('\n').sort().join('\n');
}

// Moves every RFC3339 timestamp (seconds or micro-seconds precision) by `deltaMs`.
function shiftTimestamps(value: unknown, deltaMs: number): unknown {
  if (typeof value === 'string') {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(value);
    if (!m) return value;
    return `${new Date(Date.parse(`${m[1]}Z`) + deltaMs).toISOString().slice(0, 19)}${m[2] ?? ''}Z`;
  }
  if (Array.isArray(value)) return value.map((v) => shiftTimestamps(v, deltaMs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftTimestamps(v, deltaMs)]));
  }
  return value;
}
