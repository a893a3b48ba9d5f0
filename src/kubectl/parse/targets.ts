/**
 * What cli-runtime's `resource.Builder` decides before it sends a request: which resource types
 * and names the arguments select, or which usage error to print. Mirrors
 * `ResourceTypeOrNameArgs`, `ResourceNames`, `FilenameParam`, `LabelSelectorParam`,
 * `SelectAllParam` and `visitorResult` (k8s.io/cli-runtime/pkg/resource/builder.go, v0.32), with
 * discovery answered from the simulator's resource table.
 */
import { goQuote } from './pflag';
import { RESOURCES, expandCategory, lookupResource, noResourceTypeMessage, type ResourceInfo } from './resources';

/** One thing a command will act on: a named object, or every object of a type (selector). */
export interface ResourceTarget {
  readonly resource: ResourceInfo;
  /** Absent when the command lists the type (all of it, or filtered by `-l`/`--field-selector`). */
  readonly name?: string;
}

export type BuilderResult =
  | {
    readonly ok: true;
    /** In the order kubectl visits them; empty when the objects come from files (`-f`/`-k`). */
    readonly targets: ResourceTarget[];
    /** True when `-f`/`-k` supplied the objects. */
    readonly fromFiles: boolean;
  }
  /** `message` is the error text without kubectl's `error: ` prefix (several errors: one per line). */
  | { readonly ok: false; readonly message: string; readonly multiple?: boolean };

export interface FilenameOptions {
  readonly filenames: readonly string[];
  readonly kustomize: string;
  readonly recursive: boolean;
}

const MISSING_RESOURCE =
  'You must provide one or more resources by argument or filename.\n' +
  'Example resource specifications include:\n' +
  "   '-f rsrc.yaml'\n" +
  "   '--filename=rsrc.json'\n" +
  "   '<resource> <name>'\n" +
  "   '<resource>'";

interface Tuple { resource: string; name: string }

class BuilderError extends Error {}

/** A builder in the style of cli-runtime's: chain the params a command uses, then `do()`. */
export class Builder {
  private readonly errs: string[] = [];
  private paths = 0;
  private labelSelector: string | undefined;
  private fieldSelector: string | undefined;
  private selectAll = false;
  private allNamespace = false;
  private singleType = false;
  private subresourceName = '';
  private resources: string[] = [];
  private names: string[] = [];
  private tuples: Tuple[] = [];

  constructor(
    private readonly table: readonly ResourceInfo[] = RESOURCES,
    private readonly fileExists: (path: string) => boolean = () => true,
  ) {}

  /** FilenameParam: `-f` paths (checked for existence unless `-` or a URL) and `-k`. */
  filenameParam(o: FilenameOptions): this {
    const errs: string[] = [];
    if (o.filenames.length > 0 && o.kustomize.length > 0) errs.push('only one of -f or -k can be specified');
    if (o.kustomize.length > 0 && o.recursive) errs.push("the -k flag can't be used with -f or -R");
    if (errs.length) {
      this.errs.push(...errs);
      return this;
    }
    for (const s of o.filenames) {
      if (s === '-' || s.startsWith('http://') || s.startsWith('https://')) {
        this.paths++;
        continue;
      }
      if (!this.fileExists(s)) {
        this.errs.push(`the path ${goQuote(s)} does not exist`);
        continue;
      }
      this.paths++;
    }
    if (o.kustomize !== '') this.paths++;
    return this;
  }

  labelSelectorParam(s: string): this {
    const selector = s.trim();
    if (selector.length === 0) return this;
    if (this.selectAll) {
      this.errs.push(`found non-empty label selector ${goQuote(s)} with previously set 'all' parameter. `);
      return this;
    }
    this.labelSelector = selector;
    return this;
  }

  fieldSelectorParam(s: string): this {
    const selector = s.trim();
    if (selector.length === 0) return this;
    if (this.selectAll) {
      this.errs.push(`found non-empty field selector ${goQuote(s)} with previously set 'all' parameter. `);
      return this;
    }
    this.fieldSelector = selector;
    return this;
  }

  selectAllParam(selectAll: boolean): this {
    if (selectAll && (this.labelSelector !== undefined || this.fieldSelector !== undefined)) {
      this.errs.push("setting 'all' parameter but found a non empty selector. ");
      return this;
    }
    this.selectAll = selectAll;
    return this;
  }

  allNamespaces(all: boolean): this {
    if (all) this.allNamespace = true;
    return this;
  }

  singleResourceType(): this {
    this.singleType = true;
    return this;
  }

  subresource(s: string): this {
    this.subresourceName = s;
    return this;
  }

  resourceTypes(...types: string[]): this {
    this.resources.push(...types);
    return this;
  }

  /** ResourceNames: `NAME` means `<defaultType>/NAME`; `TYPE/NAME` is taken as is. */
  resourceNames(defaultType: string, ...names: string[]): this {
    for (const name of names) {
      let tuple: Tuple | undefined;
      try {
        tuple = splitResourceTypeName(name);
      } catch (e) {
        this.errs.push((e as Error).message);
        return this;
      }
      if (tuple) {
        this.tuples.push(tuple);
        continue;
      }
      if (defaultType.length === 0) {
        this.errs.push(`the argument ${goQuote(name)} must be RESOURCE/NAME`);
        continue;
      }
      this.tuples.push({ resource: defaultType, name });
    }
    return this;
  }

  /** ResourceTypeOrNameArgs: `TYPE[,TYPE...] [NAME...]` or `TYPE/NAME...`. */
  resourceTypeOrNameArgs(allowEmptySelector: boolean, ...input: string[]): this {
    let args = normalizeMultipleResourcesArgs(input);
    const slashes = args.filter((a) => a.includes('/')).length;
    if (slashes > 0) {
      if (slashes !== args.length) {
        this.errs.push(
          'there is no need to specify a resource type as a separate argument when passing arguments in ' +
          "resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource " +
          "resource/<resource_name>'",
        );
        return this;
      }
      for (const s of args) {
        try {
          const tuple = splitResourceTypeName(s);
          if (tuple) this.tuples.push(tuple);
        } catch (e) {
          this.errs.push((e as Error).message);
          return this;
        }
      }
      return this;
    }
    if (args.length > 0) {
      args = [this.replaceAliases(args[0]!), ...args.slice(1)];
    }
    if (args.length >= 2) {
      this.names.push(...args.slice(1));
      this.resourceTypes(...splitResourceArgument(args[0]!));
    } else if (args.length === 1) {
      this.resourceTypes(...splitResourceArgument(args[0]!));
      if (this.labelSelector === undefined && allowEmptySelector) this.labelSelector = '';
    }
    return this;
  }

  /** Builder.Do up to the first request: the visit plan, or the error kubectl prints. */
  do(): BuilderResult {
    if (this.errs.length === 1) return { ok: false, message: this.errs[0]! };
    if (this.errs.length > 1) return { ok: false, message: this.errs.join('\n'), multiple: true };
    try {
      return this.visitorResult();
    } catch (e) {
      if (e instanceof BuilderError) return { ok: false, message: e.message };
      throw e;
    }
  }

  private visitorResult(): BuilderResult {
    if (this.selectAll) this.labelSelector = '';
    if (this.paths > 0) return this.visitByPaths();
    if (this.labelSelector !== undefined || this.fieldSelector !== undefined) return this.visitBySelector();
    if (this.tuples.length > 0) return this.visitByResource();
    if (this.names.length > 0) return this.visitByName();
    if (this.resources.length > 0) {
      for (const r of this.resources) this.mappingFor(r);
      throw new BuilderError('resource(s) were provided, but no name was specified');
    }
    throw new BuilderError(MISSING_RESOURCE);
  }

  private visitByPaths(): BuilderResult {
    if (this.resources.length > 0) {
      throw new BuilderError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    }
    if (this.names.length > 0) throw new BuilderError('name cannot be provided when a path is specified');
    if (this.tuples.length > 0) throw new BuilderError('resource/name arguments cannot be provided when a path is specified');
    return { ok: true, targets: [], fromFiles: true };
  }

  private visitBySelector(): BuilderResult {
    if (this.names.length > 0) throw new BuilderError('name cannot be provided when a selector is specified');
    if (this.tuples.length > 0) {
      throw new BuilderError('selectors and the all flag cannot be used when passing resource/name arguments');
    }
    if (this.resources.length === 0) throw new BuilderError('at least one resource must be specified to use a selector');
    if (this.subresourceName.length > 0) {
      throw new BuilderError('subresource cannot be used when bulk resources are specified');
    }
    return { ok: true, targets: this.resourceMappings().map((resource) => ({ resource })), fromFiles: false };
  }

  private visitByResource(): BuilderResult {
    if (this.resources.length > 0) {
      throw new BuilderError('you may not specify individual resources and bulk resources in the same call');
    }
    const mappings = new Map<string, ResourceInfo>();
    const canonical = new Set<ResourceInfo>();
    for (const t of this.tuples) {
      if (mappings.has(t.resource)) continue;
      const m = this.mappingFor(t.resource);
      mappings.set(t.resource, m);
      canonical.add(m);
    }
    if (canonical.size > 1 && this.singleType) throw new BuilderError('you may only specify a single resource type');
    const targets = this.tuples.map((t) => {
      const resource = mappings.get(t.resource)!;
      this.checkNamespace(resource);
      return { resource, name: t.name };
    });
    return { ok: true, targets, fromFiles: false };
  }

  private visitByName(): BuilderResult {
    if (this.resources.length === 0) throw new BuilderError('you must provide a resource and a resource name together');
    if (this.resources.length > 1) throw new BuilderError('you must specify only one resource');
    const resource = this.resourceMappings()[0]!;
    this.checkNamespace(resource);
    return { ok: true, targets: this.names.map((name) => ({ resource, name })), fromFiles: false };
  }

  private checkNamespace(resource: ResourceInfo): void {
    if (resource.namespaced && this.allNamespace) {
      throw new BuilderError('a resource cannot be retrieved by name across all namespaces');
    }
  }

  private resourceMappings(): ResourceInfo[] {
    if (this.resources.length > 1 && this.singleType) throw new BuilderError('you may only specify a single resource type');
    const out: ResourceInfo[] = [];
    for (const r of this.resources) {
      const m = this.mappingFor(r);
      if (!out.includes(m)) out.push(m);
    }
    return out;
  }

  private mappingFor(word: string): ResourceInfo {
    const m = lookupResource(word, this.table);
    if (!m) throw new BuilderError(noResourceTypeMessage(word));
    return m;
  }

  /** ReplaceAliases: a category (`all`) inside a comma list becomes its member types. */
  private replaceAliases(input: string): string {
    return input.split(',').map((arg) => {
      const members = expandCategory(arg, this.table);
      return members ? members.map((m) => (m.group ? `${m.plural}.${m.group}` : m.plural)).join(',') : arg;
    }).join(',');
  }
}

/** SplitResourceArgument: comma-separated types, duplicates dropped (empty ones kept). */
export function splitResourceArgument(arg: string): string[] {
  const out: string[] = [];
  for (const s of arg.split(',')) if (!out.includes(s)) out.push(s);
  return out;
}

function normalizeMultipleResourcesArgs(args: string[]): string[] {
  if (args.length >= 2) {
    const resources = splitResourceArgument(args[0]!);
    if (resources.length > 1) {
      const out: string[] = [];
      for (const r of resources) for (const name of args.slice(1)) out.push(`${r}/${name}`);
      return out;
    }
  }
  return args;
}

function splitResourceTypeName(s: string): Tuple | undefined {
  if (!s.includes('/')) return undefined;
  const seg = s.split('/');
  if (seg.length !== 2) throw new Error('arguments in resource/name form may not have more than one slash');
  const [resource, name] = seg as [string, string];
  if (resource.length === 0 || name.length === 0 || splitResourceArgument(resource).length !== 1) {
    throw new Error('arguments in resource/name form must have a single resource and name');
  }
  return { resource, name };
}
