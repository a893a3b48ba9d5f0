import { parseAllDocuments, LineCounter } from 'yaml';

/**
 * Reading manifests the way kubectl does: several `---` documents, empty ones skipped, each
 * document must be an object with apiVersion and kind. Errors say where (file, line, column).
 */
export interface ManifestDocument {
  object: Record<string, unknown>;
  /** 1-based line where the document starts. */
  line: number;
  index: number;
}

export interface ManifestError {
  message: string;
  line?: number;
  column?: number;
}

export type ParsedManifests = { ok: true; documents: ManifestDocument[] } | { ok: false; error: ManifestError };

export function parseManifests(text: string, source = '<inline>'): ParsedManifests {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: ManifestDocument[] = [];
  for (const [index, doc] of list.entries()) {
    if (doc.errors.length > 0) {
      const { line, column, reason } = libyamlStyle(doc.errors, lineCounter);
      return {
        ok: false,
        error: { message: `error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${reason}`, line, column },
      };
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue;
    const startLine = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]).line : 1;
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        ok: false,
        error: { message: `error validating data: the document at line ${startLine} of ${source} is not an object (found ${Array.isArray(value) ? 'a list' : typeof value})`, line: startLine },
      };
    }
    out.push({ object: value as Record<string, unknown>, line: startLine, index });
  }
  return { ok: true, documents: out };
}

type YamlError = { code: string; message: string; pos: [number, number] };

/**
 * kubectl parses YAML with libyaml (go-yaml); the `yaml` package finds the same mistakes but
 * words and places them differently. This maps the common ones to libyaml's reason and line.
 */
function libyamlStyle(errors: readonly YamlError[], lc: LineCounter): { line: number; column: number; reason: string } {
  const at = (offset: number) => lc.linePos(offset);
  const blockSeq = errors.find((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' && /block sequence/i.test(e.message));
  if (blockSeq) return { line: at(blockSeq.pos[0]).line, column: at(blockSeq.pos[0]).col, reason: 'did not find expected key' };
  const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && at(e.pos[0]).line < at(e.pos[1]).line);
  if (multiline) {
    // libyaml stops at the ':' that cannot start a value: the last line of the key.
    const end = at(multiline.pos[1]);
    return { line: end.line, column: end.col, reason: 'mapping values are not allowed in this context' };
  }
  const first = errors[0];
  const p = at(first.pos[0]);
  return { line: p.line, column: p.col, reason: yamlReason(first.code, first.message) };
}

/** The libyaml-style reason kubectl's YAML decoder gives for the common mistakes. */
function yamlReason(code: string, message: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return 'did not find expected key';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'mapping values are not allowed in this context';
    case 'TAB_AS_INDENT':
      return 'found character that cannot start any token';
    case 'DUPLICATE_KEY':
      return `key already set in map`;
    default:
      return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  }
}
