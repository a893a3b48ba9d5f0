/**
 * Table tests for int-or-percent.ts: apimachinery's GetScaledValueFromIntOrPercent (k8s-semantics.md
 * §4.1, §4.3) and the literal-zero check apps validation applies to maxSurge / maxUnavailable (§3.6).
 */
import { test } from 'node:test';
import { expect } from 'chai';
import type { IntOrString } from './types';
import { getScaledValueFromIntOrPercent, isLiterallyZero } from './int-or-percent';

const scaledRows: Array<{ name: string; value: IntOrString | undefined; total: number; roundUp: boolean; want: number | 'error' }> = [
  { name: 'an int is returned unchanged', value: 5, total: 10, roundUp: true, want: 5 },
  { name: 'an int is not clamped to the total', value: 20, total: 10, roundUp: false, want: 20 },
  { name: 'an int 0', value: 0, total: 10, roundUp: true, want: 0 },
  { name: 'absent → 0', value: undefined, total: 10, roundUp: true, want: 0 },
  { name: '"25%" of 10 rounded up (surge) → 3', value: '25%', total: 10, roundUp: true, want: 3 },
  { name: '"25%" of 10 rounded down (unavailable) → 2', value: '25%', total: 10, roundUp: false, want: 2 },
  { name: '"39%" of 10 up → 4', value: '39%', total: 10, roundUp: true, want: 4 },
  { name: '"39%" of 10 down → 3', value: '39%', total: 10, roundUp: false, want: 3 },
  { name: '"1%" of 2 up → 1', value: '1%', total: 2, roundUp: true, want: 1 },
  { name: '"1%" of 2 down → 0', value: '1%', total: 2, roundUp: false, want: 0 },
  { name: '"0%" of 10 up → 0', value: '0%', total: 10, roundUp: true, want: 0 },
  { name: '"100%" of 7 down → 7', value: '100%', total: 7, roundUp: false, want: 7 },
  { name: '"200%" of 10 up → 20 (maxSurge has no upper bound)', value: '200%', total: 10, roundUp: true, want: 20 },
  { name: 'any percent of 0 → 0', value: '50%', total: 0, roundUp: true, want: 0 },
  { name: 'exact products do not round: "20%" of 10 up → 2', value: '20%', total: 10, roundUp: true, want: 2 },
  // §4.3: the same function with the other controllers' rounding.
  { name: 'PDB minAvailable "50%" of 5 rounds up → 3', value: '50%', total: 5, roundUp: true, want: 3 },
  { name: 'StatefulSet maxUnavailable "10%" of 25 rounds down → 2', value: '10%', total: 25, roundUp: false, want: 2 },
  { name: 'StatefulSet maxUnavailable "50%" of 5 rounds down → 2', value: '50%', total: 5, roundUp: false, want: 2 },
  { name: 'DaemonSet "10%" of 3 nodes rounds up → 1', value: '10%', total: 3, roundUp: true, want: 1 },
  // Errors: a string must be "<int>%".
  { name: 'a string without % is an error', value: '5', total: 10, roundUp: true, want: 'error' },
  { name: '"20Percent" is an error', value: '20Percent', total: 10, roundUp: true, want: 'error' },
  { name: '"oops" is an error', value: 'oops', total: 10, roundUp: true, want: 'error' },
  { name: '"abc%" is an error', value: 'abc%', total: 10, roundUp: true, want: 'error' },
  { name: 'an empty string is an error', value: '', total: 10, roundUp: true, want: 'error' },
];

for (const row of scaledRows) {
  test(`getScaledValueFromIntOrPercent: ${row.name}`, () => {
    if (row.want === 'error') expect(() => getScaledValueFromIntOrPercent(row.value, row.total, row.roundUp)).to.throw();
    else expect(getScaledValueFromIntOrPercent(row.value, row.total, row.roundUp)).to.equal(row.want);
  });
}

// getIntOrPercentValue in apps validation: a valid percent counts as its number, anything else as
// IntOrString.IntValue(), which is 0 for a string that is not an integer.
const zeroRows: Array<{ name: string; value: IntOrString | undefined; want: boolean }> = [
  { name: 'int 0', value: 0, want: true },
  { name: '"0%"', value: '0%', want: true },
  { name: '"00%" is still 0 percent', value: '00%', want: true },
  { name: 'int 1', value: 1, want: false },
  { name: '"1%" (even though it may round to 0)', value: '1%', want: false },
  { name: '"25%"', value: '25%', want: false },
  { name: 'absent (validation only sees defaulted objects)', value: undefined, want: false },
  { name: '"20Percent" is not a percent and IntValue() of it is 0', value: '20Percent', want: true },
  { name: '"-1%" is not a valid percent: 0', value: '-1%', want: true },
  { name: '"5" (an int string) is 5', value: '5', want: false },
  { name: '"0" (an int string) is 0', value: '0', want: true },
];

for (const row of zeroRows) {
  test(`isLiterallyZero: ${row.name}`, () => {
    expect(isLiterallyZero(row.value)).to.equal(row.want);
  });
}
