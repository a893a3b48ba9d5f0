import { test } from 'node:test';
import { expect } from 'chai';
import { collectRun } from './model/collect';
import { renderReport } from './html/render';
import { syntheticRun } from './testdata/synthetic';

/**
 * A suite of 500 scenarios must still give a report that opens fast: the index stays small, each
 * feature page holds only its own scenarios, and nothing is inlined per scenario that could be
 * shared (stylesheet, scripts, fonts). The browser test opens this report too and times it.
 */
test('500 scenarios: rendered in seconds, small index, feature pages without per-scenario duplication', () => {
  const t0 = process.hrtime.bigint();
  const envelopes = syntheticRun({ features: 25, scenariosPerFeature: 20, failEvery: 97, undefinedEvery: 89 });
  const run = collectRun(envelopes);
  const files = renderReport(run, { wallTime: false });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const sizes = [...files].map(([name, body]) => ({ name, bytes: Buffer.byteLength(body) }));
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  const pages = sizes.filter((s) => s.name.startsWith('features/'));
  const biggest = Math.max(...pages.map((p) => p.bytes));
  const index = sizes.find((s) => s.name === 'index.html')!.bytes;
  const messages = envelopes.reduce((n, e) => n + JSON.stringify(e).length + 1, 0);
  console.log(
    `500 scenarios: messages ${(messages / 1e6).toFixed(2)} MB → ${files.size} files, ${(total / 1e6).toFixed(2)} MB in all, ` +
      `index ${(index / 1e3).toFixed(1)} kB, largest feature page ${(biggest / 1e3).toFixed(1)} kB (20 scenarios), ` +
      `${(total / 500 / 1e3).toFixed(1)} kB per scenario, rendered in ${ms.toFixed(0)} ms`,
  );
  expect(run.counts.passed + run.counts.failed + run.counts.undefined).to.equal(500);
  expect(ms, 'render time').to.be.below(15000);
  expect(index, 'index.html bytes').to.be.below(100_000);
  expect(biggest, 'largest feature page').to.be.below(1_000_000);
  expect(total / 500, 'bytes per scenario').to.be.below(40_000);
  for (const p of files.keys()) {
    if (!p.endsWith('.html')) continue;
    const html = files.get(p)!;
    expect(html, p).to.not.match(/<style|<script|@font-face|data:/);
    expect((html.match(/report\.css/g) ?? []).length, p).to.equal(1);
  }
});
