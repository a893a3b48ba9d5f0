import type { IntOrString } from './types';

/**
 * apimachinery's GetScaledValueFromIntOrPercent: an int is returned unchanged; "n%" is scaled
 * against `total`, rounding up or down as the caller asks. Deployments round surge up and
 * unavailability down; DaemonSets and PDBs round both up.
 * Worked example: "25%" of 10 → 3 rounded up (surge), 2 rounded down (unavailable).
 */
export function getScaledValueFromIntOrPercent(value: IntOrString | undefined, total: number, roundUp: boolean): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return value;
  const m = /^(-?\d+)%$/.exec(value);
  if (!m) {
    // intstr treats a string without % as an int string only in the IntOrString JSON form; the
    // deployment validation rejects it first, so reaching here is a caller bug.
    if (/^-?\d+$/.test(value)) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
    throw new Error(`invalid value "${value}": must be an integer or percentage (e.g. '5%')`);
  }
  const scaled = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * True when an int-or-percent counts as zero for the "may not be 0 when `maxSurge` is 0" check:
 * apps validation's getIntOrPercentValue takes a valid percent ("0%", "00%") by its number and
 * anything else by IntOrString.IntValue(), which is 0 for a string that is not an integer
 * ("20Percent", "-1%"). Not resolved against replicas: "1%" is not zero.
 */
export function isLiterallyZero(value: IntOrString | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'number') return value === 0;
  const percent = /^([0-9]+)%$/.exec(value);
  if (percent) return Number(percent[1]) === 0;
  return !/^[+-]?[0-9]+$/.test(value) || Number(value) === 0;
}
