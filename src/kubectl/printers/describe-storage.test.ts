/** The helpers behind describe pvc ("Used By") and the generic describer (field labels). */
import { expect } from 'chai';
import { test } from 'node:test';
import type { Pod } from '../../model/types';
import { podsUsingClaim } from './describe-storage';
import { describeGeneric, smartLabelFor } from './describe-generic';

const pod = (name: string, uid: string, claims: string[]): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, uid },
  spec: { containers: [{ name: 'c', image: 'x' }], volumes: claims.map((claimName, i) => ({ name: `v${i}`, persistentVolumeClaim: { claimName } })) },
});

test('podsUsingClaim: a pod per volume naming the claim, then owner pods not listed yet', () => {
  const pods = [pod('a', 'ua', ['data', 'data']), pod('b', 'ub', ['logs']), pod('owner', 'uo', []), pod('c', 'uc', ['data'])];
  const claim = { metadata: { name: 'data', ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'owner', uid: 'uo' }, { apiVersion: 'v1', kind: 'Pod', name: 'c', uid: 'uc' }] } };
  expect(podsUsingClaim(claim, pods).map((p) => p.metadata?.name)).to.deep.equal(['a', 'a', 'c', 'owner']);
  expect(podsUsingClaim({ metadata: { name: 'none' } }, pods)).to.deep.equal([]);
});

test('smartLabelFor: camel case words, title-cased, with the upper-cased acronyms', () => {
  expect(smartLabelFor('apiVersion')).to.equal('API Version');
  expect(smartLabelFor('persistentVolumeName')).to.equal('Persistent Volume Name');
  expect(smartLabelFor('uid')).to.equal('UID');
  expect(smartLabelFor('dnsPolicy')).to.equal('Dns Policy');
  expect(smartLabelFor('PDFLoader')).to.equal('PDF Loader');
  expect(smartLabelFor('$patch')).to.equal('$patch');
  expect(smartLabelFor('v1')).to.equal('v1');
});

test('describeGeneric: scalars, nulls, floats, lists of scalars and of maps, sorted by field', () => {
  const text = describeGeneric(
    { metadata: { name: 'x', managedFields: [{ manager: 'm' }] } as never, spec: { ratio: 1234567.5, small: 0.25, none: null, items: ['a', 'b'], rules: [{ z: 1 }, { y: true }] } } as never,
    {},
    0,
  );
  expect(text).to.equal(
    [
      'Name:         x',
      'Namespace:    ',
      'Labels:       <none>',
      'Annotations:  <none>',
      'Metadata:',
      'Spec:',
      '  Items:',
      '    a',
      '    b',
      '  None:   <nil>',
      '  Ratio:  1.2345675e+06',
      '  Rules:',
      '    Z:    1',
      '    Y:    true',
      '  Small:  0.25',
      '',
    ].join('\n'),
  );
});
