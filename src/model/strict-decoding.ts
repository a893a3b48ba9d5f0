import * as fs from 'node:fs';
import * as path from 'node:path';
import { QuantityError, canonicalQuantity, decodeQuantity } from './quantity';

/**
 * What the API server does with a request body before anything else: decode it into the typed
 * object (sigs.k8s.io/json, `fieldValidation=Strict` as kubectl v1.32 sends by default).
 *
 * - A value of the wrong JSON type fails the request with Go's message, naming the struct, the
 *   field path from the root and the Go type:
 *   `json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`.
 *   Like encoding/json, the first such error in document order wins (kubectl sends keys sorted).
 * - Otherwise unknown fields are collected, with their paths (array elements indexed):
 *   `strict decoding error: unknown field "spec.replica", unknown field "spec.template.spec.containers[0].imagee"`.
 *
 * - A resource.Quantity that does not parse fails with ParseQuantity's own message, without a
 *   field: `quantities must match the regular expression '…'`, `unable to parse quantity's suffix`.
 *   One that parses is stored in its canonical form (`1024Mi` → `1Gi`, `0.5` → `500m`).
 *
 * The API server wraps either as `<Kind> in version "<v>" cannot be handled as a <Kind>: <error>`
 * (400 BadRequest). Known fields and their types come from kubernetes-types (the .d.ts files of
 * the groups the simulator serves), read once on first use; Go integer widths and named types
 * that TypeScript does not carry are listed below.
 */

type FieldType =
  | { t: 'string' | 'bool' | 'any' | 'time' | 'quantity' | 'intOrString' }
  | { t: 'int'; bits: 32 | 64 }
  | { t: 'ref'; name: string }
  | { t: 'array'; of: FieldType }
  | { t: 'map'; of: FieldType };

interface StructType {
  name: string;
  fields: Map<string, FieldType>;
}

/** Which .d.ts declares each kind, by apiVersion. */
const KIND_FILES: Record<string, string> = { v1: 'core/v1', 'apps/v1': 'apps/v1', 'batch/v1': 'batch/v1' };
const SHARED_FILES = ['meta/v1', 'core/v1'];

/** int64 fields (TypeScript only says `number`; everything else is int32). */
const INT64 = new Set([
  'ObjectMeta.generation', 'ObjectMeta.deletionGracePeriodSeconds',
  'PodSpec.terminationGracePeriodSeconds', 'PodSpec.activeDeadlineSeconds', 'Probe.terminationGracePeriodSeconds',
  'Toleration.tolerationSeconds', 'SleepAction.seconds', 'ServiceAccountTokenProjection.expirationSeconds',
  'SecurityContext.runAsUser', 'SecurityContext.runAsGroup',
  'PodSecurityContext.runAsUser', 'PodSecurityContext.runAsGroup', 'PodSecurityContext.fsGroup', 'PodSecurityContext.supplementalGroups',
  'DeploymentStatus.observedGeneration', 'ReplicaSetStatus.observedGeneration', 'StatefulSetStatus.observedGeneration',
  'DaemonSetStatus.observedGeneration', 'JobSpec.activeDeadlineSeconds',
]);

let schema: Map<string, StructType> | undefined;

function typesDir(): string {
  return path.dirname(require.resolve('kubernetes-types/package.json'));
}

/** Reads `export interface X { field?: Type; … }` and `export type X = string;` declarations. */
function loadSchema(): Map<string, StructType> {
  const out = new Map<string, StructType>();
  const aliases = new Map<string, string>();
  const files = new Set([...SHARED_FILES, ...Object.values(KIND_FILES)]);
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(typesDir(), `${file}.d.ts`), 'utf8');
    } catch {
      continue;
    }
    text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/export type (\w+) = ([^;]+);/g)) aliases.set(m[1], m[2].trim());
    for (const m of text.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
      const [, name, body] = m;
      if (out.has(name)) continue;
      const fields = new Map<string, FieldType>();
      for (const f of body.matchAll(/^\s+(?:readonly )?("?[\w$-]+"?)\??: (\{[\s\S]*?\n\s*\}|[^;\n]+);/gm)) {
        const fieldName = f[1].replace(/"/g, '');
        fields.set(fieldName, parseType(f[2].trim(), `${name}.${fieldName}`, aliases));
      }
      out.set(name, { name, fields });
    }
  }
  return out;
}

function parseType(text: string, owner: string, aliases: Map<string, string>): FieldType {
  const t = text.replace(/\s+/g, ' ');
  if (t === 'string' || /^"[^"]*"$/.test(t)) return { t: 'string' };
  if (t === 'boolean') return { t: 'bool' };
  if (t === 'number') return { t: 'int', bits: INT64.has(owner) ? 64 : 32 };
  if (t === 'number | string' || t === 'string | number') return { t: 'intOrString' };
  const arr = /^Array<(.+)>$/.exec(t);
  if (arr) return { t: 'array', of: parseType(arr[1], owner, aliases) };
  const map = /^\{ \[\w+: string\]: (.+?);? \}$/.exec(t);
  if (map) return { t: 'map', of: parseType(map[1], owner, aliases) };
  if (t === 'Time' || t === 'MicroTime') return { t: 'time' };
  if (t === 'Quantity') return { t: 'quantity' };
  if (t === 'RawExtension' || t === 'FieldsV1' || t === 'any' || t === 'object') return { t: 'any' };
  if (aliases.get(t) === 'string') return { t: 'string' };
  if (/^\w+$/.test(t)) return { t: 'ref', name: t };
  return { t: 'any' };
}

/** The Go type as encoding/json prints it in errors. */
function goType(f: FieldType): string {
  switch (f.t) {
    case 'string':
    case 'time':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return `int${f.bits}`;
    case 'intOrString':
      return 'int32';
    case 'quantity':
      return 'resource.Quantity';
    case 'ref':
      return `v1.${f.name}`;
    case 'array':
      return `[]${goType(f.of)}`;
    case 'map':
      return f.of.t === 'quantity' ? 'v1.ResourceList' : `map[string]${goType(f.of)}`;
    default:
      return 'interface {}';
  }
}

/** encoding/json's word for a JSON value (numbers that do not fit an integer carry their text). */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'object':
      return 'object';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'number';
    default:
      return 'string';
  }
}

/** Go's %v of a float64 as json.Marshal writes it (1.5, 3e+21). */
function goNumber(n: number): string {
  const s = String(n);
  return s.replace(/e\+?(\d)$/, 'e+0$1').replace(/e-(\d)$/, 'e-0$1');
}

class Decoder {
  typeError?: string;
  readonly unknown: string[] = [];

  constructor(private readonly types: Map<string, StructType>) {}

  /** `fieldPath`: JSON field names from the root (what Go's errors show); `strictPath`: with indices. */
  value(v: unknown, f: FieldType, struct: string, fieldPath: string, strictPath: string): void {
    if (this.typeError !== undefined || v === null || v === undefined || f.t === 'any') return;
    const mismatch = (what = jsonKind(v)) => {
      this.typeError ??= `json: cannot unmarshal ${what} into Go struct field ${struct}.${fieldPath} of type ${goType(f)}`;
    };
    switch (f.t) {
      case 'string':
      case 'time':
        if (typeof v !== 'string') mismatch();
        return;
      case 'bool':
        if (typeof v !== 'boolean') mismatch();
        return;
      case 'int': {
        if (typeof v !== 'number') return mismatch();
        const limit = f.bits === 32 ? 2 ** 31 : 2 ** 63;
        if (!Number.isInteger(v) || v < -limit || v >= limit) mismatch(`number ${goNumber(v)}`);
        return;
      }
      case 'intOrString':
        // intstr.IntOrString.UnmarshalJSON: a quoted value is the string, anything else an int32.
        if (typeof v === 'string') return;
        if (typeof v !== 'number') return mismatch();
        if (!Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31) mismatch(`number ${goNumber(v)}`);
        return;
      case 'quantity':
        // resource.Quantity.UnmarshalJSON: ParseQuantity's error, without a field.
        try {
          decodeQuantity(v);
        } catch (e) {
          if (!(e instanceof QuantityError)) throw e;
          this.typeError ??= e.message;
        }
        return;
      case 'array':
        if (!Array.isArray(v)) return mismatch();
        v.forEach((item, i) => this.value(item, f.of, struct, fieldPath, `${strictPath}[${i}]`));
        return;
      case 'map':
        if (typeof v !== 'object' || Array.isArray(v)) return mismatch();
        for (const k of Object.keys(v as object).sort()) this.value((v as Record<string, unknown>)[k], f.of, struct, fieldPath, `${strictPath}.${k}`);
        return;
      case 'ref': {
        const t = this.types.get(f.name);
        if (!t) return;
        if (typeof v !== 'object' || Array.isArray(v)) return mismatch();
        this.struct(v as Record<string, unknown>, t, fieldPath, strictPath);
        return;
      }
    }
  }

  struct(o: Record<string, unknown>, t: StructType, fieldPath: string, strictPath: string): void {
    for (const k of Object.keys(o).sort()) {
      if (this.typeError !== undefined) return;
      const f = t.fields.get(k);
      const sp = strictPath ? `${strictPath}.${k}` : k;
      if (!f) {
        if (this.unknown.length < 100 && !this.unknown.includes(sp)) this.unknown.push(sp);
        continue;
      }
      this.value(o[k], f, t.name, fieldPath ? `${fieldPath}.${k}` : k, sp);
    }
  }
}

/** The Go zero value of a field type, for a null where Go leaves the zero value (array elements, map values). */
function zeroValue(f: FieldType): unknown {
  switch (f.t) {
    case 'string':
    case 'time':
      return '';
    case 'bool':
      return false;
    case 'int':
    case 'intOrString':
      return 0;
    case 'quantity':
      return '0';
    case 'ref':
      return {};
    default:
      return null;
  }
}

/**
 * What the typed object holds after decoding (the API server stores that, not the JSON): null
 * fields are unset, a null array element or map value is its type's zero value, unknown fields
 * are dropped.
 */
function normalize(v: unknown, f: FieldType, types: Map<string, StructType>): unknown {
  if (v === null || v === undefined) return undefined;
  switch (f.t) {
    case 'array':
      return Array.isArray(v) ? v.map((x) => (x === null ? zeroValue(f.of) : normalize(x, f.of, types))) : v;
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return v;
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, x === null ? zeroValue(f.of) : normalize(x, f.of, types)]));
    case 'ref': {
      const t = types.get(f.name);
      if (!t || typeof v !== 'object' || Array.isArray(v)) return v;
      return normalizeStruct(v as Record<string, unknown>, t, types);
    }
    case 'quantity':
      return canonicalQuantity(v) ?? v;
    default:
      return v;
  }
}

function normalizeStruct(o: Record<string, unknown>, t: StructType, types: Map<string, StructType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const f = t.fields.get(k);
    if (!f) continue;
    const n = normalize(v, f, types);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/**
 * The API server's decoding of a write: either the 400 message (`<Kind> in version "<v>" cannot
 * be handled as a <Kind>: …`), or the object as decoded, with the warnings `Warn` produces
 * (`unknown field "spec.replica"`, which kubectl prints as `Warning: …`). Kinds without a known
 * schema pass through unchanged.
 */
export function decodeObject(obj: Record<string, unknown>, validation: FieldValidation = 'Strict'): { error: string } | { object: Record<string, unknown>; warnings: string[] } {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  if (!KIND_FILES[apiVersion]) return { object: obj, warnings: [] };
  schema ??= loadSchema();
  const t = schema.get(kind);
  if (!t || !t.fields.has('metadata')) return { object: obj, warnings: [] };
  const d = new Decoder(schema);
  d.struct(obj, t, '', '');
  const version = apiVersion.split('/').pop();
  const fail = (err: string) => ({ error: `${kind} in version "${version}" cannot be handled as a ${kind}: ${err}` });
  if (d.typeError !== undefined) return fail(d.typeError);
  const unknown = d.unknown.map((u) => `unknown field ${JSON.stringify(u)}`);
  if (unknown.length > 0 && validation === 'Strict') return fail(`strict decoding error: ${unknown.join(', ')}`);
  return { object: normalizeStruct(obj, t, schema), warnings: validation === 'Warn' ? unknown : [] };
}

/**
 * Decodes a manifest as the API server would for its kind. Returns the error message the server
 * puts after `<Kind> in version "<v>" cannot be handled as a <Kind>: `, or undefined when the
 * object decodes cleanly (or its kind has no known schema).
 */
export function strictDecodingError(obj: Record<string, unknown>): string | undefined {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  if (!KIND_FILES[apiVersion]) return undefined;
  schema ??= loadSchema();
  const t = schema.get(kind);
  if (!t || !t.fields.has('metadata')) return undefined;
  const d = new Decoder(schema);
  d.struct(obj, t, '', '');
  if (d.typeError !== undefined) return d.typeError;
  if (d.unknown.length > 0) return `strict decoding error: ${d.unknown.map((u) => `unknown field ${JSON.stringify(u)}`).join(', ')}`;
  return undefined;
}

/** The whole 400 message: `Deployment in version "v1" cannot be handled as a Deployment: …`. */
export function decodingFailureMessage(obj: Record<string, unknown>): string | undefined {
  const err = strictDecodingError(obj);
  if (err === undefined) return undefined;
  const kind = String(obj.kind);
  const version = String(obj.apiVersion).split('/').pop();
  return `${kind} in version "${version}" cannot be handled as a ${kind}: ${err}`;
}

/** Per struct: whether any field, however deep, is a resource.Quantity (memoized). */
const holdsQuantity = new Map<string, boolean>();

function typeHoldsQuantity(f: FieldType, types: Map<string, StructType>): boolean {
  switch (f.t) {
    case 'quantity':
      return true;
    case 'array':
    case 'map':
      return typeHoldsQuantity(f.of, types);
    case 'ref': {
      const known = holdsQuantity.get(f.name);
      if (known !== undefined) return known;
      holdsQuantity.set(f.name, false); // cycles (JSONSchemaProps-like types) end here
      const t = types.get(f.name);
      const result = !!t && [...t.fields.values()].some((x) => typeHoldsQuantity(x, types));
      holdsQuantity.set(f.name, result);
      return result;
    }
    default:
      return false;
  }
}

/** Per struct type, the names of its fields that can hold a quantity (most hold none). */
const quantityKeys = new Map<string, readonly string[]>();

function quantityKeysOf(name: string, t: StructType, types: Map<string, StructType>): readonly string[] {
  let keys = quantityKeys.get(name);
  if (!keys) quantityKeys.set(name, (keys = [...t.fields.keys()].filter((k) => typeHoldsQuantity(t.fields.get(k)!, types))));
  return keys;
}

function canonicalizeValue(v: unknown, f: FieldType, types: Map<string, StructType>): unknown {
  if (v === null || v === undefined || !typeHoldsQuantity(f, types)) return v;
  switch (f.t) {
    case 'quantity':
      return canonicalQuantity(v) ?? v;
    case 'array':
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = canonicalizeValue(v[i], f.of, types);
      return v;
    case 'map':
      if (typeof v === 'object' && !Array.isArray(v)) {
        const m = v as Record<string, unknown>;
        for (const k of Object.keys(m)) m[k] = canonicalizeValue(m[k], f.of, types);
      }
      return v;
    case 'ref': {
      const t = types.get(f.name);
      if (t && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        // Only the fields that can hold a quantity: this runs on every object written.
        for (const k of quantityKeysOf(f.name, t, types)) if (o[k] !== undefined && o[k] !== null) o[k] = canonicalizeValue(o[k], t.fields.get(k)!, types);
      }
      return v;
    }
    default:
      return v;
  }
}

/**
 * Rewrites, in place, every resource.Quantity field of an object of a known kind to the canonical
 * form the API server stores (Quantity.String() after decoding): container requests and limits,
 * emptyDir.sizeLimit, claim and volume capacities, LimitRange and ResourceQuota lists, node
 * capacity… A value that does not parse is left as it is.
 */
export function canonicalizeQuantities(obj: Record<string, unknown>): void {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  if (!KIND_FILES[apiVersion] || typeof obj.kind !== 'string') return;
  schema ??= loadSchema();
  if (!schema.get(obj.kind)?.fields.has('metadata')) return;
  canonicalizeValue(obj, { t: 'ref', name: obj.kind }, schema);
}
