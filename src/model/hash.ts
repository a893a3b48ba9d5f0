import { SAFE_ALPHABET } from '../clock/random';

/**
 * controller.ComputeHash, re-implemented: FNV-1a 32-bit over a canonical dump of the pod template
 * (plus collisionCount), printed in decimal and each digit mapped through the safe alphabet
 * (SafeEncodeString). Go's deep-dump bytes cannot be reproduced, so the dump here is canonical
 * JSON with sorted keys: deterministic, and it changes exactly when the template does.
 * The result only ever uses the characters 4 5 6 7 8 9 b c d f, like real hashes.
 */
export function computeHash(template: unknown, collisionCount?: number): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // UTF-16 code units fed as two bytes when wide, so non-ASCII still changes the hash.
      if (c > 0xff) {
        h = Math.imul(h ^ (c >>> 8), 0x01000193) >>> 0;
      }
      h = Math.imul(h ^ (c & 0xff), 0x01000193) >>> 0;
    }
  };
  feed(canonicalJson(template));
  if (collisionCount !== undefined && collisionCount !== null) feed(`#${collisionCount}`);
  return safeEncode(String(h >>> 0));
}

export function safeEncode(s: string): string {
  let out = '';
  for (const ch of s) out += SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length];
  return out;
}

/** JSON with object keys sorted at every level and undefined members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Deep copy of plain API data (JSON-safe objects only). */
export function deepCopy<T>(value: T): T {
  return cloneJson(value) as T;
}

/** A recursive copy of JSON data (undefined members dropped, as a JSON round trip would). */
function cloneJson(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v[i] === undefined ? null : cloneJson(v[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in v as Record<string, unknown>) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined && typeof x !== 'function') out[k] = cloneJson(x);
  }
  return out;
}

/**
 * Semantic equality of plain API data, ignoring key order: exactly `canonicalJson(a) ===
 * canonicalJson(b)` (undefined members dropped, undefined array items as null), decided by
 * walking both values instead of building two strings — it runs on every status write.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const aObject = a !== null && typeof a === 'object';
  const bObject = b !== null && typeof b === 'object';
  if (!aObject || !bObject) return !aObject && !bObject && (JSON.stringify(a) ?? 'null') === (JSON.stringify(b) ?? 'null');
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bs[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let defined = 0;
  for (const k of Object.keys(ao)) {
    const x = ao[k];
    if (x === undefined) continue;
    defined++;
    const y = bo[k];
    if (y === undefined || !Object.prototype.hasOwnProperty.call(bo, k) || !deepEqual(x, y)) return false;
  }
  for (const k of Object.keys(bo)) if (bo[k] !== undefined) defined--;
  return defined === 0;
}
