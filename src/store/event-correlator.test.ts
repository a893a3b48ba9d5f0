import { test } from 'node:test';
import { expect } from 'chai';
import { AGGREGATE_INTERVAL_MS, AggregateState, SPAM_QPS, aggregate, correlates, fullBucket, tryAccept } from './event-correlator';
import { EventRecorder } from './event-recorder';
import { VirtualClock } from '../clock/virtual-clock';
import { EventBus } from '../events/bus';
import type { KubeObject } from '../model/types';

test('aggregate: the 10th distinct message within 10 minutes is combined, and every new one after it', () => {
  const state: AggregateState = { messages: [], last: 0 };
  const combined = Array.from({ length: 12 }, (_, i) => aggregate(state, `Created pod: web-${i}`, 1000 * i));
  expect(combined).to.deep.equal([false, false, false, false, false, false, false, false, false, true, true, true]);
  // The set never grows past nine after combining: the oldest message is the one let go.
  expect(state.messages).to.have.length(9);
  expect(state.messages[0]).to.equal('Created pod: web-3');
});

test('aggregate: table of repeats, gaps and the interval edge', () => {
  const rows: Array<{ name: string; messages: Array<[string, number]>; last: boolean }> = [
    { name: 'a repeat of one message never combines', messages: Array.from({ length: 20 }, (_, i) => ['same', i] as [string, number]), last: false },
    { name: 'nine distinct, then a repeat of one still held', messages: [...Array.from({ length: 9 }, (_, i) => [`m${i}`, 0] as [string, number]), ['m4', 1]], last: false },
    { name: 'nine distinct, then a tenth', messages: [...Array.from({ length: 9 }, (_, i) => [`m${i}`, 0] as [string, number]), ['m9', 1]], last: true },
    { name: 'exactly 10 minutes after the last similar one still counts', messages: [...Array.from({ length: 9 }, (_, i) => [`m${i}`, 0] as [string, number]), ['m9', AGGREGATE_INTERVAL_MS]], last: true },
    { name: 'more than 10 minutes later starts afresh', messages: [...Array.from({ length: 9 }, (_, i) => [`m${i}`, 0] as [string, number]), ['m9', AGGREGATE_INTERVAL_MS + 1]], last: false },
  ];
  for (const row of rows) {
    const state: AggregateState = { messages: [], last: 0 };
    let out = false;
    for (const [m, at] of row.messages) out = aggregate(state, m, at);
    expect(out, row.name).to.equal(row.last);
  }
});

test('tryAccept: a burst of 25, then one token per 300 seconds (float32 rate)', () => {
  const b = fullBucket(0);
  const first = Array.from({ length: 26 }, () => tryAccept(b, 0));
  expect(first.filter(Boolean)).to.have.length(25);
  expect(first[25]).to.equal(false);
  expect(tryAccept(b, 299_999)).to.equal(false);
  // 300 s × float32(1/300) = 1.0000000242… tokens: a whole one.
  expect(300 * SPAM_QPS).to.be.greaterThan(1);
  expect(tryAccept(b, 300_000)).to.equal(true);
  expect(tryAccept(b, 300_000)).to.equal(false);
  // A refused call takes nothing: the time since the last token taken keeps counting.
  expect(tryAccept(b, 450_000)).to.equal(false);
  expect(tryAccept(b, 600_000)).to.equal(true);
  // Never more than the burst, however long the quiet.
  expect(Array.from({ length: 30 }, () => tryAccept(b, 100_000_000)).filter(Boolean)).to.have.length(25);
});

test('correlates: legacy recorders do, the scheduler (events.k8s.io) does not', () => {
  expect(correlates('replicaset-controller')).to.equal(true);
  expect(correlates('kubelet')).to.equal(true);
  expect(correlates('default-scheduler')).to.equal(false);
});

function recorder(): { rec: EventRecorder; clock: VirtualClock } {
  const clock = new VirtualClock(Date.parse('2026-01-01T00:00:00Z'));
  return { rec: new EventRecorder(clock, new EventBus()), clock };
}

const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-1', namespace: 'default', uid: 'u-rs' } } as KubeObject;
const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1-a', namespace: 'default', uid: 'u-pod' } } as KubeObject;

test('EventRecorder: a ReplicaSet creating 30 pods keeps 9 events, one combined event, and drops what exceeds the burst', () => {
  const { rec, clock } = recorder();
  for (let i = 0; i < 30; i++) rec.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: web-1-${i}`, 'replicaset-controller');
  let events = rec.list('default');
  expect(events.map((e) => e.message)).to.deep.equal([
    ...Array.from({ length: 9 }, (_, i) => `Created pod: web-1-${i}`),
    // Events 10 to 25 got through (16 of them); 26 to 30 were counted but dropped.
    '(combined from similar events): Created pod: web-1-24',
  ]);
  expect(events[9].count).to.equal(16);
  // Five minutes later one token is back: the next one carries the count of those dropped.
  clock.set(clock.now() + 300_000);
  rec.record(rs, 'Normal', 'SuccessfulCreate', 'Created pod: web-1-30', 'replicaset-controller');
  events = rec.list('default');
  expect(events).to.have.length(10);
  expect(events[9].message).to.equal('(combined from similar events): Created pod: web-1-30');
  expect(events[9].count).to.equal(22);
  expect(events[9].lastTimestamp).to.equal('2026-01-01T00:05:00Z');
  expect(events[9].firstTimestamp).to.equal('2026-01-01T00:00:00Z');
});

test('EventRecorder: a repeated probe failure counts past the burst; the stored count lags until a token comes back', () => {
  const { rec, clock } = recorder();
  for (let i = 0; i < 40; i++) {
    rec.record(pod, 'Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 500', 'kubelet');
    clock.set(clock.now() + 5_000);
  }
  let [event] = rec.list('default');
  expect(event.count).to.equal(25);
  expect(event.lastTimestamp).to.equal('2026-01-01T00:02:00Z');
  // At 300 s after the 25th was let through (t = 120 s), one more is let through, with the true count.
  clock.set(Date.parse('2026-01-01T00:07:00Z'));
  rec.record(pod, 'Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 500', 'kubelet');
  [event] = rec.list('default');
  expect(event.count).to.equal(41);
  expect(event.lastTimestamp).to.equal('2026-01-01T00:07:00Z');
});

test('EventRecorder: the scheduler is neither combined nor throttled', () => {
  const { rec } = recorder();
  for (let i = 0; i < 30; i++) rec.record(pod, 'Warning', 'FailedScheduling', `0/1 nodes are available: attempt ${i}`, 'default-scheduler');
  expect(rec.list('default')).to.have.length(30);
});

test('EventRecorder: another source about the same object has its own burst', () => {
  const { rec } = recorder();
  for (let i = 0; i < 30; i++) rec.record(pod, 'Normal', 'Pulled', `image ${i}`, 'kubelet');
  rec.record(pod, 'Normal', 'TaintManagerEviction', 'Marking for deletion Pod default/web-1-a', 'taint-eviction-controller');
  expect(rec.list('default').map((e) => e.reason)).to.include('TaintManagerEviction');
});

test('EventRecorder: objects without a uid keep their own events and names', () => {
  const { rec } = recorder();
  const a = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'default' } } as KubeObject;
  const b = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b', namespace: 'default' } } as KubeObject;
  rec.record(a, 'Warning', 'Failed', 'no', 'kubelet');
  rec.record(b, 'Warning', 'Failed', 'no', 'kubelet');
  expect(rec.list('default').map((e) => [e.involvedObject.name, e.count])).to.deep.equal([
    ['a', 1],
    ['b', 1],
  ]);
});
