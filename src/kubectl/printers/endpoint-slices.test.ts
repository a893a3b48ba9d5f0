/** formatEndpointSlices, the Endpoints line of `kubectl describe service`. */
import { test } from 'node:test';
import { expect } from 'chai';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { formatEndpointSlices } from './endpoint-slices';

const ep = (ip: string, ready?: boolean) => ({ addresses: [ip], ...(ready === undefined ? {} : { conditions: { ready } }) });
const slice = (endpoints: ReturnType<typeof ep>[], ports: Array<{ name: string; port: number }> = [{ name: '', port: 8080 }]): EndpointSlice => ({ addressType: 'IPv4', endpoints, ports });

const rows: Array<{ name: string; slices: EndpointSlice[]; ports?: Set<string>; want: string }> = [
  { name: 'no slices', slices: [], want: '<none>' },
  { name: 'a slice with nothing ready', slices: [slice([ep('10.0.0.1', false)])], want: '' },
  { name: 'ready ones only', slices: [slice([ep('10.0.0.1', true), ep('10.0.0.2', false), ep('10.0.0.3')])], want: '10.0.0.1:8080,10.0.0.3:8080' },
  { name: 'three, then + N more', slices: [slice([ep('a', true), ep('b', true), ep('c', true), ep('d', true), ep('e', true)])], want: 'a:8080,b:8080,c:8080 + 2 more...' },
  { name: 'the quirk: a full list followed by an unready endpoint', slices: [slice([ep('a', true), ep('b', true), ep('c', true), ep('d', false)])], want: 'a:8080,b:8080,c:8080 + 0 more...' },
  { name: 'only the named port', slices: [slice([ep('a', true)], [{ name: 'http', port: 80 }, { name: 'metrics', port: 9090 }])], ports: new Set(['metrics']), want: 'a:9090' },
  { name: 'headless without ports: bare addresses', slices: [slice([ep('a', true), ep('b', true)], [])], want: 'a,b' },
];

for (const row of rows) {
  test(`formatEndpointSlices: ${row.name}`, () => {
    expect(formatEndpointSlices(row.slices, row.ports)).to.equal(row.want);
  });
}
