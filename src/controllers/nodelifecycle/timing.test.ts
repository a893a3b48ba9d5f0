import { test } from 'node:test';
import { expect } from 'chai';
import { minTolerationSeconds, nodeUnknownAt, NODE_MONITOR_GRACE_PERIOD_MS } from './timing';

const s = (n: number) => n * 1000;

test('node-monitor-grace-period is 50 s in v1.32', () => {
  expect(NODE_MONITOR_GRACE_PERIOD_MS).to.equal(50_000);
});

const unknownRows = [
  { name: 'heartbeat at 0: grace ends at 50 s, first pass strictly after is 55 s', heartbeat: 0, want: 55 },
  { name: 'heartbeat at 10 s: grace ends at 60 s → 65 s', heartbeat: 10, want: 65 },
  { name: 'heartbeat off the 5 s grid (12 s): grace ends at 62 s → 65 s', heartbeat: 12, want: 65 },
  { name: 'heartbeat at 13 s: grace ends at 63 s → 65 s', heartbeat: 13, want: 65 },
  { name: 'heartbeat at 15 s: grace ends at 65 s exactly, not after → 70 s', heartbeat: 15, want: 70 },
];
for (const row of unknownRows) {
  test(`nodeUnknownAt: ${row.name}`, () => {
    expect(nodeUnknownAt(s(row.heartbeat), 0)).to.equal(s(row.want));
  });
}

// getMinTolerationTime (upstream TestGetMinTolerationTime): [] → 0; [nil] → forever; [1,2] → 1; [1,nil] → 1.
const tolerationRows: Array<{ name: string; seconds: Array<number | undefined>; want: number }> = [
  { name: 'no matching toleration → now', seconds: [], want: 0 },
  { name: 'a toleration without seconds → never', seconds: [undefined], want: Infinity },
  { name: 'the smallest of several', seconds: [1, 2], want: 1 },
  { name: 'seconds beat "forever"', seconds: [1, undefined], want: 1 },
  { name: 'the default 300 s', seconds: [300], want: 300 },
  { name: 'negative means now', seconds: [-5], want: 0 },
];
for (const row of tolerationRows) {
  test(`minTolerationSeconds: ${row.name}`, () => {
    expect(minTolerationSeconds(row.seconds.map((tolerationSeconds) => ({ tolerationSeconds })))).to.equal(row.want);
  });
}
