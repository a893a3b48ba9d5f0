/**
 * `kubectl get`: tables (the server's columns through kubectl's table printer, one table per
 * type, `kind/` prefixes when several types are printed), `-o wide|yaml|json|name`,
 * `-o jsonpath=…|jsonpath-as-json=…|custom-columns=…` (and their `-file` forms), `--sort-by`,
 * `--show-labels`, `-L`, `-l`, `--field-selector`, `-A`, `--no-headers`, `--ignore-not-found`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubectlResult } from '../result';
import { Ctx, bool, list, str } from './context';
import { RESOURCES } from '../parse/resources';
import { printTable, printTables, noResourcesMessage, printNames, printYaml, printJson, asList } from '../printers';
import { executeJsonPath, parseJsonPath, JsonPathError, findResults } from '../printers/jsonpath';
import { parseCustomColumns, printCustomColumns } from '../printers/custom-columns';
import { sortByJsonPath } from '../printers/sort-by';
import { toGoJson } from '../printers/go-json';
import type { KubeObject } from '../../model/types';
import { fetchTargets, type FetchedGroup } from './fetch';
import '../printers/table-kinds-config';

export function get(ctx: Ctx): KubectlResult {
  const { cmd, out, sim } = ctx;
  if (bool(cmd.flags.watch) || bool(cmd.flags['watch-only'])) {
    return out.fail('error: kubespec does not simulate "kubectl get --watch": time only moves when a step (or the shell\'s "wait") says so', 2);
  }
  if ((str(cmd.flags.raw) ?? '') !== '') return out.fail('error: kubespec does not serve raw API paths (--raw)');
  const output = str(cmd.flags.output) ?? '';
  const fetched = fetchTargets(ctx);
  let errors = fetched.errors;
  if (bool(cmd.flags['ignore-not-found'])) errors = errors.filter((e) => !e.startsWith('Error from server (NotFound)'));
  if (cmd.errorAfterFetch && errors.length === 0) return out.fail(cmd.errorAfterFetch);

  const [format, template] = splitOutput(output);
  const sortBy = str(cmd.flags['sort-by']) ?? '';
  try {
    if (sortBy) for (const g of fetched.groups) sortByJsonPath(g.objects, sortBy, (o) => o);
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
    // The table printer drops what it cannot sort: kubectl then finds nothing to print.
    if (format === '' || format === 'wide') for (const g of fetched.groups) g.objects = [];
    else return out.fail(`error: ${e.message}`);
  }

  const all = fetched.groups.flatMap((g) => g.objects);
  const subject = (): KubeObject | KubeObject[] => (fetched.singleItemImplied && all.length === 1 ? all[0] : all);
  if (format === '' || format === 'wide') {
    printHuman(ctx, fetched.groups, format === 'wide', errors.length > 0);
  } else if (format === 'yaml' || format === 'json') {
    if (!(fetched.singleItemImplied && all.length === 0)) out.out(format === 'yaml' ? printYaml(subject()) : printJson(subject()));
  } else if (format === 'name') {
    out.out(printNames(all));
  } else if (format === 'jsonpath' || format === 'jsonpath-file' || format === 'jsonpath-as-json') {
    const text = format === 'jsonpath-file' ? readTemplateFile(ctx, template) : template || (str(cmd.flags.template) ?? '');
    if (text === undefined) return out.fail(`error: error reading --template ${template}, no such file or directory`);
    if (text === '') return out.fail('error: template format specified but no template given');
    const s = subject();
    const data = Array.isArray(s) ? asList(s) : s;
    try {
      const tpl = parseJsonPath(text);
      if (format === 'jsonpath-as-json') {
        out.out(toGoJson(findResults(tpl, data).flat()));
      } else {
        out.out(executeJsonPath(tpl, data));
      }
    } catch (e) {
      if (e instanceof JsonPathError) return out.fail(`error: error parsing jsonpath ${text}, ${e.message}`);
      throw e;
    }
  } else if (format === 'custom-columns' || format === 'custom-columns-file') {
    const spec = format === 'custom-columns-file' ? readColumnsFile(ctx, template) : template;
    if (spec === undefined) return out.fail(`error: open ${template}: no such file or directory`);
    try {
      const columns = parseCustomColumns(spec);
      const s = subject();
      out.out(printCustomColumns(columns, Array.isArray(s) ? s : [s], { noHeaders: bool(cmd.flags['no-headers']) }));
    } catch (e) {
      if (e instanceof JsonPathError) return out.fail(`error: ${e.message}`);
      throw e;
    }
  } else if (errors.length === 0) {
    return out.fail(`error: kubespec does not emulate "-o ${format}" output (go templates)`, 2);
  }
  void sim;
  if (errors.length > 0) return out.fail(errors.join('\n'));
  return out.result();
}

/** The table output: one table per requested type, separated by an empty line. */
function printHuman(ctx: Ctx, groups: FetchedGroup[], wide: boolean, hadErrors: boolean): void {
  const { cmd, out, sim } = ctx;
  const allNamespaces = bool(cmd.flags['all-namespaces']);
  const noHeaders = bool(cmd.flags['no-headers']);
  // kubectl prefixes names with their kind when the infos span several kinds; a list request
  // counts as an info even when it is empty (`get deploy,rs` prints `deployment.apps/…`).
  const withKindPrefix = new Set(groups.map((g) => g.resource)).size > 1;
  const tables: string[] = [];
  for (const g of groups) {
    tables.push(
      printTable(g.resource.kind, g.objects, {
        wide,
        showLabels: bool(cmd.flags['show-labels']),
        labelColumns: list(cmd.flags['label-columns']).flatMap((s) => s.split(',')).filter(Boolean),
        allNamespaces: allNamespaces && g.resource.namespaced,
        withKindPrefix,
        noHeaders,
      }, sim.now()),
    );
  }
  out.out(printTables(tables, { noHeaders }));
  const total = groups.reduce((n, g) => n + g.objects.length, 0);
  if (total === 0 && !hadErrors && groups.some((g) => !g.named)) {
    const clusterScoped = groups.every((g) => !g.resource.namespaced);
    out.err(noResourcesMessage(allNamespaces || clusterScoped ? undefined : ctx.namespace));
  }
}

/** `jsonpath={.x}` → ['jsonpath', '{.x}']; `wide` → ['wide', '']. */
function splitOutput(output: string): [string, string] {
  const i = output.indexOf('=');
  return i < 0 ? [output, ''] : [output.slice(0, i), output.slice(i + 1)];
}

function readFileRelative(ctx: Ctx, p: string): string | undefined {
  if (ctx.options.files && p in ctx.options.files) return ctx.options.files[p];
  try {
    return fs.readFileSync(path.resolve(ctx.options.cwd ?? process.cwd(), p), 'utf8');
  } catch {
    return undefined;
  }
}

function readTemplateFile(ctx: Ctx, p: string): string | undefined {
  return readFileRelative(ctx, p);
}

/** custom-columns-file: a header line and a line of paths, whitespace-separated. */
function readColumnsFile(ctx: Ctx, p: string): string | undefined {
  const text = readFileRelative(ctx, p);
  if (text === undefined) return undefined;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const headers = (lines[0] ?? '').trim().split(/\s+/);
  const paths = (lines[1] ?? '').trim().split(/\s+/);
  if (headers.length !== paths.length) throw new JsonPathError(`expected ${headers.length} columns, found: ${paths.length}`);
  return headers.map((h, i) => `${h}:${paths[i]}`).join(',');
}

export { RESOURCES };
