/** placeholder replaced below */
import type { KubectlResult } from '../result';
import type { Ctx } from './context';
export function explain(ctx: Ctx): KubectlResult {
  return ctx.out.fail('error: explain not yet');
}
