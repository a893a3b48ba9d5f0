/**
 * The simulator's only source of randomness: a seeded xorshift128+ style generator (sfc32),
 * so a seed reproduces a run byte for byte. Pod-name suffixes and uids draw from it.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small seed over the four words of state.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** An integer in [0, n). */
  nextInt(n: number): number {
    return this.nextUint32() % n;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Runs `fn` drawing from a separate stream (seeded from this one's state and `salt`), then
   * puts this stream back as it was: objects the cluster is born with (minikube's StorageClass)
   * get uids without shifting the names and uids every scenario sees afterwards.
   */
  isolated<T>(salt: number, fn: () => T): T {
    const saved = [this.a, this.b, this.c, this.d] as const;
    const fork = new Random((this.a ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
    [this.a, this.b, this.c, this.d] = [fork.a, fork.b, fork.c, fork.d];
    try {
      return fn();
    } finally {
      [this.a, this.b, this.c, this.d] = saved;
    }
  }
}

/** util/rand's alphabet: no vowels (no accidental words), no 0/1/3 (no look-alikes). */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** names.SimpleNameGenerator: `n` characters drawn uniformly from the safe alphabet. */
export function randomSafeString(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SAFE_ALPHABET[random.nextInt(SAFE_ALPHABET.length)];
  return s;
}

/** A uid in the API server's 8-4-4-4-12 hex layout, drawn from the seeded generator. */
export function randomUid(random: Random): string {
  const a = random.nextUint32();
  const b = random.nextUint32();
  const c = random.nextUint32();
  const d = random.nextUint32();
  // 8-4-4-4-12 with the version (4) and variant (a) nibbles fixed, as v4 uuids have them.
  return `${hex8(a)}-${HEX_BYTE[b >>> 24]}${HEX_BYTE[(b >>> 16) & 255]}-4${HEX_BYTE[(b >>> 8) & 255].slice(1)}${HEX_BYTE[b & 255]}-a${HEX_BYTE[c >>> 24].slice(1)}${HEX_BYTE[(c >>> 16) & 255]}-${HEX_BYTE[(c >>> 8) & 255]}${HEX_BYTE[c & 255]}${hex8(d)}`;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return HEX_BYTE[n >>> 24] + HEX_BYTE[(n >>> 16) & 255] + HEX_BYTE[(n >>> 8) & 255] + HEX_BYTE[n & 255];
}
