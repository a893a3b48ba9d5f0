import { test } from 'node:test';
import { expect } from 'chai';
import { flat } from './flat-string';

test('flat keeps the text: ASCII, Latin-1, and text that NFC would change', () => {
  const parts = ['Created pod: ', 'web-', 'abc12'];
  const rows = [parts.join(''), `${parts[0]}${parts[1]}${parts[2]}`, 'café', '디플로이먼트', 'e\u0301', '\u1100\u1161'];
  for (const s of rows) expect(flat(s)).to.equal(s);
  // Decomposed text is returned as it came, not composed.
  expect(flat('e\u0301')).to.have.length(2);
  expect(flat('\u1100\u1161')).to.have.length(2);
});
