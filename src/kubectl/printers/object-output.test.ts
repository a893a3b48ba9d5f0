/**
 * -o yaml / -o json against outputs recorded from real kubectl v1.32.4 (testdata/kubectl-oracle,
 * see its README): these files are never regenerated from this code.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubeObject } from '../../model/types';
import { printJson, printNames, printYaml, resourceName } from './object-output';

const oracle = join(__dirname, 'testdata', 'kubectl-oracle');
const read = (f: string) => readFileSync(join(oracle, f), 'utf8');

for (const name of ['create-deployment', 'scalars', 'fuzz-3', 'fuzz-17']) {
  const input = JSON.parse(read(`${name}.input.json`)) as KubeObject;
  test(`-o yaml matches kubectl: ${name}`, () => {
    expect(printYaml(input)).to.equal(read(`${name}.yaml`));
  });
  test(`-o json matches kubectl: ${name}`, () => {
    expect(printJson(input)).to.equal(read(`${name}.json`));
  });
}

test('an empty list request prints an empty List (kubectl-and-api.md §1.8)', () => {
  expect(printYaml([])).to.equal('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  expect(printJson([])).to.equal(
    '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
  );
});

test('managedFields are hidden and the input is left alone', () => {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'x', managedFields: [{ manager: 'kubectl' }] },
  } as KubeObject;
  expect(printYaml(pod)).to.equal('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n');
  expect(pod.metadata.managedFields).to.have.length(1);
});

test('-o name: kind lower-case plus group for non-core kinds', () => {
  const objects = [
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'kubia' } },
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kubia-bf9b7c90b5-j4zln' } },
  ] as KubeObject[];
  expect(resourceName(objects[0])).to.equal('deployment.apps/kubia');
  expect(printNames(objects)).to.equal('deployment.apps/kubia\npod/kubia-bf9b7c90b5-j4zln\n');
  expect(printNames([])).to.equal('');
});
