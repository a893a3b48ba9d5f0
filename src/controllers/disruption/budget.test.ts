import { test } from 'node:test';
import { expect } from 'chai';
import { desiredHealthy, disruptionsAllowed } from './budget';

// Spec §17.3 / disruption.go: percentages round up; maxUnavailable subtracts from expected.
const rows = [
  { name: 'minAvailable 2 of 3', spec: { minAvailable: 2 }, expected: 3, healthy: 3, want: [2, 1] },
  { name: 'minAvailable "50%" of 5 rounds up to 3', spec: { minAvailable: '50%' }, expected: 5, healthy: 5, want: [3, 2] },
  { name: 'maxUnavailable "50%" of 5 → desired 2', spec: { maxUnavailable: '50%' }, expected: 5, healthy: 5, want: [2, 3] },
  { name: 'maxUnavailable 1 of 3, one already unhealthy', spec: { maxUnavailable: 1 }, expected: 3, healthy: 2, want: [2, 0] },
  { name: 'minAvailable 1 of 1: no disruption allowed', spec: { minAvailable: 1 }, expected: 1, healthy: 1, want: [1, 0] },
  { name: 'maxUnavailable 0: nothing may go', spec: { maxUnavailable: 0 }, expected: 4, healthy: 4, want: [4, 0] },
  { name: 'never negative', spec: { minAvailable: 5 }, expected: 3, healthy: 2, want: [5, 0] },
];
for (const row of rows) {
  test(`PDB: ${row.name}`, () => {
    const d = desiredHealthy(row.spec, row.expected);
    expect([d, disruptionsAllowed(row.healthy, d)]).to.deep.equal(row.want);
  });
}
