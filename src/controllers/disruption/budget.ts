import { getScaledValueFromIntOrPercent } from '../../model/int-or-percent';

/**
 * PodDisruptionBudget arithmetic (pkg/controller/disruption/disruption.go): how many healthy pods
 * a budget wants and how many disruptions it allows. Percentages round up.
 * Examples: minAvailable "50%" of 5 → 3; maxUnavailable "50%" of 5 → desired 5 − 3 = 2.
 */
export interface BudgetSpec {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
}

export function desiredHealthy(spec: BudgetSpec, expectedPods: number): number {
  if (spec.maxUnavailable !== undefined) {
    return Math.max(0, expectedPods - getScaledValueFromIntOrPercent(spec.maxUnavailable, expectedPods, true));
  }
  if (spec.minAvailable !== undefined) {
    return typeof spec.minAvailable === 'number' ? spec.minAvailable : getScaledValueFromIntOrPercent(spec.minAvailable, expectedPods, true);
  }
  return 0;
}

export function disruptionsAllowed(currentHealthy: number, desired: number): number {
  return Math.max(0, currentHealthy - desired);
}
