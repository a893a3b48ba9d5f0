/**
 * `npm run fuzz [-- <property test files>]`: the property tests (src/sim/*.property.test.ts) with
 * many more cases than CI and a fresh random seed each time. FUZZ_RUNS sets the cases per
 * property (default 10000). To replay a failure, pass the seed and path it printed:
 *   FUZZ_SEED=1234 FUZZ_PATH="12:0:3" npm run fuzz -- src/sim/rollout.property.test.ts
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
const files = process.argv.slice(2);
const targets = files.length > 0 ? files : fs.readdirSync(path.join(root, 'src/sim')).filter((f) => f.endsWith('.property.test.ts')).sort().map((f) => path.join('src/sim', f));
const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
console.log(`fuzzing ${targets.join(', ')} with ${env.FUZZ_RUNS} runs per property${env.FUZZ_SEED ? ` from seed ${env.FUZZ_SEED}` : ''}`);
const r = spawnSync(process.execPath, ['--require', path.join(root, 'scripts/register.js'), '--test', '--test-concurrency=2', ...targets], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
