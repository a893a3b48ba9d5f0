import { test } from 'node:test';
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderVocabulary } from './vocabulary';

test('docs/steps.md lists exactly the phrasings the step definitions register (npm run vocabulary)', () => {
  const onDisk = fs.readFileSync(path.join(__dirname, '..', 'docs', 'steps.md'), 'utf8');
  expect(onDisk, 'docs/steps.md is stale: run `npm run vocabulary`').to.equal(renderVocabulary());
});
