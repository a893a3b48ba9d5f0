/**
 * Generates src/kubectl/explain/schema.json — the field docs `kubectl explain` shows — from the
 * kubernetes-types declarations (the upstream OpenAPI descriptions, as comments) with the
 * TypeScript compiler API. Run: `node --require ts-node/register/transpile-only scripts/gen-explain-schema.ts`.
 *
 * Mapping: interfaces → objects (non-optional fields are required), `Array<T>` → array,
 * `{ [name: string]: T }` → map, `number | string` → IntOrString, `Quantity` → Quantity,
 * `Time`/`MicroTime` → string (date-time), `number` → integer, literal-typed apiVersion/kind → string.
 * Enum values and their docs (which the .d.ts comments lack) come from ENUMS below, copied from
 * the v1.32 API types' `+enum` constants.
 */
import * as ts from 'typescript';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', 'node_modules', 'kubernetes-types');
const FILES: Record<string, string> = {
  'apps/v1': 'io.k8s.api.apps.v1',
  'core/v1': 'io.k8s.api.core.v1',
  'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
  'batch/v1': 'io.k8s.api.batch.v1',
  'policy/v1': 'io.k8s.api.policy.v1',
  'storage/v1': 'io.k8s.api.storage.v1',
};
const ROOTS: Array<[string, string, string, string]> = [
  ['apps/v1', 'Deployment', 'apps', 'v1'], ['apps/v1', 'ReplicaSet', 'apps', 'v1'], ['apps/v1', 'StatefulSet', 'apps', 'v1'],
  ['apps/v1', 'DaemonSet', 'apps', 'v1'], ['core/v1', 'Pod', '', 'v1'], ['core/v1', 'Service', '', 'v1'], ['core/v1', 'Node', '', 'v1'],
  ['core/v1', 'Namespace', '', 'v1'], ['core/v1', 'ConfigMap', '', 'v1'], ['core/v1', 'Secret', '', 'v1'],
  ['core/v1', 'PersistentVolumeClaim', '', 'v1'], ['core/v1', 'PersistentVolume', '', 'v1'], ['core/v1', 'Endpoints', '', 'v1'],
  ['core/v1', 'Event', '', 'v1'], ['batch/v1', 'Job', 'batch', 'v1'], ['batch/v1', 'CronJob', 'batch', 'v1'],
  ['policy/v1', 'PodDisruptionBudget', 'policy', 'v1'], ['storage/v1', 'StorageClass', 'storage.k8s.io', 'v1'],
];

/** `+enum` types of v1.32: field path (Type.field) → [value, doc][]. */
export const ENUMS: Record<string, Array<[string, string]>> = {
  'io.k8s.api.apps.v1.DeploymentStrategy.type': [
    ['Recreate', 'Kill all existing pods before creating new ones.'],
    ['RollingUpdate', 'Replace the old ReplicaSets by new one using rolling update i.e gradually scale down the old ReplicaSets and scale up the new one.'],
  ],
  'io.k8s.api.apps.v1.StatefulSetUpdateStrategy.type': [
    ['OnDelete', 'triggers the legacy behavior. Version tracking and ordered rolling restarts are disabled. Pods are recreated from the StatefulSetSpec when they are manually deleted. When a scale operation is performed with this strategy,specification version indicated by the StatefulSet\'s currentRevision.'],
    ['RollingUpdate', 'indicates that update will be applied to all Pods in the StatefulSet with respect to the StatefulSet ordering constraints. When a scale operation is performed with this strategy, new Pods will be created from the specification version indicated by the StatefulSet\'s updateRevision.'],
  ],
  'io.k8s.api.apps.v1.DaemonSetUpdateStrategy.type': [
    ['OnDelete', 'Replace the old daemons only when it\'s killed'],
    ['RollingUpdate', 'Replace the old daemons by new ones using rolling update i.e replace them on each node one after the other.'],
  ],
  'io.k8s.api.apps.v1.StatefulSetSpec.podManagementPolicy': [
    ['OrderedReady', 'will create pods in strictly increasing order on scale up and strictly decreasing order on scale down, progressing only when the previous pod is ready or terminated. At most one pod will be changed at any time.'],
    ['Parallel', 'will create and delete pods as soon as the stateful set replica count is changed, and will not wait for pods to be ready or complete termination.'],
  ],
  'io.k8s.api.core.v1.PodSpec.restartPolicy': [
    ['Always', ''],
    ['Never', ''],
    ['OnFailure', ''],
  ],
  'io.k8s.api.core.v1.Container.imagePullPolicy': [
    ['Always', 'means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.'],
    ['IfNotPresent', 'means that kubelet pulls if the image isn\'t present on disk. Container will fail if the image isn\'t present and the pull fails.'],
    ['Never', 'means that kubelet never pulls an image, but only uses a local image. Container will fail if the image isn\'t present'],
  ],
  'io.k8s.api.core.v1.ServiceSpec.type': [
    ['ClusterIP', 'means a service will only be accessible inside the cluster, via the cluster IP.'],
    ['ExternalName', 'means a service consists of only a reference to an external name that kubedns or equivalent will return as a CNAME record, with no exposing or proxying of any pods involved.'],
    ['LoadBalancer', 'means a service will be exposed via an external load balancer (if the cloud provider supports it), in addition to \'NodePort\' type.'],
    ['NodePort', 'means a service will be exposed on one port of every node, in addition to \'ClusterIP\' type.'],
  ],
};

type Schema = Record<string, unknown>;
const schemas: Record<string, Schema> = {};
const programs = new Map<string, ts.SourceFile>();

function source(file: string): ts.SourceFile {
  let sf = programs.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, `${file}.d.ts`), 'utf8'), ts.ScriptTarget.Latest, true);
    programs.set(file, sf);
  }
  return sf;
}

function jsDoc(node: ts.Node): string {
  const docs = (node as unknown as { jsDoc?: Array<{ comment?: string | ts.NodeArray<ts.JSDocComment> }> }).jsDoc ?? [];
  return docs.map((d) => (typeof d.comment === 'string' ? d.comment : '')).join('\n');
}

/** Resolves a type name used in `file` to [file, name]. */
function resolve(file: string, name: string): [string, string] {
  const sf = source(file);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
      for (const el of st.importClause.namedBindings.elements) {
        if (el.name.text === name) {
          const rel = (st.moduleSpecifier as ts.StringLiteral).text;
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), rel));
          return [target, name];
        }
      }
    }
  }
  return [file, name];
}

function refName(file: string, name: string): string {
  if (file === 'api/resource' && name === 'Quantity') return 'io.k8s.apimachinery.pkg.api.resource.Quantity';
  if (file === 'runtime' && name === 'RawExtension') return 'io.k8s.apimachinery.pkg.runtime.RawExtension';
  const prefix = FILES[file];
  if (!prefix) throw new Error(`no prefix for ${file}`);
  return `${prefix}.${name}`;
}

function typeSchema(file: string, t: ts.TypeNode): Schema {
  if (ts.isUnionTypeNode(t)) {
    const kinds = t.types.map((x) => x.getText());
    if (kinds.includes('number') && kinds.includes('string')) {
      schemas['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] ??= {
        description: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
        format: 'int-or-string',
        oneOf: [{ type: 'integer' }, { type: 'string' }],
      };
      return { allOf: [{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString' }] };
    }
    return typeSchema(file, t.types[0]);
  }
  if (ts.isLiteralTypeNode(t)) return { type: 'string' };
  if (t.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
  if (t.kind === ts.SyntaxKind.NumberKeyword) return { type: 'integer', format: 'int32' };
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
  if (ts.isTypeLiteralNode(t)) {
    const index = t.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return { type: 'object', additionalProperties: typeSchema(file, index.type) };
    return { type: 'object' };
  }
  if (ts.isArrayTypeNode(t)) return { type: 'array', items: typeSchema(file, t.elementType) };
  if (ts.isTypeReferenceNode(t)) {
    const name = t.typeName.getText();
    if (name === 'Array' && t.typeArguments) return { type: 'array', items: typeSchema(file, t.typeArguments[0]) };
    const [f, n] = resolve(file, name);
    const ref = refName(f, n);
    define(f, n);
    return { allOf: [{ $ref: `#/components/schemas/${ref}` }] };
  }
  if (t.kind === ts.SyntaxKind.AnyKeyword || t.kind === ts.SyntaxKind.UnknownKeyword) return { type: 'object' };
  throw new Error(`unhandled type ${t.getText()} in ${file}`);
}

function define(file: string, name: string): void {
  const ref = refName(file, name);
  if (ref in schemas) return;
  if (ref === 'io.k8s.apimachinery.pkg.api.resource.Quantity') {
    const decl = source('api/resource').statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'Quantity')!;
    schemas[ref] = { description: jsDoc(decl), oneOf: [{ type: 'string' }, { type: 'number' }] };
    return;
  }
  if (file === 'meta/v1' && (name === 'Time' || name === 'MicroTime')) {
    const decl = source('meta/v1').statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === name)!;
    schemas[ref] = { type: 'string', format: 'date-time', description: jsDoc(decl) };
    return;
  }
  if (ref === 'io.k8s.apimachinery.pkg.runtime.RawExtension') {
    schemas[ref] = { type: 'object', description: 'RawExtension is used to hold extensions in external versions.' };
    return;
  }
  schemas[ref] = {};
  const sf = source(file);
  const decl = sf.statements.find((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name) as ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined;
  if (!decl) throw new Error(`no ${name} in ${file}`);
  if (ts.isTypeAliasDeclaration(decl)) {
    schemas[ref] = { ...typeSchema(file, decl.type), description: jsDoc(decl) };
    return;
  }
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const m of decl.members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const field = m.name.getText();
    const s = typeSchema(file, m.type);
    let description = jsDoc(m);
    const e = ENUMS[`${ref}.${field}`];
    if (e) {
      s.enum = e.map(([v]) => v);
      description += `\n\nPossible enum values:\n${e.map(([v, d]) => ` - \`"${v}"\`${d ? ` ${d}` : ''}`).join('\n')}`;
    }
    properties[field] = { ...s, description };
    if (!m.questionToken) required.push(field);
  }
  schemas[ref] = { type: 'object', description: jsDoc(decl), properties, ...(required.length ? { required } : {}) };
}

for (const [file, name, group, version] of ROOTS) {
  define(file, name);
  schemas[refName(file, name)]['x-kubernetes-group-version-kind'] = [{ group, kind: name, version }];
}
const out = path.join(__dirname, '..', 'src', 'kubectl', 'explain', 'schema.json');
fs.writeFileSync(out, JSON.stringify({ source: 'kubernetes-types 1.30.0 declarations (upstream OpenAPI descriptions); enums from the v1.32 API types', schemas }, null, 0) + '\n');
console.log(`${Object.keys(schemas).length} schemas → ${out} (${fs.statSync(out).size} bytes)`);
