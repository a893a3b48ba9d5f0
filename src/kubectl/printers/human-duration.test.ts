import { expect } from 'chai';
import { test } from 'node:test';
import { humanDuration, translateTimestampSince } from './human-duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const Y = 365 * D;

// Every row of kubectl-and-api.md §1.2, with the boundaries on both sides.
const rows: [number, string][] = [
  [-3 * S, '<invalid>'],
  [-2 * S, '<invalid>'],
  [-1999, '0s'], // truncates to -1 s: a skew under two seconds reads as "now"
  [-1 * S, '0s'],
  [-1, '0s'],
  [0, '0s'],
  [10 * S, '10s'],
  [10 * S + 999, '10s'],
  [119 * S + 999, '119s'],
  [2 * M, '2m'],
  [5 * M + 40 * S, '5m40s'],
  [9 * M + 59 * S, '9m59s'],
  [10 * M, '10m'],
  [83 * M + 30 * S, '83m'],
  [179 * M + 59 * S, '179m'],
  [3 * H, '3h'],
  [3 * H + 4 * M, '3h4m'],
  [7 * H + 59 * M + 59 * S, '7h59m'],
  [8 * H, '8h'],
  [23 * H + 59 * M, '23h'],
  [47 * H + 59 * M, '47h'],
  [2 * D, '2d'],
  [2 * D + 5 * H + 30 * M, '2d5h'],
  [7 * D + 23 * H, '7d23h'],
  [8 * D, '8d'],
  [45 * D + 23 * H, '45d'],
  [729 * D, '729d'],
  [730 * D, '2y'],
  [3 * Y + 100 * D, '3y100d'],
  [7 * Y + 364 * D, '7y364d'],
  [8 * Y, '8y'],
  [20 * Y + 5 * D, '20y'],
];

for (const [ms, want] of rows) {
  test(`humanDuration(${ms} ms) = ${want}`, () => {
    expect(humanDuration(ms)).to.equal(want);
  });
}

test('translateTimestampSince: age of an RFC3339 timestamp at the virtual now', () => {
  expect(translateTimestampSince('2026-11-22T00:00:00Z', Date.parse('2026-11-22T03:04:00Z'))).to.equal('3h4m');
});

test('translateTimestampSince: a missing or zero timestamp is <unknown>', () => {
  for (const ts of [undefined, null, '', '0001-01-01T00:00:00Z']) {
    expect(translateTimestampSince(ts, 0)).to.equal('<unknown>');
  }
});
