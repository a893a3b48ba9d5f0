/**
 * `kubectl -o json`: Go's `json.MarshalIndent(obj, "", "    ")` plus a newline, applied to the
 * unstructured object kubectl decoded. Three Go habits matter for byte-exactness:
 * - map keys come out sorted by byte order (unstructured objects are Go maps);
 * - `<`, `>`, `&`, U+2028 and U+2029 are escaped as `\u003c`-style sequences (HTML-safe escaping
 *   is on by default in encoding/json);
 * - empty objects and arrays stay on one line: `{}`, `[]`.
 */
import { compareGoStrings } from './selector';

/** Marshals `value` like Go's json.MarshalIndent with a four-space indent, plus a final newline. */
export function toGoJson(value: unknown): string {
  return `${marshal(value, '')}\n`;
}

function marshal(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return quote(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + marshal(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort(compareGoStrings);
    if (keys.length === 0) return '{}';
    const fields = keys.map((k) => `${inner}${quote(k)}: ${marshal((value as Record<string, unknown>)[k], inner)}`);
    return `{\n${fields.join(',\n')}\n${indent}}`;
  }
  throw new Error(`cannot marshal ${typeof value} as JSON`);
}

/**
 * Go prints float64 with the shortest representation, switching to exponent form below 1e-6
 * and from 1e21 on, with at least one exponent digit (`1e-7`, `1e+21`) — the same thresholds and
 * shape as JavaScript's Number#toString.
 */
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n}`);
  return Object.is(n, -0) ? '-0' : String(n);
}

const HEX = '0123456789abcdef';

/** encoding/json's string encoder with HTML escaping. */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
    }
    if (c < 0x20 || ch === '<' || ch === '>' || ch === '&') {
      out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    } else if (c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16)}`;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8 to Go
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}

/** Go's `json.Marshal` (compact, sorted keys, HTML-escaped): how JSONPath prints maps and lists. */
export function toGoJsonCompact(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(toGoJsonCompact).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareGoStrings);
  return `{${keys.map((k) => `${quote(k)}:${toGoJsonCompact(obj[k])}`).join(',')}}`;
}
