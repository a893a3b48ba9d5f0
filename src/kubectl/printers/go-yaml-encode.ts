/**
 * The encoder half of go-yaml v2 as kubectl drives it (sigs.k8s.io/yaml): which Go value becomes
 * which scalar text and requested style (encode.go, resolve.go), the order of map keys
 * (keyList.Less), and the one transformation the JSON-to-YAML round trip performs on strings.
 * The emitter in go-yaml.ts decides the final layout.
 */

/** JSON data after normalisation: maps keep string keys, `undefined` is gone. */
export type Yaml = null | boolean | number | string | Yaml[] | Map<string, Yaml>;

/** The scalar styles kubectl's output can contain. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/** The text and requested style of a scalar, as encode.go's stringv/intv/floatv/boolv/nilv pick them. */
export function scalarEvent(node: Exclude<Yaml, Yaml[] | Map<string, Yaml>>): [string, ScalarStyle] {
  if (node === null) return ['null', 'plain'];
  if (typeof node === 'boolean') return [node ? 'true' : 'false', 'plain'];
  if (typeof node === 'number') return [formatYamlNumber(node), 'plain'];
  if (node.includes('\n')) return [node, 'literal'];
  const canUsePlain = !resolvesToNonString(node) && !isBase60Float(node);
  return [node, canUsePlain ? 'plain' : 'double'];
}

/** JSON data in, maps with string keys out; `undefined` object fields are dropped as JSON does. */
export function normalize(value: unknown): Yaml {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return foldNextLines(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot marshal ${value} as YAML via JSON`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalize(v)));
  if (typeof value === 'object') {
    const map = new Map<string, Yaml>();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) map.set(foldNextLines(k), normalize(v));
    }
    return map;
  }
  throw new Error(`cannot marshal ${typeof value} as YAML`);
}

/**
 * sigs.k8s.io/yaml re-reads the JSON text as YAML, and YAML treats a raw U+0085 (NEXT LINE) inside
 * a double-quoted scalar as a line break to fold; Go's JSON encoder leaves that character
 * unescaped (it escapes every other break). So kubectl shows `x\u0085y` as `x y`, trims spaces
 * around the break, and keeps second and later consecutive breaks as `\n`. This is
 * go-yaml's yaml_parser_scan_flow_scalar whitespace handling, applied to the only raw break and
 * raw blank (the space) that can occur in Go's JSON output.
 */
function foldNextLines(s: string): string {
  if (!s.includes('\u0085')) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && s[i] !== ' ' && s[i] !== '\u0085') out += s[i++];
    if (i >= n) break;
    let whitespaces = '';
    let leadingBlanks = false;
    let trailingBreaks = '';
    while (i < n && (s[i] === ' ' || s[i] === '\u0085')) {
      if (s[i] === ' ') {
        if (!leadingBlanks) whitespaces += ' ';
      } else if (!leadingBlanks) {
        whitespaces = '';
        leadingBlanks = true;
      } else {
        trailingBreaks += '\n';
      }
      i++;
    }
    out += leadingBlanks ? trailingBreaks || ' ' : whitespaces;
  }
  return out;
}

/**
 * Integers print in decimal; other numbers as Go's `strconv.FormatFloat(f, 'g', -1, 64)`:
 * shortest digits, exponent form when the exponent is below -4 or at least 6 (`1.5e+06`).
 */
function formatYamlNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

// --- resolve.go: would this plain text read back as something other than a string? ---------

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]);

const GO_INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

function resolvesToNonString(s: string): boolean {
  // Only the first character decides whether resolution is attempted at all.
  const first = s === '' ? 'N' : s[0];
  let hint: 'S' | 'D' | 'M' | '.' | undefined;
  if (first === '+' || first === '-') hint = 'S';
  else if (first >= '0' && first <= '9') hint = 'D';
  else if ('yYnNtTfFoO~'.includes(first)) hint = 'M';
  else if (first === '.') hint = '.';
  if (hint === undefined) return false;
  if (RESOLVE_MAP.has(s)) return true;
  switch (hint) {
    case 'M':
      return false;
    case '.':
      return DOT_FLOAT.test(s) && Number.isFinite(Number(s));
    case 'D':
    case 'S': {
      if (isYamlTimestamp(s)) return true;
      const plain = s.replace(/_/g, '');
      if (GO_INT.test(plain)) return true;
      if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
      if (/^-0b[01]+$/.test(plain)) return true;
      return false;
    }
  }
}

function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0];
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

/** resolve.go's parseTimestamp: the four layouts go-yaml accepts, with Go's range checks. */
function isYamlTimestamp(s: string): boolean {
  if (!/^[0-9]{4}-/.test(s)) return false;
  const m =
    /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2}))|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.[0-9]{1,9})?))?$/.exec(
      s,
    );
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  const hour = m[4] ?? m[7];
  const minute = m[5] ?? m[8];
  const second = m[6] ?? m[9];
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)) return false;
  return true;
}

// --- key order (encode.go keyList.Less) -----------------------------------------------------

const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;

/**
 * go-yaml's map key order (keyList.Less): equal prefixes are skipped; two letters compare as
 * code points; a letter sorts after a non-letter; otherwise digit runs compare numerically, then
 * by length. So `a2` < `a10`, and `app-x` < `app.x` < `appx`. It is not transitive when digits
 * and letters mix (`k20` < `k2B` < `k4` < `k20`), so the emitter sorts with Go's own algorithm
 * (go-sort.ts); kubectl's order is then still seeded by Go's random map iteration, which no
 * emulation can follow — real Kubernetes keys rarely hit this.
 */
export function keyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = LETTER.test(ar[i]);
    const bl = LETTER.test(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && DIGIT.test(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && DIGIT.test(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}
