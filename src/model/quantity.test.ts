/**
 * Table tests for quantity.ts against the rows of apimachinery's pkg/api/resource/quantity_test.go
 * (TestParseQuantityString, TestQuantityParse, TestQuantityString, TestQuantityParseEmit,
 * TestQuantityCmp, TestNewSet, TestMilliNewSet, TestNewScaledSet, TestScaledValue, TestAdd,
 * TestSub, TestJSONWhitespace), plus the canonical forms the API server stores.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import {
  ErrFormatWrong,
  ErrNumeric,
  ErrSuffix,
  Quantity,
  canonicalQuantity,
  decodeQuantity,
  parseQuantity,
  podRequests,
  podResourceList,
  quantityError,
  scanQuantity,
  type QuantityFormat,
} from './quantity';

const DSI: QuantityFormat = 'DecimalSI';
const BSI: QuantityFormat = 'BinarySI';
const DE: QuantityFormat = 'DecimalExponent';
const dec = (m: bigint | number, e: number, f: QuantityFormat) => Quantity.of(BigInt(m), e, f);
const MAX_INT64 = 2n ** 63n - 1n;

// TestParseQuantityString
const scanRows: Array<[string, boolean, string, string, string, string]> = [
  ['0.025Ti', true, '0.025', '0', '025', 'Ti'],
  ['1.025Ti', true, '1.025', '1', '025', 'Ti'],
  ['-1.025Ti', false, '-1.025', '1', '025', 'Ti'],
  ['.', true, '.', '0', '', ''],
  ['-.', false, '-.', '0', '', ''],
  ['1E-3', true, '1', '1', '', 'E-3'],
];
for (const [input, positive, value, num, denom, suffix] of scanRows) {
  test(`scanQuantity: ${input}`, () => {
    expect(scanQuantity(input)).to.deep.equal({ positive, value, num, denom, suffix });
  });
}

// TestQuantityParse: the value and the format each text parses to.
const parseRows: Array<[string, Quantity]> = [
  ['0', dec(0, 0, DSI)], ['0n', dec(0, 0, DSI)], ['0u', dec(0, 0, DSI)], ['0m', dec(0, 0, DSI)],
  ['0Ki', dec(0, 0, BSI)], ['0k', dec(0, 0, DSI)], ['0Mi', dec(0, 0, BSI)], ['0M', dec(0, 0, DSI)],
  ['0Gi', dec(0, 0, BSI)], ['0G', dec(0, 0, DSI)], ['0Ti', dec(0, 0, BSI)], ['0T', dec(0, 0, DSI)],
  // Quantity less numbers are allowed
  ['1', dec(1, 0, DSI)],
  // Binary suffixes
  ['1Ki', dec(1024, 0, BSI)], ['8Ki', dec(8 * 1024, 0, BSI)], ['7Mi', dec(7 * 1024 ** 2, 0, BSI)],
  ['6Gi', dec(6 * 1024 ** 3, 0, BSI)], ['5Ti', dec(5 * 1024 ** 4, 0, BSI)], ['4Pi', dec(4 * 1024 ** 5, 0, BSI)],
  ['3Ei', dec(3n * 1024n ** 6n, 0, BSI)], ['10Ti', dec(10 * 1024 ** 4, 0, BSI)], ['100Ti', dec(100 * 1024 ** 4, 0, BSI)],
  // Decimal suffixes
  ['5n', dec(5, -9, DSI)], ['4u', dec(4, -6, DSI)], ['3m', dec(3, -3, DSI)], ['9', dec(9, 0, DSI)], ['8k', dec(8, 3, DSI)],
  ['50k', dec(5, 4, DSI)], ['7M', dec(7, 6, DSI)], ['6G', dec(6, 9, DSI)], ['5T', dec(5, 12, DSI)], ['40T', dec(4, 13, DSI)],
  ['300T', dec(3, 14, DSI)], ['2P', dec(2, 15, DSI)], ['1E', dec(1, 18, DSI)],
  // Decimal exponents
  ['1E-3', dec(1, -3, DE)], ['1e3', dec(1, 3, DE)], ['1E6', dec(1, 6, DE)], ['1e9', dec(1, 9, DE)], ['1E12', dec(1, 12, DE)],
  ['1e15', dec(1, 15, DE)], ['1E18', dec(1, 18, DE)],
  // Nonstandard but still parsable
  ['1e14', dec(1, 14, DE)], ['1e13', dec(1, 13, DE)], ['1e3', dec(1, 3, DE)], ['100.035k', dec(100035, 0, DSI)],
  // Things that look like floating point
  ['0.001', dec(1, -3, DSI)], ['0.0005k', dec(5, -1, DSI)], ['0.005', dec(5, -3, DSI)], ['0.05', dec(5, -2, DSI)],
  ['0.5', dec(5, -1, DSI)], ['0.00050k', dec(5, -1, DSI)], ['0.00500', dec(5, -3, DSI)], ['0.05000', dec(5, -2, DSI)],
  ['0.50000', dec(5, -1, DSI)], ['0.5e0', dec(5, -1, DE)], ['0.5e-1', dec(5, -2, DE)], ['0.5e-2', dec(5, -3, DE)],
  ['10.035M', dec(10035, 3, DSI)],
  ['1.2e3', dec(12, 2, DE)], ['1.3E+6', dec(13, 5, DE)], ['1.40e9', dec(14, 8, DE)], ['1.53E12', dec(153, 10, DE)],
  ['1.6e15', dec(16, 14, DE)], ['1.7E18', dec(17, 17, DE)],
  ['9.01', dec(901, -2, DSI)], ['8.1k', dec(81, 2, DSI)], ['7.123456M', dec(7123456, 0, DSI)], ['6.987654321G', dec(6987654321, 0, DSI)],
  ['5.444T', dec(5444, 9, DSI)], ['40.1T', dec(401, 11, DSI)], ['300.2T', dec(3002, 11, DSI)], ['2.5P', dec(25, 14, DSI)],
  ['1.01E', dec(101, 16, DSI)],
  // Things that saturate/round
  ['3.001n', dec(4, -9, DSI)], ['1.1E-9', dec(2, -9, DE)], ['0.0000000001', dec(1, -9, DSI)], ['0.0000000005', dec(1, -9, DSI)],
  ['0.00000000050', dec(1, -9, DSI)], ['0.5e-9', dec(1, -9, DE)], ['0.9n', dec(1, -9, DSI)], ['0.00000012345', dec(124, -9, DSI)],
  ['0.00000012354', dec(124, -9, DSI)], ['9Ei', dec(MAX_INT64, 0, BSI)], ['9223372036854775807Ki', dec(MAX_INT64, 0, BSI)],
  ['12E', dec(12, 18, DSI)],
  // We'll accept fractional binary stuff, too.
  ['100.035Ki', dec(10243584, -2, BSI)], ['0.5Mi', dec(0.5 * 1024 * 1024, 0, BSI)], ['0.05Gi', dec(536870912, -1, BSI)],
  ['0.025Ti', dec(274877906944, -1, BSI)],
  // Things written by trolls
  ['0.000000000001Ki', dec(2, -9, DSI)], // rounds up, changes format
  ['.001', dec(1, -3, DSI)], ['.0001k', dec(100, -3, DSI)], ['1.', dec(1, 0, DSI)], ['1.G', dec(1, 9, DSI)],
];
for (const [input, want] of parseRows) {
  test(`parseQuantity: ${input} is ${want.toString()} (${want.format}), and so are its + and - forms`, () => {
    const got = parseQuantity(input);
    expect(got.cmp(want), `${got.toString()} vs ${want.toString()}`).to.equal(0);
    expect(got.format).to.equal(want.format);
    const plus = parseQuantity(`+${input}`);
    expect(plus.cmp(want)).to.equal(0);
    expect(plus.format).to.equal(want.format);
    const minus = parseQuantity(`-${input}`);
    expect(minus.cmp(want.neg())).to.equal(0);
    expect(minus.format).to.equal(want.format);
  });
}

const invalidRows: Array<[string, string]> = [
  ['', ErrFormatWrong], ['1.1.M', ErrFormatWrong], ['1+1.0M', ErrFormatWrong], ['0.1mi', ErrSuffix], ['0.1am', ErrFormatWrong],
  ['aoeu', ErrFormatWrong], ['.5i', ErrSuffix], ['1i', ErrSuffix], ['-3.01i', ErrSuffix], ['-3.01e-', ErrSuffix],
  // trailing whitespace is forbidden
  [' 1', ErrFormatWrong], ['1 ', ErrFormatWrong],
  // ours: a lower-case k with i, a capital K alone, an inf.Dec without digits
  ['1ki', ErrSuffix], ['1K', ErrSuffix], ['1Zi', ErrFormatWrong], ['.Pi', ErrNumeric], ['1e99999999999999999999', ErrSuffix],
];
for (const [input, err] of invalidRows) {
  test(`parseQuantity: ${JSON.stringify(input)} fails with "${err}"`, () => {
    expect(() => parseQuantity(input)).to.throw(err);
    expect(quantityError(input)).to.equal(err);
  });
}

// TestQuantityString: canonical form, the canonical text survives parsing, an alternate text
// canonicalizes to it, and the negative value prints with a minus.
const stringRows: Array<[Quantity, string, string]> = [
  [dec(1024 * 1024 * 1024, 0, BSI), '1Gi', '1024Mi'],
  [dec(300 * 1024 * 1024, 0, BSI), '300Mi', '307200Ki'],
  [dec(6 * 1024, 0, BSI), '6Ki', ''],
  [dec(1001 * 1024 * 1024 * 1024, 0, BSI), '1001Gi', '1025024Mi'],
  [dec(1024 * 1024 * 1024 * 1024, 0, BSI), '1Ti', '1024Gi'],
  [dec(5, 0, BSI), '5', '5000m'],
  [dec(500, -3, BSI), '500m', '0.5'],
  [dec(1, 9, DSI), '1G', '1000M'],
  [dec(1000, 6, DSI), '1G', '0.001T'],
  [dec(1000000, 3, DSI), '1G', ''],
  [dec(1000000000, 0, DSI), '1G', ''],
  [dec(1, -3, DSI), '1m', '1000u'],
  [dec(80, -3, DSI), '80m', ''],
  [dec(1080, -3, DSI), '1080m', '1.08'],
  [dec(108, -2, DSI), '1080m', '1080000000n'],
  [dec(10800, -4, DSI), '1080m', ''],
  [dec(300, 6, DSI), '300M', ''],
  [dec(1, 12, DSI), '1T', ''],
  [dec(1, 18, DSI), '1E', ''],
  [dec(1234567, 6, DSI), '1234567M', ''],
  [dec(1234567, -3, BSI), '1234567m', ''],
  [dec(3, 3, DSI), '3k', ''],
  [dec(1025, 0, BSI), '1025', ''],
  [dec(0, 0, DSI), '0', ''],
  [dec(0, 0, BSI), '0', ''],
  [dec(1, 9, DE), '1e9', '.001e12'],
  [dec(1, -3, DE), '1e-3', '0.001e0'],
  [dec(1, -9, DE), '1e-9', '1000e-12'],
  [dec(80, -3, DE), '80e-3', ''],
  [dec(300, 6, DE), '300e6', ''],
  [dec(1, 12, DE), '1e12', ''],
  [dec(1, 3, DE), '1e3', ''],
  [dec(3, 3, DE), '3e3', ''],
  [dec(3, 3, DSI), '3k', ''],
  [dec(0, 0, DE), '0', '00'],
  [dec(1, -9, DSI), '1n', ''],
  [dec(80, -9, DSI), '80n', ''],
  [dec(1080, -9, DSI), '1080n', ''],
  [dec(108, -8, DSI), '1080n', ''],
  [dec(10800, -10, DSI), '1080n', ''],
  [dec(1, -6, DSI), '1u', ''],
  [dec(80, -6, DSI), '80u', ''],
  [dec(1080, -6, DSI), '1080u', ''],
];
for (const [q, want, alternate] of stringRows) {
  test(`String: ${q.mantissa}e${q.exponent} ${q.format} is ${want}${alternate ? `, and so is ${alternate}` : ''}`, () => {
    expect(q.toString()).to.equal(want);
    expect(parseQuantity(want).toString()).to.equal(want);
    if (alternate) expect(parseQuantity(alternate).toString()).to.equal(want);
    if (!q.isZero()) expect(q.neg().toString()).to.equal(`-${want}`);
  });
}

// Upstream later (2026) made these `1e21`, `5e21`, `1e24`; v1.32 drops the exponent DecimalSI
// has no suffix for, and that is what a v1.32 API server stores.
const beyondSuffixRows: Array<[Quantity, string, string]> = [
  [dec(1, 21, DSI), '1', '1000E'],
  [dec(5, 21, DSI), '5', '5000E'],
  [dec(1, 24, DSI), '1', '1000000E'],
];
for (const [q, want, text] of beyondSuffixRows) {
  test(`String (v1.32): ${text} above the E suffix prints ${want}`, () => {
    expect(q.toString()).to.equal(want);
    expect(parseQuantity(text).toString()).to.equal(want);
  });
}

// TestQuantityParseEmit, and its negative forms.
const emitRows: Array<[string, string]> = [
  ['1Ki', '1Ki'], ['1Mi', '1Mi'], ['1Gi', '1Gi'], ['1024Mi', '1Gi'], ['1000M', '1G'], ['.001Ki', '1024m'],
  ['.000001Ki', '1024u'], ['.000000001Ki', '1024n'], ['.000000000001Ki', '2n'],
];
for (const [input, want] of emitRows) {
  test(`parse then String: ${input} → ${want}, -${input} → -${want}`, () => {
    expect(parseQuantity(input).toString()).to.equal(want);
    expect(parseQuantity(`-${input}`).toString()).to.equal(`-${want}`);
  });
}

// What the API server stores for what people write.
const canonicalRows: Array<[string | number, string]> = [
  ['1024Mi', '1Gi'], ['0.5', '500m'], [0.5, '500m'], ['2000m', '2'], ['1.5Gi', '1536Mi'], ['0.1Gi', '107374182400m'],
  ['0.5Gi', '512Mi'], ['1536Mi', '1536Mi'], ['2048Ki', '2Mi'], ['1000Ki', '1000Ki'], ['512Ki', '512Ki'], ['0.5Ki', '512'],
  ['100m', '100m'], ['1000m', '1'], ['1500m', '1500m'], ['1.5', '1500m'], ['0.25', '250m'], [2, '2'], [1024, '1024'],
  ['1000', '1k'], [1000, '1k'], ['1000000', '1M'], ['128974848', '128974848'], ['129e6', '129e6'], ['1.3E+6', '1300e3'],
  ['1.5e3', '1500'], ['1e-3', '1e-3'], ['10Gi', '10Gi'], ['10240Mi', '10Gi'], ['0.001', '1m'], ['0.0001', '100u'],
  ['1Pi', '1Pi'], ['1024Ti', '1Pi'], ['8Ei', '9223372036854775807'], [' 1Gi ', '1Gi'], ['0', '0'], ['0Mi', '0'], ['0.0', '0'],
  ['-1Gi', '-1Gi'], ['-0.5', '-500m'],
  // Kept as written: Go's fast path remembers canonical-shaped text.
  ['+1', '+1'], ['0100', '0100'], ['1.500', '1.500'], ['1E3', '1E3'], ['1.G', '1.G'], ['1.', '1.'], ['+100Mi', '+100Mi'], ['129e+6', '129e+6'],
];
for (const [input, want] of canonicalRows) {
  test(`stored form: ${JSON.stringify(input)} → ${want}`, () => {
    expect(canonicalQuantity(input)).to.equal(want);
  });
}

test('decodeQuantity: the JSON value types UnmarshalJSON accepts (TestJSONWhitespace)', () => {
  for (const [input, want] of [[' 1', '1'], ['1 ', '1'], [1, '1'], [10, '10'], [-1, '-1'], [' -1', '-1']] as const) {
    expect(decodeQuantity(input).toString()).to.equal(want);
  }
  for (const bad of [true, {}, [], '', '  ']) expect(() => decodeQuantity(bad)).to.throw(ErrFormatWrong);
  expect(canonicalQuantity('abc')).to.equal(undefined);
});

// TestQuantityCmp
const cmpRows: Array<[string, string, number]> = [
  ['0', '0', 0], ['100m', '50m', 1], ['50m', '100m', -1], ['10000T', '100Gi', 1],
  // ours: exact across suffixes and forms
  ['100m', '0.1', 0], ['1Gi', '1G', 1], ['1G', '1Gi', -1], ['1Gi', '1024Mi', 0], ['500Mi', '1G', -1], ['1e3', '1k', 0],
  ['-1', '1', -1], ['1n', '0', 1], ['1e100', '1e99', 1], ['-1e100', '-1e99', -1], ['1e-9', '0.000000001', 0],
];
for (const [a, b, want] of cmpRows) {
  test(`cmp: ${a} vs ${b} → ${want}`, () => {
    expect(parseQuantity(a).cmp(parseQuantity(b))).to.equal(want);
    expect(parseQuantity(b).cmp(parseQuantity(a))).to.equal(-want);
  });
}

// TestNewSet (NewQuantity), TestMilliNewSet (NewMilliQuantity), TestNewScaledSet (NewScaledQuantity).
const newRows: Array<[Quantity, string]> = [
  [Quantity.of(1, 0, DSI), '1'], [Quantity.of(1000, 0, DSI), '1k'], [Quantity.of(1234000, 0, DSI), '1234k'],
  [Quantity.of(1024, 0, BSI), '1Ki'], [Quantity.of(1024 * 1024, 0, BSI), '1Mi'], [Quantity.of(1000000, 0, DE), '1e6'],
  [Quantity.fromMilli(1, DSI), '1m'], [Quantity.fromMilli(1000, DSI), '1'], [Quantity.fromMilli(1234000, DSI), '1234'],
  [Quantity.fromMilli(1024, BSI), '1024m'], [Quantity.fromMilli(1024 * 1024, BSI), '1048576m'], [Quantity.fromMilli(1000000, DE), '1e3'],
  [Quantity.of(1, -9), '1n'], [Quantity.of(1000, -9), '1u'], [Quantity.of(1, -6), '1u'], [Quantity.of(1000, -6), '1m'],
  [Quantity.of(1, -3), '1m'], [Quantity.of(1000, -3), '1'], [Quantity.of(1, 0), '1'], [Quantity.of(0, -9), '0'],
  [Quantity.of(0, -6), '0'], [Quantity.of(0, -3), '0'], [Quantity.of(0, 0), '0'],
];
for (const [q, want] of newRows) {
  test(`constructed ${q.mantissa}e${q.exponent} ${q.format} prints ${want}`, () => {
    expect(q.toString()).to.equal(want);
  });
}

// TestScaledValue: NewScaledQuantity(1, from).ScaledValue(to).
const scaledRows: Array<[number, number, bigint]> = [
  [-9, -9, 1n], [-9, -6, 1n], [-9, -3, 1n], [-9, 0, 1n], [-6, -9, 1000n], [-6, -6, 1n], [-6, -3, 1n], [-6, 0, 1n],
  [-3, -9, 1000000n], [-3, -6, 1000n], [-3, -3, 1n], [-3, 0, 1n], [0, -9, 1000000000n], [0, -6, 1000000n],
  [0, -3, 1000n], [0, 0, 1n], [2, -2, 10000n],
];
for (const [from, to, want] of scaledRows) {
  test(`scaledValue: 1e${from} at scale ${to} → ${want}`, () => {
    expect(Quantity.of(1, from).scaledValue(to)).to.equal(want);
  });
}

const valueRows: Array<[string, bigint, bigint]> = [
  // Value() and MilliValue() round up, away from zero.
  ['1.5', 2n, 1500n], ['-1.5', -2n, -1500n], ['100m', 1n, 100n], ['1n', 1n, 1n], ['9.01', 10n, 9010n], ['0', 0n, 0n],
  ['1Gi', 1073741824n, 1073741824000n], ['0.1Gi', 107374183n, 107374182400n], ['1e3', 1000n, 1000000n], ['2', 2n, 2000n],
];
for (const [input, value, milli] of valueRows) {
  test(`value/milliValue: ${input} → ${value}, ${milli}`, () => {
    const q = parseQuantity(input);
    expect(q.value()).to.equal(value);
    expect(q.milliValue()).to.equal(milli);
  });
}

// TestAdd and TestSub: values, and a zero receiver takes the other's format.
const addRows: Array<[Quantity, Quantity, Quantity, Quantity]> = [
  [dec(10, 0, DSI), dec(1, 1, DSI), dec(20, 0, DSI), dec(0, 0, DSI)],
  [dec(10, 0, DSI), dec(1, 0, BSI), dec(11, 0, DSI), dec(9, 0, DSI)],
  [dec(10, 0, BSI), dec(1, 0, DSI), dec(11, 0, BSI), dec(9, 0, BSI)],
  [Quantity.zero(DSI), dec(50, 0, DSI), dec(50, 0, DSI), dec(-50, 0, DSI)],
  [dec(50, 0, DSI), Quantity.zero(DSI), dec(50, 0, DSI), dec(50, 0, DSI)],
  [Quantity.zero(DSI), Quantity.zero(DSI), dec(0, 0, DSI), dec(0, 0, DSI)],
];
for (const [a, b, sum, diff] of addRows) {
  test(`add/sub: ${a} and ${b}`, () => {
    expect(a.add(b).cmp(sum)).to.equal(0);
    expect(a.sub(b).cmp(diff)).to.equal(0);
  });
}

test('add: the format of the sum is the receiver\'s, or the addend\'s for a zero receiver', () => {
  expect(Quantity.zero().add(parseQuantity('128Mi')).add(parseQuantity('128Mi')).toString()).to.equal('256Mi');
  expect(Quantity.zero().add(parseQuantity('100M')).add(parseQuantity('28Mi')).toString()).to.equal('129360128');
  expect(parseQuantity('250m').add(parseQuantity('0.75')).toString()).to.equal('1');
  expect(Quantity.zero(BSI).add(parseQuantity('500m')).add(parseQuantity('500m')).toString()).to.equal('1');
});

test('podResourceList: containers summed, the largest init container, sidecars on top, overhead', () => {
  const spec = {
    containers: [{ resources: { requests: { cpu: '250m', memory: '128Mi' }, limits: { cpu: '1' } } }, { resources: { requests: { cpu: '0.5' } } }],
    initContainers: [
      { resources: { requests: { cpu: '2', memory: '64Mi' } } },
      { restartPolicy: 'Always', resources: { requests: { cpu: '100m' }, limits: { cpu: '200m' } } },
    ],
    overhead: { cpu: '10m' },
  };
  const requests = podResourceList(spec, 'requests');
  expect(requests.get('cpu')!.toString()).to.equal('2010m');
  expect(requests.get('memory')!.toString()).to.equal('128Mi');
  const limits = podResourceList(spec, 'limits');
  expect(limits.get('cpu')!.toString()).to.equal('1210m');
  expect(podRequests(spec)).to.deep.equal({ cpu: 2010, memory: 128 * 2 ** 20 * 1000 });
});
