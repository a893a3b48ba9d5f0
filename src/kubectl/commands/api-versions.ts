/** `kubectl api-versions`: every group/version discovery serves, sorted as strings. */
import type { KubectlResult } from '../result';
import type { Ctx } from './context';
import { RESOURCES, apiVersionOf } from '../parse/resources';

export function apiVersions(ctx: Ctx): KubectlResult {
  const versions = [...new Set(RESOURCES.map(apiVersionOf))].sort();
  ctx.out.out(versions.map((v) => `${v}\n`).join(''));
  return ctx.out.result();
}
