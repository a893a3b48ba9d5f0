import { expect } from 'chai';
import { test } from 'node:test';
import {
  FlagError, FlagSet, argsMinusFirstX, flag, formatGoDuration, parseCsvRecord, parseFlags, parseGoDuration,
  parseGoInt, stripFlags,
} from './pflag';

const intRows: [text: string, bits: 32 | 64, want: bigint | string][] = [
  ['3', 64, 3n],
  ['+3', 64, 3n],
  ['-0', 64, 0n],
  ['0x10', 64, 16n],
  ['0X1f', 64, 31n],
  ['010', 64, 8n],
  ['0o17', 64, 15n],
  ['0b11', 64, 3n],
  ['1_000', 64, 1000n],
  ['0x_10', 64, 16n],
  ['08', 64, 'strconv.ParseInt: parsing "08": invalid syntax'],
  ['1__0', 64, 'strconv.ParseInt: parsing "1__0": invalid syntax'],
  ['_10', 64, 'strconv.ParseInt: parsing "_10": invalid syntax'],
  ['x', 64, 'strconv.ParseInt: parsing "x": invalid syntax'],
  ['', 64, 'strconv.ParseInt: parsing "": invalid syntax'],
  ['0x1G', 64, 'strconv.ParseInt: parsing "0x1G": invalid syntax'],
  ['9223372036854775807', 64, 9223372036854775807n],
  ['99999999999999999999', 64, 'strconv.ParseInt: parsing "99999999999999999999": value out of range'],
  ['3000000000', 32, 'strconv.ParseInt: parsing "3000000000": value out of range'],
  ['-2147483648', 32, -2147483648n],
];

for (const [text, bits, want] of intRows) {
  test(`parseGoInt(${JSON.stringify(text)}, ${bits})`, () => {
    if (typeof want === 'bigint') expect(parseGoInt(text, bits)).to.equal(want);
    else expect(() => parseGoInt(text, bits)).to.throw(want);
  });
}

const durationRows: [text: string, want: string][] = [
  ['0', '0s'],
  ['0s', '0s'],
  ['5s', '5s'],
  ['1m', '1m0s'],
  ['90s', '1m30s'],
  ['1.5s', '1.5s'],
  ['.5s', '500ms'],
  ['300ms', '300ms'],
  ['1h2m3s', '1h2m3s'],
  ['2h', '2h0m0s'],
  ['-1s', '-1s'],
  ['1us', '1µs'],
  ['5', 'error: time: missing unit in duration "5"'],
  ['5x', 'error: time: unknown unit "x" in duration "5x"'],
  ['.s', 'error: time: invalid duration ".s"'],
  ['', 'error: time: invalid duration ""'],
];

for (const [text, want] of durationRows) {
  test(`Go duration ${JSON.stringify(text)} → ${want}`, () => {
    if (want.startsWith('error: ')) expect(() => parseGoDuration(text)).to.throw(want.slice('error: '.length));
    else expect(formatGoDuration(parseGoDuration(text))).to.equal(want);
  });
}

const csvRows: [text: string, want: string[] | string][] = [
  ['a', ['a']],
  ['a,b', ['a', 'b']],
  ['a,', ['a', '']],
  ['"a,b",c', ['a,b', 'c']],
  ['"a""b"', ['a"b']],
  ['a"b', 'parse error on line 1, column 2: bare " in non-quoted-field'],
  ['"abc', 'parse error on line 1, column 5: extraneous or missing " in quoted-field'],
  ['"ab"c', 'parse error on line 1, column 4: extraneous or missing " in quoted-field'],
];

for (const [text, want] of csvRows) {
  test(`string slice CSV ${JSON.stringify(text)}`, () => {
    if (typeof want === 'string') expect(() => parseCsvRecord(text)).to.throw(want);
    else expect(parseCsvRecord(text)).to.deep.equal(want);
  });
}

const set = new FlagSet([
  flag.string('namespace', '', { shorthand: 'n' }),
  flag.bool('all-namespaces', false, { shorthand: 'A' }),
  flag.bool('watch', false, { shorthand: 'w' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.int('replicas', 0),
  flag.stringSlice('label-columns', { shorthand: 'L' }),
  flag.stringArray('env', { shorthand: 'e' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.bool('record', false, { deprecated: '--record will be removed in the future' }),
  flag.bool('help', false, { shorthand: 'h' }),
]);

const parseRows: { args: string[]; values?: Record<string, unknown>; args2?: string[]; error?: string; stderr?: string; dash?: number }[] = [
  { args: ['pods', '-n', 'web'], values: { namespace: 'web' }, args2: ['pods'] },
  { args: ['-nweb', 'pods'], values: { namespace: 'web' }, args2: ['pods'] },
  { args: ['-n=web'], values: { namespace: 'web' } },
  { args: ['-n='], values: { namespace: '=' } },
  { args: ['--namespace=web'], values: { namespace: 'web' } },
  { args: ['--namespace', 'web'], values: { namespace: 'web' } },
  { args: ['--namespace='], values: { namespace: '' } },
  { args: ['--all_namespaces'], values: { 'all-namespaces': true } },
  { args: ['-Aw'], values: { 'all-namespaces': true, watch: true } },
  { args: ['-Ao', 'json'], values: { 'all-namespaces': true, output: 'json' } },
  { args: ['-ojson'], values: { output: 'json' } },
  { args: ['--watch=false'], values: { watch: false } },
  { args: ['--watch=0'], values: { watch: false } },
  { args: ['--watch', 'false'], values: { watch: true }, args2: ['false'] },
  { args: ['--replicas=0x10'], values: { replicas: '16' } },
  { args: ['-L', 'a,b', '-L', 'c'], values: { 'label-columns': ['a', 'b', 'c'] } },
  { args: ['-e', 'A=1,B=2', '-e', 'C=3'], values: { env: ['A=1,B=2', 'C=3'] } },
  { args: ['--dry-run'], values: { 'dry-run': 'unchanged' } },
  { args: ['--dry-run', 'client'], values: { 'dry-run': 'unchanged' }, args2: ['client'] },
  { args: ['--dry-run=client'], values: { 'dry-run': 'client' } },
  { args: ['a', '--', '-n', 'b'], values: { namespace: '' }, args2: ['a', '-n', 'b'], dash: 1 },
  { args: ['-', 'a'], args2: ['-', 'a'] },
  { args: ['--record'], values: { record: true }, stderr: 'Flag --record has been deprecated, --record will be removed in the future\n' },
  { args: ['--foo'], error: 'unknown flag: --foo' },
  { args: ['--foo=1'], error: 'unknown flag: --foo' },
  { args: ['-z'], error: "unknown shorthand flag: 'z' in -z" },
  { args: ['-Az'], error: "unknown shorthand flag: 'z' in -z" },
  { args: ['-zA'], error: "unknown shorthand flag: 'z' in -zA" },
  { args: ['-n'], error: "flag needs an argument: 'n' in -n" },
  { args: ['-An'], error: "flag needs an argument: 'n' in -n" },
  { args: ['--namespace'], error: 'flag needs an argument: --namespace' },
  { args: ['---x'], error: 'bad flag syntax: ---x' },
  { args: ['--=x'], error: 'bad flag syntax: --=x' },
  { args: ['--replicas=x'], error: 'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax' },
  { args: ['--watch=maybe'], error: 'invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax' },
  { args: ['-L', 'a"b'], error: 'invalid argument "a\\"b" for "-L, --label-columns" flag: parse error on line 1, column 2: bare " in non-quoted-field' },
];

for (const row of parseRows) {
  test(`parseFlags ${JSON.stringify(row.args)}`, () => {
    if (row.error) {
      expect(() => parseFlags(set, row.args)).to.throw(FlagError, row.error);
      return;
    }
    const p = parseFlags(set, row.args);
    for (const [k, v] of Object.entries(row.values ?? {})) expect(p.values[k], k).to.deep.equal(v);
    expect(p.args).to.deep.equal(row.args2 ?? []);
    expect(p.stderr).to.equal(row.stderr ?? '');
    expect(p.argsLenAtDash).to.equal(row.dash ?? -1);
  });
}

test('parseFlags fills in defaults and records what changed', () => {
  const p = parseFlags(set, ['-w', '--replicas', '3']);
  expect(p.values).to.include({ namespace: '', output: '', 'dry-run': 'none', replicas: '3', watch: true });
  expect(p.changed).to.deep.equal(['watch', 'replicas']);
});

test('cobra stripFlags: value-taking flags hide the next word; unknown flags are assumed to take one', () => {
  expect(stripFlags(['-n', 'web', 'get', 'pods'], set)).to.deep.equal(['get', 'pods']);
  expect(stripFlags(['-w', 'get'], set)).to.deep.equal(['get']);
  expect(stripFlags(['--bogus', 'get', 'pods'], set)).to.deep.equal(['pods']);
  expect(stripFlags(['-h', 'get'], new FlagSet([flag.string('namespace', '', { shorthand: 'n' })]))).to.deep.equal([]);
  expect(stripFlags(['-n', 'get'], set)).to.deep.equal([]); // a value flag followed by one word ends the scan
  expect(stripFlags(['--namespace=web', 'get'], set)).to.deep.equal(['get']);
  expect(stripFlags(['get', '--', 'pods'], set)).to.deep.equal(['get']);
});

test('cobra argsMinusFirstX skips flag values', () => {
  expect(argsMinusFirstX(['-n', 'get', 'get', 'pods'], 'get', set)).to.deep.equal(['-n', 'get', 'pods']);
  expect(argsMinusFirstX(['rollout', 'status'], 'rollout', set)).to.deep.equal(['status']);
});
