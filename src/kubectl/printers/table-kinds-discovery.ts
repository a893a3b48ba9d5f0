/**
 * The EndpointSlice table (printEndpointSlice in pkg/printers/internalversion/printers.go):
 * NAME, ADDRESSTYPE, PORTS, ENDPOINTS, AGE. Ports and endpoints list at most three entries, then
 * ` + N more...`; an empty list prints `<unset>`. Every address counts, ready or not.
 */
import type { KubeObject } from '../../model/types';
import type { Endpoint, EndpointPort } from 'kubernetes-types/discovery/v1';
import { registerTableKind } from './table-registry';
import { translateTimestampSince } from './human-duration';

type EndpointSlice = KubeObject & { addressType?: string; endpoints?: Endpoint[] | null; ports?: EndpointPort[] | null };

/** listWithMoreString. */
function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const text = list.join(',');
  if (more) return `${text} + ${count - max} more...`;
  return text === '' ? '<unset>' : text;
}

/** formatDiscoveryPorts: the port numbers (a port without a number shows its name, or `*`). */
export function formatDiscoveryPorts(ports: readonly EndpointPort[] | null | undefined): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const p of ports ?? []) {
    if (list.length < max) list.push(p.port !== undefined ? String(p.port) : p.name !== undefined ? p.name : '*');
    else if (list.length === max) more = true;
    count++;
  }
  return listWithMore(list, more, count, max);
}

/** formatDiscoveryEndpoints: every address of every endpoint. */
export function formatDiscoveryEndpoints(endpoints: readonly Endpoint[] | null | undefined): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const e of endpoints ?? []) {
    for (const a of e.addresses ?? []) {
      if (list.length < max) list.push(a);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, max);
}

registerTableKind<EndpointSlice>({
  kind: 'EndpointSlice',
  group: 'discovery.k8s.io',
  namespaced: true,
  columns: [
    { name: 'Name', priority: 0, format: 'name' },
    { name: 'AddressType', priority: 0 },
    { name: 'Ports', priority: 0 },
    { name: 'Endpoints', priority: 0 },
    { name: 'Age', priority: 0 },
  ],
  row(s, nowMs) {
    return [s.metadata?.name ?? '', s.addressType ?? '', formatDiscoveryPorts(s.ports), formatDiscoveryEndpoints(s.endpoints), translateTimestampSince(s.metadata?.creationTimestamp, nowMs)];
  },
});
