/**
 * resource.Quantity, enough for scheduling: "100m", "0.5", "2" CPU; "128Mi", "1Gi", "500M",
 * "1e3" memory. Values are returned in milli-units so CPU stays an integer.
 */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

export function parseQuantity(q: string | number | undefined): number | undefined {
  if (q === undefined || q === null) return undefined;
  if (typeof q === 'number') return q * 1000;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE]?))$/.exec(q.trim());
  if (!m) return undefined;
  let value = Number(m[1]);
  if (m[2]) value *= 10 ** Number(m[2].slice(1));
  else if (m[3]) value *= BINARY[m[3]];
  else value *= DECIMAL[m[4] ?? ''];
  return Math.round(value * 1000);
}

/** Σ container requests (max with init containers, as the scheduler computes a pod's request). */
export function podRequests(spec: { containers?: Array<{ resources?: { requests?: Record<string, string | number> } }>; initContainers?: Array<{ resources?: { requests?: Record<string, string | number> } }> } | undefined): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const c of spec?.containers ?? []) {
    for (const [k, v] of Object.entries(c.resources?.requests ?? {})) sum[k] = (sum[k] ?? 0) + (parseQuantity(v) ?? 0);
  }
  for (const c of spec?.initContainers ?? []) {
    for (const [k, v] of Object.entries(c.resources?.requests ?? {})) sum[k] = Math.max(sum[k] ?? 0, parseQuantity(v) ?? 0);
  }
  return sum;
}
