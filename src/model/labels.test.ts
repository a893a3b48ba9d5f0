/**
 * Table tests for labels.ts: LabelSelector matching (metav1.LabelSelectorAsSelector semantics),
 * the empty-selector check the Deployment controller and validation use, and kubectl's `-l`
 * selector strings (labels.Parse).
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { LabelSelector } from './types';
import type { Labels, ParsedSelector } from './labels';
import { isEmptySelector, parseSelectorString, parsedSelectorMatches, selectorMatches } from './labels';

const web: Labels = { app: 'web', tier: 'fe', 'pod-template-hash': '5d9c7f8b4' };

const matchRows: Array<{ name: string; selector: LabelSelector | undefined; labels: Labels | undefined; want: boolean }> = [
  { name: 'matchLabels subset matches', selector: { matchLabels: { app: 'web' } }, labels: web, want: true },
  { name: 'matchLabels all present', selector: { matchLabels: { app: 'web', tier: 'fe' } }, labels: web, want: true },
  { name: 'matchLabels value differs', selector: { matchLabels: { app: 'db' } }, labels: web, want: false },
  { name: 'matchLabels key missing', selector: { matchLabels: { env: 'prod' } }, labels: web, want: false },
  { name: 'no labels at all', selector: { matchLabels: { app: 'web' } }, labels: undefined, want: false },
  { name: 'RS selector with the hash matches only its own pods', selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d9c7f8b4' } }, labels: web, want: true },
  { name: 'RS selector with another hash', selector: { matchLabels: { app: 'web', 'pod-template-hash': '66b6c48dd5' } }, labels: web, want: false },
  { name: 'In: value in the set', selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] }, labels: web, want: true },
  { name: 'In: value not in the set', selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['be'] }] }, labels: web, want: false },
  { name: 'In: key missing', selector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }, labels: web, want: false },
  { name: 'NotIn: value not in the set', selector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['be'] }] }, labels: web, want: true },
  { name: 'NotIn: key missing matches', selector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, labels: web, want: true },
  { name: 'NotIn: value in the set', selector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['fe'] }] }, labels: web, want: false },
  { name: 'Exists', selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels: web, want: true },
  { name: 'Exists: key missing', selector: { matchExpressions: [{ key: 'env', operator: 'Exists' }] }, labels: web, want: false },
  { name: 'DoesNotExist', selector: { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, labels: web, want: true },
  { name: 'DoesNotExist: key present', selector: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels: web, want: false },
  {
    name: 'matchLabels AND matchExpressions',
    selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['be'] }] },
    labels: web,
    want: false,
  },
  { name: 'an unknown operator matches nothing', selector: { matchExpressions: [{ key: 'app', operator: 'Near', values: ['web'] }] }, labels: web, want: false },
  { name: 'the empty selector selects everything', selector: {}, labels: web, want: true },
  { name: 'the empty selector selects unlabelled objects too', selector: {}, labels: undefined, want: true },
  { name: 'no selector selects nothing (labels.Nothing)', selector: undefined, labels: web, want: false },
];

for (const row of matchRows) {
  test(`selectorMatches: ${row.name}`, () => {
    expect(selectorMatches(row.selector, row.labels)).to.equal(row.want);
  });
}

const emptyRows: Array<{ name: string; selector: LabelSelector | undefined; want: boolean }> = [
  { name: '{}', selector: {}, want: true },
  { name: 'empty matchLabels and matchExpressions', selector: { matchLabels: {}, matchExpressions: [] }, want: true },
  { name: 'absent is not "empty" (it is missing)', selector: undefined, want: false },
  { name: 'one label', selector: { matchLabels: { app: 'web' } }, want: false },
  { name: 'one expression', selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, want: false },
];

for (const row of emptyRows) {
  test(`isEmptySelector: ${row.name}`, () => {
    expect(isEmptySelector(row.selector)).to.equal(row.want);
  });
}

const parseRows: Array<{ name: string; text: string; want: ParsedSelector['requirements'] | 'error' }> = [
  { name: 'equality', text: 'app=web', want: [{ key: 'app', op: '=', values: ['web'] }] },
  { name: 'double equals', text: 'app==web', want: [{ key: 'app', op: '=', values: ['web'] }] },
  { name: 'inequality', text: 'tier!=db', want: [{ key: 'tier', op: '!=', values: ['db'] }] },
  { name: 'set-based in', text: 'env in (a,b)', want: [{ key: 'env', op: 'in', values: ['a', 'b'] }] },
  { name: 'set-based notin with spaces', text: 'env notin ( a , b )', want: [{ key: 'env', op: 'notin', values: ['a', 'b'] }] },
  { name: 'exists', text: 'canary', want: [{ key: 'canary', op: 'exists', values: [] }] },
  { name: 'does not exist', text: '!legacy', want: [{ key: 'legacy', op: '!', values: [] }] },
  { name: 'a prefixed key', text: 'app.kubernetes.io/name=web', want: [{ key: 'app.kubernetes.io/name', op: '=', values: ['web'] }] },
  { name: 'an empty value', text: 'app=', want: [{ key: 'app', op: '=', values: [''] }] },
  {
    name: 'everything together, commas inside parentheses kept',
    text: 'app=web,tier!=db,env in (a,b),!legacy',
    want: [
      { key: 'app', op: '=', values: ['web'] },
      { key: 'tier', op: '!=', values: ['db'] },
      { key: 'env', op: 'in', values: ['a', 'b'] },
      { key: 'legacy', op: '!', values: [] },
    ],
  },
  { name: 'spaces around requirements', text: ' app = web , tier ', want: [{ key: 'app', op: '=', values: ['web'] }, { key: 'tier', op: 'exists', values: [] }] },
  { name: 'the empty string selects everything', text: '', want: [] },
  { name: 'a = b = c is an error', text: 'a=b=c', want: 'error' },
  { name: 'an unknown operator word is an error', text: 'env within (a)', want: 'error' },
];

for (const row of parseRows) {
  test(`parseSelectorString: ${row.name}`, () => {
    if (row.want === 'error') expect(() => parseSelectorString(row.text)).to.throw('unable to parse requirement');
    else expect(parseSelectorString(row.text).requirements).to.deep.equal(row.want);
  });
}

const parsedMatchRows: Array<{ name: string; text: string; labels: Labels | undefined; want: boolean }> = [
  { name: 'equality', text: 'app=web', labels: web, want: true },
  { name: 'equality, other value', text: 'app=db', labels: web, want: false },
  { name: 'inequality on a present key', text: 'tier!=db', labels: web, want: true },
  { name: 'inequality on a missing key matches', text: 'env!=prod', labels: web, want: true },
  { name: 'in', text: 'tier in (fe,be)', labels: web, want: true },
  { name: 'in, key missing', text: 'env in (prod)', labels: web, want: false },
  { name: 'notin, key missing matches', text: 'env notin (prod)', labels: web, want: true },
  { name: 'notin, value in the set', text: 'tier notin (fe)', labels: web, want: false },
  { name: 'exists', text: 'tier', labels: web, want: true },
  { name: 'does not exist', text: '!tier', labels: web, want: false },
  { name: 'all requirements must hold', text: 'app=web,!canary,tier in (fe)', labels: web, want: true },
  { name: 'one failing requirement fails the selector', text: 'app=web,env=prod', labels: web, want: false },
  { name: 'empty selector matches anything', text: '', labels: undefined, want: true },
];

for (const row of parsedMatchRows) {
  test(`parsedSelectorMatches: ${row.name}`, () => {
    expect(parsedSelectorMatches(parseSelectorString(row.text), row.labels)).to.equal(row.want);
  });
}
