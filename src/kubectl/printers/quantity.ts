/**
 * Just enough of apimachinery's resource.Quantity for describe: comparing requests with limits
 * (QoS class) and the integer conversions of `resourceFieldRef` environment variables. Values are
 * kept exactly, as a count of nano-units in a bigint, so `100m` equals `0.1`.
 */

const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** A parsed quantity: its value in nano-units (10^-9), exactly. */
export interface Quantity {
  readonly nano: bigint;
}

/** Parses `100m`, `1.5Gi`, `2e3`, `128974848`; throws on malformed text. */
export function parseQuantity(text: string): Quantity {
  const m = QUANTITY.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`quantities must match the regular expression: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = '', exponent, suffix = ''] = m;
  // mantissa = digits × 10^-fraction.length
  let digits = BigInt(`${whole || '0'}${fraction}`);
  let decimalExp = -fraction.length + 9; // to nano-units
  let binaryExp = 0;
  if (exponent) decimalExp += Number(exponent.slice(1));
  else if (suffix in BINARY_SUFFIX) binaryExp = BINARY_SUFFIX[suffix];
  else decimalExp += DECIMAL_SUFFIX[suffix];
  digits *= 2n ** BigInt(binaryExp);
  const nano = decimalExp >= 0 ? digits * 10n ** BigInt(decimalExp) : ceilDiv(digits, 10n ** BigInt(-decimalExp));
  return { nano: sign === '-' ? -nano : nano };
}

/** -1, 0 or 1, as Quantity.Cmp. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

/** Quantity.Value(): the value rounded up to an integer. */
export function quantityValue(q: Quantity): bigint {
  return ceilDiv(q.nano, 1_000_000_000n);
}

/** Quantity.MilliValue(): the value in thousandths, rounded up. */
export function quantityMilliValue(q: Quantity): bigint {
  return ceilDiv(q.nano, 1_000_000n);
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}
