import { test } from 'node:test';
import { expect } from 'chai';
import * as path from 'node:path';
import { buildCourse, featureBase, loadCourseConfig, parseCourseConfig } from './course';
import { renderStudy } from './render-study';
import { fence, mdText } from './markdown';
import { collectRun } from '../model/collect';
import { syntheticRun } from '../testdata/synthetic';
import type { RunView } from '../model/run-model';

const config = parseCourseConfig(`
topics:
  - id: first
    title: { en: First, ko: 첫째 }
    summary: { en: The first topic., ko: 첫 주제. }
    features: [features/synthetic/feature-002]
  - id: second
    title: { en: Second, ko: 둘째 }
    features: [features/synthetic/*]
  - id: more
    title: { en: More, ko: 더 }
    features: []
`);

function run(language: 'en' | 'ko' = 'en', hostile = ''): RunView {
  return collectRun(syntheticRun({ features: 3, scenariosPerFeature: 2, failEvery: 3, language, hostile }));
}

test('topics take features by path (English and Korean twins alike), in config order; failures are left out', () => {
  expect(featureBase('features/a/b.ko.feature')).to.equal('features/a/b');
  const c = buildCourse(run(), config, 'en');
  expect(c.topics.map((t) => [t.slug, t.lessons.map((l) => l.feature.uri)])).to.deep.equal([
    ['01-first', ['features/synthetic/feature-002.feature']],
    ['02-second', ['features/synthetic/feature-001.feature', 'features/synthetic/feature-003.feature']],
    ['03-more', []],
  ]);
  expect(c.leftOut.map((l) => l.scenario.name)).to.have.length(2);
  expect(c.topics.flatMap((t) => t.lessons.flatMap((l) => l.scenarios)).every((s) => s.status === 'passed')).to.equal(true);
  expect(buildCourse(run(), config, 'ko').topics.every((t) => t.lessons.length === 0)).to.equal(true);
});

test('@topic- and @order- tags move and order scenarios', () => {
  const r = run();
  const [s1, s2] = r.features[0].scenarios;
  s2.tags.push('@order-1');
  const moved = r.features[2].scenarios[0];
  moved.tags.push('@topic-more');
  const c = buildCourse(r, config, 'en');
  expect(c.topics[2].lessons[0].scenarios.map((s) => s.name)).to.deep.equal([moved.name]);
  expect(c.topics[1].lessons.map((l) => l.feature.uri)).to.deep.equal(['features/synthetic/feature-001.feature']);
  expect(c.topics[1].lessons[0].scenarios.map((s) => s.name)).to.deep.equal([s2.name, s1.name]);
});

test('the course is written in both languages, HTML and Markdown, with charts as files', () => {
  const files = renderStudy(run('ko'), config, {});
  const names = [...files.keys()];
  expect(names).to.include.members(['index.html', 'ko/index.html', 'ko/README.md', 'en/index.html', 'en/README.md', 'ko/01-first.html', 'ko/01-first.md']);
  expect(names.some((n) => /^ko\/charts\/.+\.svg$/.test(n))).to.equal(true);
  const page = files.get('ko/01-first.html')!;
  expect(page).to.include('<html lang="ko">');
  expect(page).to.include('증명된 사실');
  expect(page).to.include('data-chart="timeline"');
  expect(files.get('ko/index.html')).to.include('통과하지 못해 제외된 시나리오');
  expect(files.get('ko/01-first.md')).to.match(/!\[.*\]\(charts\/01-first-feature-002-\d\.svg\)/);
});

test('hostile text stays text in HTML and Markdown', () => {
  const files = renderStudy(run('en', '<script>alert(1)</script>'), config, {});
  for (const [name, body] of files) {
    if (name.endsWith('.html') || name.endsWith('.svg')) expect(body, name).to.not.match(/<script\b/);
  }
  expect(files.get('en/01-first.md')).to.include('&lt;script&gt;');
  expect(mdText('a *b* [c](d) <e>')).to.equal('a \\*b\\* \\[c\\](d) &lt;e&gt;');
  expect(fence('x ``` y', 'text')).to.equal('````text\nx ``` y\n````');
});

test('docs/course.yaml is valid and names every topic of the issue', () => {
  const c = loadCourseConfig(path.join(__dirname, '..', '..', '..', 'docs', 'course.yaml'));
  expect(c.topics.map((t) => t.id)).to.include.members(['basics', 'scaling', 'rolling-update', 'rollout-speed', 'rollback', 'pause-canary', 'self-healing', 'nodes', 'statefulset', 'services']);
  for (const t of c.topics) expect(t.title.ko, t.id).to.be.a('string');
});
