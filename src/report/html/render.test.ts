import { test } from 'node:test';
import { expect } from 'chai';
import { renderReport } from './render';
import { collectRun } from '../model/collect';
import { syntheticRun } from '../testdata/synthetic';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function report(salt: string, wallTime = false, language: 'en' | 'ko' = 'en') {
  return renderReport(collectRun(syntheticRun({ features: 2, scenariosPerFeature: 3, failEvery: 4, undefinedEvery: 5, hostile: HOSTILE, idSalt: salt, language })), { wallTime });
}

test('the report is an index per language, one page per feature and one stylesheet', () => {
  expect([...report('a').keys()]).to.deep.equal(['index.html', 'index.ko.html', 'features/synthetic--feature-001.html', 'features/synthetic--feature-002.html', 'assets/report.css']);
});

test('scenario names, step arguments, manifests, transcripts and errors render as text', () => {
  for (const [name, html] of report('a')) {
    if (!name.endsWith('.html')) continue;
    expect(html, name).to.not.include('<script>alert');
    expect(html, name).to.not.include('<img src=x');
    expect(html, name).to.not.match(/<script\b/);
  }
  const page = report('a').get('features/synthetic--feature-001.html')!;
  expect(page).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
});

test('a feature page shows steps, figures, manifests, the transcript, the chart and the failure', () => {
  const page = report('a').get('features/synthetic--feature-002.html')!;
  expect(page).to.include('class="figure ">');
  expect(page).to.include('min available');
  expect(page).to.include('<details class="manifest"');
  expect(page).to.include('class="terminal"');
  expect(page).to.include('data-chart="timeline"');
  expect(page).to.include('class="failure" role="alert"');
  expect(page).to.include('t &#x3D; 3 s (2026-01-01T00:00:03.000Z)');
});

test('same scenarios, different ids and wall timestamps → byte-identical pages when wall time is off', () => {
  const a = report('first');
  const b = report('second-run');
  for (const [name, html] of a) expect(b.get(name), name).to.equal(html);
});

test('wall durations sit only in elements of class "wall"', () => {
  const withWall = report('a', true).get('features/synthetic--feature-001.html')!;
  const without = report('a', false).get('features/synthetic--feature-001.html')!;
  const strip = (h: string) => h.replace(/<span class="wall">[^<]*<\/span>/g, '');
  expect(withWall).to.include('class="wall"');
  expect(without).to.not.include('class="wall"');
  expect(strip(withWall)).to.equal(without);
});

test('a Korean feature gets a Korean page', () => {
  const page = report('a', false, 'ko').get('features/synthetic--feature-001.ko.html')!;
  expect(page).to.include('<html lang="ko">');
  expect(page).to.include('통과');
  expect(page).to.include('가상 시간');
  expect(page).to.not.include('>passed<');
  expect(page).to.include('사용 가능한 파드 최소');
});
