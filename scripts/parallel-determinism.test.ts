/**
 * No state leaks between scenarios: cucumber run serially and with `--parallel 2` (random order)
 * gives the same statuses, the same attachments byte for byte (each scenario's timeline JSON with
 * its seed) and the same JUnit report but for timings. The subset includes steps that do not
 * exist, so the same run also shows what an undefined step prints (undefined-step-hints.ts).
 */
import { test } from 'node:test';
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareSerialAndParallel } from './parallel-determinism';

test('serial and --parallel 2 runs report the same results, timelines and JUnit; undefined steps come with hints', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubespec-hints-'));
  try {
    const hints = path.join(dir, 'hints.feature');
    fs.writeFileSync(hints, [
      'Feature: hints',
      '  Scenario: a number in words',
      '    Given deployment "web" with ten replicas of image "nginx:1.25"',
      '  Scenario: a unit that is not one',
      '    When 5 parsecs pass',
      '  Scenario: a negative count',
      '    Given deployment "web" with -1 replicas of image "nginx:1.25"',
      '',
    ].join('\n'));
    const r = await compareSerialAndParallel(['features/deployment/rolling-update.feature', 'features/deployment/rolling-update.ko.feature', 'features/deployment/self-healing.feature', path.relative(path.join(__dirname, '..'), hints)]);
    expect(r.differences, r.differences.join('\n')).to.deep.equal([]);
    expect(r.scenarios).to.be.greaterThan(10);
    const out = r.serialOutput;
    expect(out).to.include('// kubespec: no step reads "deployment "web" with ten replicas of image "nginx:1.25"". The closest phrasings (docs/steps.md lists them all):\n');
    expect(out).to.include('//   deployment {string} with {int} replica(s) of image {string}\n');
    expect(out).to.include('//     ↳ {int} expects a whole number, e.g. 3, not "ten"\n');
    expect(out).to.include("Given('deployment {string} with ten replicas of image {string}', function (string, string2) {");
    expect(out).to.include('//   {duration} pass(es)\n');
    expect(out).to.include('//     ↳ {duration} expects a number and a unit: 30 seconds, 5 minutes, 1 hour, 90s, 30초, 5분, not "5 parsecs"\n');
    expect(out).to.include('the step "deployment {string} with {int} replica(s) of image {string}" expects replicas to be a whole number 0 or more, not -1');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
