/**
 * `parseKubectl(line)`: reads one kubectl command line the way kubectl v1.32 does and either
 * returns the command to run, or the exact text and exit code kubectl would finish with before
 * it sent any request for objects (usage errors, `--help`, unknown commands and flags...).
 *
 * The steps follow the real binary:
 * 1. kubectl's `main` looks for a plugin when the first word is not a command
 *    (`Error: flags cannot be placed before plugin name: -n`);
 * 2. cobra finds the subcommand (`stripFlags`, aliases; `error: unknown command "x" for
 *    "kubectl"` with "Did you mean this?" suggestions);
 * 3. pflag parses the flags (`error: unknown flag: --foo` + `See 'kubectl get --help' for usage.`);
 * 4. `--help` → help text on stdout, exit 0; group commands without a subcommand print help, exit 1;
 * 5. the root's PersistentPreRunE (`--profile`), cobra's required flags;
 * 6. the command's own Complete/Validate and the resource builder (see validate.ts).
 *
 * Real kubectl writes every error through `cmdutil.CheckErr` as `error: <message>`. (The Google
 * Cloud SDK "dispatcher" build on some machines routes errors through component-base's `cli.Run`
 * instead and prints `Error: ...` or a klog line `E1122 ... run.go:72] "command failed" err=...`;
 * we follow upstream kubectl, which is also what the dispatcher runs against a server.)
 */
import { GLOBAL_FLAGS, ROOT, findChild, type CommandSpec } from './commands';
import { helpText, rootUsageText } from './help';
import { FlagError, FlagSet, argsMinusFirstX, durationToMs, flag, goQuote, parseFlags, stripFlags, type FlagValue } from './pflag';
import { RESOURCES, type ResourceInfo } from './resources';
import type { ResourceTarget } from './targets';
import { stripProgram, tokenize } from './tokenize';
import { KubectlExit, RUNNERS, errorText, type RunContext } from './validate';

/** A command line kubectl accepted, ready to run against the simulator. */
export interface KubectlCommand {
  /** Command path below `kubectl`: `['get']`, `['rollout', 'undo']`, `['set', 'image']`. */
  path: string[];
  /** Positional arguments, in order. */
  args: string[];
  /**
   * Every flag of the command (its own and the global ones) by long name, defaults filled in:
   * bools as booleans, string slices/arrays as arrays, everything else as pflag prints it
   * (`'3'`, `'1m0s'`, `'none'`). `changed` says which ones the line set.
   */
  flags: Record<string, string | boolean | string[]>;
  /** The line as given. */
  raw: string;
  /** Long names of the flags the line set (pflag `Changed`), in first-seen order. */
  changed: string[];
  /** Positional args before `--` (cobra ArgsLenAtDash), or -1. */
  argsLenAtDash: number;
  /** `-n` / `--namespace`, else `default` (there is no kubeconfig context in a simulation). */
  namespace: string;
  /** What kubectl already printed on stderr while parsing (deprecation notices, warnings). */
  stderr: string;
  /**
   * The objects the arguments select, as the resource builder will visit them (absent for
   * commands without resource arguments, empty when they come from `-f`).
   */
  targets?: ResourceTarget[];
  /** True when `-f`/`-k` supplied the objects. */
  fromFiles?: boolean;
  /**
   * A usage error real kubectl reports only after it fetched the targets (for example
   * `set image deploy web` without `NAME=IMAGE`). Print it, exit 1, if the fetches succeed.
   */
  errorAfterFetch?: string;
  /**
   * An error real kubectl reports only when it prints the result, after it has made the change
   * (`label deploy/web a=b -o bogus` patches `web`, then fails). Make the change, print this, exit 1.
   */
  errorAtPrint?: string;
}

export type ParseResult =
  | { ok: true; command: KubectlCommand }
  /** Parsing already decided the outcome: print `stdout`/`stderr`, exit with `exitCode` (0 for `--help`). */
  | { ok: false; stderr: string; exitCode: number; stdout?: string };

export interface ParseOptions {
  /** Whether a `-f` path exists (default: every path exists). `-` and URLs are never checked. */
  fileExists?: (path: string) => boolean;
  /** The resource types discovery offers (default: the simulator's RESOURCES). */
  resources?: readonly ResourceInfo[];
}

const HELP_FLAG = flag.bool('help', false, { shorthand: 'h' });

const PROFILES = ['none', 'cpu', 'heap', 'goroutine', 'threadcreate', 'block', 'mutex', 'allocs'];

/** Parses one command line (`kubectl get pods -n web`, `k get po`, or just `get pods`). */
export function parseKubectl(line: string, options: ParseOptions = {}): ParseResult {
  const tokens = tokenize(line);
  if (!tokens.ok) return { ok: false, stderr: `kubespec: ${tokens.error}\n`, exitCode: 2 };
  return parseKubectlArgs(stripProgram(tokens.words).args, { ...options, raw: line });
}

/** Like parseKubectl, for words already split (argv without the program name). */
export function parseKubectlArgs(argv: readonly string[], options: ParseOptions & { raw?: string } = {}): ParseResult {
  try {
    return { ok: true, command: run(argv, options) };
  } catch (e) {
    if (e instanceof KubectlExit) {
      return { ok: false, stderr: e.stderr, exitCode: e.exitCode, ...(e.stdout ? { stdout: e.stdout } : {}) };
    }
    throw e;
  }
}

// --- reading flag values ----------------------------------------------------------------------

function flagValue(cmd: KubectlCommand, name: string): FlagValue {
  const v = cmd.flags[name];
  if (v === undefined) throw new Error(`kubectl ${cmd.path.join(' ')} has no flag --${name}`);
  return v;
}

/** A string flag (`-o`, `--selector`, ...). Throws for a flag the command does not have. */
export function stringFlag(cmd: KubectlCommand, name: string): string {
  return String(flagValue(cmd, name));
}

/** A bool flag. */
export function boolFlag(cmd: KubectlCommand, name: string): boolean {
  return flagValue(cmd, name) === true;
}

/** An int flag (`--replicas`, `--grace-period`, `--to-revision`), already validated by pflag. */
export function intFlag(cmd: KubectlCommand, name: string): number {
  return Number(flagValue(cmd, name));
}

/** A string slice/array flag (`-f`, `-L`, `--from-literal`). */
export function listFlag(cmd: KubectlCommand, name: string): string[] {
  const v = flagValue(cmd, name);
  return Array.isArray(v) ? v : [];
}

/** A duration flag (`--timeout`) in milliseconds. */
export function durationFlagMs(cmd: KubectlCommand, name: string): number {
  return durationToMs(String(flagValue(cmd, name)));
}

// --- cobra's command lookup -----------------------------------------------------------------

/** c.Flags() as cobra's Find sees it: local flags plus inherited persistent ones, no help flag yet. */
function lookupFlags(chain: readonly CommandSpec[]): FlagSet {
  const own = chain[chain.length - 1]!;
  return new FlagSet(own === ROOT ? GLOBAL_FLAGS : [...own.flags, ...GLOBAL_FLAGS]);
}

interface Found {
  chain: CommandSpec[];
  rest: string[];
  error?: string;
}

/** cobra `Command.Find` (with `legacyArgs`). `withHelp`: cobra's `help` command exists (Execute). */
function find(args: readonly string[], withHelp: boolean): Found {
  const chain: CommandSpec[] = [ROOT];
  let rest = [...args];
  for (;;) {
    const c = chain[chain.length - 1]!;
    const set = lookupFlags(chain);
    const words = stripFlags(rest, set);
    if (words.length === 0) break;
    const next = findChild(c, words[0]!);
    if (!next || (next.name === 'help' && !withHelp)) break;
    rest = argsMinusFirstX(rest, words[0]!, set);
    chain.push(next);
  }
  const found = chain[chain.length - 1]!;
  if (found === ROOT) {
    const words = stripFlags(rest, lookupFlags(chain));
    if (words.length > 0) {
      return { chain, rest, error: `unknown command ${goQuote(words[0]!)} for "kubectl"${suggestions(words[0]!)}` };
    }
  }
  return { chain, rest };
}

/** cobra `findSuggestions`: Levenshtein distance ≤ 2 (ignoring case) or a case-insensitive prefix. */
function suggestions(typed: string): string {
  const out: string[] = [];
  for (const c of ROOT.children ?? []) {
    if (c.hidden) continue;
    if (levenshtein(typed.toLowerCase(), c.name.toLowerCase()) <= 2 || c.name.toLowerCase().startsWith(typed.toLowerCase())) {
      out.push(c.name);
    }
  }
  return out.length ? `\n\nDid you mean this?\n${out.map((s) => `\t${s}\n`).join('')}` : '';
}

/** cobra's `ld`. */
function levenshtein(s: string, t: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push([i]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let j = 1; j <= t.length; j++) {
    for (let i = 1; i <= s.length; i++) {
      d[i]![j] = s[i - 1] === t[j - 1]
        ? d[i - 1]![j - 1]!
        : Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

// --- the run ----------------------------------------------------------------------------------

function run(argv: readonly string[], options: ParseOptions & { raw?: string }): KubectlCommand {
  const table = options.resources ?? RESOURCES;
  const fileExists = options.fileExists ?? (() => true);

  // 1. kubectl main: a first word that is no command may be a plugin.
  if (find(argv, false).error) {
    const name = argv.find((a) => !a.startsWith('-'));
    if (name !== 'help' && argv[0]!.startsWith('-')) {
      throw new KubectlExit(`Error: flags cannot be placed before plugin name: ${argv[0]}\n`);
    }
  }

  // 2. cobra Execute → Find.
  const found = find(argv, true);
  if (found.error) throw new KubectlExit(errorText(found.error));
  const chain = found.chain;
  const spec = chain[chain.length - 1]!;
  const path = chain.slice(1).map((c) => c.name);
  const commandPath = ['kubectl', ...path].join(' ');
  if (!spec.emulated) {
    throw new KubectlExit(`error: kubespec does not emulate "${commandPath}"\n`, 2);
  }

  // 3. flags
  const set = new FlagSet(spec === ROOT ? [...GLOBAL_FLAGS, HELP_FLAG] : [...spec.flags, HELP_FLAG, ...GLOBAL_FLAGS]);
  let parsed;
  try {
    parsed = parseFlags(set, found.rest);
  } catch (e) {
    if (e instanceof FlagError) {
      throw new KubectlExit(errorText(`${e.message}\nSee '${commandPath} --help' for usage.`));
    }
    throw e;
  }
  const prefix = parsed.stderr;
  const exit = (stderr: string, exitCode = 1, stdout = ''): never => {
    throw new KubectlExit(prefix + stderr, exitCode, stdout);
  };

  // 4. help
  if (parsed.help) exit('', 0, helpText(path) ?? '');
  if (spec === ROOT) exit('', 0, helpText([]) ?? '');
  if (spec.name === 'help' && path.length === 1) {
    const topic = find(parsed.args, true);
    if (topic.error) exit(`Unknown help topic [${parsed.args.map((a) => `\`${a}\``).join(' ')}]\n${rootUsageText()}`, 0);
    const topicPath = topic.chain.slice(1).map((c) => c.name);
    if (!topic.chain[topic.chain.length - 1]!.emulated) {
      exit(`error: kubespec does not emulate "${['kubectl', ...topicPath].join(' ')}"\n`, 2);
    }
    exit('', 0, helpText(topicPath) ?? '');
  }
  if (spec.groupHelpTo) {
    if (parsed.args.length > 0) {
      exit(errorText(`unknown command ${goQuote(parsed.args.join(' '))}\nSee '${commandPath} -h' for help and examples`));
    }
    const text = helpText(path) ?? '';
    if (spec.groupHelpTo === 'stdout') exit('', 1, text);
    exit(text, 1);
  }

  // 5. PersistentPreRunE, required flags
  const profile = parsed.values.profile as string;
  if (!PROFILES.includes(profile)) exit(`error: unknown profile '${profile}'\n`);
  const missing = (spec.required ?? []).filter((n) => !parsed.changed.includes(n)).sort();
  if (missing.length) exit(errorText(`required flag(s) "${missing.join('", "')}" not set`));

  // 6. the command's own checks
  let warnings = '';
  const ctx: RunContext = {
    path, commandPath,
    args: parsed.args,
    flags: parsed.values,
    changed: new Set(parsed.changed),
    argsLenAtDash: parsed.argsLenAtDash,
    table, fileExists,
    warn: (text) => { warnings += text; },
  };
  const runner = RUNNERS[path.join(' ')];
  let outcome;
  try {
    outcome = runner ? runner(ctx) : {};
  } catch (e) {
    if (e instanceof KubectlExit) exit(warnings + e.stderr, e.exitCode, e.stdout);
    throw e;
  }

  const flags: Record<string, FlagValue> = { ...parsed.values };
  delete flags.help;
  return {
    path,
    args: parsed.args,
    flags,
    raw: options.raw ?? argv.join(' '),
    changed: parsed.changed,
    argsLenAtDash: parsed.argsLenAtDash,
    namespace: (parsed.values.namespace as string) || 'default',
    stderr: prefix + warnings,
    ...(outcome.targets ? { targets: outcome.targets } : {}),
    ...(outcome.fromFiles ? { fromFiles: true } : {}),
    ...(outcome.errorAfterFetch ? { errorAfterFetch: outcome.errorAfterFetch } : {}),
    ...(outcome.errorAtPrint ? { errorAtPrint: outcome.errorAtPrint } : {}),
  };
}
