/**
 * `kubectl explain TYPE[.FIELD…] [--recursive] [--api-version]`: the field documentation of the
 * served kinds (src/kubectl/explain/), in kubectl v1.32's plaintext layout.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { renderExplain } from '../explain/explain';
import { lookupResource } from '../parse/resources';

export function explain(ctx: Ctx): KubectlResult {
  const { cmd, out } = ctx;
  const resource = cmd.targets?.[0]?.resource;
  if (!resource) return out.fail('error: kubespec cannot explain this resource');
  const output = str(cmd.flags.output) ?? 'plaintext';
  if (output !== 'plaintext' && output !== '') return out.fail(`error: kubespec only emulates the plaintext explain output, not "${output}"`);
  // The resource word is the longest dotted prefix the parser resolved; the rest is the field path.
  const words = cmd.args[0].split('.');
  let fieldPath: string[] = [];
  for (let i = words.length; i > 0; i--) {
    if (lookupResource(words.slice(0, i).join('.'))) {
      fieldPath = words.slice(i);
      break;
    }
  }
  const r = renderExplain(resource.group, resource.version, resource.kind, fieldPath.filter(Boolean), bool(cmd.flags.recursive));
  if (!r) return out.fail(`error: GVR (${resource.group}/${resource.version}, Resource=${resource.plural}) not found in OpenAPI schema`);
  if (!r.ok) {
    out.out(r.header);
    return out.fail(`error: ${r.error}`);
  }
  out.out(r.text);
  return out.result();
}
