/**
 * kubectl's JSONPath subset, as table rows: template, data, expected text. The outputs of the
 * templates the tutorials and docs use were checked against the real kubectl v1.32 (see
 * src/kubectl/commands/oracle.test.ts); the rest follow client-go util/jsonpath.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { executeJsonPath, parseJsonPath, relaxedJsonPath, goSprint, JsonPathError } from './jsonpath';
import { naturalLess, sortByJsonPath } from './sort-by';
import { parseCustomColumns, printCustomColumns } from './custom-columns';

const list = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    { metadata: { name: 'web-1', labels: { app: 'web', tier: 'fe' } }, spec: { containers: [{ name: 'a', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }, { name: 'b', image: 'busybox' }] }, status: { podIP: '10.0.0.2', conditions: [{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }] } },
    { metadata: { name: 'web-10', labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'nginx:1.26' }] }, status: { conditions: [{ type: 'Ready', status: 'False' }] } },
  ],
};

const CASES: Array<[string, string]> = [
  ['{.kind}', 'List'],
  ['{.items[*].metadata.name}', 'web-1 web-10'],
  ['{.items[0].metadata.name}', 'web-1'],
  ['{.items[-1].metadata.name}', 'web-10'],
  ['{.items[0:1].metadata.name}', 'web-1'],
  ['{.items[*].spec.containers[*].image}', 'nginx:1.25 busybox nginx:1.26'],
  ['{range .items[*]}{.metadata.name}{"\\t"}{.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}', 'web-1\tTrue\nweb-10\tFalse\n'],
  ['{.items[?(@.status.podIP)].metadata.name}', 'web-1'],
  ['{.items[0].spec.containers[?(@.name!="a")].image}', 'busybox'],
  ['{.items[0].spec.containers[0].ports[?(@.containerPort==80)].containerPort}', '80'],
  ['{.items[0].metadata.labels}', '{"app":"web","tier":"fe"}'],
  ["{.items[0].metadata.labels['tier']}", 'fe'],
  ['{.items[0].metadata.labels.nosuch}', ''],
  ['{..podIP}', '10.0.0.2'],
  ['name: {.items[1].metadata.name}!', 'name: web-10!'],
  ['{.items[0].spec.containers[1]}', '{"image":"busybox","name":"b"}'],
];

for (const [template, expected] of CASES) {
  test(`jsonpath ${template}`, () => {
    expect(executeJsonPath(parseJsonPath(template), list)).to.equal(expected);
  });
}

test('jsonpath: out-of-range index is an error, as upstream', () => {
  expect(() => executeJsonPath(parseJsonPath('{.items[5]}'), list)).to.throw(JsonPathError, 'array index out of bounds: index 5, length 2');
});

test('relaxed paths (custom-columns, --sort-by)', () => {
  expect(relaxedJsonPath('.metadata.name')).to.equal('{.metadata.name}');
  expect(relaxedJsonPath('metadata.name')).to.equal('{.metadata.name}');
  expect(relaxedJsonPath('{.metadata.name}')).to.equal('{.metadata.name}');
});

test('fmt.Sprint of unstructured values (custom-columns cells)', () => {
  expect(goSprint({ b: 1, a: 'x' })).to.equal('map[a:x b:1]');
  expect(goSprint(['a', 2, true])).to.equal('[a 2 true]');
  expect(goSprint(null)).to.equal('<nil>');
});

test('custom columns: headers as given, <none> for missing, values joined by commas', () => {
  const cols = parseCustomColumns('NAME:.metadata.name,IMAGES:.spec.containers[*].image,IP:.status.podIP');
  expect(printCustomColumns(cols, list.items as never)).to.equal(
    'NAME     IMAGES               IP\nweb-1    nginx:1.25,busybox   10.0.0.2\nweb-10   nginx:1.26           <none>\n',
  );
  expect(() => parseCustomColumns('NAME')).to.throw('unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>');
});

test('--sort-by: natural order for strings, missing fields first', () => {
  expect(naturalLess('web-2', 'web-10')).to.equal(true);
  expect(naturalLess('web-10', 'web-2')).to.equal(false);
  const items = [{ n: 'b', v: 'web-10' }, { n: 'a' }, { n: 'c', v: 'web-2' }];
  expect(sortByJsonPath(items, '.v', (x) => x).map((x) => x.n)).to.deep.equal(['a', 'c', 'b']);
  expect(sortByJsonPath([{ q: '1Gi' }, { q: '100Mi' }], '.q', (x) => x).map((x) => x.q)).to.deep.equal(['100Mi', '1Gi']);
  expect(() => sortByJsonPath([{ a: 1 }], '.nosuch', (x) => x)).to.throw('couldn\'t find any field with path "{.nosuch}" in the list of objects');
});
