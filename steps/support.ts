import { ApplyResult, formatApiError, ManifestError } from '../src';
import type { SimWorld } from './world';

/** Applies YAML and fails the step with the API server's own words when anything is rejected. */
export function applyOrFail(world: SimWorld, yaml: string, what: string): ApplyResult[] {
  const results = world.sim().apply(yaml, { source: what });
  const failures = results.filter((r) => r.error || r.invalid);
  if (failures.length > 0) {
    throw new Error(`applying ${what} failed:\n${failures.map((f) => `  line ${f.line}: ${f.invalid !== undefined ? `error: ${f.invalid}` : formatApiError(f.error!)}`).join('\n')}`);
  }
  return results;
}

/** Runs kubectl and fails the step with kubectl's stderr when it exits non-zero. */
export function kubectlOrFail(world: SimWorld, line: string): string {
  const r = world.sim().kubectl(line);
  world.lastKubectl = { ...r, command: line };
  if (r.exitCode !== 0) throw new Error(`kubectl ${line} failed (exit ${r.exitCode}):\n${r.stderr}`);
  return r.stdout;
}

export { ManifestError };

/**
 * State assertions ("has 10 available replicas") judge the cluster once it has settled: the
 * Deployment's rollout is complete or stuck (deadline), within 15 virtual minutes.
 */
export function settle(world: SimWorld, deployment?: string): void {
  const name = deployment ?? world.currentDeployment;
  if (name && world.sim().get('deployment', name)) world.sim().runUntilRolledOut(name, { timeout: '15m' });
  else world.sim().advance('1m');
}
