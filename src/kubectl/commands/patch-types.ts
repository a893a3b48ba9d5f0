/**
 * The three patch types of `kubectl patch`, on plain JSON values (pure functions):
 * - JSON merge patch (RFC 7386, `--type merge`): objects merge, `null` removes, lists are replaced;
 * - strategic merge patch (the default): like merge, but lists of known types merge by their
 *   patch merge key (containers by `name`, container ports by `containerPort`, service ports by
 *   `port`, env by `name`, volumeMounts by `mountPath`, …) and honour `$patch: delete|replace`;
 * - JSON patch (RFC 6902, `--type json`): add / remove / replace / move / copy / test.
 */

export class PatchError extends Error {}

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** RFC 7386. */
export function jsonMergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}

/** Patch merge keys of the list fields kubespec's kinds have (field name → key). */
const MERGE_KEYS: Record<string, string | ((items: Obj[]) => string)> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  conditions: 'type',
  ownerReferences: 'uid',
  resourceClaims: 'name',
  topologySpreadConstraints: 'topologyKey',
  ports: (items) => (items.some((i) => 'containerPort' in i) ? 'containerPort' : 'port'),
};
/** Lists of scalars merged as sets (patchStrategy: merge). */
const SET_LISTS = new Set(['finalizers']);

/** Strategic merge patch, as the API server applies it to the typed object. */
export function strategicMergePatch(target: Json, patch: Json, field = ''): Json {
  if (!isObj(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _d, ...rest } = patch;
    return clone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const name = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[name]) && Array.isArray(v)) out[name] = (out[name] as Json[]).filter((x) => !v.includes(x));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      out[k] = mergeList(out[k], v, k);
      continue;
    }
    if (isObj(v)) {
      const merged = strategicMergePatch(out[k], v, k);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
      continue;
    }
    out[k] = v;
  }
  void field;
  return out;
}

function mergeList(current: Json, patch: Json[], field: string): Json[] {
  const cur = Array.isArray(current) ? clone(current) : [];
  // `- $patch: replace` replaces the whole list with the other items.
  if (patch.some((p) => isObj(p) && p.$patch === 'replace')) return clone(patch.filter((p) => !(isObj(p) && p.$patch === 'replace')));
  if (SET_LISTS.has(field)) {
    const out = [...cur];
    for (const p of patch) if (!out.includes(p)) out.push(clone(p));
    return out;
  }
  const keySpec = MERGE_KEYS[field];
  if (!keySpec || !patch.every(isObj)) return clone(patch);
  const key = typeof keySpec === 'string' ? keySpec : keySpec([...cur, ...patch].filter(isObj));
  const out = cur as Obj[];
  for (const p of patch as Obj[]) {
    if (!(key in p)) throw new PatchError(`map: ${JSON.stringify(p)} does not contain declared merge key: ${key}`);
    const i = out.findIndex((c) => isObj(c) && c[key] === p[key]);
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = strategicMergePatch(out[i], p, field) as Obj;
    else out.push(strategicMergePatch({}, p, field) as Obj);
  }
  return out;
}

interface Op {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

/** RFC 6902 with RFC 6901 pointers; throws PatchError with jsonpatch's wording. */
export function applyJsonPatch(target: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc = clone(target);
  for (const raw of ops as Op[]) {
    if (!isObj(raw)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    const op = raw as Op;
    switch (op.op) {
      case 'add':
        doc = add(doc, op.path, clone(op.value));
        break;
      case 'remove':
        doc = remove(doc, op.path, 'remove');
        break;
      case 'replace': {
        get(doc, op.path, 'replace');
        doc = remove(doc, op.path, 'replace');
        doc = add(doc, op.path, clone(op.value));
        break;
      }
      case 'move': {
        const v = get(doc, op.from ?? '', 'move');
        doc = remove(doc, op.from ?? '', 'move');
        doc = add(doc, op.path, v);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, clone(get(doc, op.from ?? '', 'copy')));
        break;
      case 'test': {
        const v = get(doc, op.path, 'test');
        if (JSON.stringify(sortKeys(v)) !== JSON.stringify(sortKeys(op.value))) throw new PatchError(`testing value ${op.path} failed: test failed`);
        break;
      }
      default:
        throw new PatchError(`Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

function tokens(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
  return path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, path: string, op: string): { parent: Json; last: string } {
  const t = tokens(path);
  if (t.length === 0) return { parent: undefined, last: '' };
  let cur = doc;
  for (const k of t.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(k)];
    else if (isObj(cur)) cur = cur[k];
    else cur = undefined;
    if (cur === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return { parent: cur, last: t[t.length - 1] };
}

function get(doc: Json, path: string, op: string): Json {
  if (path === '') return doc;
  const { parent, last } = parentOf(doc, path, op);
  const v = Array.isArray(parent) ? parent[Number(last)] : isObj(parent) ? parent[last] : undefined;
  if (v === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return v;
}

function add(doc: Json, path: string, value: Json): Json {
  if (path === '') return value;
  const { parent, last } = parentOf(doc, path, 'add');
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
    parent.splice(i, 0, value);
  } else if (isObj(parent)) parent[last] = value;
  else throw new PatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
  return doc;
}

function remove(doc: Json, path: string, op: string): Json {
  const { parent, last } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (!Number.isInteger(i) || i < 0 || i >= parent.length) throw new PatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
    parent.splice(i, 1);
  } else if (isObj(parent) && last in parent) delete parent[last];
  else throw new PatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return doc;
}
