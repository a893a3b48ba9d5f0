/**
 * A faithful little copy of spf13/pflag (v1.0.5, as vendored by kubectl v1.32) and of the parts of
 * spf13/cobra's command lookup that decide which words are flags. Error strings are pflag's own;
 * kubectl adds `error: ` in front and `See 'kubectl get --help' for usage.` after them.
 *
 * Value syntax follows Go: ints are `strconv.ParseInt(s, 0, bits)` (so `0x10`, `0o17`, `1_000`),
 * bools `strconv.ParseBool`, durations `time.ParseDuration`, string slices are one CSV record per
 * occurrence (appended), string arrays take each occurrence verbatim.
 */

export type FlagType =
  | 'bool' | 'string' | 'int' | 'int32' | 'int64' | 'duration' | 'stringSlice' | 'stringArray'
  /** klog `-v`: a decimal 32-bit int. */
  | 'level'
  /** klog `--vmodule`: `pattern=N,...`. */
  | 'vmodule'
  /** A Go `flag.Duration` bridged into pflag (`--log-flush-frequency`): errors say only `parse error`. */
  | 'goDuration';

/** One flag, as `cmd.Flags().XxxVarP(...)` declares it. */
export interface FlagSpec {
  /** Long name without dashes: `replicas`. */
  readonly name: string;
  /** One letter, without the dash: `n` for `-n`. */
  readonly shorthand?: string;
  readonly type: FlagType;
  /** Default value as pflag's `Value.String()` prints it (`'0'`, `'0s'`, `'none'`, `[]`, `false`). */
  readonly default: string | boolean | readonly string[];
  /** Value used when the flag is given without `=value` (pflag NoOptDefVal; `'true'` for bools). */
  readonly noOptDefVal?: string;
  /** pflag `MarkDeprecated` message: using the flag prints `Flag --x has been deprecated, <msg>`. */
  readonly deprecated?: string;
  /** Hidden from `--help` (deprecated flags always are). */
  readonly hidden?: boolean;
}

/** A flag value after parsing: bools as booleans, lists as arrays, everything else as pflag's `String()`. */
export type FlagValue = string | boolean | string[];

export type FlagValues = Record<string, FlagValue>;

export class FlagError extends Error {}

// --- declaring flags --------------------------------------------------------------------------

type Opts = { shorthand?: string; noOptDefVal?: string; deprecated?: string; hidden?: boolean };

function mk(name: string, type: FlagType, def: FlagSpec['default'], opts: Opts = {}): FlagSpec {
  const spec: FlagSpec = {
    name, type, default: def,
    ...(opts.shorthand ? { shorthand: opts.shorthand } : {}),
    ...(opts.noOptDefVal !== undefined ? { noOptDefVal: opts.noOptDefVal } : type === 'bool' ? { noOptDefVal: 'true' } : {}),
    ...(opts.deprecated ? { deprecated: opts.deprecated, hidden: true } : {}),
    ...(opts.hidden ? { hidden: true } : {}),
  };
  return Object.freeze(spec);
}

/** Flag constructors, one per pflag type; defaults are written as `--help` shows them. */
export const flag = {
  bool: (name: string, def: boolean, opts?: Opts) => mk(name, 'bool', def, opts),
  string: (name: string, def: string, opts?: Opts) => mk(name, 'string', def, opts),
  int: (name: string, def: number, opts?: Opts) => mk(name, 'int', String(def), opts),
  int32: (name: string, def: number, opts?: Opts) => mk(name, 'int32', String(def), opts),
  int64: (name: string, def: number, opts?: Opts) => mk(name, 'int64', String(def), opts),
  duration: (name: string, def: string, opts?: Opts) => mk(name, 'duration', def, opts),
  stringSlice: (name: string, opts?: Opts) => mk(name, 'stringSlice', Object.freeze([]), opts),
  stringArray: (name: string, opts?: Opts) => mk(name, 'stringArray', Object.freeze([]), opts),
  /** klog's `-v` verbosity (parsed as a 32-bit decimal int). */
  level: (name: string, def: number, opts?: Opts) => mk(name, 'level', String(def), opts),
  vmodule: (name: string, opts?: Opts) => mk(name, 'vmodule', '', opts),
  goDuration: (name: string, def: string, opts?: Opts) => mk(name, 'goDuration', def, opts),
};

// --- a flag set -------------------------------------------------------------------------------

/**
 * The flags one command accepts (its own, the inherited persistent ones and `-h/--help`).
 * Names are normalised as kubectl does (`cliflag.WordSepNormalizeFunc`: `_` becomes `-`).
 */
export class FlagSet {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();

  constructor(specs: Iterable<FlagSpec>) {
    for (const s of specs) {
      if (this.byName.has(s.name)) continue; // a command's own flag shadows an inherited one
      this.byName.set(s.name, s);
      if (s.shorthand && !this.byShort.has(s.shorthand)) this.byShort.set(s.shorthand, s);
    }
  }

  lookup(name: string): FlagSpec | undefined {
    return this.byName.get(normalizeFlagName(name));
  }

  lookupShort(c: string): FlagSpec | undefined {
    return this.byShort.get(c);
  }

  specs(): FlagSpec[] {
    return [...this.byName.values()];
  }
}

export function normalizeFlagName(name: string): string {
  return name.replace(/_/g, '-');
}

export interface ParsedFlags {
  /** Every flag of the set, defaults filled in. */
  values: FlagValues;
  /** Long names of the flags the line set, in first-seen order (pflag's `Changed`). */
  changed: string[];
  /** Positional arguments, in order. */
  args: string[];
  /** Index in `args` where `--` appeared, or -1 (cobra's `ArgsLenAtDash`). */
  argsLenAtDash: number;
  /** Text pflag wrote to stderr while parsing (deprecation notices). */
  stderr: string;
  /** `-h`/`--help` given and true. */
  help: boolean;
}

/** Fills in defaults for every flag of the set. */
export function defaultValues(set: FlagSet): FlagValues {
  const out: FlagValues = {};
  for (const s of set.specs()) out[s.name] = typeof s.default === 'object' ? [...s.default] : s.default;
  return out;
}

/**
 * pflag `FlagSet.Parse` with interspersed flags. Throws FlagError carrying pflag's message
 * (`unknown flag: --foo`, `flag needs an argument: 'n' in -n`, `invalid argument ...`).
 */
export function parseFlags(set: FlagSet, input: readonly string[]): ParsedFlags {
  const values = defaultValues(set);
  const changed: string[] = [];
  const args: string[] = [];
  let argsLenAtDash = -1;
  let stderr = '';
  let help = false;

  const setValue = (spec: FlagSpec, value: string) => {
    try {
      values[spec.name] = applyValue(spec, values[spec.name]!, value, changed.includes(spec.name));
    } catch (e) {
      const flagName = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
      throw new FlagError(`invalid argument ${goQuote(value)} for ${goQuote(flagName)} flag: ${(e as Error).message}`);
    }
    if (!changed.includes(spec.name)) changed.push(spec.name);
    if (spec.name === 'help') help = values.help === true;
    if (spec.deprecated) stderr += `Flag --${spec.name} has been deprecated, ${spec.deprecated}\n`;
  };

  let rest = [...input];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s.length === 0 || s[0] !== '-' || s.length === 1) {
      args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) { // "--" terminates the flags
        argsLenAtDash = args.length;
        args.push(...rest);
        break;
      }
      rest = parseLongArg(set, s, rest, setValue);
    } else {
      rest = parseShortArg(set, s, rest, setValue);
    }
  }
  return { values, changed, args, argsLenAtDash, stderr, help };
}

function parseLongArg(set: FlagSet, s: string, rest: string[], setValue: (f: FlagSpec, v: string) => void): string[] {
  let name = s.slice(2);
  if (name.length === 0 || name[0] === '-' || name[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
  const eq = name.indexOf('=');
  const inline = eq >= 0 ? name.slice(eq + 1) : undefined;
  if (eq >= 0) name = name.slice(0, eq);
  const spec = set.lookup(name);
  if (!spec) throw new FlagError(`unknown flag: --${name}`);
  let value: string;
  if (inline !== undefined) value = inline;
  else if (spec.noOptDefVal !== undefined) value = spec.noOptDefVal;
  else if (rest.length > 0) value = rest.shift()!;
  else throw new FlagError(`flag needs an argument: ${s}`);
  setValue(spec, value);
  return rest;
}

function parseShortArg(set: FlagSet, s: string, rest: string[], setValue: (f: FlagSpec, v: string) => void): string[] {
  // pflag quirk kept on purpose: each letter of "-abc" may consume the *original* next argument.
  const original = rest;
  let out = rest;
  let shorthands = s.slice(1);
  while (shorthands.length > 0) {
    const c = shorthands[0]!;
    const spec = set.lookupShort(c);
    if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
    let value: string;
    let next = shorthands.slice(1);
    if (shorthands.length > 2 && shorthands[1] === '=') { // -f=arg
      value = shorthands.slice(2);
      next = '';
    } else if (spec.noOptDefVal !== undefined) { // -f (arg optional)
      value = spec.noOptDefVal;
    } else if (shorthands.length > 1) { // -farg (also "-n=" → value "=")
      value = shorthands.slice(1);
      next = '';
    } else if (original.length > 0) { // -f arg
      value = original[0]!;
      out = original.slice(1);
    } else {
      throw new FlagError(`flag needs an argument: '${c}' in -${shorthands}`);
    }
    setValue(spec, value);
    shorthands = next;
  }
  return out;
}

function applyValue(spec: FlagSpec, current: FlagValue, raw: string, alreadyChanged: boolean): FlagValue {
  switch (spec.type) {
    case 'bool': return parseGoBool(raw);
    case 'string': return raw;
    case 'int': case 'int64': return String(parseGoInt(raw, 64));
    case 'int32': return String(parseGoInt(raw, 32));
    case 'level': return String(parseGoInt(raw, 32, 10));
    case 'duration': return formatGoDuration(parseGoDuration(raw));
    case 'goDuration':
      try {
        return formatGoDuration(parseGoDuration(raw));
      } catch {
        throw new Error('parse error');
      }
    case 'vmodule': return parseVmodule(raw);
    case 'stringSlice': {
      const items = raw === '' ? [] : parseCsvRecord(raw);
      return alreadyChanged ? [...(current as string[]), ...items] : items;
    }
    case 'stringArray':
      return alreadyChanged ? [...(current as string[]), raw] : [raw];
  }
}

/** klog's parseModuleSpec; keeps the text as given. */
function parseVmodule(value: string): string {
  for (const pat of value.split(',')) {
    if (pat === '') continue;
    const parts = pat.split('=');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      throw new Error('syntax error: expect comma-separated list of filename=N');
    }
    let v: bigint;
    try {
      v = parseGoInt(parts[1]!, 32, 10);
    } catch {
      throw new Error('syntax error: expect comma-separated list of filename=N');
    }
    if (v < 0n) throw new Error('negative value for vmodule level');
  }
  return value;
}

// --- Go value syntax --------------------------------------------------------------------------

/** Go's `%q` for the strings that appear in flag errors. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}

/** strconv.ParseInt(s, base, bits) with base 0 (prefixes, underscores) unless given. Returns a bigint-safe number. */
export function parseGoInt(s: string, bits: 32 | 64, base: 0 | 10 = 0): bigint {
  const fail = (what: string) => new Error(`strconv.ParseInt: parsing ${goQuote(s)}: ${what}`);
  if (s === '') throw fail('invalid syntax');
  let body = s;
  let neg = false;
  if (body[0] === '+' || body[0] === '-') {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let radix = 10;
  let digits = body;
  if (base === 0) {
    if (/^0[xX]/.test(body)) { radix = 16; digits = body.slice(2); }
    else if (/^0[bB]/.test(body)) { radix = 2; digits = body.slice(2); }
    else if (/^0[oO]/.test(body)) { radix = 8; digits = body.slice(2); }
    else if (body.length > 1 && body[0] === '0') { radix = 8; digits = body.slice(1); }
    // underscores are allowed only with base 0, between digits / after the prefix
    if (digits.includes('_')) {
      if (!underscoreOK(body)) throw fail('invalid syntax');
      digits = digits.replace(/_/g, '');
    }
  }
  if (digits === '') throw fail('invalid syntax');
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix);
  let value = 0n;
  for (const ch of digits.toLowerCase()) {
    const d = alphabet.indexOf(ch);
    if (d < 0) throw fail('invalid syntax');
    value = value * BigInt(radix) + BigInt(d);
  }
  const limit = 1n << BigInt(bits - 1);
  if (!neg && value >= limit) throw fail('value out of range');
  if (neg && value > limit) throw fail('value out of range');
  return neg ? -value : value;
}

/** strconv.underscoreOK: underscores only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1]!)) {
    i = 2;
    saw = '0';
    hex = /[xX]/.test(s[1]!);
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c))) { saw = '0'; continue; }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const UNIT_NS: Record<string, number> = {
  ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9,
};

/** time.ParseDuration; returns nanoseconds. */
export function parseGoDuration(s: string): number {
  const orig = s;
  const bad = () => new Error(`time: invalid duration ${goQuote(orig)}`);
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw bad();
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if ((m[1] ?? '') === '' && (m[2] ?? '') === '') throw bad();
    if (m[0] === '.' ) throw bad();
    const whole = Number(m[1] || '0');
    const frac = m[2] ? Number(`0.${m[2]}`) : 0;
    s = s.slice(m[0].length);
    const u = /^[^0-9.]*/.exec(s)![0];
    if (u === '') throw new Error(`time: missing unit in duration ${goQuote(orig)}`);
    const scale = UNIT_NS[u];
    if (scale === undefined) throw new Error(`time: unknown unit ${goQuote(u)} in duration ${goQuote(orig)}`);
    s = s.slice(u.length);
    total += whole * scale + Math.round(frac * scale);
  }
  if (total > 9223372036854775807) throw bad();
  return neg ? -total : total;
}

/** time.Duration.String for whole nanoseconds: `0s`, `1m0s`, `1.5s`, `300ms`, `2h0m0s`. */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(ns);
  let out: string;
  if (u < 1e9) {
    const [unit, scale] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
    out = trimFrac(u / (scale as number)) + unit;
  } else {
    const h = Math.floor(u / 3600e9);
    u -= h * 3600e9;
    const m = Math.floor(u / 60e9);
    u -= m * 60e9;
    const sec = trimFrac(u / 1e9) + 's';
    out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
  }
  return neg ? `-${out}` : out;
}

function trimFrac(x: number): string {
  return Number(x.toFixed(9)).toString();
}

/** Duration flag value (as stored) to milliseconds. */
export function durationToMs(value: string): number {
  return parseGoDuration(value) / 1e6;
}

/** encoding/csv, one record (what pflag's stringSlice does with each occurrence). */
export function parseCsvRecord(s: string): string[] {
  const fields: string[] = [];
  let i = 0;
  const col = (pos: number) => pos + 1;
  for (;;) {
    if (s[i] === '"') {
      i++;
      let field = '';
      for (;;) {
        if (i >= s.length) throw new Error(`parse error on line 1, column ${col(s.length)}: extraneous or missing " in quoted-field`);
        if (s[i] === '"') {
          if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += s[i];
        i++;
      }
      if (i < s.length && s[i] !== ',') {
        throw new Error(`parse error on line 1, column ${i}: extraneous or missing " in quoted-field`);
      }
      fields.push(field);
    } else {
      const end = s.indexOf(',', i);
      const field = end < 0 ? s.slice(i) : s.slice(i, end);
      const q = field.indexOf('"');
      if (q >= 0) throw new Error(`parse error on line 1, column ${col(i + q)}: bare " in non-quoted-field`);
      fields.push(field);
      i = end < 0 ? s.length : end;
    }
    if (i >= s.length) break;
    i++; // skip comma
    if (i >= s.length) { fields.push(''); break; }
  }
  return fields;
}

// --- cobra's view of flags while finding the subcommand ---------------------------------------

/** A long flag that takes its value from the next word (cobra's `!hasNoOptDefVal`). */
function takesValue(set: FlagSet, name: string): boolean {
  const spec = set.lookup(name);
  return !spec || spec.noOptDefVal === undefined;
}

function shortTakesValue(set: FlagSet, c: string): boolean {
  const spec = set.lookupShort(c);
  return !spec || spec.noOptDefVal === undefined;
}

/** cobra `stripFlags`: the words that are neither flags nor (assumed) flag values. */
export function stripFlags(args: readonly string[], set: FlagSet): string[] {
  const commands: string[] = [];
  const rest = [...args];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s === '--') break;
    const longWithValue = s.startsWith('--') && !s.includes('=') && takesValue(set, s.slice(2));
    const shortWithValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && shortTakesValue(set, s.slice(1));
    if (longWithValue || shortWithValue) {
      if (rest.length <= 1) break; // cobra quirk: a value-taking flag with at most one word after it ends the scan
      rest.shift();
      continue;
    }
    if (s !== '' && !s.startsWith('-')) commands.push(s);
  }
  return commands;
}

/** cobra `argsMinusFirstX`: drops the first non-flag occurrence of x. */
export function argsMinusFirstX(args: readonly string[], x: string, set: FlagSet): string[] {
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos]!;
    if (s === '--') break;
    const longWithValue = s.startsWith('--') && !s.includes('=') && takesValue(set, s.slice(2));
    const shortWithValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && shortTakesValue(set, s.slice(1));
    if (longWithValue || shortWithValue) {
      pos++;
      continue;
    }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return [...args];
}
