/**
 * apimachinery's resource.Quantity (pkg/api/resource/quantity.go, v1.32), exactly: a quantity is
 * a bigint mantissa times a power of ten, never a float. One module for every part of kubespec
 * that reads or writes quantities: the API server's decoding (which stores the canonical form),
 * admission (LimitRanger, ResourceQuota), the controllers, the scheduler and kubectl's printers.
 *
 * Parsing (ParseQuantity) keeps the value exactly down to nano, rounding a finer non-zero value
 * away from zero (`0.9n` → `1n`); a BinarySI value is capped at 2^63-1. It remembers the suffix
 * kind: DecimalSI (`n u m "" k M G T P E`), BinarySI (`Ki … Ei`) or DecimalExponent (`e3`, `E-6`).
 *
 * String() is the canonical form (CanonicalizeBytes), what the API server stores and returns:
 * - DecimalSI and DecimalExponent: the mantissa without trailing zeros, then the exponent lowered
 *   to a multiple of 3 (`1.5` → `1500m`, `2000m` → `2`, `1000M` → `1G`, `0.5e-1` → `50e-3`);
 * - BinarySI: the largest power of 1024 that divides the value (`1024Mi` → `1Gi`, `1.5Gi` →
 *   `1536Mi`), but a value strictly between -1024 and 1024, or one that is not a whole number, is
 *   written as DecimalSI instead (`0.5Ki` → `512`, `0.1Gi` → `107374182400m`).
 * - As in v1.32, a DecimalSI exponent beyond the suffixes (above `E`) loses its suffix
 *   (`1000E` → `1`); apimachinery fixed that later by falling back to `e21`.
 * - Text that parsed on Go's int64 fast path and is already canonical-shaped is kept as written,
 *   which is how `+1`, `0100`, `1.500` and `1E3` survive a round trip through the API server.
 */

import { deepFreeze } from './shared';

export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/** ParseQuantity's errors, word for word. */
export const ErrFormatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ErrNumeric = 'unable to parse numeric part of quantity';
export const ErrSuffix = "unable to parse quantity's suffix";

export class QuantityError extends Error {}

const DECIMAL_SUFFIXES = new Map<string, number>([['n', -9], ['u', -6], ['m', -3], ['', 0], ['k', 3], ['M', 6], ['G', 9], ['T', 12], ['P', 15], ['E', 18]]);
const BINARY_SUFFIXES = new Map<string, number>([['Ki', 10], ['Mi', 20], ['Gi', 30], ['Ti', 40], ['Pi', 50], ['Ei', 60]]);
const DECIMAL_BY_EXPONENT = new Map([...DECIMAL_SUFFIXES].map(([s, e]) => [e, s]));
const BINARY_BY_POWER = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const SUFFIX_CHARS = 'eEinumkKMGTP';
const NANO = -9;
const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);

export class Quantity {
  /** The value is `mantissa × 10^exponent`. */
  private constructor(
    readonly mantissa: bigint,
    readonly exponent: number,
    readonly format: QuantityFormat,
    /** The text it was parsed from, when Go keeps that text as its canonical string. */
    private readonly text?: string,
  ) {}

  /** ParseQuantity; throws a QuantityError with upstream's message. */
  static parse(str: string): Quantity {
    return parseQuantity(str);
  }

  /** The parser's constructor: a value and, when Go keeps it, the text it was parsed from. */
  static raw(mantissa: bigint, exponent: number, format: QuantityFormat, text?: string): Quantity {
    return new Quantity(mantissa, exponent, format, text);
  }

  /** `mantissa × 10^exponent` in a format (the tests' decQuantity, NewScaledQuantity). */
  static of(mantissa: bigint | number, exponent = 0, format: QuantityFormat = 'DecimalSI'): Quantity {
    const m = BigInt(mantissa);
    return m === 0n ? new Quantity(0n, 0, format) : new Quantity(m, exponent, format);
  }

  /** NewMilliQuantity. */
  static fromMilli(milli: bigint | number, format: QuantityFormat = 'DecimalSI'): Quantity {
    return Quantity.of(milli, -3, format);
  }

  /** The zero Quantity of Go (`resource.Quantity{}`, or with a format). */
  static zero(format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(0n, 0, format);
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  sign(): number {
    return this.mantissa > 0n ? 1 : this.mantissa < 0n ? -1 : 0;
  }

  /** Cmp: -1, 0 or 1. */
  cmp(other: Quantity): number {
    return compareScaled(this.mantissa, this.exponent, other.mantissa, other.exponent);
  }

  /** Add, as a new quantity: a zero receiver takes the other's format. */
  add(other: Quantity): Quantity {
    if (other.isZero()) return Quantity.of(this.mantissa, this.exponent, this.format);
    if (this.isZero()) return Quantity.of(other.mantissa, other.exponent, other.format);
    const e = Math.min(this.exponent, other.exponent);
    const m = this.mantissa * pow10(this.exponent - e) + other.mantissa * pow10(other.exponent - e);
    return Quantity.of(m, e, this.isZero() ? other.format : this.format);
  }

  /** Sub, as a new quantity: a zero receiver takes the other's format. */
  sub(other: Quantity): Quantity {
    return this.add(other.neg());
  }

  neg(): Quantity {
    return Quantity.of(-this.mantissa, this.exponent, this.format);
  }

  /** Value(): rounded up (away from zero) to an integer. */
  value(): bigint {
    return this.scaledValue(0);
  }

  /** MilliValue(): the value in thousandths, rounded up (away from zero). */
  milliValue(): bigint {
    return this.scaledValue(-3);
  }

  /**
   * ScaledValue(scale): ceil(q / 10^scale), away from zero. Go silently overflows an int64 for
   * a huge value; this is exact up to 10^400 and saturates at the int64 bounds beyond.
   */
  scaledValue(scale: number): bigint {
    const m = this.mantissa;
    if (m === 0n) return 0n;
    const shift = this.exponent - scale;
    if (shift >= 0) return shift > 400 ? (m > 0n ? MAX_INT64 : MIN_INT64) : m * pow10(shift);
    const abs = m < 0n ? -m : m;
    let q: bigint;
    if (-shift > abs.toString().length) q = 1n;
    else {
      const d = pow10(-shift);
      q = abs / d + (abs % d === 0n ? 0n : 1n);
    }
    return m < 0n ? -q : q;
  }

  /** String(): the canonical form, or the text Go kept from parsing. */
  toString(): string {
    if (this.text !== undefined) return this.text;
    if (this.mantissa === 0n) return '0';
    let format = this.format;
    if (format === 'BinarySI') {
      // Between -1024 and 1024, or not a whole number: written as DecimalSI (no rounding).
      const small = compareScaled(this.mantissa, this.exponent, -1024n, 0) > 0 && compareScaled(this.mantissa, this.exponent, 1024n, 0) < 0;
      if (small || !this.isInteger()) format = 'DecimalSI';
    }
    if (format === 'BinarySI') {
      let v = this.exponent >= 0 ? this.mantissa * pow10(this.exponent) : this.mantissa / pow10(-this.exponent);
      let power = 0;
      while (v % 1024n === 0n) {
        v /= 1024n;
        power++;
      }
      return `${v}${BINARY_BY_POWER[power] ?? ''}`;
    }
    let m = this.mantissa;
    let e = this.exponent;
    while (m % 10n === 0n) {
      m /= 10n;
      e++;
    }
    while (e % 3 !== 0) {
      m *= 10n;
      e--;
    }
    if (format === 'DecimalExponent') return e === 0 ? `${m}` : `${m}e${e}`;
    // v1.32 drops the exponent when DecimalSI has no suffix for it.
    return `${m}${DECIMAL_BY_EXPONENT.get(e) ?? ''}`;
  }

  toJSON(): string {
    return this.toString();
  }

  private isInteger(): boolean {
    return this.exponent >= 0 || this.mantissa % pow10(-this.exponent) === 0n;
  }
}

/** What parseQuantityString returns: the sign, the numeric text, its parts and the suffix. */
export interface ScannedQuantity {
  positive: boolean;
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** parseQuantityString: splits `-1.025Ti` into sign, `1.025`, `1`, `025` and `Ti`. */
export function scanQuantity(str: string): ScannedQuantity {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  // Leading zeros.
  while (str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  // The numerator.
  let i = pos;
  while (isDigit(str[i])) i++;
  if (i >= end) return { positive, value: str, num: str.slice(pos), denom: '', suffix: '' };
  const num = str.slice(pos, i) || '0';
  pos = i;
  // A denominator (`1.` and `1.G` are allowed).
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    let j = pos;
    while (isDigit(str[j])) j++;
    if (j >= end) return { positive, value: str, num, denom: str.slice(pos), suffix: '' };
    denom = str.slice(pos, j);
    pos = j;
  }
  const value = str.slice(0, pos);
  // The suffix: letters, then an optional sign and digits.
  const suffixStart = pos;
  let k = pos;
  while (k < end && SUFFIX_CHARS.includes(str[k])) k++;
  if (k >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart) };
  pos = k;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart) };
  throw new QuantityError(ErrFormatWrong);
}

/** suffixer.interpret: the base, exponent and format a suffix stands for. */
function interpret(suffix: string): { base: 10 | 2; exponent: number; format: QuantityFormat } | undefined {
  const dec = DECIMAL_SUFFIXES.get(suffix);
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BINARY_SUFFIXES.get(suffix);
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    // strconv.ParseInt(…, 10, 64), then int32(…).
    const digits = suffix.slice(1);
    if (!/^[+-]?[0-9]+$/.test(digits)) return undefined;
    const n = BigInt(digits);
    if (n > MAX_INT64 || n < MIN_INT64) return undefined;
    return { base: 10, exponent: Number(BigInt.asIntN(32, n)), format: 'DecimalExponent' };
  }
  return undefined;
}

/** ParseQuantity: throws a QuantityError with upstream's message for malformed text. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new QuantityError(ErrFormatWrong);
  if (str === '0') return Quantity.raw(0n, 0, 'DecimalSI', '0');
  const { positive, value, num, denom, suffix } = scanQuantity(str);
  const kind = interpret(suffix);
  if (!kind) throw new QuantityError(ErrSuffix);
  const { base, exponent } = kind;
  let format = kind.format;

  // Go's int64 fast path: the same value, and the text is kept when it is canonical-shaped.
  let precision = -1;
  if (format !== 'BinarySI') precision = 18 - (num.length + denom.length);
  else if (exponent >= 0 && denom.length === 0) precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
  if (precision >= 0) {
    const scale = (format === 'BinarySI' ? 0 : exponent) - denom.length;
    if (scale >= NANO) {
      const shifted = num + denom;
      const v = BigInt(shifted);
      const result = format === 'BinarySI' ? v << BigInt(exponent) : v;
      if (result <= MAX_INT64) {
        const keep = format === 'BinarySI' ? exponent % 10 === 0 && (v & 7n) !== 0n : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
        return Quantity.raw(positive ? result : -result, scale, format, keep ? str : undefined);
      }
    }
  }

  // The inf.Dec path. inf.Dec.SetString wants at least one digit.
  if (!/[0-9]/.test(value)) throw new QuantityError(ErrNumeric);
  let m = BigInt(num + denom);
  let e = 0 - denom.length;
  if (base === 10) e += exponent;
  else m <<= BigInt(exponent);
  // Round a non-zero value finer than nano up (away from zero) to nano.
  if (m !== 0n && e < NANO) {
    const shift = NANO - e;
    if (shift > m.toString().length) m = 1n;
    else {
      const d = pow10(shift);
      m = m / d + (m % d === 0n ? 0n : 1n);
    }
    e = NANO;
  }
  if (format === 'BinarySI') {
    // BinarySI values are capped at 2^63-1; one below 1 is DecimalSI.
    if (compareScaled(m, e, MAX_INT64, 0) > 0) {
      m = MAX_INT64;
      e = 0;
    }
    if (m !== 0n && compareScaled(m, e, 1n, 0) < 0) format = 'DecimalSI';
  }
  if (m === 0n) e = 0;
  return Quantity.raw(positive ? m : -m, e, format);
}

/** The error ParseQuantity gives for a text, or undefined when it parses. */
export function quantityError(str: string): string | undefined {
  try {
    parseQuantity(str);
    return undefined;
  } catch (e) {
    if (e instanceof QuantityError) return e.message;
    throw e;
  }
}

/** ParseQuantity, or undefined for malformed text. */
export function tryParseQuantity(str: string): Quantity | undefined {
  try {
    return parseQuantity(str);
  } catch (e) {
    if (e instanceof QuantityError) return undefined;
    throw e;
  }
}

/**
 * A JSON value as Quantity.UnmarshalJSON reads it: a string (trimmed) or a number's text. Throws
 * a QuantityError for anything else, or for malformed text.
 */
export function decodeQuantity(v: unknown): Quantity {
  if (typeof v === 'number') return parseQuantity(String(v));
  if (typeof v === 'string') return parseQuantity(v.trim());
  // true, {…}, […]: their JSON text does not begin like a number.
  throw new QuantityError(ErrFormatWrong);
}

/** Recent texts and what they store as (admission canonicalizes every pod a controller creates). */
const canonicalCache = new Map<string, string | undefined>();

/** The canonical text the API server stores for a quantity value, or undefined if it does not decode. */
export function canonicalQuantity(v: unknown): string | undefined {
  const key = typeof v === 'string' ? v : undefined;
  if (key !== undefined && canonicalCache.has(key)) return canonicalCache.get(key);
  let out: string | undefined;
  try {
    out = decodeQuantity(v).toString();
  } catch (e) {
    if (!(e instanceof QuantityError)) throw e;
  }
  if (key !== undefined && key.length <= 64) {
    if (canonicalCache.size >= 1024) canonicalCache.clear();
    canonicalCache.set(key, out);
  }
  return out;
}

/**
 * A stored quantity as kubectl prints it after decoding (`quantity.String()`): the canonical
 * text, or the text itself when it is not a quantity.
 */
export function quantityText(v: unknown): string {
  return canonicalQuantity(v) ?? String(v);
}

/** A quantity value (string or number) parsed, or the zero quantity when absent or malformed (Go's zero value). */
export function quantityOrZero(v: unknown): Quantity {
  if (v === undefined || v === null) return Quantity.zero();
  try {
    return decodeQuantity(v);
  } catch (e) {
    if (e instanceof QuantityError) return Quantity.zero();
    throw e;
  }
}

/** Cmp of two quantity texts (malformed text counts as zero). */
export function compareQuantities(a: unknown, b: unknown): number {
  return quantityOrZero(a).cmp(quantityOrZero(b));
}

/** MilliValue of a quantity value as a number, or undefined when absent or malformed. */
export function milliValue(v: string | number | undefined): number | undefined {
  if (v === undefined || v === null) return undefined;
  try {
    return Number(decodeQuantity(v).milliValue());
  } catch (e) {
    if (e instanceof QuantityError) return undefined;
    throw e;
  }
}

type ResourceMap = Record<string, string | number | undefined> | undefined;
interface ContainerLike {
  restartPolicy?: string;
  resources?: { requests?: ResourceMap; limits?: ResourceMap };
}
interface PodSpecLike {
  containers?: ContainerLike[];
  initContainers?: ContainerLike[];
  overhead?: ResourceMap;
}

/** addResourceList: `list[name] += q`; a new name takes a copy of q (its format and text). */
function addResourceList(list: Map<string, Quantity>, add: ReadonlyMap<string, Quantity>): void {
  for (const [name, q] of add) {
    const have = list.get(name);
    list.set(name, have ? have.add(q) : q);
  }
}

/** maxResourceList: the greater of the two for every name. */
function maxResourceList(list: Map<string, Quantity>, other: ReadonlyMap<string, Quantity>): void {
  for (const [name, q] of other) {
    const have = list.get(name);
    if (!have || q.cmp(have) > 0) list.set(name, q);
  }
}

function resourceMap(list: ResourceMap): Map<string, Quantity> {
  return new Map(Object.entries(list ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [k, quantityOrZero(v)]));
}

/**
 * resourcehelper.PodRequests / podLimits (k8s.io/kubectl/pkg/util/resource, and the quota
 * evaluator's equivalent): containers summed, then the largest init container (sidecars —
 * init containers with restartPolicy Always — add to both), plus the pod overhead.
 */
export function podResourceList(spec: PodSpecLike | undefined, which: 'requests' | 'limits'): Map<string, Quantity> {
  const total = new Map<string, Quantity>();
  for (const c of spec?.containers ?? []) addResourceList(total, resourceMap(c.resources?.[which]));
  const sidecars = new Map<string, Quantity>();
  const initMax = new Map<string, Quantity>();
  for (const c of spec?.initContainers ?? []) {
    const own = resourceMap(c.resources?.[which]);
    let effective: Map<string, Quantity>;
    if (c.restartPolicy === 'Always') {
      addResourceList(total, own);
      addResourceList(sidecars, own);
      effective = sidecars;
    } else {
      effective = new Map();
      addResourceList(effective, own);
      addResourceList(effective, sidecars);
    }
    maxResourceList(initMax, effective);
  }
  maxResourceList(total, initMax);
  const overhead = resourceMap(spec?.overhead);
  if (which === 'requests') addResourceList(total, overhead);
  else for (const [name, q] of overhead) if (total.has(name)) total.set(name, total.get(name)!.add(q));
  return total;
}

function requestsNothing(spec: PodSpecLike | undefined): boolean {
  if (spec?.overhead) return false;
  for (const c of spec?.containers ?? []) if (c.resources?.requests) return false;
  for (const c of spec?.initContainers ?? []) if (c.resources?.requests) return false;
  return true;
}

/** The scheduler's view of a pod's requests: milli-units per resource, as numbers. */
export function podRequests(spec: PodSpecLike | undefined): Readonly<Record<string, number>> {
  // Most pods request nothing: the scheduler asks for every pod it places or sees leave, and
  // keeps the answer while the pod is on its node (one shared, frozen empty answer for them all).
  if (requestsNothing(spec)) return NO_REQUESTS;
  const out: Record<string, number> = {};
  for (const [name, q] of podResourceList(spec, 'requests')) out[name] = Number(q.milliValue());
  return out;
}

const NO_REQUESTS: Readonly<Record<string, number>> = deepFreeze({});

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Compares `am × 10^ae` with `bm × 10^be` without building huge powers of ten. */
function compareScaled(am: bigint, ae: number, bm: bigint, be: number): number {
  const sa = am > 0n ? 1 : am < 0n ? -1 : 0;
  const sb = bm > 0n ? 1 : bm < 0n ? -1 : 0;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  // Same sign: the one with more digits before the point is larger in magnitude.
  const la = (am < 0n ? -am : am).toString().length + ae;
  const lb = (bm < 0n ? -bm : bm).toString().length + be;
  if (la !== lb) return la < lb ? -sa : sa;
  const e = Math.min(ae, be);
  const x = am * pow10(ae - e);
  const y = bm * pow10(be - e);
  return x < y ? -1 : x > y ? 1 : 0;
}
