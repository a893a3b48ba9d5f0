import { parseAllDocuments, LineCounter, visit, isCollection } from 'yaml';
import { deepCopy } from '../model/hash';

/**
 * Reading manifests the way kubectl's resource builder does (cli-runtime StreamVisitor): several
 * `---` documents, empty and `null` ones skipped, read in order until the first error that stops
 * the stream. Documents read before that error are still returned — kubectl applies them and
 * then reports the error.
 *
 * - A YAML syntax error stops the source: `error parsing <source>: error converting YAML to
 *   JSON: yaml: line N: <reason>` (libyaml's reason and line).
 * - With `validate` (kubectl's default `--validate=strict`), a document that is not an object, or
 *   whose apiVersion/kind are missing or not strings, stops the source:
 *   `error validating "<source>": error validating data: <reason>; if you choose to ignore these
 *   errors, turn validation off with --validate=false`.
 * - Without it (delete -f, scale -f, --validate=false) such a document is a decode error of its
 *   own (`unable to decode "<source>": …`) and reading goes on.
 *
 * Duplicate keys are not an error (kubectl's YAML-to-JSON conversion keeps the last one).
 */
export interface ManifestDocument {
  object: Record<string, unknown>;
  /** 1-based line where the document starts. */
  line: number;
  index: number;
}

export interface ManifestError {
  /** kubectl's message, without the `error: ` prefix it prints alone. */
  message: string;
  line?: number;
  column?: number;
}

export type ParsedManifests =
  | { ok: true; documents: ManifestDocument[]; decodeErrors: Array<ManifestError & { index: number }> }
  | { ok: false; error: ManifestError; documents: ManifestDocument[]; decodeErrors: Array<ManifestError & { index: number }> };

export interface ParseOptions {
  /** kubectl's client-side checks of --validate=strict (apply, create, replace). @default false */
  validate?: boolean;
}

const VALIDATE_HINT = '; if you choose to ignore these errors, turn validation off with --validate=false';

export function parseManifests(text: string, source = '<inline>', opts: ParseOptions = {}): ParsedManifests {
  const documents: ManifestDocument[] = [];
  const decodeErrors: Array<ManifestError & { index: number }> = [];
  const stop = (error: ManifestError): ParsedManifests => ({ ok: false, error, documents, decodeErrors });
  const chunks = splitDocuments(text);
  for (const [index, chunk] of chunks.entries()) {
    if ('error' in chunk) return stop({ message: `error parsing ${source}: ${chunk.error}`, line: chunk.line });
    const read = readChunk(chunk.text);
    if (!read.ok) {
      // go-yaml counts lines within the document, as kubectl hands it one document at a time.
      return stop({ message: `error parsing ${source}: error converting YAML to JSON: yaml: ${read.message}`, line: read.line === undefined ? undefined : chunk.line + read.line - 1 });
    }
    const value = read.value;
    if (value === null || value === undefined) continue;
    const startLine = chunk.line + read.startLine - 1;
    const problems = objectKindErrors(value);
    if (problems.length > 0) {
      if (opts.validate) {
        const reason = problems.length === 1 ? problems[0] : `[${problems.join(', ')}]`;
        return stop({ message: `error validating "${source}": error validating data: ${reason}${VALIDATE_HINT}`, line: startLine });
      }
      decodeErrors.push({ index, line: startLine, message: `unable to decode "${source}": ${decodeError(value)}` });
      continue;
    }
    documents.push({ object: value as Record<string, unknown>, line: startLine, index });
  }
  return { ok: true, documents, decodeErrors };
}

/**
 * apimachinery's YAMLReader: a line beginning with `---` ends a document; only spaces and a
 * comment may follow the dashes. Empty documents are skipped. `line` is where the chunk starts.
 */
function splitDocuments(text: string): Array<{ text: string; line: number } | { error: string; line: number }> {
  const out: Array<{ text: string; line: number } | { error: string; line: number }> = [];
  const lines = text.split(/(?<=\n)/);
  let buffer: string[] = [];
  let start = 1;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('---')) {
      const trimmed = line.slice(3).trim();
      if (trimmed.length > 0 && !trimmed.startsWith('#')) {
        if (buffer.length > 0) out.push({ text: buffer.join(''), line: start });
        out.push({ error: `invalid Yaml document separator: ${trimmed}`, line: i + 1 });
        return out;
      }
      if (buffer.length > 0) out.push({ text: buffer.join(''), line: start });
      buffer = [];
      start = i + 2;
      continue;
    }
    buffer.push(line);
  }
  if (buffer.length > 0) out.push({ text: buffer.join(''), line: start });
  return out;
}

type ChunkRead = { ok: true; value: unknown; startLine: number } | { ok: false; message: string; line?: number };

/**
 * One document as go-yaml's Unmarshal reads it: only the first YAML document of the chunk, and a
 * root whose first line is indented ends at the first line that comes back to the left (go-yaml
 * stops after the root node; what follows is never parsed).
 */
function readChunk(text: string): ChunkRead {
  // Scenarios apply the same few manifests over and over: a document's reading is kept (a copy
  // of it, handed out as a copy, since callers change what they get).
  const known = readings.get(text);
  if (known) return known.ok ? { ...known, value: deepCopy(known.value) } : known;
  const read = readChunkAfresh(text);
  if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
  readings.set(text, read.ok ? { ...read, value: deepCopy(read.value) } : read);
  return read;
}

/** Readings kept, by document text, oldest dropped first. */
const readings = new Map<string, ChunkRead>();
const MAX_READINGS = 512;

function readChunkAfresh(text: string): ChunkRead {
  // libyaml ends a stream that lacks a final line break with one (its end mark moves to the
  // next line): the same as parsing with the newline added.
  const chunk = text.endsWith('\n') ? text : `${text}\n`;
  const first = parseChunk(chunk);
  if (first.ok) return first;
  const lines = chunk.split(/(?<=\n)/);
  const content = (l: string) => l.trim() !== '' && !l.trimStart().startsWith('#');
  const firstContent = lines.findIndex(content);
  const indent = (l: string) => l.length - l.trimStart().length;
  if (firstContent >= 0 && indent(lines[firstContent]) > 0 && !/^\s*[-[{]/.test(lines[firstContent])) {
    const rootIndent = indent(lines[firstContent]);
    const end = lines.findIndex((l, i) => i > firstContent && content(l) && indent(l) < rootIndent);
    if (end > 0) {
      const truncated = parseChunk(lines.slice(0, end).join(''));
      if (truncated.ok) return truncated;
    }
  }
  return first;
}

function parseChunk(chunk: string): ChunkRead {
  const lineCounter = new LineCounter();
  let doc;
  try {
    const docs = parseAllDocuments(chunk, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    doc = Array.isArray(docs) ? docs[0] : docs;
  } catch (e) {
    return { ok: false, message: (e as Error).message.split('\n')[0] };
  }
  if (!doc) return { ok: true, value: null, startLine: 1 };
  if (doc.errors.length > 0) {
    // An alias to an anchor defined nowhere (before it): go-yaml names the anchor, no line.
    const alias = doc.errors.map((e) => /Unresolved alias[^:]*: (.+)$/.exec(e.message)).find((m) => m);
    if (alias) return { ok: false, message: `unknown anchor '${alias[1]}' referenced` };
    const { line, column, reason } = libyamlStyle(doc.errors, lineCounter, chunk);
    void column;
    // go-yaml's fail(): a scanner error names the 1-based line of the problem, a parser error
    // ("did not find expected …") its 0-based line — one less — and no line at all on line 1.
    const shown = PARSER_ERRORS.has(reason) ? line - 1 : line;
    return { ok: false, message: `${shown > 0 ? `line ${shown}: ` : ''}${reason}`, line };
  }
  // JSON has string keys only: go-yaml cannot use a list or a map as a key.
  let badKey: unknown;
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        badKey = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (badKey !== undefined) return { ok: false, message: `invalid map key: ${String(badKey)}` };
  try {
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    const startLine = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]).line : 1;
    return { ok: true, value, startLine };
  } catch (e) {
    // An alias to an anchor that does not exist (or an alias bomb): what go-yaml reports.
    const m = /(?:Aliased anchor not found|Unresolved alias[^:]*): (.*)$/.exec((e as Error).message);
    return { ok: false, message: m ? `unknown anchor '${m[1]}' referenced` : (e as Error).message.split('\n')[0] };
  }
}

/**
 * kubectl's getObjectKind (validation): the document must be an object whose apiVersion and kind
 * are set and are strings, with an apiVersion that parses as a group/version.
 */
function objectKindErrors(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['invalid object to validate'];
  const o = value as Record<string, unknown>;
  const errs: string[] = [];
  if (o.apiVersion === undefined || o.apiVersion === null) errs.push('apiVersion not set');
  else if (typeof o.apiVersion !== 'string') errs.push("apiVersion isn't string type");
  else if ((o.apiVersion.match(/\//g) ?? []).length > 1) errs.push(`unexpected GroupVersion string: ${o.apiVersion}`);
  if (o.kind === undefined || o.kind === null) errs.push('kind not set');
  else if (typeof o.kind !== 'string') errs.push("kind isn't string type");
  return errs;
}

/** What kubectl's unstructured decoder says when it cannot read a document (no validation). */
function decodeError(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'array' : typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'number' : 'string';
    return `json: cannot unmarshal ${what} into Go value of type unstructured.detector`;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.kind !== 'string' || o.kind === '') return `Object 'Kind' is missing in '${goJson(o)}'`;
  return `Object 'apiVersion' is missing in '${goJson(o)}'`;
}

/** Compact JSON with sorted keys, as Go's json.Marshal writes a map. */
function goJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${goJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** libyaml reasons raised by its parser (not its scanner): go-yaml reports them one line early. */
const PARSER_ERRORS = new Set(['did not find expected key', "did not find expected '-' indicator", 'did not find expected node content', "did not find expected ',' or '}'", "did not find expected ',' or ']'"]);

type YamlError = { code: string; message: string; pos: [number, number] };

/**
 * kubectl parses YAML with libyaml (go-yaml); the `yaml` package finds the same mistakes but
 * words and places them differently. This maps the common ones to libyaml's reason and line.
 */
function libyamlStyle(errors: readonly YamlError[], lc: LineCounter, text: string): { line: number; column: number; reason: string } {
  const at = (offset: number) => lc.linePos(offset);
  const blockSeq = errors.find((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' && /block sequence/i.test(e.message));
  if (blockSeq) return { line: at(blockSeq.pos[0]).line, column: at(blockSeq.pos[0]).col, reason: 'did not find expected key' };
  const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && at(e.pos[0]).line < at(e.pos[1]).line);
  if (multiline) {
    // A plain scalar running over several lines. Where a key is required (nothing but
    // indentation or `- ` before it) libyaml's simple key goes stale: "could not find expected
    // ':'". As a value (after `key: `) the next ':' is the error: "mapping values are not
    // allowed in this context". Either way on the scalar's last line.
    const end = at(multiline.pos[1]);
    const start = at(multiline.pos[0]);
    const before = lc.lineStarts[start.line - 1] !== undefined ? text.slice(lc.lineStarts[start.line - 1], multiline.pos[0]) : '';
    const atKey = /^[\s-]*$/.test(before);
    return { line: end.line, column: end.col, reason: atKey ? "could not find expected ':'" : 'mapping values are not allowed in this context' };
  }
  const first = errors[0];
  const p = at(first.pos[0]);
  return { line: p.line, column: p.col, reason: yamlReason(first.code, first.message) };
}

/** The libyaml-style reason kubectl's YAML decoder gives for the common mistakes. */
function yamlReason(code: string, message: string): string {
  switch (code) {
    case 'BAD_INDENT':
      // An unclosed flow collection runs into the next line.
      if (/^Flow map/.test(message)) return "did not find expected ',' or '}'";
      if (/^Flow sequence/.test(message)) return "did not find expected ',' or ']'";
      return 'did not find expected key';
    case 'UNEXPECTED_TOKEN':
      return 'did not find expected key';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'mapping values are not allowed in this context';
    case 'TAB_AS_INDENT':
      return 'found character that cannot start any token';
    case 'MISSING_CHAR':
      if (/Sequence item without - indicator/i.test(message)) return "did not find expected '-' indicator";
      if (/flow map/i.test(message)) return "did not find expected ',' or '}'";
      if (/flow sequence/i.test(message)) return "did not find expected ',' or ']'";
      return 'found unexpected end of stream';
    default:
      return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  }
}
