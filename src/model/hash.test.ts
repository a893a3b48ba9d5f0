/**
 * Table tests for hash.ts: the pod-template-hash rule of k8s-semantics.md §1.1. Go's bit-exact
 * hash is not reproducible, so these check what is: the decimal → safe-alphabet encoding, the
 * charset / length of every hash, determinism, and that the hash changes exactly when the
 * template or collisionCount does.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import { canonicalJson, computeHash, deepCopy, deepEqual, safeEncode } from './hash';

const HASH = /^[456789bcdf]{1,10}$/;
/** The inverse of the encoding: '4'→0 … '9'→5, 'b'→6, 'c'→7, 'd'→8, 'f'→9. */
const decode = (h: string): string => [...h].map((c) => '456789bcdf'.indexOf(c)).join('');

const encodeRows: Array<{ name: string; decimal: string; want: string }> = [
  { name: 'every digit', decimal: '0123456789', want: '456789bcdf' },
  { name: 'the spec example 66b6c48dd5 is 2262704881', decimal: '2262704881', want: '66b6c48dd5' },
  { name: 'the largest uint32', decimal: '4294967295', want: '86f8fbc6f9' },
  { name: 'zero', decimal: '0', want: '4' },
];

for (const row of encodeRows) {
  test(`safeEncode: ${row.name}`, () => {
    expect(safeEncode(row.decimal)).to.equal(row.want);
    expect(decode(row.want)).to.equal(row.decimal);
  });
}

const container = { name: 'web', image: 'nginx:1.25' };
const templates: Array<{ name: string; template: unknown }> = [
  { name: 'a minimal template', template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container] } } },
  { name: 'another image', template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ ...container, image: 'nginx:1.26' }] } } },
  { name: 'with env', template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ ...container, env: [{ name: 'A', value: '1' }] }] } } },
  { name: 'with an annotation', template: { metadata: { labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' } }, spec: { containers: [container] } } },
  { name: 'non-ASCII', template: { metadata: { labels: { app: '웹' } }, spec: { containers: [container] } } },
  { name: 'empty', template: {} },
];

for (const row of templates) {
  test(`computeHash: ${row.name} → only 4-9 b c d f, 1-10 characters, a decimal uint32 without leading zero`, () => {
    for (const collisionCount of [undefined, 0, 1, 7, 2147483647]) {
      const h = computeHash(row.template, collisionCount);
      expect(h).to.match(HASH);
      const decimal = decode(h);
      expect(Number(decimal)).to.be.at.most(4294967295);
      expect(String(Number(decimal))).to.equal(decimal);
      expect(computeHash(deepCopy(row.template), collisionCount), 'deterministic').to.equal(h);
    }
  });
}

test('computeHash: every template above hashes differently', () => {
  const hashes = templates.map((t) => computeHash(t.template));
  expect(new Set(hashes).size).to.equal(templates.length);
});

const changeRows: Array<{ name: string; a: unknown; b: unknown; same: boolean }> = [
  { name: 'key order does not matter', a: { metadata: { labels: { app: 'web', tier: 'fe' } } }, b: { metadata: { labels: { tier: 'fe', app: 'web' } } }, same: true },
  { name: 'undefined members are dropped', a: { spec: { containers: [container], hostname: undefined } }, b: { spec: { containers: [container] } }, same: true },
  { name: 'a label value', a: { metadata: { labels: { app: 'web' } } }, b: { metadata: { labels: { app: 'api' } } }, same: false },
  { name: 'array order matters', a: { spec: { containers: [container, { name: 'b', image: 'b' }] } }, b: { spec: { containers: [{ name: 'b', image: 'b' }, container] } }, same: false },
  { name: 'a number vs the same digits as a string', a: { spec: { terminationGracePeriodSeconds: 30 } }, b: { spec: { terminationGracePeriodSeconds: '30' } }, same: false },
];

for (const row of changeRows) {
  test(`computeHash: ${row.name}`, () => {
    expect(computeHash(row.a) === computeHash(row.b)).to.equal(row.same);
    expect(deepEqual(row.a, row.b)).to.equal(row.same);
  });
}

const collisionRows: Array<{ name: string; a: number | undefined; b: number | undefined; same: boolean }> = [
  { name: 'no collisionCount vs 0: different (upstream hashes a non-nil 0)', a: undefined, b: 0, same: false },
  { name: '1 vs 2', a: 1, b: 2, same: false },
  { name: 'the same count', a: 3, b: 3, same: true },
];

for (const row of collisionRows) {
  test(`computeHash collisionCount: ${row.name}`, () => {
    const t = templates[0].template;
    expect(computeHash(t, row.a) === computeHash(t, row.b)).to.equal(row.same);
  });
}

const canonicalRows: Array<{ name: string; value: unknown; want: string }> = [
  { name: 'sorted keys at every level', value: { b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } }, want: '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}' },
  { name: 'undefined members dropped', value: { a: undefined, b: null }, want: '{"b":null}' },
  { name: 'scalars', value: 'web', want: '"web"' },
  { name: 'undefined alone', value: undefined, want: 'null' },
];

for (const row of canonicalRows) {
  test(`canonicalJson: ${row.name}`, () => {
    expect(canonicalJson(row.value)).to.equal(row.want);
  });
}

test('deepEqual agrees with comparing canonicalJson strings', async () => {
  const { canonicalJson, deepEqual } = await import('./hash');
  const values: unknown[] = [
    null, undefined, 0, 1, -0, NaN, '', '0', 'a', true, false, [], {}, [null], [undefined], [1, 2], [2, 1],
    { a: 1 }, { a: 1, b: undefined }, { b: undefined }, { a: null }, { a: undefined }, { a: 1, b: 2 }, { b: 2, a: 1 },
    { a: [1, { c: 3 }] }, { a: [1, { c: 3, d: undefined }] }, { a: [1, { c: '3' }] }, { 0: 'x' }, ['x'],
    { a: { b: { c: [] } } }, { a: { b: { c: {} } } }, { a: { b: { c: [undefined] } } }, { a: { b: { c: [null] } } },
  ];
  for (const a of values) {
    for (const b of values) {
      expect(deepEqual(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).to.equal(canonicalJson(a) === canonicalJson(b));
    }
  }
});
