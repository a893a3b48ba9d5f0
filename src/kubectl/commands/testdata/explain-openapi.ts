/**
 * Test support: the explain schema (src/kubectl/explain/schema.json) as the OpenAPI v3 documents
 * an API server serves (`/openapi/v3` and one document per group version, with a `get` path per
 * kind carrying its group-version-kind), so the real kubectl can explain from it.
 */
import { explainSchemas } from '../../explain/explain';
import { RESOURCES } from '../../parse/resources';

export function explainOpenApi(): Record<string, unknown> {
  const schemas = explainSchemas();
  const paths: Record<string, unknown> = {};
  for (const [ref, sch] of Object.entries(schemas)) {
    const gvk = sch['x-kubernetes-group-version-kind']?.[0];
    if (!gvk) continue;
    const r = RESOURCES.find((x) => x.kind === gvk.kind && x.group === gvk.group);
    if (!r) continue;
    const base = gvk.group ? `/apis/${gvk.group}/${gvk.version}` : `/api/${gvk.version}`;
    paths[`${base}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.plural}/{name}`] = {
      get: { 'x-kubernetes-action': 'get', 'x-kubernetes-group-version-kind': gvk, responses: { '200': { content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } } } },
    };
  }
  const doc = { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas } };
  const gvs = [...new Set(RESOURCES.map((r) => (r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`)))];
  const out: Record<string, unknown> = { '/openapi/v3': { paths: Object.fromEntries(gvs.map((g) => [g, { serverRelativeURL: `/openapi/v3/${g}?hash=0123456789ABCDEF` }])) } };
  for (const g of gvs) out[`/openapi/v3/${g}`] = doc;
  return out;
}
