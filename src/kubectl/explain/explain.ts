/**
 * `kubectl explain TYPE[.field…]` (and `--recursive`): kubectl v1.32's plaintext explain template
 * (k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl) over schema.json, which
 * scripts/gen-explain-schema.ts builds from the kubernetes-types declarations (the upstream
 * OpenAPI field docs). The layout — headers, `<type>` guesses, `-required-`, `enum:` lines, the
 * 76-column word wrap (mitchellh/go-wordwrap) — was checked against the real binary rendering
 * the same schema served as OpenAPI v3 (explain-oracle.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Schema = {
  type?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
  enum?: string[];
  'x-kubernetes-group-version-kind'?: Array<{ group: string; kind: string; version: string }>;
};

let loaded: Record<string, Schema> | undefined;

/** The generated schemas, by OpenAPI name (`io.k8s.api.apps.v1.Deployment`). */
export function explainSchemas(): Record<string, Schema> {
  loaded ??= (JSON.parse(fs.readFileSync(path.join(__dirname, 'schema.json'), 'utf8')) as { schemas: Record<string, Schema> }).schemas;
  return loaded;
}

function resolveRef(ref: string): Schema | undefined {
  return explainSchemas()[ref.slice(ref.lastIndexOf('/') + 1)];
}

/** A schema with a lone allOf unwrapped to its $ref. */
function refOf(s: Schema): string | undefined {
  if (s.$ref) return s.$ref;
  if (s.allOf && s.allOf.length === 1 && !s.properties) return refOf(s.allOf[0]);
  return undefined;
}

/** What the field's value is: the referenced schema (through arrays and allOf), or itself. */
function target(s: Schema): Schema {
  if (s.items) return target(s.items);
  if (s.additionalProperties) return target(s.additionalProperties);
  const ref = refOf(s);
  if (ref) return resolveRef(ref) ?? s;
  return s;
}

/** The template's typeGuess. */
function typeGuess(s: Schema): string {
  if (s.items) return `[]${typeGuess(s.items)}`;
  if (s.additionalProperties) return `map[string]${typeGuess(s.additionalProperties)}`;
  if (s.allOf && !s.properties && s.allOf.length === 1) return typeGuess(s.allOf[0]);
  if (s.$ref) {
    const ref = resolveRef(s.$ref);
    if (!ref || !ref.type || ref.type === 'object') {
      const name = s.$ref.slice(s.$ref.lastIndexOf('/') + 1);
      return name.slice(name.lastIndexOf('.') + 1) || 'Object';
    }
    return ref.type;
  }
  return s.type || 'Object';
}

/** mitchellh/go-wordwrap WrapString. */
export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of s) {
    if (ch === '\n') {
      buf += space + word + ch;
      space = '';
      word = '';
      current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (space.length === 0 || word.length > 0) {
        current += [...space].length + [...word].length;
        buf += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      const wl = [...word].length;
      if (current + [...space].length + wl > lim && wl < lim) {
        buf += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word.length === 0) {
    if (current + [...space].length <= lim) buf += space;
  } else buf += space + word;
  return buf;
}

function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return s.split('\n').map((l) => pad + l).join('\n');
}

export type ExplainResult = { ok: true; text: string } | { ok: false; header: string; error: string };

/** Finds the root schema of a kind. */
function rootSchema(group: string, version: string, kind: string): Schema | undefined {
  return Object.values(explainSchemas()).find((s) => s['x-kubernetes-group-version-kind']?.some((g) => g.group === group && g.version === version && g.kind === kind));
}

/** Renders `kubectl explain` for a kind and a field path below it. */
export function renderExplain(group: string, version: string, kind: string, fieldPath: string[], recursive: boolean): ExplainResult | undefined {
  const root = rootSchema(group, version, kind);
  if (!root) return undefined;
  let header = '';
  if (group) header += `GROUP:      ${group}\n`;
  header += `KIND:       ${kind}\nVERSION:    ${version}\n\n`;
  let schema: Schema = root;
  let field: Schema | undefined;
  let fieldName = '';
  for (const name of fieldPath) {
    const container = target(field ?? schema);
    const next = container.properties?.[name];
    if (!next) return { ok: false, header, error: `field "${name}" does not exist` };
    field = next;
    fieldName = name;
    schema = target(next);
  }
  let out = header;
  let description: string;
  if (field) {
    out += `FIELD: ${fieldName} <${typeGuess(field)}>\n`;
    const t = target(field);
    const parts = [field.description ?? ''];
    if (t !== field && t.description) parts.push(t.description);
    description = parts.filter((p) => p !== '').join('\n');
    out += field.enum ? `ENUM:\n${field.enum.map((e) => `    ${e}\n`).join('')}` : '\n';
    out += '\n';
  } else {
    description = root.description ?? '';
  }
  out += `DESCRIPTION:\n${indent(4, wrapString(`${description}\n`, 76))}\n`;
  const props = schema.properties;
  if (props && Object.keys(props).length > 0) {
    out += 'FIELDS:\n';
    out += recursive ? recursiveFields(schema, 1, new Set()) : fieldList(schema);
  }
  out += '\n';
  return { ok: true, text: out };
}

function fieldList(schema: Schema): string {
  let out = '';
  const required = new Set(schema.required ?? []);
  for (const name of Object.keys(schema.properties ?? {}).sort()) {
    const f = schema.properties![name];
    out += `  ${name}\t<${typeGuess(f)}>${required.has(name) ? ' -required-' : ''}\n`;
    if (f.enum) out += `  enum: ${f.enum.join(', ')}\n`;
    if (f.description) out += `${indent(4, wrapString(f.description, 76))}\n`;
    out += '\n';
  }
  return out;
}

function recursiveFields(schema: Schema, level: number, seen: Set<Schema>): string {
  let out = '';
  const required = new Set(schema.required ?? []);
  for (const name of Object.keys(schema.properties ?? {}).sort()) {
    const f = schema.properties![name];
    out += `${'  '.repeat(level)}${name}\t<${typeGuess(f)}>${required.has(name) ? ' -required-' : ''}\n`;
    if (f.enum) out += `${'  '.repeat(level)}enum: ${f.enum.join(', ')}\n`;
    const t = target(f);
    if (t.properties && !seen.has(t)) {
      seen.add(t);
      out += recursiveFields(t, level + 1, seen);
      seen.delete(t);
    }
  }
  return out;
}
