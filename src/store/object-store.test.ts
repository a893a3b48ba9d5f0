import { test } from 'node:test';
import { expect } from 'chai';
import { ObjectStore } from './object-store';
import { VirtualClock } from '../clock/virtual-clock';
import { Random } from '../clock/random';
import { EventBus } from '../events/bus';
import type { KubeObject } from '../model/types';

test('has: whether any object of a kind exists, in one namespace or any, as objects come and go', () => {
  const store = new ObjectStore(new VirtualClock(), new Random(1), new EventBus());
  const quota = (name: string, namespace: string) => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace } }) as KubeObject;
  expect([store.has('ResourceQuota'), store.has('ResourceQuota', 'default')]).to.deep.equal([false, false]);
  const created = store.create(quota('q', 'team'));
  if (!created.ok) throw new Error('not created');
  expect([store.has('ResourceQuota'), store.has('ResourceQuota', 'team'), store.has('ResourceQuota', 'default')]).to.deep.equal([true, true, false]);
  store.remove(created.value);
  expect([store.has('ResourceQuota'), store.has('ResourceQuota', 'team')]).to.deep.equal([false, false]);
});
