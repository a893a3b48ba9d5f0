/**
 * arithmetic.ts re-exports every function of the two util modules, by name and unchanged, so a
 * function added to a util file without being listed there fails here.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import * as arithmetic from './arithmetic';
import * as deploymentUtil from './deployment/util';
import * as replicaSetUtil from './replicaset/util';

const modules: Array<{ name: string; exports: Record<string, unknown> }> = [
  { name: 'deployment/util', exports: deploymentUtil },
  { name: 'replicaset/util', exports: replicaSetUtil },
];

for (const row of modules) {
  test(`arithmetic re-exports every function of ${row.name}`, () => {
    const fns = Object.entries(row.exports).filter(([, v]) => typeof v === 'function');
    expect(fns.length).to.be.greaterThan(0);
    for (const [name, fn] of fns) {
      expect((arithmetic as Record<string, unknown>)[name], name).to.equal(fn);
    }
  });
}

test('arithmetic exports functions only', () => {
  for (const [name, value] of Object.entries(arithmetic)) expect(typeof value, name).to.equal('function');
});
