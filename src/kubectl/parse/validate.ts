/**
 * The checks each kubectl v1.32 command makes in its `Complete`/`Validate`/`Run` before it sends
 * its first request for objects, in kubectl's order, with kubectl's messages. Discovery is
 * answered from the simulator's resource table, so resource-type errors and the builder's
 * argument errors are reported here too.
 *
 * Some checks happen in real kubectl only after the objects were fetched (for example
 * `set image deploy web` with no `NAME=IMAGE` fetches `web` first and prints
 * `at least one image update is required` only if it exists). Those are returned as
 * `errorAfterFetch`: the command layer prints it once its fetches succeeded.
 *
 * Each function mirrors the upstream command it names (k8s.io/kubectl/pkg/cmd/<cmd>/<cmd>.go).
 */
import { goQuote, parseGoBool, type FlagValues } from './pflag';
import { lookupResource, type ResourceInfo } from './resources';
import { Builder, type BuilderResult, type ResourceTarget } from './targets';
import { quantityError } from '../../model/quantity';

/** A finished outcome: what kubectl prints and its exit code. */
export class KubectlExit extends Error {
  constructor(readonly stderr: string, readonly exitCode = 1, readonly stdout = '') {
    super(stderr);
  }
}

export interface RunContext {
  /** `['rollout', 'undo']` */
  readonly path: readonly string[];
  /** `kubectl rollout undo`: cobra's CommandPath, used in usage hints. */
  readonly commandPath: string;
  readonly args: readonly string[];
  readonly flags: FlagValues;
  readonly changed: ReadonlySet<string>;
  /** cobra ArgsLenAtDash: number of positional args before `--`, or -1. */
  readonly argsLenAtDash: number;
  readonly table: readonly ResourceInfo[];
  readonly fileExists: (path: string) => boolean;
  /** Appends text kubectl prints on stderr without stopping (warnings). */
  warn(text: string): void;
}

export interface RunOutcome {
  readonly targets?: ResourceTarget[];
  readonly fromFiles?: boolean;
  /** The error (stderr text) to print once the targets were fetched successfully. */
  readonly errorAfterFetch?: string;
  /** The error (stderr text) to print when the result is printed, after the change was made. */
  readonly errorAtPrint?: string;
}

/**
 * A klog line as kubectl prints it, with the time and thread id fixed, since a simulation has
 * neither: `W0101 00:00:00.000000       1 helpers.go:702] message`. Real kubectl prints the wall
 * clock and its pid there.
 */
export function klogLine(severity: 'I' | 'W' | 'E', location: string, message: string): string {
  return `${severity}0101 00:00:00.000000       1 ${location}] ${message}\n`;
}

// --- CheckErr and friends ---------------------------------------------------------------------

/** cmdutil.CheckErr for a plain error: `error: ` prefix unless present, newline-terminated. */
export function errorText(message: string): string {
  let msg = message.startsWith('error: ') ? message : `error: ${message}`;
  if (!msg.endsWith('\n')) msg += '\n';
  return msg;
}

function fail(message: string): never {
  throw new KubectlExit(errorText(message));
}

/** cmdutil.UsageErrorf. */
function usage(ctx: RunContext, message: string): never {
  fail(`${message}\nSee '${ctx.commandPath} -h' for help and examples`);
}

/** An aggregate of several errors (utilerrors.NewAggregate): one per line, no `error: ` prefix. */
function failAll(messages: string[]): never {
  if (messages.length === 1) fail(messages[0]!);
  throw new KubectlExit(messages.map((m) => `${m}\n`).join(''));
}

function builderResult(r: BuilderResult): RunOutcome {
  if (!r.ok) {
    if (r.multiple) throw new KubectlExit(`${r.message}\n`);
    fail(r.message);
  }
  return { targets: r.targets, fromFiles: r.fromFiles };
}

const str = (ctx: RunContext, name: string) => ctx.flags[name] as string;
const bool = (ctx: RunContext, name: string) => ctx.flags[name] === true;
const list = (ctx: RunContext, name: string) => (ctx.flags[name] ?? []) as string[];
const int = (ctx: RunContext, name: string) => Number(ctx.flags[name]);

function newBuilder(ctx: RunContext): Builder {
  return new Builder(ctx.table, ctx.fileExists);
}

function filenameOptions(ctx: RunContext) {
  return {
    filenames: list(ctx, 'filename'),
    kustomize: (ctx.flags.kustomize as string | undefined) ?? '',
    recursive: bool(ctx, 'recursive'),
  };
}

function filenamesEmpty(ctx: RunContext): boolean {
  const o = filenameOptions(ctx);
  return o.filenames.length === 0 && o.kustomize === '';
}

/** cmdutil.GetDryRunStrategy. */
function dryRunStrategy(ctx: RunContext): 'none' | 'client' | 'server' {
  const v = str(ctx, 'dry-run');
  let b: boolean | undefined;
  try {
    b = parseGoBool(v);
  } catch {
    b = undefined;
  }
  if (b === undefined) {
    switch (v) {
      case 'unchanged':
        ctx.warn(klogLine('W', 'helpers.go:702', '--dry-run is deprecated and can be replaced with --dry-run=client.'));
        return 'client';
      case 'client': return 'client';
      case 'server': return 'server';
      case 'none': return 'none';
      default: fail(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
    }
  }
  ctx.warn(klogLine('W', b ? 'helpers.go:716' : 'helpers.go:719',
    `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=${b ? 'client' : 'none'}.`));
  return b ? 'client' : 'none';
}

/** DeleteFlags.ToOptions → parseCascadingFlag. */
function cascadeStrategy(ctx: RunContext): string {
  const v = str(ctx, 'cascade');
  let b: boolean | undefined;
  try {
    b = parseGoBool(v);
  } catch {
    b = undefined;
  }
  if (b === undefined) {
    if (v === 'orphan' || v === 'foreground' || v === 'background') return v;
    fail(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
  }
  ctx.warn(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${b ? 'background' : 'orphan'}.\n`);
  return b ? 'background' : 'orphan';
}

/** cmdutil.GetValidationDirective. */
function validationDirective(ctx: RunContext): void {
  const v = str(ctx, 'validate');
  try {
    parseGoBool(v);
    return;
  } catch {
    if (v === 'strict' || v === 'warn' || v === 'ignore') return;
    fail(`invalid - validate option ${goQuote(v)}; must be one of: strict (or true), warn, ignore (or false)`);
  }
}

// --- printers (genericclioptions.PrintFlags.ToPrinter) -----------------------------------------

const TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];
const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-as-json', 'jsonpath-file'];
const STANDARD_FORMATS = ['json', 'yaml', 'name', ...TEMPLATE_FORMATS, ...JSONPATH_FORMATS];
/** `get` also offers the human-readable printers. */
const GET_FORMATS = [...STANDARD_FORMATS, 'wide', 'custom-columns', 'custom-columns-file'];

/**
 * Validates `-o`/`--template` as PrintFlags.ToPrinter does. Template text is not parsed (a bad
 * jsonpath or go-template is reported by the printer).
 */
export function outputFormatError(format: string, template: string, outputChanged: boolean, human: boolean): string | undefined {
  let f = format;
  if (template.length > 0 && !outputChanged) f = 'go-template';
  const allowed = human ? GET_FORMATS : STANDARD_FORMATS;
  const noMatch = () =>
    `unable to match a printer suitable for the output format ${goQuote(format)}, allowed formats are: ${[...allowed].sort().join(',')}`;
  const lower = f.toLowerCase();
  if (lower === 'json' || lower === 'yaml' || lower === 'name' || f === '') return undefined;
  if (human) {
    if (f === 'wide') return undefined;
    if (f === 'custom-columns' || f === 'custom-columns=' || f === 'custom-columns-file' || f === 'custom-columns-file=') {
      return f.startsWith('custom-columns-file') ? undefined : 'custom-columns format specified but no custom columns given';
    }
    if (f.startsWith('custom-columns=') || f.startsWith('custom-columns-file=')) return undefined;
  }
  for (const kind of [TEMPLATE_FORMATS, JSONPATH_FORMATS]) {
    let name = f;
    let value = template;
    if (template.length === 0) {
      for (const candidate of kind) {
        if (f.startsWith(`${candidate}=`)) {
          name = candidate;
          value = f.slice(candidate.length + 1);
          break;
        }
      }
    }
    if (kind.includes(name)) return value.length === 0 ? 'template format specified but no template given' : undefined;
  }
  return noMatch();
}

function printerError(ctx: RunContext, human = false): string | undefined {
  return outputFormatError(str(ctx, 'output'), (ctx.flags.template as string | undefined) ?? '', ctx.changed.has('output'), human);
}

function checkPrinter(ctx: RunContext, human = false): void {
  const err = printerError(ctx, human);
  if (err) fail(err);
}

/** The printer error a command reports only when it prints its result (after the change). */
function atPrint(ctx: RunContext, out: RunOutcome): RunOutcome {
  const err = printerError(ctx);
  return err ? { ...out, errorAtPrint: errorText(err) } : out;
}

/** builder.IntoSingleItemImplied: one named object, or one file. */
function singleItemImplied(ctx: RunContext, out: RunOutcome): boolean {
  if (out.fromFiles) {
    const files = list(ctx, 'filename');
    return files.length === 1 && files[0] !== '-' && !bool(ctx, 'recursive');
  }
  const t = out.targets ?? [];
  return t.length === 1 && t[0]!.name !== undefined;
}

// --- argument helpers ------------------------------------------------------------------------

/** cmdutil.GetResourcesAndPairs. */
function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let foundPair = false;
  for (const s of args) {
    const nonResource = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (nonResource) {
      foundPair = true;
      pairs.push(s);
    } else if (!foundPair) {
      resources.push(s);
    } else {
      fail(`all resources must be specified before ${pairType} changes: ${s}`);
    }
  }
  return { resources, pairs };
}

/** cmdutil.ParsePairs. */
function parsePairs(pairArgs: readonly string[], pairType: string, supportRemove: boolean): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const p of pairArgs) {
    if (p.includes('=') && p[0] !== '=') {
      const eq = p.indexOf('=');
      set.set(p.slice(0, eq), p.slice(eq + 1));
    } else if (supportRemove && p.endsWith('-') && p !== '-') {
      remove.push(p.slice(0, -1));
    } else {
      invalid.push(p);
    }
  }
  if (invalid.length) fail(`invalid ${pairType} format: ${invalid.join(', ')}`);
  return { set, remove };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** validation.IsValidLabelValue. */
function labelValueErrors(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(v)) {
    errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', " +
      "and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', " +
      "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  }
  return errs;
}

/** label.parseLabels. */
function parseLabels(spec: readonly string[]): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const s of spec) {
    if (s.includes('=')) {
      const parts = s.split('=');
      if (parts.length !== 2) fail(`invalid label spec: ${s}`);
      const errs = labelValueErrors(parts[1]!);
      if (errs.length) fail(`invalid label value: ${goQuote(s)}: ${errs.join(';')}`);
      set.set(parts[0]!, parts[1]!);
    } else if (s.endsWith('-')) {
      remove.push(s.slice(0, -1));
    } else {
      fail(`unknown label spec: ${s}`);
    }
  }
  for (const r of remove) if (set.has(r)) fail('can not both modify and remove a label in the same command');
  return { set, remove };
}

/** create.NameFromCommandArgs. */
function nameFromArgs(ctx: RunContext): string {
  const n = ctx.argsLenAtDash === -1 ? ctx.args.length : ctx.argsLenAtDash;
  if (n !== 1) usage(ctx, `exactly one NAME is required, got ${n}`);
  return ctx.args[0]!;
}

const LOCAL_RESOURCE_ERROR = "error: you must specify resources by --filename when --local is set.\n" +
  'Example resource specifications include:\n' +
  "   '-f rsrc.yaml'\n" +
  "   '--filename=rsrc.json'";

function suggestAPIResources(): string {
  return 'Use "kubectl api-resources" for a complete list of supported resources.';
}

// --- the commands ----------------------------------------------------------------------------

type Runner = (ctx: RunContext) => RunOutcome;

function runGet(ctx: RunContext): RunOutcome {
  const raw = str(ctx, 'raw');
  if (raw.length > 0) {
    if (ctx.args.length > 0) fail('arguments may not be passed when --raw is specified');
  }
  const watch = bool(ctx, 'watch') || bool(ctx, 'watch-only');
  const sortBy = str(ctx, 'sort-by');
  if (!watch && raw.length === 0 && ctx.args.length === 0 && filenamesEmpty(ctx)) {
    throw new KubectlExit(
      `You must specify the type of resource to get. ${suggestAPIResources()}\n\n` +
      errorText('Required resource not specified.\n' +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples"),
    );
  }
  // Validate
  if (raw.length > 0) {
    if (watch || str(ctx, 'selector').length > 0) {
      fail('--raw may not be specified with other flags that filter the server request or alter the output');
    }
    if (str(ctx, 'output').length > 0) fail('--raw and --output are mutually exclusive');
    if (!raw.startsWith('/')) fail(`--raw must be a valid URL path: parse ${goQuote(raw)}: invalid URI for request`);
    return {};
  }
  const output = str(ctx, 'output');
  if (bool(ctx, 'show-labels') && output !== '' && output !== 'wide') {
    fail(`--show-labels option cannot be used with ${output} printer`);
  }
  if (bool(ctx, 'output-watch-events') && !watch) {
    fail('--output-watch-events option can only be used with --watch or --watch-only');
  }
  if (watch && sortBy.length > 0) {
    ctx.warn('warning: --watch requested, --sort-by will be ignored for watch events received\n');
  }
  const b = newBuilder(ctx)
    .allNamespaces(bool(ctx, 'all-namespaces'))
    .filenameParam(filenameOptions(ctx))
    .labelSelectorParam(str(ctx, 'selector'))
    .fieldSelectorParam(str(ctx, 'field-selector'))
    .subresource(str(ctx, 'subresource'))
    .resourceTypeOrNameArgs(true, ...ctx.args);
  if (watch) b.singleResourceType();
  const out = builderResult(b.do());
  // get builds its printer only for the first object it prints: a missing named object wins.
  const printer = printerError(ctx, true);
  return printer ? { ...out, errorAfterFetch: errorText(printer) } : out;
}

function runDescribe(ctx: RunContext): RunOutcome {
  if (ctx.args.length === 0 && filenamesEmpty(ctx)) {
    fail(`You must specify the type of resource to describe. ${suggestAPIResources()}\n`);
  }
  return builderResult(newBuilder(ctx)
    .allNamespaces(bool(ctx, 'all-namespaces'))
    .filenameParam(filenameOptions(ctx))
    .labelSelectorParam(str(ctx, 'selector'))
    .resourceTypeOrNameArgs(true, ...ctx.args)
    .do());
}

function runApply(ctx: RunContext): RunOutcome {
  if (ctx.args.length !== 0) usage(ctx, `Unexpected args: [${ctx.args.join(' ')}]`);
  const serverSide = bool(ctx, 'server-side');
  const dryRun = dryRunStrategy(ctx);
  cascadeStrategy(ctx);
  if (filenamesEmpty(ctx)) fail('must specify one of -f and -k');
  validationDirective(ctx);
  const force = bool(ctx, 'force');
  if (bool(ctx, 'force-conflicts') && !serverSide) fail('--force-conflicts only works with --server-side');
  if (dryRun === 'client' && serverSide) {
    fail("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
  }
  if (serverSide && force) fail('--force cannot be used with --server-side');
  if (dryRun === 'server' && force) fail('--dry-run=server cannot be used with --force');
  if (bool(ctx, 'all') && str(ctx, 'selector').length > 0) fail('cannot set --all and --selector at the same time');
  if (bool(ctx, 'prune')) {
    if (force) fail('--force cannot be used with --prune');
    if (!bool(ctx, 'all') && str(ctx, 'selector') === '') {
      fail('all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. ' +
        'If you did not mean to prune all resources, specify a label selector');
    }
  }
  return builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .labelSelectorParam(str(ctx, 'selector'))
    .do());
}

function runCreate(ctx: RunContext): RunOutcome {
  if (ctx.args.length !== 0) usage(ctx, `Unexpected args: [${ctx.args.join(' ')}]`);
  dryRunStrategy(ctx);
  validationDirective(ctx);
  checkPrinter(ctx);
  checkRaw(ctx, true);
  if (filenamesEmpty(ctx)) fail('must specify one of -f and -k');
  return builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .labelSelectorParam(str(ctx, 'selector'))
    .do());
}

/** The `--raw` checks of create and replace (url.ParseRequestURI reduced to its common cases). */
function checkRaw(ctx: RunContext, isCreate: boolean): void {
  const raw = (ctx.flags.raw as string | undefined) ?? '';
  if (raw.length === 0) return;
  const files = list(ctx, 'filename');
  if (isCreate && bool(ctx, 'edit')) fail('--raw and --edit are mutually exclusive');
  if (files.length !== 1) fail('--raw can only use a single local file or stdin');
  if (files[0]!.startsWith('http://') || files[0]!.startsWith('https://')) fail('--raw cannot read from a url');
  if (bool(ctx, 'recursive')) fail('--raw and --recursive are mutually exclusive');
  if (isCreate && str(ctx, 'selector').length > 0) fail('--raw and --selector (-l) are mutually exclusive');
  if (str(ctx, 'output').length > 0) fail('--raw and --output are mutually exclusive');
  if (!raw.startsWith('/') && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw)) {
    fail(`--raw must be a valid URL path: parse ${goQuote(raw)}: invalid URI for request`);
  }
}

/** The generators under `kubectl create <kind>`: name, dry-run, printer, then their own checks. */
function createGenerator(check?: (ctx: RunContext, name: string) => void): Runner {
  return (ctx) => {
    const name = nameFromArgs(ctx);
    dryRunStrategy(ctx);
    checkPrinter(ctx);
    check?.(ctx, name);
    return {};
  };
}

function checkEnvFileCombination(ctx: RunContext): void {
  if (list(ctx, 'from-env-file').length > 0 && (list(ctx, 'from-file').length > 0 || list(ctx, 'from-literal').length > 0)) {
    fail('from-env-file cannot be combined with from-file or from-literal');
  }
}

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

/** validation.IsConfigMapKey. */
function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) {
    errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or " +
      "'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  }
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/**
 * The data sources of `create configmap|secret generic`, in kubectl's order: `--from-file`
 * (files must exist), `--from-literal` (`key=value`, valid and unique keys), `--from-env-file`.
 * File contents are the command layer's business.
 */
function dataSources(ctx: RunContext, badKey: (key: string, errs: string[]) => string, duplicate: (key: string) => string): void {
  const keys = new Set<string>();
  for (const source of list(ctx, 'from-file')) {
    const eq = source.indexOf('=');
    const file = eq < 0 ? source : source.slice(eq + 1);
    if (!ctx.fileExists(file)) fail(`error reading ${file}: no such file or directory`);
    const key = eq < 0 ? file.slice(file.lastIndexOf('/') + 1) : source.slice(0, eq);
    keys.add(key);
  }
  for (const source of list(ctx, 'from-literal')) {
    const eq = source.indexOf('=');
    if (eq <= 0) fail(`invalid literal source ${source}, expected key=value`);
    const key = source.slice(0, eq);
    const errs = configKeyErrors(key);
    if (errs.length) fail(badKey(key, errs));
    if (keys.has(key)) fail(duplicate(key));
    keys.add(key);
  }
  for (const file of list(ctx, 'from-env-file')) {
    if (!ctx.fileExists(file)) fail(`error reading ${file}: no such file or directory`);
  }
}

/** `--tcp=port[:targetPort]` as `create service` parses it (utilsnet.ParsePort, IsValidPortName/Num). */
function servicePorts(ctx: RunContext): void {
  for (const spec of list(ctx, 'tcp')) {
    const parts = spec.split(':');
    const port = parts[0]!;
    if (!/^[0-9]+$/.test(port)) fail(`strconv.ParseUint: parsing ${goQuote(port)}: invalid syntax`);
    if (Number(port) > 65535) fail(`strconv.ParseUint: parsing ${goQuote(port)}: value out of range`);
    if (parts.length === 1) continue;
    const target = parts[1]!;
    if (/^[+-]?[0-9]+$/.test(target)) {
      const n = Number(target);
      if (n < 1 || n > 65535) fail('must be between 1 and 65535, inclusive');
      continue;
    }
    const errs: string[] = [];
    if (target.length > 15) errs.push('must be no more than 15 characters');
    if (!/^[-a-z0-9]+$/.test(target)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
    if (!/[a-z]/.test(target)) errs.push('must contain at least one letter (a-z)');
    if (target.includes('--')) errs.push('must not contain consecutive hyphens');
    else if (target.startsWith('-') || target.endsWith('-')) errs.push('must not begin or end with a hyphen');
    if (errs.length) fail(errs.join(','));
  }
}

/** populateResourceListV1: `name=quantity,...` (resource.ParseQuantity's errors). */
function resourceListError(spec: string): string | undefined {
  if (spec === '') return undefined;
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) return `Invalid argument syntax ${statement}, expected <resource>=<value>`;
    const err = quantityError(parts[1]!);
    if (err) return err;
  }
  return undefined;
}

function runReplace(ctx: RunContext): RunOutcome {
  validationDirective(ctx);
  const dryRun = dryRunStrategy(ctx);
  checkPrinter(ctx);
  cascadeStrategy(ctx);
  let grace = int(ctx, 'grace-period');
  if (grace === 0) grace = 1;
  if (filenamesEmpty(ctx)) fail('must specify one of -f and -k');
  // Validate
  const force = bool(ctx, 'force');
  if (grace >= 0 && !force) fail('--grace-period must have --force specified');
  if (str(ctx, 'timeout') !== '0s' && !force) fail('--timeout must have --force specified');
  if (force && dryRun !== 'none') fail('--dry-run can not be used when --force is set');
  checkRaw(ctx, false);
  // Run ignores positional arguments.
  return builderResult(newBuilder(ctx).filenameParam(filenameOptions(ctx)).do());
}

function runDelete(ctx: RunContext): RunOutcome {
  cascadeStrategy(ctx);
  const deleteAll = bool(ctx, 'all');
  let grace = int(ctx, 'grace-period');
  const force = bool(ctx, 'force');
  if (bool(ctx, 'now')) {
    if (grace !== -1) fail('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  dryRunStrategy(ctx);
  let out: RunOutcome = {};
  if (str(ctx, 'raw').length === 0) {
    out = builderResult(newBuilder(ctx)
      .filenameParam(filenameOptions(ctx))
      .labelSelectorParam(str(ctx, 'selector'))
      .fieldSelectorParam(str(ctx, 'field-selector'))
      .selectAllParam(deleteAll)
      .allNamespaces(bool(ctx, 'all-namespaces'))
      .resourceTypeOrNameArgs(false, ...ctx.args)
      .do());
  }
  const output = str(ctx, 'output');
  if (output !== '' && output !== 'name') fail(`unexpected -o output mode: ${output}. We only support '-o name'`);
  if (deleteAll && str(ctx, 'selector').length > 0) fail('cannot set --all and --selector at the same time');
  if (deleteAll && str(ctx, 'field-selector').length > 0) fail('cannot set --all and --field-selector at the same time');
  if (grace === 0 && force) {
    ctx.warn('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. ' +
      'The resource may continue to run on the cluster indefinitely.\n');
  } else if (grace > 0 && force) {
    fail('--force and --grace-period greater than 0 cannot be specified together');
  }
  return out;
}

function runScale(ctx: RunContext): RunOutcome {
  dryRunStrategy(ctx);
  checkPrinter(ctx);
  if (int(ctx, 'replicas') < 0) fail('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (int(ctx, 'current-replicas') < -1) fail('The --current-replicas must specify an integer of -1 or greater');
  return builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .resourceTypeOrNameArgs(bool(ctx, 'all'), ...ctx.args)
    .labelSelectorParam(str(ctx, 'selector'))
    .do());
}

function runSetImage(ctx: RunContext): RunOutcome {
  dryRunStrategy(ctx);
  checkPrinter(ctx);
  const { resources, pairs } = resourcesAndPairs(ctx.args, 'image');
  const images = parsePairs(pairs, 'image', false).set;
  let out: RunOutcome = {};
  if (!bool(ctx, 'local')) {
    out = builderResult(newBuilder(ctx)
      .filenameParam(filenameOptions(ctx))
      .labelSelectorParam(str(ctx, 'selector'))
      .resourceTypeOrNameArgs(bool(ctx, 'all'), ...resources)
      .do());
  } else {
    if (resources.length > 0) throw new KubectlExit(`${LOCAL_RESOURCE_ERROR}\n`);
    out = builderResult(newBuilder(ctx).filenameParam(filenameOptions(ctx)).do());
  }
  const errs: string[] = [];
  if (bool(ctx, 'all') && str(ctx, 'selector').length > 0) errs.push('cannot set --all and --selector at the same time');
  if (resources.length < 1 && filenamesEmpty(ctx)) {
    errs.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (images.size < 1) errs.push('at least one image update is required');
  else if (images.size > 1 && images.has('*')) {
    errs.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  }
  return errs.length ? { ...out, errorAfterFetch: aggregateText(errs) } : out;
}

function aggregateText(errs: string[]): string {
  return errs.length === 1 ? errorText(errs[0]!) : errs.map((e) => `${e}\n`).join('');
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

function runSetEnv(ctx: RunContext): RunOutcome {
  if (bool(ctx, 'all') && str(ctx, 'selector').length > 0) fail('cannot set --all and --selector at the same time');
  const resources: string[] = [];
  const envArgs: string[] = [];
  let first = true;
  for (const s of ctx.args) {
    const isEnv = /^(.+)=(.*)$/s.test(s) || s.endsWith('-');
    if (isEnv) {
      first = false;
      envArgs.push(s);
    } else if (first) {
      resources.push(s);
    } else {
      fail(`all resources must be specified before environment changes: ${ctx.args.join(' ')}`);
    }
  }
  dryRunStrategy(ctx);
  checkPrinter(ctx);
  // Validate
  if (list(ctx, 'filename').length === 0 && resources.length < 1) {
    fail('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (bool(ctx, 'list') && str(ctx, 'output').length > 0) fail('--list and --output may not be specified together');
  if (list(ctx, 'keys').length > 0 && str(ctx, 'from').length === 0) {
    fail('when specifying --keys, a configmap or secret must be provided with --from');
  }
  // RunEnv: parse the variables before fetching anything
  for (const spec of [...list(ctx, 'env'), ...envArgs]) {
    if (spec === '-') continue;
    if (spec.includes('=')) {
      const key = spec.slice(0, spec.indexOf('='));
      if (!ENV_NAME.test(key)) {
        fail(`${goQuote(key)} is not a valid key name: a valid environment variable name must consist of alphabetic characters, ` +
          "digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', " +
          "regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')");
      }
    } else if (!spec.endsWith('-')) {
      fail(`unknown environment variable: ${spec}`);
    }
  }
  if (bool(ctx, 'local')) return builderResult(newBuilder(ctx).filenameParam(filenameOptions(ctx)).do());
  return builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .labelSelectorParam(str(ctx, 'selector'))
    .resourceTypeOrNameArgs(bool(ctx, 'all'), ...resources)
    .do());
}

function runSetResources(ctx: RunContext): RunOutcome {
  dryRunStrategy(ctx);
  checkPrinter(ctx);
  let out: RunOutcome;
  if (!bool(ctx, 'local')) {
    out = builderResult(newBuilder(ctx)
      .filenameParam(filenameOptions(ctx))
      .labelSelectorParam(str(ctx, 'selector'))
      .resourceTypeOrNameArgs(bool(ctx, 'all'), ...ctx.args)
      .do());
  } else {
    if (ctx.args.length > 0) throw new KubectlExit(`${LOCAL_RESOURCE_ERROR}\n`);
    out = builderResult(newBuilder(ctx).filenameParam(filenameOptions(ctx)).do());
  }
  let after: string | undefined;
  if (bool(ctx, 'all') && str(ctx, 'selector').length > 0) after = 'cannot set --all and --selector at the same time';
  else if (str(ctx, 'limits') === '' && str(ctx, 'requests') === '') {
    after = 'you must specify an update to requests or limits (in the form of --requests/--limits)';
  } else {
    after = resourceListError(str(ctx, 'limits')) ?? resourceListError(str(ctx, 'requests'));
  }
  return after ? { ...out, errorAfterFetch: errorText(after) } : out;
}

function runLabel(ctx: RunContext): RunOutcome {
  const dryRun = dryRunStrategy(ctx);
  const { resources, pairs } = resourcesAndPairs(ctx.args, 'label');
  const labels = parseLabels(pairs);
  if (bool(ctx, 'list') && str(ctx, 'output').length > 0) fail('--list and --output may not be specified together');
  validateLabelish(ctx, resources, dryRun);
  if (labels.set.size < 1 && labels.remove.length < 1 && !bool(ctx, 'list')) fail('at least one label update is required');
  return atPrint(ctx, labelishBuilder(ctx, resources));
}

function runAnnotate(ctx: RunContext): RunOutcome {
  const dryRun = dryRunStrategy(ctx);
  checkPrinter(ctx);
  const { resources, pairs } = resourcesAndPairs(ctx.args, 'annotation');
  const annotations = parsePairs(pairs, 'annotation', true);
  validateLabelish(ctx, resources, dryRun, 'rsrc');
  if (annotations.set.size < 1 && annotations.remove.length < 1 && !bool(ctx, 'list')) {
    fail('at least one annotation update is required');
  }
  const both = annotations.remove.filter((r) => annotations.set.has(r));
  if (both.length) fail(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
  return labelishBuilder(ctx, resources);
}

function validateLabelish(ctx: RunContext, resources: string[], dryRun: string, example: 'pod' | 'rsrc' = 'pod'): void {
  if (bool(ctx, 'all') && str(ctx, 'selector').length > 0) fail('cannot set --all and --selector at the same time');
  if (bool(ctx, 'all') && str(ctx, 'field-selector').length > 0) fail('cannot set --all and --field-selector at the same time');
  if (bool(ctx, 'local')) {
    if (dryRun === 'server') fail('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (resources.length > 0) {
      fail(`can only use local files by -f ${example}.yaml or --filename=${example}.json when --local=true is set`);
    }
    if (filenamesEmpty(ctx)) fail(`one or more files must be specified as -f ${example}.yaml or --filename=${example}.json`);
  } else if (resources.length < 1 && filenamesEmpty(ctx)) {
    fail('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
}

function labelishBuilder(ctx: RunContext, resources: string[]): RunOutcome {
  const b = newBuilder(ctx).filenameParam(filenameOptions(ctx));
  if (!bool(ctx, 'local')) {
    b.labelSelectorParam(str(ctx, 'selector'))
      .fieldSelectorParam(str(ctx, 'field-selector'))
      .allNamespaces(bool(ctx, 'all-namespaces'))
      .resourceTypeOrNameArgs(bool(ctx, 'all'), ...resources);
  }
  const out = builderResult(b.do());
  if (str(ctx, 'resource-version').length > 0 && !singleItemImplied(ctx, out)) {
    fail('--resource-version may only be used with a single resource');
  }
  return out;
}

const PATCH_TYPES = ['json', 'merge', 'strategic'];

function runPatch(ctx: RunContext): RunOutcome {
  const dryRun = dryRunStrategy(ctx);
  const patch = str(ctx, 'patch');
  const patchFile = str(ctx, 'patch-file');
  if (patch.length > 0 && patchFile.length > 0) fail('cannot specify --patch and --patch-file together');
  if (patch.length === 0 && patchFile.length === 0) fail('must specify --patch or --patch-file containing the contents of the patch');
  if (bool(ctx, 'local') && ctx.args.length !== 0) fail('cannot specify --local and server resources');
  if (bool(ctx, 'local') && dryRun === 'server') fail('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  const type = str(ctx, 'type');
  if (type.length !== 0 && !PATCH_TYPES.includes(type.toLowerCase())) {
    fail(`--type must be one of [${PATCH_TYPES.join(' ')}], not ${goQuote(type)}`);
  }
  return atPrint(ctx, builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .subresource(str(ctx, 'subresource'))
    .resourceTypeOrNameArgs(false, ...ctx.args)
    .do()));
}

function rolloutRunner(opts: { dryRun?: boolean; revision?: boolean; printer?: 'before' | 'atPrint' }): Runner {
  return (ctx) => {
    if (opts.dryRun) dryRunStrategy(ctx);
    if (ctx.args.length === 0 && filenamesEmpty(ctx)) fail('required resource not specified');
    if (opts.revision && int(ctx, 'revision') < 0) fail(`revision must be a positive integer: ${int(ctx, 'revision')}`);
    const out = builderResult(newBuilder(ctx)
      .labelSelectorParam(str(ctx, 'selector'))
      .filenameParam(filenameOptions(ctx))
      .resourceTypeOrNameArgs(true, ...ctx.args)
      .do());
    if (opts.printer === 'before' && ctx.changed.has('output')) checkPrinter(ctx);
    return opts.printer === 'atPrint' ? atPrint(ctx, out) : out;
  };
}

/**
 * The per-object errors of the rollout subcommands, which depend only on the object's type
 * (polymorphichelpers: status viewers, history viewers, rollbackers, pausers, restarters).
 * kubectl prints them after fetching the object; undefined when the type is supported.
 */
export function rolloutObjectError(
  verb: 'status' | 'history' | 'undo' | 'pause' | 'resume' | 'restart', resource: ResourceInfo, name: string,
): string | undefined {
  const gk = resource.group ? `${resource.kind}.${resource.group}` : resource.kind;
  const workload = ['Deployment', 'DaemonSet', 'StatefulSet'].includes(resource.kind) && resource.group === 'apps';
  const visitable = ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'ReplicationController']
    .includes(resource.kind);
  const qualified = resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
  switch (verb) {
    case 'status':
      return workload ? undefined : errorText(`no status viewer has been implemented for ${gk}`);
    case 'history':
    case 'undo': {
      if (workload) return undefined;
      const [what, retrieving] = verb === 'history' ? ['history viewer', 'history'] : ['rollbacker', 'rollbacker'];
      return visitable
        ? errorText(`no ${what} has been implemented for ${goQuote(gk)}`)
        : errorText(`error retrieving ${retrieving} for ${goQuote(gk)}, no visitor method exists for {${resource.group} ${resource.kind}}`);
    }
    case 'pause':
    case 'resume':
      return resource.kind === 'Deployment'
        ? undefined
        : errorText(`${qualified} ${goQuote(name)} ${verb === 'pause' ? 'pausing' : 'resuming'} is not supported`);
    case 'restart':
      return workload ? undefined : errorText(`${qualified} ${goQuote(name)} restarting is not supported`);
  }
}

function runApiResources(ctx: RunContext): RunOutcome {
  if (ctx.args.length !== 0) usage(ctx, `unexpected arguments: [${ctx.args.join(' ')}]`);
  const output = str(ctx, 'output');
  if (!['', 'wide', 'name'].includes(output)) fail(`--output ${output} is not available`);
  const sortBy = str(ctx, 'sort-by');
  if (sortBy.length > 0 && !['name', 'kind'].includes(sortBy)) fail('--sort-by accepts only name or kind');
  return {};
}

function runApiVersions(ctx: RunContext): RunOutcome {
  if (ctx.args.length !== 0) usage(ctx, `unexpected arguments: [${ctx.args.join(' ')}]`);
  return {};
}

function runExplain(ctx: RunContext): RunOutcome {
  if (ctx.args.length === 0) {
    fail(`You must specify the type of resource to explain. ${suggestAPIResources()}\n`);
  }
  if (ctx.args.length > 1) fail('We accept only this format: explain RESOURCE\n');
  if (str(ctx, 'api-version') !== '') return {};
  // explainv2.SplitAndParseResourceRequestWithMatchingPrefix: the longest dotted prefix that is a
  // resource (no Kind matching); the error is a NoResourceMatchError, printed without `error: `.
  const parts = ctx.args[0]!.split('.');
  for (let i = parts.length; i > 0; i--) {
    const word = parts.slice(0, i).join('.');
    const found = lookupResource(word, ctx.table);
    if (found) return { targets: [{ resource: found }] };
  }
  throw new KubectlExit(`the server doesn't have a resource type ${goQuote(parts[0]!)}\n`);
}

function runDrainLike(name: 'cordon' | 'uncordon' | 'drain'): Runner {
  return (ctx) => {
    if (ctx.args.length === 0 && !ctx.changed.has('selector')) usage(ctx, `USAGE: ${name} NODE [flags]`);
    if (ctx.args.length > 0 && str(ctx, 'selector').length > 0) {
      usage(ctx, 'error: cannot specify both a node name and a --selector option');
    }
    dryRunStrategy(ctx);
    if (name === 'drain' && str(ctx, 'pod-selector').length > 0 && !isValidLabelSelector(str(ctx, 'pod-selector'))) {
      fail('--pod-selector=<pod_selector> must be a valid label selector');
    }
    const b = newBuilder(ctx).resourceNames('nodes', ...ctx.args).singleResourceType();
    if (str(ctx, 'selector').length > 0) b.labelSelectorParam(str(ctx, 'selector')).resourceTypes('nodes');
    const out = builderResult(b.do());
    for (const t of out.targets ?? []) {
      if (t.resource.plural !== 'nodes' || t.resource.group !== '') {
        fail(`error: expected resource of type node, got ${goQuote(`${t.resource.group ? t.resource.group + '/' : ''}${t.resource.version}, Resource=${t.resource.plural}`)}`);
      }
    }
    return out;
  };
}

function runVersion(ctx: RunContext): RunOutcome {
  // With --client, Complete returns before the argument check.
  if (ctx.args.length !== 0 && !bool(ctx, 'client')) fail(`extra arguments: [${ctx.args.join(' ')}]`);
  const output = str(ctx, 'output');
  if (output !== '' && output !== 'yaml' && output !== 'json') fail("--output must be 'yaml' or 'json'");
  return {};
}

function runRun(ctx: RunContext): RunOutcome {
  const dryRun = dryRunStrategy(ctx);
  checkPrinter(ctx);
  const stdin = bool(ctx, 'stdin');
  const attach = ctx.changed.has('attach') ? bool(ctx, 'attach') : stdin || bool(ctx, 'attach');
  if (ctx.args.length === 0) usage(ctx, 'NAME is required for run');
  if (parseFloat(str(ctx, 'pod-running-timeout')) <= 0 || str(ctx, 'pod-running-timeout').startsWith('-')) {
    usage(ctx, '--pod-running-timeout must be higher than zero');
  }
  const image = str(ctx, 'image');
  if (image === '') fail('--image is required');
  if (!isValidImageReference(image)) fail(`Invalid image name ${goQuote(image)}: invalid reference format`);
  if (bool(ctx, 'tty') && !stdin) usage(ctx, '-i/--stdin is required for containers with -t/--tty=true');
  if (bool(ctx, 'expose') && str(ctx, 'port').length === 0) usage(ctx, '--port must be set when exposing a service');
  const restart = str(ctx, 'restart');
  if (restart !== '' && !['Always', 'OnFailure', 'Never'].includes(restart)) usage(ctx, `invalid restart policy: ${restart}`);
  if (!attach && bool(ctx, 'rm')) usage(ctx, '--rm should only be used for attached containers');
  if (attach && dryRun !== 'none') {
    usage(ctx, "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  }
  const pull = str(ctx, 'image-pull-policy');
  if (!['', 'Always', 'IfNotPresent', 'Never'].includes(pull)) usage(ctx, `invalid image pull policy: ${pull}`);
  return {};
}

/** distribution/reference.ReferenceRegexp: `[domain/]path[:tag][@digest]`. */
export function isValidImageReference(image: string): boolean {
  const alnum = '[a-z0-9]+';
  const separator = '(?:[._]|__|[-]+)';
  const pathComponent = `${alnum}(?:${separator}${alnum})*`;
  const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
  const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
  const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
  const host = `(?:${domainName}|${ipv6})`;
  const domain = `${host}(?::[0-9]+)?`;
  const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
  const tag = '[\\w][\\w.-]{0,127}';
  const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
  return new RegExp(`^${name}(?::${tag})?(?:@${digest})?$`).test(image) && image.length <= 255 + 128 + 72;
}

const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** labels.Parse, as a yes/no: `a=b,c!=d,e in (f,g),!h,i,j>3`. */
export function isValidLabelSelector(selector: string): boolean {
  const reqs: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      reqs.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  reqs.push(cur);
  if (reqs.length === 1 && reqs[0]!.trim() === '') return true;
  const key = (k: string) => k.length > 0 && QUALIFIED_NAME.test(k) && k.split('/').pop()!.length <= 63;
  const value = (v: string) => v.length <= 63 && LABEL_VALUE.test(v);
  return reqs.every((raw) => {
    const r = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^!\s*([^\s=!<>(),]+)$/.exec(r))) return key(m[1]!);
    if ((m = /^([^\s=!<>(),]+)$/.exec(r))) return key(m[1]!);
    if ((m = /^([^\s=!<>(),]+)\s*(==|=|!=)\s*([^\s=!<>(),]*)$/.exec(r))) return key(m[1]!) && value(m[3]!);
    if ((m = /^([^\s=!<>(),]+)\s*(<|>)\s*(-?[0-9]+)$/.exec(r))) return key(m[1]!);
    if ((m = /^([^\s=!<>(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(r))) {
      return key(m[1]!) && m[3]!.split(',').map((v) => v.trim()).every(value);
    }
    return false;
  });
}

function runExpose(ctx: RunContext): RunOutcome {
  dryRunStrategy(ctx);
  checkPrinter(ctx);
  return builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .resourceTypeOrNameArgs(false, ...ctx.args)
    .do());
}

const LOGS_USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n" +
  'POD or TYPE/NAME is a required argument for the logs command';

function runLogs(ctx: RunContext): RunOutcome {
  const selector = str(ctx, 'selector');
  switch (ctx.args.length) {
    case 0:
      if (selector.length === 0) usage(ctx, LOGS_USAGE);
      break;
    case 1:
      if (selector.length !== 0) usage(ctx, 'only a selector (-l) or a POD name is allowed');
      break;
    case 2:
      break;
    default:
      usage(ctx, LOGS_USAGE);
  }
  // Validate
  const container = ctx.args.length === 2 ? ctx.args[1]! : str(ctx, 'container');
  if (str(ctx, 'since-time').length > 0 && str(ctx, 'since') !== '0s') {
    fail('at most one of `sinceTime` or `sinceSeconds` may be specified');
  }
  if (bool(ctx, 'all-containers') && container.length > 0) {
    fail(`--all-containers=true should not be specified with container name ${container}`);
  }
  if (ctx.changed.has('container') && ctx.args.length === 2) fail('only one of -c or an inline [CONTAINER] arg is allowed');
  if (int(ctx, 'limit-bytes') < 0) fail('--limit-bytes must be greater than 0');
  if (str(ctx, 'since').startsWith('-')) fail('--since must be greater than 0');
  if (int(ctx, 'tail') < -1) fail('--tail must be greater than or equal to -1');
  if (ctx.args.length === 0) {
    return builderResult(newBuilder(ctx).labelSelectorParam(selector).resourceTypes('pods').do());
  }
  return builderResult(newBuilder(ctx).resourceNames('pods', ctx.args[0]!).do());
}

function runExec(ctx: RunContext): RunOutcome {
  const dash = ctx.argsLenAtDash;
  if (dash === -1 && ctx.args.length > 1) {
    usage(ctx, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  }
  const resourceName = ctx.args.length > 0 && dash !== 0 ? ctx.args[0]! : '';
  const command = dash > -1 ? ctx.args.slice(dash) : [];
  if (resourceName === '' && list(ctx, 'filename').length === 0) fail('pod, type/name or --filename must be specified');
  if (command.length === 0) fail('you must specify at least one command for the container');
  return resourceName ? builderResult(newBuilder(ctx).resourceNames('pods', resourceName).do()) : {};
}

function runEdit(ctx: RunContext): RunOutcome {
  validationDirective(ctx);
  const out = builderResult(newBuilder(ctx)
    .filenameParam(filenameOptions(ctx))
    .resourceTypeOrNameArgs(true, ...ctx.args)
    .do());
  const output = str(ctx, 'output');
  if (output !== '' && output.toLowerCase() !== 'json' && output.toLowerCase() !== 'yaml') {
    return {
      ...out,
      errorAfterFetch: errorText(`unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: json,yaml`),
    };
  }
  return out;
}

/** Per-command run checks, keyed by the command path joined with spaces. */
export const RUNNERS: Readonly<Record<string, Runner>> = {
  get: runGet,
  describe: runDescribe,
  apply: runApply,
  create: runCreate,
  'create deployment': createGenerator((ctx) => {
    if (list(ctx, 'image').length > 1 && ctx.args.length > 1) fail('cannot specify multiple --image options and command');
  }),
  'create namespace': createGenerator(),
  'create configmap': createGenerator((ctx, name) => {
    checkEnvFileCombination(ctx);
    dataSources(ctx, (key, errs) => `${goQuote(key)} is not a valid key name for a ConfigMap: ${errs.join(';')}`,
      (key) => `cannot add key ${goQuote(key)}, another key by that name already exists in Data for ConfigMap ${goQuote(name)}`);
  }),
  'create secret generic': createGenerator((ctx) => {
    checkEnvFileCombination(ctx);
    dataSources(ctx, (key, errs) => `${goQuote(key)} is not valid key name for a Secret ${errs.join(';')}`,
      (key) => `cannot add key ${key}, another key by that name already exists`);
  }),
  'create service clusterip': createGenerator((ctx) => {
    if (list(ctx, 'tcp').length === 0 && str(ctx, 'clusterip') !== 'None') fail('at least one tcp port specifier must be provided');
    servicePorts(ctx);
  }),
  'create service nodeport': createGenerator((ctx) => {
    if (list(ctx, 'tcp').length === 0) fail('at least one tcp port specifier must be provided');
    servicePorts(ctx);
  }),
  'create service loadbalancer': createGenerator((ctx) => {
    if (list(ctx, 'tcp').length === 0) fail('at least one tcp port specifier must be provided');
    servicePorts(ctx);
  }),
  'create job': createGenerator((ctx) => {
    const image = str(ctx, 'image');
    const from = str(ctx, 'from');
    if ((image === '' && from === '') || (image !== '' && from !== '')) fail('either --image or --from must be specified');
  }),
  'create cronjob': createGenerator(),
  'create serviceaccount': createGenerator(),
  'create poddisruptionbudget': createGenerator((ctx) => {
    const min = str(ctx, 'min-available');
    const max = str(ctx, 'max-unavailable');
    if (str(ctx, 'selector').length === 0) fail('a selector must be specified');
    if (min.length === 0 && max.length === 0) fail('one of min-available or max-unavailable must be specified');
    if (min.length > 0 && max.length > 0) fail('min-available and max-unavailable cannot be both specified');
    const re = /^[0-9]+%?$/;
    if (min.length > 0 && !re.test(min)) fail('invalid format specified for min-available');
    if (max.length > 0 && !re.test(max)) fail('invalid format specified for max-unavailable');
  }),
  'create quota': createGenerator((ctx) => {
    const err = resourceListError(str(ctx, 'hard'));
    if (err) fail(err);
  }),
  replace: runReplace,
  delete: runDelete,
  scale: runScale,
  'set image': runSetImage,
  'set env': runSetEnv,
  'set resources': runSetResources,
  label: runLabel,
  annotate: runAnnotate,
  patch: runPatch,
  'rollout status': rolloutRunner({ revision: true }),
  'rollout history': rolloutRunner({ revision: true, printer: 'before' }),
  'rollout undo': rolloutRunner({ dryRun: true, printer: 'atPrint' }),
  'rollout pause': rolloutRunner({ printer: 'atPrint' }),
  'rollout resume': rolloutRunner({ printer: 'atPrint' }),
  'rollout restart': rolloutRunner({ printer: 'atPrint' }),
  'api-resources': runApiResources,
  'api-versions': runApiVersions,
  explain: runExplain,
  cordon: runDrainLike('cordon'),
  uncordon: runDrainLike('uncordon'),
  drain: runDrainLike('drain'),
  version: runVersion,
  'cluster-info': () => ({}),
  run: runRun,
  expose: runExpose,
  logs: runLogs,
  exec: runExec,
  edit: runEdit,
};

