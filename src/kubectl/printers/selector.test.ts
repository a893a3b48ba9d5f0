import { expect } from 'chai';
import { test } from 'node:test';
import type { LabelSelector } from '../../model/types';
import { formatLabelSelector, formatLabels, labelSelectorString } from './selector';

const rows: { name: string; selector: LabelSelector | undefined; string: string; formatted: string }[] = [
  { name: 'absent', selector: undefined, string: '', formatted: '<none>' },
  { name: 'empty', selector: {}, string: '', formatted: '<none>' },
  { name: 'one label', selector: { matchLabels: { app: 'kubia' } }, string: 'app=kubia', formatted: 'app=kubia' },
  {
    name: 'labels sorted by key',
    selector: { matchLabels: { tier: 'web', app: 'kubia' } },
    string: 'app=kubia,tier=web',
    formatted: 'app=kubia,tier=web',
  },
  {
    name: 'every operator, values sorted, all requirements sorted by key',
    selector: {
      matchLabels: { tier: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['qa', 'dev'] },
        { key: 'zone', operator: 'NotIn', values: ['b', 'a'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'app', operator: 'Exists' },
      ],
    },
    string: 'app,!canary,env in (dev,qa),tier=web,zone notin (a,b)',
    formatted: 'app,!canary,env in (dev,qa),tier=web,zone notin (a,b)',
  },
];

for (const row of rows) {
  test(`selector: ${row.name}`, () => {
    expect(labelSelectorString(row.selector)).to.equal(row.string);
    expect(formatLabelSelector(row.selector)).to.equal(row.formatted);
  });
}

test('selector: an unknown operator is <error> for FormatLabelSelector and throws otherwise', () => {
  const bad: LabelSelector = { matchExpressions: [{ key: 'a', operator: 'Near', values: ['x'] }] };
  expect(formatLabelSelector(bad)).to.equal('<error>');
  expect(() => labelSelectorString(bad)).to.throw('"Near" is not a valid label selector operator');
});

test('selector: In without values is invalid', () => {
  expect(formatLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).to.equal('<error>');
});

test('formatLabels: sorted k=v pairs, <none> when empty', () => {
  expect(formatLabels({ 'pod-template-hash': 'bf9b7c90b5', app: 'kubia' })).to.equal('app=kubia,pod-template-hash=bf9b7c90b5');
  expect(formatLabels({})).to.equal('<none>');
  expect(formatLabels(undefined)).to.equal('<none>');
});
