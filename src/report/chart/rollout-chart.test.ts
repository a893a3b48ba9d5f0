import { test } from 'node:test';
import { expect } from 'chai';
import { rolloutCharts, NEW_RS_COLOR } from './rollout-chart';
import { labelsFor } from '../i18n';
import { timeline } from '../testdata/synthetic';

const tl = () => ({ ...timeline(4), commands: [{ at: Date.UTC(2026, 0, 1) + 5000, line: 'kubectl rollout pause deployment web' }, { at: Date.UTC(2026, 0, 1) + 5000, line: 'kubectl get pods' }] });

test('the chart draws every series kind, with the newest ReplicaSet in blue', () => {
  const [c] = rolloutCharts(tl(), { labels: labelsFor('en') });
  expect(c.deployment).to.equal('web');
  for (const kind of ['band', 'replicaset-pods', 'terminating', 'available', 'desired']) expect(c.svg).to.include(`data-series="${kind}"`);
  expect(c.svg).to.match(new RegExp(`data-replicaset="web-new"[^>]*|fill="${NEW_RS_COLOR}"[^>]*data-replicaset="web-new"`));
  expect(c.svg).to.include('web-new (rev 2)');
  expect(c.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
  expect(c.svg).to.not.match(/<script|<style|href=/);
});

test('user actions, changing kubectl commands and controller events are marked with tooltips; reads are not', () => {
  const [c] = rolloutCharts(tl(), { labels: labelsFor('en'), failureAt: Date.UTC(2026, 0, 1) + 3000 });
  expect(c.svg).to.include('<title>at 1 s: image → nginx:1.26</title>');
  expect(c.svg).to.include('<title>at 5 s: $ kubectl rollout pause deployment web</title>');
  expect(c.svg).to.not.include('kubectl get pods');
  expect(c.svg).to.include('<title>at 2 s: ScalingReplicaSet: Scaled up replica set web-new from 0 to 1</title>');
  expect(c.svg).to.include('data-mark="failure"');
});

test('labels follow the page language', () => {
  const [c] = rolloutCharts(tl(), { labels: labelsFor('ko') });
  expect(c.svg).to.include('가상 시간 (초)');
  expect(c.svg).to.include('web-new (리비전 2)');
  expect(c.svg).to.include('사용 가능');
});

test('text from the scenario is escaped in the SVG', () => {
  const t = tl();
  t.marks[0].text = '<script>alert(1)</script>';
  const [c] = rolloutCharts(t, { labels: labelsFor('en') });
  expect(c.svg).to.not.include('<script>');
  expect(c.svg).to.include('&lt;script&gt;');
});

test('the same timeline gives the same bytes', () => {
  expect(rolloutCharts(tl(), { labels: labelsFor('en') })[0].svg).to.equal(rolloutCharts(tl(), { labels: labelsFor('en') })[0].svg);
});
