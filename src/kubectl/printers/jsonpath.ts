/**
 * kubectl's JSONPath (k8s.io/client-go/util/jsonpath, v0.32), on plain JSON values: the template
 * language of `-o jsonpath=…`, `-o custom-columns=…` and `--sort-by`.
 *
 * Supported, as upstream: text outside `{…}`; `.field`, `['field']`, `..field` (recursive),
 * `[n]`, `[start:end:step]`, `[*]`, `.*`, unions `[a,b]` / `{.a,.b}`, filters
 * `[?(@.type=="Ready")]` (`==`, `!=`, `<`, `>`, `<=`, `>=`, and existence `[?(@.x)]`), quoted
 * literals `{"\n"}`, `{range .items[*]}…{end}`, `@`/`$`. Missing keys print nothing (kubectl's
 * `--allow-missing-template-keys=true`). Values print as upstream's `PrintResults`: strings raw,
 * numbers in decimal, maps and lists as compact JSON (Go's encoder: sorted keys, HTML-escaped),
 * several results of one expression separated by single spaces.
 */
import { toGoJsonCompact } from './go-json';

export class JsonPathError extends Error {}

type Node =
  | { t: 'text'; text: string }
  | { t: 'field'; name: string }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'array'; params: [Param, Param, Param] }
  | { t: 'filter'; left: Node[][]; right: Node[][]; op: string }
  | { t: 'union'; lists: Node[][] }
  | { t: 'int'; value: number }
  | { t: 'float'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'range' }
  | { t: 'end' };

interface Param {
  value: number;
  known: boolean;
  derived: boolean;
}

/** A parsed template: a sequence of blocks, each a list of nodes (one `{…}` or a text run). */
export interface JsonPathTemplate {
  readonly source: string;
  readonly blocks: Node[][];
}

/** Parses a template (`{.metadata.name}`, `{range .items[*]}{.metadata.name}{"\n"}{end}`). */
export function parseJsonPath(template: string): JsonPathTemplate {
  return { source: template, blocks: new Parser(template).parseTemplate() };
}

/**
 * kubectl's RelaxedJSONPathExpression (custom-columns, --sort-by): `.a.b`, `a.b` and `{.a.b}`
 * all mean `{.a.b}`.
 */
export function relaxedJsonPath(expr: string): string {
  if (expr === '') return expr;
  const m = /^\{?(\.?[^{}]*?)\}?$/.exec(expr);
  if (!m) throw new JsonPathError(`unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'`);
  let inner = m[1];
  if (!inner.startsWith('.')) inner = `.${inner}`;
  return `{${inner}}`;
}

/** The values each block yields (upstream FindResults): one array of values per printed group. */
export function findResults(tpl: JsonPathTemplate, data: unknown): unknown[][] {
  return runBlocks(tpl.blocks, data);
}

/** Executes a template against `data` and returns the printed text (no newline added). */
export function executeJsonPath(tpl: JsonPathTemplate, data: unknown): string {
  return findResults(tpl, data).map(printResults).join('');
}

function runBlocks(blocks: Node[][], data: unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.length > 0 && block[0].t === 'end') break; // a stray {end} ends the block
    if (block.length > 0 && block[0].t === 'range') {
      // The body runs up to the matching {end}; nested ranges nest.
      let depth = 0;
      let j = i + 1;
      for (; j < blocks.length; j++) {
        const head = blocks[j][0];
        if (head?.t === 'range') depth++;
        else if (head?.t === 'end') {
          if (depth === 0) break;
          depth--;
        }
      }
      const body = blocks.slice(i + 1, j);
      const values = walkList([data], block.slice(1));
      for (const v of values) out.push(...runBlocks(body, v));
      i = j;
      continue;
    }
    out.push(walkList([data], block));
  }
  return out;
}

function walkList(input: unknown[], nodes: Node[]): unknown[] {
  let cur = input;
  for (const n of nodes) cur = walk(cur, n);
  return cur;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(input: unknown[], node: Node): unknown[] {
  switch (node.t) {
    case 'text':
      return [node.text];
    case 'int':
    case 'float':
      return [node.value];
    case 'bool':
      return [node.value];
    case 'field': {
      if (node.name === '') return input; // `{.}`: the current value
      const out: unknown[] = [];
      for (const v of input) if (isMap(v) && node.name in v && v[node.name] !== undefined) out.push(v[node.name]);
      return out;
    }
    case 'wildcard': {
      const out: unknown[] = [];
      for (const v of input) {
        if (isMap(v)) for (const k of Object.keys(v).sort()) out.push(v[k]);
        else if (Array.isArray(v)) out.push(...v);
      }
      return out;
    }
    case 'recursive': {
      const out: unknown[] = [];
      const visit = (v: unknown) => {
        out.push(v);
        if (isMap(v)) for (const k of Object.keys(v).sort()) visit(v[k]);
        else if (Array.isArray(v)) v.forEach(visit);
      };
      input.forEach(visit);
      return out;
    }
    case 'array':
      return evalArray(input, node.params);
    case 'filter':
      return evalFilter(input, node);
    case 'union': {
      const out: unknown[] = [];
      for (const list of node.lists) out.push(...walkList(input, list));
      return out;
    }
    case 'range':
    case 'end':
      return input;
  }
}

function evalArray(input: unknown[], given: [Param, Param, Param]): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice`);
    const params = given.map((p) => ({ ...p })) as [Param, Param, Param];
    const len = value.length;
    if (!params[0].known) params[0].value = 0;
    if (params[0].value < 0) params[0].value += len;
    if (!params[1].known) params[1].value = len;
    if (params[1].value < 0 || (params[1].value === 0 && params[1].derived)) params[1].value += len;
    if (params[1].value === params[0].value) continue;
    if (params[0].value >= len || params[0].value < 0) throw new JsonPathError(`array index out of bounds: index ${params[0].value}, length ${len}`);
    if (params[1].value > len || params[1].value < 0) throw new JsonPathError(`array index out of bounds: index ${params[1].value - 1}, length ${len}`);
    if (params[0].value > params[1].value) throw new JsonPathError(`starting index ${params[0].value} is greater than ending index ${params[1].value}`);
    const slice = value.slice(params[0].value, params[1].value);
    let step = 1;
    if (params[2].known) {
      if (params[2].value <= 0) throw new JsonPathError('step must be > 0');
      step = params[2].value;
    }
    for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
  }
  return result;
}

function evalFilter(input: unknown[], node: Extract<Node, { t: 'filter' }>): unknown[] {
  const results: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice and cannot be filtered`);
    for (const item of value) {
      const lefts = node.left.flatMap((b) => walkList([item], b));
      if (node.op === 'exists') {
        if (lefts.length > 0) results.push(item);
        continue;
      }
      if (lefts.length === 0) continue;
      if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
      const rights = node.right.flatMap((b) => walkList([item], b));
      if (rights.length === 0) continue;
      if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
      if (compare(lefts[0], rights[0], node.op)) results.push(item);
    }
  }
  return results;
}

/** text/template's comparison functions (eq, ne, lt, …) on basic kinds. */
function compare(a: unknown, b: unknown, op: string): boolean {
  const kind = (v: unknown) => (typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'bool' : 'other');
  const ka = kind(a);
  const kb = kind(b);
  if (op === '==' || op === '!=') {
    if (ka !== kb || ka === 'other') {
      if (ka === 'other' || kb === 'other') throw new JsonPathError('invalid type for comparison');
      throw new JsonPathError('incompatible types for comparison');
    }
    return op === '==' ? a === b : a !== b;
  }
  if (ka !== kb) throw new JsonPathError('incompatible types for comparison');
  if (ka !== 'number' && ka !== 'string') throw new JsonPathError('invalid type for comparison');
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  throw new JsonPathError(`unrecognized filter operator ${op}`);
}

function goTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** PrintResults: values of one group, space-separated; maps and lists as compact JSON. */
function printResults(values: unknown[]): string {
  return values.map((v) => (typeof v === 'object' && v !== null ? toGoJsonCompact(v) : textOf(v))).join(' ');
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}

/** An unstructured number: int64 in decimal, float64 as Go's %v. */
export function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return String(n);
  // %v of a float64 is %g with the shortest representation; Go writes two exponent digits.
  const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = n.toExponential().split('e');
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}

/** fmt.Sprint of an unstructured value (custom-columns cells): `map[a:b]`, `[x y]`. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  const m = v as Record<string, unknown>;
  return `map[${Object.keys(m).sort().map((k) => `${k}:${goSprint(m[k])}`).join(' ')}]`;
}

// --- the parser (client-go util/jsonpath/parser.go) ------------------------------------------

class Parser {
  private pos = 0;
  private start = 0;

  constructor(private readonly input: string) {}

  parseTemplate(): Node[][] {
    const blocks: Node[][] = [];
    for (;;) {
      const i = this.input.indexOf('{', this.pos);
      if (i < 0) {
        if (this.pos < this.input.length) blocks.push([{ t: 'text', text: this.input.slice(this.pos) }]);
        return blocks;
      }
      if (i > this.pos) blocks.push([{ t: 'text', text: this.input.slice(this.pos, i) }]);
      this.pos = i + 1;
      this.start = this.pos;
      const list: Node[] = [];
      this.parseInsideAction(list);
      blocks.push(list);
    }
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.pos++;
      return '';
    }
    return this.input[this.pos++];
  }

  private peek(): string {
    return this.pos < this.input.length ? this.input[this.pos] : '';
  }

  private consumeText(): string {
    const t = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return t;
  }

  private hasPrefix(s: string): boolean {
    return this.input.startsWith(s, this.pos);
  }

  /** Parses up to the closing `}` (consumed). */
  parseInsideAction(cur: Node[]): void {
    for (;;) {
      if (this.hasPrefix('}')) {
        this.pos++;
        this.consumeText();
        return;
      }
      if (this.hasPrefix('range')) {
        this.pos += 5;
        this.consumeText();
        cur.push({ t: 'range' });
        continue;
      }
      if (this.hasPrefix('end')) {
        this.pos += 3;
        this.consumeText();
        cur.push({ t: 'end' });
        continue;
      }
      const r = this.next();
      if (r === '') throw new JsonPathError('unclosed action');
      if (r === ' ') {
        this.consumeText();
      } else if (r === '@' || r === '$') {
        this.consumeText();
      } else if (r === '[') {
        this.parseArray(cur);
      } else if (r === '"' || r === "'") {
        this.parseQuote(cur, r);
      } else if (r === '.') {
        this.parseField(cur);
      } else if (r === '+' || r === '-' || /[0-9]/.test(r)) {
        this.pos--;
        this.parseNumber(cur);
      } else if (/[A-Za-z_]/.test(r)) {
        this.pos--;
        this.parseIdentifier(cur);
      } else {
        throw new JsonPathError(`unrecognized character in action: ${JSON.stringify(r)}`);
      }
    }
  }

  private parseIdentifier(cur: Node[]): void {
    while (/[A-Za-z0-9_]/.test(this.peek())) this.pos++;
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.push({ t: 'bool', value: value === 'true' });
    else throw new JsonPathError(`unrecognized identifier ${value}`);
  }

  private parseNumber(cur: Node[]): void {
    if (this.peek() === '+' || this.peek() === '-') this.pos++;
    while (/[0-9.eE]/.test(this.peek())) this.pos++;
    const text = this.consumeText();
    if (/^[+-]?\d+$/.test(text)) cur.push({ t: 'int', value: Number(text) });
    else if (!Number.isNaN(Number(text))) cur.push({ t: 'float', value: Number(text) });
    else throw new JsonPathError(`cannot parse number ${text}`);
  }

  private parseQuote(cur: Node[], quote: string): void {
    for (;;) {
      const r = this.next();
      if (r === '') throw new JsonPathError('unterminated quoted string');
      if (r === '\\') {
        this.next();
        continue;
      }
      if (r === quote) break;
    }
    const raw = this.consumeText();
    cur.push({ t: 'text', text: unquote(raw) });
  }

  private parseField(cur: Node[]): void {
    this.consumeText();
    if (this.peek() === '.') {
      this.pos++;
      this.consumeText();
      cur.push({ t: 'recursive' });
      // `..name`: the name follows as a field
      if (/[A-Za-z0-9_\-/*]/.test(this.peek())) this.parseFieldName(cur);
      return;
    }
    if (this.peek() === '[' || this.peek() === '}' || this.peek() === '' || this.peek() === ' ' || this.peek() === '.') {
      cur.push({ t: 'field', name: '' });
      return;
    }
    this.parseFieldName(cur);
  }

  private parseFieldName(cur: Node[]): void {
    while (this.pos < this.input.length && !/[\s.[\]{}(),=!<>]/.test(this.input[this.pos])) {
      if (this.input[this.pos] === '\\' && this.pos + 1 < this.input.length) this.pos++;
      this.pos++;
    }
    const name = this.consumeText().replace(/\\(.)/g, '$1');
    if (name === '*') cur.push({ t: 'wildcard' });
    else cur.push({ t: 'field', name });
  }

  private parseArray(cur: Node[]): void {
    if (this.hasPrefix('?(')) {
      this.pos--; // back to '['
      this.parseFilter(cur);
      return;
    }
    // find the closing bracket, outside quotes
    let inQuote = '';
    for (;;) {
      const r = this.next();
      if (r === '') throw new JsonPathError('unterminated array');
      if (inQuote) {
        if (r === inQuote) inQuote = '';
        continue;
      }
      if (r === "'" || r === '"') inQuote = r;
      else if (r === ']') break;
    }
    const text = this.consumeText();
    let body = text.slice(1, -1);
    // ['a'] or ['a','b']: field names (a union when several)
    if (/^\s*['"]/.test(body)) {
      const names = splitOutsideQuotes(body).map((s) => unquote(s.trim()));
      if (names.length === 1) cur.push({ t: 'field', name: names[0] });
      else cur.push({ t: 'union', lists: names.map((n): Node[] => [{ t: 'field', name: n }]) });
      return;
    }
    if (body.includes(',')) {
      cur.push({ t: 'union', lists: body.split(',').map((p) => new Parser(`{[${p.trim()}]}`).parseTemplate()[0]) });
      return;
    }
    if (body === '*') body = ':';
    if (!/^-?\d*(:-?\d*){0,2}$/.test(body.replace(/\s/g, ''))) throw new JsonPathError(`invalid array index ${body}`);
    const parts = body.replace(/\s/g, '').split(':');
    const params: [Param, Param, Param] = [
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
    ];
    parts.forEach((p, i) => {
      if (p !== '') params[i] = { value: Number(p), known: true, derived: false };
    });
    if (parts.length === 1) {
      // [n] means [n:n+1]
      params[1] = { value: params[0].value + 1, known: true, derived: true };
    }
    cur.push({ t: 'array', params });
  }

  private parseFilter(cur: Node[]): void {
    this.pos += 3; // "[?("
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === '' || r === '\n') throw new JsonPathError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')') {
        if (begin === end) break;
      }
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]');
    let text = this.consumeText();
    text = text.slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    const sub = (s: string) => new Parser(`{${s}}`).parseTemplate();
    if (!m) cur.push({ t: 'filter', left: sub(text), right: [], op: 'exists' });
    else cur.push({ t: 'filter', left: sub(m[1]), right: sub(m[3]), op: m[2] });
  }
}

function splitOutsideQuotes(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = '';
  for (const ch of s) {
    if (q) {
      if (ch === q) q = '';
      cur += ch;
    } else if (ch === "'" || ch === '"') {
      q = ch;
      cur += ch;
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** strconv.Unquote for the quoted literals of a template (`"\n"`, `'a'`). */
function unquote(raw: string): string {
  const body = raw.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'u':
      case 'x':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      default:
        return e;
    }
  });
}
