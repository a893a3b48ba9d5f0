/**
 * npm run docs — the study course from the scenarios that pass.
 *
 *   npm run docs                      run every feature (writes reports/), then build reports/study/
 *   npm run docs -- --no-run          build from the last run's reports/messages.ndjson
 *   npm run docs -- --messages F --out DIR --course docs/course.yaml
 *   npm start                         = --profile examples --exit-status: the main job, which
 *                                       fails when a scenario fails (after writing the course)
 *
 * A failing scenario does not stop the course: it is left out and the course index lists it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportOptionsFromEnv } from '../src/report/formatter';
import { writeStudy } from '../src/report/study/write-study';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const root = path.resolve(__dirname, '..');
const messages = path.resolve(arg('--messages', path.join(root, 'reports/messages.ndjson')));
const out = path.resolve(arg('--out', path.join(root, 'reports/study')));
const course = path.resolve(arg('--course', path.join(root, 'docs/course.yaml')));

let cucumberStatus = 0;
if (!process.argv.includes('--no-run')) {
  const bin = path.join(root, 'node_modules/.bin/cucumber-js');
  const profile = process.argv.includes('--profile') ? ['--profile', arg('--profile', 'default')] : [];
  const r = spawnSync(bin, profile, { cwd: root, stdio: 'inherit' });
  if (r.error) throw r.error;
  cucumberStatus = r.status ?? 1;
  if (r.status !== 0) console.log('\nSome scenarios did not pass: they are left out of the course.');
}
if (!fs.existsSync(messages)) {
  console.error(`${path.relative(root, messages)} is missing: run the features first (npm test or npm start).`);
  process.exit(1);
}
const r = writeStudy(messages, course, out, reportOptionsFromEnv());
console.log(`study course: ${path.relative(root, out)}/index.html (${r.files} files from ${r.passed} passing scenarios, ${r.leftOut} left out)`);
if (process.argv.includes('--exit-status')) process.exitCode = cucumberStatus;
