/**
 * Golden tests: every testdata/<name>.input.yaml is rendered and compared byte for byte with
 * testdata/<name>.golden.txt. `UPDATE_GOLDEN=1` rewrites the golden files from the current output
 * (review the diff: the goldens marked [V] reproduce outputs verified against real kubectl).
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderGoldenCase, type GoldenCase } from './golden-case';

const dir = join(__dirname, 'testdata');
const update = process.env.UPDATE_GOLDEN === '1';

for (const file of readdirSync(dir).filter((f) => f.endsWith('.input.yaml')).sort()) {
  const name = file.slice(0, -'.input.yaml'.length);
  test(`golden: ${name}`, () => {
    const input = parse(readFileSync(join(dir, file), 'utf8')) as GoldenCase;
    const actual = renderGoldenCase(input);
    const goldenPath = join(dir, `${name}.golden.txt`);
    if (update) writeFileSync(goldenPath, actual);
    expect(actual).to.equal(readFileSync(goldenPath, 'utf8'));
  });
}
