import { test } from 'node:test';
import { expect } from 'chai';
import { deepFreeze } from './shared';
import { tokenVolume } from './service-account';
import { addDefaultTolerations } from './defaults';
import type { PodSpec } from './types';

test('deepFreeze freezes every level, and a write to a frozen part throws instead of changing it', () => {
  const v = deepFreeze({ a: { b: [{ c: 1 }] } });
  expect(Object.isFrozen(v.a.b[0])).to.equal(true);
  expect(() => {
    (v.a.b[0] as { c: number }).c = 2;
  }).to.throw(TypeError);
  expect(v.a.b[0].c).to.equal(1);
});

test('pods share the frozen parts they carry word for word: the token projection, the default tolerations', () => {
  const a = tokenVolume('kube-api-access-aaaaa');
  const b = tokenVolume('kube-api-access-bbbbb');
  expect(a.projected).to.equal(b.projected);
  expect(Object.isFrozen(a.projected!.sources![0])).to.equal(true);
  const s1: PodSpec = { containers: [] };
  const s2: PodSpec = { containers: [] };
  addDefaultTolerations(s1);
  addDefaultTolerations(s2);
  expect(s1.tolerations![0]).to.equal(s2.tolerations![0]);
  // Each pod still has its own list: adding to one does not add to the other.
  expect(s1.tolerations).to.not.equal(s2.tolerations);
  expect(() => {
    (s1.tolerations![0] as { tolerationSeconds?: number }).tolerationSeconds = 5;
  }).to.throw(TypeError);
});
