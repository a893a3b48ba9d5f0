/**
 * Storage sizes compared as the binder compares them (resource.Quantity.Cmp): `1Gi` > `1G` >
 * `500Mi`. Values are kept exactly, in milli-units, as bigints.
 */
const SUFFIX: Record<string, bigint> = {
  '': 1000n, m: 1n, k: 1000n ** 2n, M: 1000n ** 3n, G: 1000n ** 4n, T: 1000n ** 5n, P: 1000n ** 6n, E: 1000n ** 7n,
  Ki: 1000n * 1024n, Mi: 1000n * 1024n ** 2n, Gi: 1000n * 1024n ** 3n, Ti: 1000n * 1024n ** 4n, Pi: 1000n * 1024n ** 5n, Ei: 1000n * 1024n ** 6n,
};

/** A size in milli-units; text that does not parse counts as 0. */
export function parseQuantityOrZero(text: string | number | undefined): bigint {
  if (text === undefined) return 0n;
  const m = /^([0-9]+)(?:\.([0-9]+))?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/.exec(String(text).trim());
  if (!m) return 0n;
  const fraction = m[2] ?? '';
  const scale = SUFFIX[m[3] ?? ''];
  return (BigInt(m[1] + fraction) * scale) / 10n ** BigInt(fraction.length);
}

export function compareQuantities(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
