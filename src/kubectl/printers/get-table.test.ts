import { expect } from 'chai';
import { test } from 'node:test';
import type { KubeObject } from '../../model/types';
import { buildServerTable, noResourcesMessage, printTable, printTables } from './get-table';

const NOW = Date.parse('2026-11-22T00:00:10Z');
const ns = (name: string, phase = 'Active') =>
  ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, creationTimestamp: '2026-11-22T00:00:00Z' }, status: { phase } }) as KubeObject;

test('zero rows print nothing, not even the header', () => {
  expect(printTable('Namespace', [], {}, NOW)).to.equal('');
  expect(printTables(['', ''])).to.equal('');
});

test('No resources found: namespaced vs cluster-wide wording', () => {
  expect(noResourcesMessage('default')).to.equal('No resources found in default namespace.\n');
  expect(noResourcesMessage(undefined)).to.equal('No resources found\n');
});

test('kind lookup is case-insensitive; unknown kinds throw', () => {
  expect(printTable('namespace', [ns('default')], {}, NOW)).to.equal('NAME      STATUS   AGE\ndefault   Active   10s\n');
  expect(() => printTable('Widget', [ns('x')], {}, NOW)).to.throw('no table printer registered for kind "Widget"');
});

test('cluster-scoped kinds never get the -A NAMESPACE column', () => {
  expect(printTable('Namespace', [ns('default')], { allNamespaces: true }, NOW)).to.equal('NAME      STATUS   AGE\ndefault   Active   10s\n');
});

test('a string cell is cut at its first line break and marked with ...', () => {
  expect(printTable('Namespace', [ns('default', 'Act\nive')], {}, NOW)).to.equal('NAME      STATUS   AGE\ndefault   Act...   10s\n');
});

test('the server table keeps priority-1 columns; the printer drops them unless -o wide', () => {
  const table = buildServerTable('Pod', [], NOW);
  expect(table.columns.map((c) => c.name)).to.deep.equal([
    'Name', 'Ready', 'Status', 'Restarts', 'Age', 'IP', 'Node', 'Nominated Node', 'Readiness Gates',
  ]);
  expect(table.columns.filter((c) => c.priority === 1)).to.have.length(4);
});
