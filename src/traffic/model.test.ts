/** The traffic model, as tables: snapshots of a Service's endpoints in, request outcomes out. */
import { test } from 'node:test';
import { expect } from 'chai';
import { answers, atRate, describeResult, sendRequests, spreadEvenly, summarize, TrafficSnapshot } from './model';
import { targetFor } from './recorder';

const up = (pod: string, from = 0) => ({ pod, ip: `10.0.0.${pod.charCodeAt(0)}`, servesFrom: from });

test('spreadEvenly: the middle of n equal slices', () => {
  expect(spreadEvenly(4, 0, 1000)).to.deep.equal([125, 375, 625, 875]);
  expect(spreadEvenly(3, 50, 50)).to.deep.equal([50, 50, 50]);
});

test('atRate: 10 per second for 2 seconds', () => {
  const t = atRate(10, 1000, 2000);
  expect(t).to.have.length(20);
  expect([t[0], t[1], t[19]]).to.deep.equal([1000, 1100, 2900]);
});

test('answers: listening window, terminating and broken apps', () => {
  expect(answers(up('a', 100), 99)).to.deep.equal({ ok: false, reason: 'not listening yet' });
  expect(answers(up('a', 100), 100)).to.deep.equal({ ok: true });
  expect(answers({ ...up('a'), servesUntil: 500 }, 500)).to.deep.equal({ ok: false, reason: 'app failing' });
  expect(answers({ pod: 'a', ip: 'x', down: 'terminating' }, 0)).to.deep.equal({ ok: false, reason: 'terminating' });
});

const rows: Array<{ name: string; snapshots: TrafficSnapshot[]; instants: number[]; want: { succeeded: number; failed: number; byReason: Record<string, number> } }> = [
  {
    name: 'steady endpoints: every request succeeds, spread round robin',
    snapshots: [{ at: 0, endpoints: [up('a'), up('b'), up('c')] }],
    instants: [10, 20, 30, 40, 50, 60],
    want: { succeeded: 6, failed: 0, byReason: {} },
  },
  {
    name: 'Recreate: a gap with no endpoints fails every request in it',
    snapshots: [
      { at: 0, endpoints: [up('a')] },
      { at: 100, endpoints: [] },
      { at: 300, endpoints: [up('n', 250)] },
    ],
    instants: [50, 150, 200, 250, 350],
    want: { succeeded: 2, failed: 3, byReason: { 'no endpoints': 3 } },
  },
  {
    name: 'no readiness probe: a pod in the endpoints before it listens takes its share of failures',
    snapshots: [{ at: 0, endpoints: [up('a'), up('n', 1000)] }],
    instants: [100, 200, 300, 400, 1100, 1200],
    want: { succeeded: 4, failed: 2, byReason: { 'not listening yet': 2 } },
  },
  {
    name: 'requests before the first snapshot find no endpoints',
    snapshots: [{ at: 100, endpoints: [up('a')] }],
    instants: [50, 150],
    want: { succeeded: 1, failed: 1, byReason: { 'no endpoints': 1 } },
  },
  {
    name: 'several snapshots at one instant: the last one is what clients see',
    snapshots: [
      { at: 0, endpoints: [up('a')] },
      { at: 100, endpoints: [] },
      { at: 100, endpoints: [up('b')] },
    ],
    instants: [100, 150],
    want: { succeeded: 2, failed: 0, byReason: {} },
  },
];

for (const row of rows) {
  test(`sendRequests: ${row.name}`, () => {
    const r = summarize(sendRequests(row.snapshots, row.instants));
    expect({ succeeded: r.succeeded, failed: r.failed, byReason: r.byReason }).to.deep.equal(row.want);
  });
}

test('summarize and describeResult: counts per pod and the failure window', () => {
  const r = summarize(sendRequests([{ at: 0, endpoints: [up('a'), up('b', 500)] }], [100, 200, 300, 400, 600]));
  expect(r.perPod).to.deep.equal({ a: 3, b: 2 });
  expect(r.byPod).to.deep.equal({ b: 2 });
  expect(describeResult(r, 0)).to.equal('2 of 5 requests failed: 2 not listening yet (b 2), between +0.2s and +0.4s');
  expect(describeResult(summarize([]), 0)).to.equal('all 0 requests succeeded');
});

test('targetFor: what stands behind an address', () => {
  const b = (image: string) => (image === 'slow' ? { healthyAfterSeconds: 10 } : image === 'broken' ? { neverReady: true } : image === 'flaky' ? { unreadyAfterSeconds: 5, crashAfterSeconds: 8 } : {});
  expect(targetFor('p', 'ip', { terminating: false, containers: [{ image: 'slow', runningSince: 1000 }] }, b)).to.deep.equal({ pod: 'p', ip: 'ip', servesFrom: 11_000 });
  expect(targetFor('p', 'ip', { terminating: false, containers: [{ image: 'flaky', runningSince: 0 }] }, b)).to.deep.equal({ pod: 'p', ip: 'ip', servesFrom: 0, servesUntil: 5000 });
  expect(targetFor('p', 'ip', { terminating: true, containers: [{ image: 'x', runningSince: 0 }] }, b).down).to.equal('terminating');
  expect(targetFor('p', 'ip', { terminating: false, containers: [{ image: 'x' }] }, b).down).to.equal('container not running');
  expect(targetFor('p', 'ip', { terminating: false, containers: [{ image: 'broken', runningSince: 0 }] }, b).down).to.equal('app failing');
  expect(targetFor('p', 'ip', undefined, b).down).to.equal('container not running');
});
