/**
 * Property (f): the same seed and the same schedule give the same run — the timeline JSON, every
 * kubectl output and the final objects byte for byte — even with another simulation run in
 * between in the same process (no state leaks from one cluster to the next).
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { fcParams, runScenario, scenarioArb, type Scenario } from './testdata/rollout-scenarios';

/** Schedules per CI run (each plays two random schedules: 120, with rollout.property.test.ts 1,020 in total). */
export const DETERMINISM_RUNS = 60;

function fingerprint(s: Scenario): { timeline: string; transcript: string; objects: string } {
  const run = runScenario(s, { check: false });
  const c = run.cluster;
  return {
    timeline: JSON.stringify(c.timeline.toJSON()),
    transcript: run.transcript.join('\n') + `\nfinal: ${JSON.stringify(run.final)}`,
    objects: JSON.stringify(['deployment', 'replicaset', 'pod', 'event'].map((k) => c.list(k))),
  };
}

test('the same seed reproduces the same timeline, outputs and objects (with another run in between)', () => {
  fc.assert(
    fc.property(scenarioArb({ maxOps: 8 }), scenarioArb({ maxOps: 4 }), (s, other) => {
      const first = fingerprint(s);
      runScenario(other, { check: false });
      const second = fingerprint(s);
      for (const part of ['timeline', 'transcript', 'objects'] as const) {
        if (first[part] !== second[part]) {
          let i = 0;
          while (i < first[part].length && first[part][i] === second[part][i]) i++;
          throw new Error(`(f) simulator seed ${s.simSeed}: the ${part} differs between two runs of the same schedule, from character ${i}:\n  first:  …${first[part].slice(Math.max(0, i - 80), i + 120)}\n  second: …${second[part].slice(Math.max(0, i - 80), i + 120)}`);
        }
      }
    }),
    fcParams(DETERMINISM_RUNS),
  );
});
