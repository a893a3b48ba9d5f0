/**
 * Property: the Deployment controller's invariants hold under any schedule of image changes,
 * scaling, pause/resume, undo, pod deletions and time, for any size (0–200), surge and
 * unavailability (ints and percents), minReadySeconds, readiness probe, and image behaviour
 * (slow start, never ready, unready after a while, crash loops). See InvariantMonitor in
 * testdata/rollout-scenarios.ts for the exact statements of (a)–(e).
 *
 * CI runs `ROLLOUT_RUNS` schedules; `npm run fuzz` runs FUZZ_RUNS. A failure prints fast-check's
 * seed and path (replay: FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz -- <this file>) and the
 * simulator seed inside the counterexample.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { fcParams, runScenario, scenarioArb } from './testdata/rollout-scenarios';

/** Schedules per CI run (with the 120 of determinism.property.test.ts: 1,020 in total). */
export const ROLLOUT_RUNS = 900;

test(`rollout invariants (a) availability, (b) surge, (c) ownership, (d) revisions, (e) completion hold for random schedules`, () => {
  fc.assert(
    fc.property(scenarioArb(), (s) => {
      const run = runScenario(s);
      if (run.failures.length > 0) {
        throw new Error(`${run.failures[0]}\n  simulator seed ${s.simSeed} (new Cluster({ seed: ${s.simSeed} }))\n  last kubectl commands:\n    ${run.transcript.slice(-4).join('\n    ').replace(/\n/g, '\n    ')}`);
      }
    }),
    fcParams(ROLLOUT_RUNS),
  );
});
