/**
 * An undefined step comes with the closest existing phrasings, and a parameter that does not
 * parse is named with what it expects ("ten replicas", "5 parsecs"); a negative count fails the
 * step with its phrasing. See steps/undefined-step-hints.ts.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParameterTypeRegistry } from '@cucumber/cucumber-expressions';

const root = path.join(__dirname, '..');

/** Loads the step files outside a cucumber run (as scripts/vocabulary.ts does). */
function loadSteps(): ParameterTypeRegistry {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const builder = require(path.join(path.dirname(require.resolve('@cucumber/cucumber')), 'support_code_library_builder')).default;
  builder.reset(root, () => 'hints');
  for (const f of fs.readdirSync(path.join(root, 'steps')).filter((f) => f.endsWith('.ts')).sort()) require(path.join(root, 'steps', f));
  return builder.parameterTypeRegistry as ParameterTypeRegistry;
}

test('closest phrasings: a step that is an existing phrasing but for a parameter names the parameter and what it expects', () => {
  const registry = loadSteps();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { closestPhrasings } = require('../steps/undefined-step-hints') as typeof import('../steps/undefined-step-hints');
  const ten = closestPhrasings('deployment "web" with ten replicas of image "nginx:1.25"', registry);
  expect(ten[0]).to.deep.equal({ expression: 'deployment {string} with {int} replica(s) of image {string}', problem: '{int} expects a whole number, e.g. 3, not "ten"' });
  const parsecs = closestPhrasings('5 parsecs pass', registry);
  expect(parsecs[0]).to.deep.equal({ expression: '{duration} pass(es)', problem: '{duration} expects a number and a unit: 30 seconds, 5 minutes, 1 hour, 90s, 30초, 5분, not "5 parsecs"' });
  const korean = closestPhrasings('5파섹이 지나면', registry);
  expect(korean[0].expression).to.equal('{duration}이/가 지나면/지난다/경과하면/경과한다');
  expect(korean[0].problem).to.equal('{duration} expects a number and a unit: 30 seconds, 5 minutes, 1 hour, 90s, 30초, 5분, not "5파섹"');
  // A near miss in the words: the phrasings that read most alike, no parameter blamed.
  const typo = closestPhrasings('the image is changed to "nginx:1.26"', registry);
  expect(typo.map((h) => h.expression)).to.include('the image changes to {string}');
  expect(typo.every((h) => h.problem === undefined)).to.equal(true);
});

// The same hints as cucumber prints them, and the "-1 replicas" failure, are checked on a real run
// in parallel-determinism.test.ts (which runs cucumber anyway).
