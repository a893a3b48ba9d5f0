/**
 * describe.go `formatEndpointSlices` (kubectl v1.29+): how `kubectl describe service` lists a
 * Service's endpoints — from its EndpointSlices, ready endpoints only (a missing `ready` counts
 * as ready), `ip:port` for the named port, at most three, then ` + N more...`; `<none>` when the
 * Service has no slices, an empty string when it has slices but nothing ready.
 * Mirrors a quirk too: `more` is set as soon as the list is full, even when the endpoints left
 * are not ready, so `+ 0 more...` can appear.
 */
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';

function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** `ports` undefined means every port; otherwise the port names to show. */
export function formatEndpointSlices(slices: readonly EndpointSlice[], ports?: ReadonlySet<string>): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const endpoints = slice.endpoints ?? [];
    if ((slice.ports ?? []).length === 0) {
      for (const e of endpoints) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(e.addresses[0]);
        count++;
      }
      continue;
    }
    for (const port of slice.ports ?? []) {
      if (ports && !ports.has(port.name ?? '')) continue;
      for (const e of endpoints) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(joinHostPort(e.addresses[0], port.port ?? 0));
        count++;
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}
