/**
 * The manifest loader against what real kubectl v1.32 prints (recorded: testdata/yaml-errors.kubectl.json
 * and the cases below, from `kubectl apply -f … --server=http://127.0.0.1:1`, where reading and
 * client-side validation happen before any request), the API server's strict decoding, and how
 * kubectl prints one error or several.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseManifests } from './manifest';
import { decodeObject } from '../model/strict-decoding';
import { checkErr, plain, status, aggregate } from '../kubectl/commands/errors';
import { Cluster } from '../cluster';

const first = (text: string, source = 't.yaml', validate = true): string => {
  const p = parseManifests(text, source, { validate });
  return p.ok ? '' : `error: ${p.error.message}`;
};

const corpus = JSON.parse(fs.readFileSync(path.join(__dirname, 'testdata', 'yaml-errors.kubectl.json'), 'utf8')) as { cases: Array<{ text: string; kubectl: string }> };
corpus.cases.forEach(({ text, kubectl }, i) => {
  test(`recorded kubectl case ${i + 1}: ${kubectl.replace(/^error: /, '').slice(0, 90)}`, () => {
    expect(first(text)).to.equal(kubectl);
  });
});

const RECORDED: Array<[string, string, string]> = [
  ['a tab as indentation', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n\tname: x\n', 'error: error parsing t.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token'],
  ['an unclosed quote', 'apiVersion: apps/v1\nkind: "Deployment\nmetadata:\n  name: x\n', 'error: error parsing t.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream'],
  ['a key indented less than its sibling', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n labels: y\n', 'error: error parsing t.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key'],
  ['a flow map left open', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x\n', "error: error parsing t.yaml: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'"],
  ['a flow map left open, no final newline', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: kubia', "error: error parsing t.yaml: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'"],
  ['a flow sequence left open on line 1', 'a: [1, 2', "error: error parsing t.yaml: error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"],
  ['a value running into a key', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\n    labels: oops\n', 'error: error parsing t.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context'],
  ['a second colon', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x: y\n', 'error: error parsing t.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context'],
  ['an unknown anchor', 'apiVersion: apps/v1\nkind: *foo\n', "error: error parsing t.yaml: error converting YAML to JSON: yaml: unknown anchor 'foo' referenced"],
  ['a bad document separator', 'apiVersion: v1\nkind: Pod\n---&\n', 'error: error parsing t.yaml: invalid Yaml document separator: &'],
  ['a list', '- a\n- b\n', 'error: error validating "t.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['a scalar', 'hello\n', 'error: error validating "t.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['a boolean', 'true\n', 'error: error validating "t.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['no apiVersion', 'kind: Deployment\nmetadata:\n  name: x\n', 'error: error validating "t.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['no kind', 'apiVersion: apps/v1\nmetadata:\n  name: x\n', 'error: error validating "t.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['neither', 'metadata:\n  name: x\n', 'error: error validating "t.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['apiVersion: null', 'apiVersion: null\nkind: Deployment\n', 'error: error validating "t.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['a numeric apiVersion', 'apiVersion: 5\nkind: Deployment\n', 'error: error validating "t.yaml": error validating data: apiVersion isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['a list as kind', 'apiVersion: apps/v1\nkind: [a]\n', 'error: error validating "t.yaml": error validating data: kind isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['three parts in apiVersion', 'apiVersion: a/b/c\nkind: Deployment\n', 'error: error validating "t.yaml": error validating data: unexpected GroupVersion string: a/b/c; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['a first line indented (go-yaml reads only the root node)', ' apiVersion: apps/v1\nkind: Deployment\n', 'error: error validating "t.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false'],
  ['nothing at all', '', ''],
  ['only separators and comments', '---\n# nothing\n--- # c\n', ''],
];
for (const [name, text, kubectl] of RECORDED) {
  test(`as kubectl v1.32: ${name}`, () => {
    expect(first(text)).to.equal(kubectl);
  });
}

test('line numbers count within the document, as kubectl hands go-yaml one document at a time', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n    x: y\n';
  const p = parseManifests(text, 'm.yaml', { validate: true });
  expect(p.ok).to.equal(false);
  expect(p.documents.map((d) => (d.object.metadata as { name: string }).name), 'documents read before the error').to.deep.equal(['a']);
  expect(first(text, 'm.yaml')).to.equal('error: error parsing m.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context');
});

test('without validation (delete -f, --validate=false), an unreadable document is its own error and reading goes on', () => {
  const p = parseManifests('- 1\n---\napiVersion: apps/v1\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n', 'f.yaml');
  expect(p.ok).to.equal(true);
  expect(p.decodeErrors.map((e) => e.message)).to.deep.equal([
    'unable to decode "f.yaml": json: cannot unmarshal array into Go value of type unstructured.detector',
    'unable to decode "f.yaml": Object \'Kind\' is missing in \'{"apiVersion":"apps/v1","metadata":{"name":"x"}}\'',
  ]);
  expect(p.documents).to.have.length(1);
});

test('a duplicate key is no error: the last value wins (go-yaml\'s YAML-to-JSON conversion)', () => {
  const p = parseManifests('apiVersion: v1\nkind: Deployment\nkind: Pod\nmetadata:\n  name: x\n', 'f.yaml', { validate: true });
  expect(p.ok).to.equal(true);
  expect(p.documents[0].object.kind).to.equal('Pod');
});

// ---------------------------------------------------------------- strict decoding

const deployment = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', ...meta },
  spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }, ...spec },
});
const decodeError = (o: Record<string, unknown>) => {
  const r = decodeObject(o);
  return 'error' in r ? r.error : undefined;
};
const PREFIX = 'Deployment in version "v1" cannot be handled as a Deployment: ';

test('strict decoding: unknown fields, with their paths and array indices, in JSON (sorted-key) order', () => {
  expect(decodeError(deployment({ replica: 3 }))).to.equal(`${PREFIX}strict decoding error: unknown field "spec.replica"`);
  const o = deployment({ template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }, { name: 'b', image: 'x', imagee: 'y' }] } } }, { lables: {} });
  expect(decodeError(o)).to.equal(`${PREFIX}strict decoding error: unknown field "metadata.lables", unknown field "spec.template.spec.containers[1].imagee"`);
});

test('strict decoding: the first value of a wrong type wins, named as Go names it', () => {
  expect(decodeError(deployment({ replicas: 'three' }))).to.equal(`${PREFIX}json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`);
  expect(decodeError(deployment({ replicas: 1.5 }))).to.equal(`${PREFIX}json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32`);
  expect(decodeError(deployment({ paused: 'yes', replicas: 'x' }))).to.equal(`${PREFIX}json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool`);
  expect(decodeError(deployment({ template: { spec: { containers: { name: 'a' } } } }))).to.equal(`${PREFIX}json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container`);
  expect(decodeError(deployment({ template: { spec: { terminationGracePeriodSeconds: 'x', containers: [] } } }))).to.equal(`${PREFIX}json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.terminationGracePeriodSeconds of type int64`);
  expect(decodeError(deployment({ strategy: { rollingUpdate: { maxSurge: true } } }))).to.equal(`${PREFIX}json: cannot unmarshal bool into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32`);
  expect(decodeError({ ...deployment({}), spec: 'x' })).to.equal(`${PREFIX}json: cannot unmarshal string into Go struct field Deployment.spec of type v1.DeploymentSpec`);
  expect(decodeError(deployment({}, { labels: { app: 5 } }))).to.equal(`${PREFIX}json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string`);
  // A type error hides the unknown fields (decoding stops before the strict check).
  expect(decodeError(deployment({ replica: 3, replicas: 'x' }))).to.equal(`${PREFIX}json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`);
});

test('decoding stores what the typed object holds: nulls unset, a null array element its zero value', () => {
  const r = decodeObject(deployment({ replicas: null, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [null] } } }));
  expect('object' in r).to.equal(true);
  const spec = (r as unknown as { object: { spec: Record<string, unknown> } }).object.spec;
  expect(spec).to.not.have.property('replicas');
  expect((spec.template as { spec: { containers: unknown[] } }).spec.containers).to.deep.equal([{}]);
});

test('fieldValidation Warn and Ignore accept unknown fields (dropped), Warn says which', () => {
  const warn = decodeObject(deployment({ replica: 3 }), 'Warn');
  expect(warn).to.have.property('warnings').that.deep.equals(['unknown field "spec.replica"']);
  expect((warn as unknown as { object: { spec: Record<string, unknown> } }).object.spec).to.not.have.property('replica');
  const ignore = decodeObject(deployment({ replica: 3 }), 'Ignore');
  expect(ignore).to.have.property('warnings').that.deep.equals([]);
});

// ---------------------------------------------------------------- printing errors

test('CheckErr: one error in its own form, several one per line without "error: "', () => {
  const bad = { reason: 'BadRequest' as const, code: 400, message: 'm' };
  expect(checkErr(plain('x'))).to.equal('error: x\n');
  expect(checkErr(status(bad, 'error when creating "f": '))).to.equal('Error from server (BadRequest): error when creating "f": m\n');
  expect(checkErr(aggregate([plain('a'), status(bad)]))).to.equal('a\nError from server (BadRequest): m\n');
  // The builder's aggregate nested in apply's: two reading errors print on one line.
  expect(checkErr(aggregate([aggregate([plain('a'), plain('b')]), status(bad)]))).to.equal('[a, b]\nError from server (BadRequest): m\n');
  expect(checkErr(aggregate([aggregate([plain('a')])]))).to.equal('error: a\n');
});

test('kubectl apply with several sources: every reading error, one per line, as kubectl prints them', () => {
  const c = new Cluster();
  const r = c.kubectl('apply -f a.yaml -f b.yaml -f c.yaml', { files: { 'a.yaml': 'kind: Deployment\nmetadata:\n  name: x\n', 'b.yaml': 'apiVersion: apps/v1\nmetadata:\n  name: x\n', 'c.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\n    labels: oops\n' } });
  expect(r.exitCode).to.equal(1);
  // Real kubectl v1.32 (recorded): the same three lines.
  expect(r.stderr).to.equal([
    'error validating "a.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    'error validating "b.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
    'error parsing c.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context',
    '',
  ].join('\n'));
});

test('cluster.apply never throws: what could not be read comes back as `invalid`, after what was applied', () => {
  const c = new Cluster();
  const r = c.apply('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n---\nkind: Pod\n');
  expect(r.map((x) => x.action ?? x.invalid)).to.deep.equal(['created', 'error validating "<inline>": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false']);
});

test('a document read again is handed out as a copy: changing what one reader got changes nothing for the next', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\ndata:\n  a: "1"\n';
  const one = parseManifests(text);
  if (!one.ok) throw new Error(one.error.message);
  (one.documents[0].object.data as Record<string, string>).a = 'changed';
  (one.documents[0].object.metadata as Record<string, string>).name = 'other';
  const two = parseManifests(text);
  if (!two.ok) throw new Error(two.error.message);
  expect(two.documents[0].object).to.deep.equal({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kept' }, data: { a: '1' } });
  expect(two.documents[0].object).to.not.equal(one.documents[0].object);
});
