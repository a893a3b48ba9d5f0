/** The three patch types of `kubectl patch`, as table rows. */
import { expect } from 'chai';
import { test } from 'node:test';
import { applyJsonPatch, jsonMergePatch, strategicMergePatch } from './patch-types';

const deploy = {
  spec: {
    replicas: 3,
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
          { name: 'log', image: 'busybox' },
        ],
      },
    },
  },
};

test('merge patch: maps merge, null removes, lists are replaced', () => {
  expect(jsonMergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { b: { c: null, e: 4 }, l: [3] })).to.deep.equal({ a: 1, b: { d: 3, e: 4 }, l: [3] });
  const r = jsonMergePatch(deploy, { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.26' }] } } } }) as typeof deploy;
  expect(r.spec.template.spec.containers).to.deep.equal([{ name: 'web', image: 'nginx:1.26' }]);
});

test('strategic merge patch: containers merge by name, ports by containerPort, env by name', () => {
  const r = strategicMergePatch(deploy, {
    spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.26', ports: [{ containerPort: 8080 }], env: [{ name: 'B', value: '2' }] }] } } },
  }) as typeof deploy;
  const [web, log] = r.spec.template.spec.containers;
  expect(web.image).to.equal('nginx:1.26');
  expect(web.ports).to.deep.equal([{ containerPort: 80 }, { containerPort: 8080 }]);
  expect(web.env).to.deep.equal([{ name: 'A', value: '1' }, { name: 'B', value: '2' }]);
  expect(log).to.deep.equal({ name: 'log', image: 'busybox' });
  expect(deploy.spec.template.spec.containers[0].image, 'input untouched').to.equal('nginx:1.25');
});

test('strategic merge patch: $patch delete and replace', () => {
  const del = strategicMergePatch(deploy, { spec: { template: { spec: { containers: [{ name: 'log', $patch: 'delete' }] } } } }) as typeof deploy;
  expect(del.spec.template.spec.containers.map((c) => c.name)).to.deep.equal(['web']);
  const rep = strategicMergePatch({ a: { x: 1, y: 2 } }, { a: { $patch: 'replace', z: 3 } });
  expect(rep).to.deep.equal({ a: { z: 3 } });
});

test('JSON patch: add, replace, remove, test, with kubectl-style errors', () => {
  expect(applyJsonPatch({ a: [1, 2] }, [{ op: 'add', path: '/a/1', value: 9 }, { op: 'replace', path: '/a/0', value: 0 }, { op: 'add', path: '/b', value: 'x' }, { op: 'remove', path: '/a/2' }])).to.deep.equal({ a: [0, 9], b: 'x' });
  expect(() => applyJsonPatch({ a: 1 }, [{ op: 'remove', path: '/nope' }])).to.throw('remove operation does not apply: doc is missing path: "/nope": missing value');
  expect(() => applyJsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).to.throw('testing value /a failed');
});
