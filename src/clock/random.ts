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
  // Character codes joined once: a string grown character by character is a chain of n pieces
  // that every pod name would keep alive.
  const codes = SCRATCH.length === n ? SCRATCH : new Array<number>(n);
  for (let i = 0; i < n; i++) codes[i] = SAFE_CODES[random.nextInt(SAFE_ALPHABET.length)];
  return String.fromCharCode.apply(null, codes);
}

const SAFE_CODES = Array.from(SAFE_ALPHABET, (c) => c.charCodeAt(0));
const SCRATCH = new Array<number>(5).fill(0);

/** A uid in the API server's 8-4-4-4-12 hex layout, drawn from the seeded generator. */
export function randomUid(random: Random): string {
  const a = random.nextUint32();
  const b = random.nextUint32();
  const c = random.nextUint32();
  const d = random.nextUint32();
  // 8-4-4-4-12 with the version (4) and variant (a) nibbles fixed, as v4 uuids have them. The
  // 36 characters are joined in one go: uids live as long as their objects and key every index,
  // and a string concatenated from 20 pieces stays 20 objects until something flattens it.
  const u = UID_CODES;
  let i = nibbles(u, 0, a, 0, 8);
  u[i++] = DASH;
  i = nibbles(u, i, b, 0, 4);
  u[i++] = DASH;
  u[i++] = HEX_CODES[4];
  i = nibbles(u, i, b, 5, 8);
  u[i++] = DASH;
  u[i++] = HEX_CODES[10];
  i = nibbles(u, i, c, 1, 4);
  u[i++] = DASH;
  i = nibbles(u, i, c, 4, 8);
  nibbles(u, i, d, 0, 8);
  return String.fromCharCode.apply(null, u);
}

/** Writes hex digits `from`..`to - 1` of `n` (most significant first) at `at`; returns the next position. */
function nibbles(out: number[], at: number, n: number, from: number, to: number): number {
  for (let k = from; k < to; k++) out[at++] = HEX_CODES[(n >>> (28 - 4 * k)) & 15];
  return at;
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const UID_CODES = new Array<number>(36).fill(0);
