/** The EndpointSlice table cells (formatDiscoveryPorts, formatDiscoveryEndpoints). */
import { test } from 'node:test';
import { expect } from 'chai';
import { formatDiscoveryEndpoints, formatDiscoveryPorts } from './table-kinds-discovery';

test('formatDiscoveryPorts: numbers, a name when there is no number, <unset> when empty', () => {
  expect(formatDiscoveryPorts([{ port: 8080, name: 'http' }])).to.equal('8080');
  expect(formatDiscoveryPorts([{ name: 'http' }, {}])).to.equal('http,*');
  expect(formatDiscoveryPorts([])).to.equal('<unset>');
  expect(formatDiscoveryPorts(null)).to.equal('<unset>');
  expect(formatDiscoveryPorts([{ port: 1 }, { port: 2 }, { port: 3 }, { port: 4 }, { port: 5 }])).to.equal('1,2,3 + 2 more...');
});

test('formatDiscoveryEndpoints: every address, ready or not, three at most', () => {
  expect(formatDiscoveryEndpoints([{ addresses: ['10.0.0.1'], conditions: { ready: false } }, { addresses: ['10.0.0.2'] }])).to.equal('10.0.0.1,10.0.0.2');
  expect(formatDiscoveryEndpoints([])).to.equal('<unset>');
  expect(formatDiscoveryEndpoints([{ addresses: ['a'] }, { addresses: ['b'] }, { addresses: ['c'] }, { addresses: ['d'] }])).to.equal('a,b,c + 1 more...');
});
