/**
 * The StatefulSet timeline (statefulset-timeline.ts): one sample per change of a set's pods, and
 * the creation / readiness / deletion order read back from the samples.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import type { KubeObject } from '../model/types';
import type { SimEvent } from '../events/sim-event';
import { StatefulSetTimeline, podLifeEvents } from './statefulset-timeline';

let seq = 0;
const timeline = () => new StatefulSetTimeline(() => seq++);
const set = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default', uid: 'set' }, spec: { replicas: 2 }, status: { currentRevision: 'web-a', updateRevision: 'web-a' } } as unknown as KubeObject;
const pod = (name: string, phase: string, ready: boolean, terminating = false, rev = 'web-a') =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `${name}-${rev}`, labels: { 'controller-revision-hash': rev }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'set', controller: true }], ...(terminating ? { deletionTimestamp: 'x' } : {}) },
    status: { phase, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  }) as unknown as KubeObject;
const ev = (type: 'added' | 'modified' | 'deleted', object: KubeObject, at: number): SimEvent => ({ type, at, kind: object.kind, object, resourceVersion: '1' });

test('samples follow the pods ordinal by ordinal; unchanged writes add nothing', () => {
  const t = timeline();
  t.observe(ev('added', set, 0));
  t.observe(ev('added', pod('web-0', 'Pending', false), 0));
  t.observe(ev('modified', pod('web-0', 'Pending', false), 0));
  t.observe(ev('modified', pod('web-0', 'Running', true), 1000));
  t.observe(ev('added', pod('web-1', 'Pending', false), 1000));
  t.observe(ev('modified', pod('web-1', 'Running', true), 2000));
  const samples = t.samplesOf('web');
  expect(samples.map((s) => s.pods.map((p) => `${p.pod}:${p.phase}${p.ready ? '+' : ''}`).join(' '))).to.deep.equal([
    '',
    'web-0:Pending',
    'web-0:Running+',
    'web-0:Running+ web-1:Pending',
    'web-0:Running+ web-1:Running+',
  ]);
  expect(samples.map((s) => s.cause)).to.deep.equal(['statefulset web revision web-a', 'pod web-0 created', 'pod web-0 ready', 'pod web-1 created', 'pod web-1 ready']);
});

test('podLifeEvents: created, ready, terminating and removed, in order; a re-created pod is a new object', () => {
  const t = timeline();
  t.observe(ev('added', set, 0));
  t.observe(ev('added', pod('web-0', 'Running', true), 0));
  t.observe(ev('modified', pod('web-0', 'Running', true, true), 5000));
  t.observe(ev('deleted', pod('web-0', 'Running', true, true), 6000));
  t.observe(ev('added', pod('web-0', 'Pending', false, false, 'web-b'), 6000));
  t.observe(ev('modified', pod('web-0', 'Running', true, false, 'web-b'), 7000));
  expect(podLifeEvents(t.samplesOf('web')).map((e) => `${e.at / 1000}s ${e.pod}@${e.revision} ${e.what}`)).to.deep.equal([
    '0s web-0@web-a created',
    '0s web-0@web-a ready',
    '5s web-0@web-a terminating',
    '6s web-0@web-a removed',
    '6s web-0@web-b created',
    '7s web-0@web-b ready',
  ]);
});

test('a controller event at the same instant becomes the cause of the samples it explains', () => {
  const t = timeline();
  t.observe(ev('added', set, 0));
  t.observe(ev('added', pod('web-0', 'Pending', false), 0));
  t.observe({ type: 'k8s-event', at: 0, eventType: 'Normal', reason: 'SuccessfulCreate', message: 'create Pod web-0 in StatefulSet web successful', component: 'statefulset-controller', involvedKind: 'StatefulSet', involvedName: 'web', namespace: 'default' });
  expect(t.samplesOf('web').at(-1)!.cause).to.equal('SuccessfulCreate: create Pod web-0 in StatefulSet web successful');
});
