/**
 * The client half of `kubectl get`: cli-runtime's table printer. It takes the server-side table
 * of a kind (table-registry.ts), applies kubectl's decorations (-A, --show-labels, -L, kind
 * prefix, -o wide column filter) and aligns the result with a Go tabwriter (minwidth 6,
 * padding 3). kubectl-and-api.md §1.1, §1.6, §1.7.
 */
import type { KubeObject } from '../../model/types';
import { tableKindFor, type Cell, type ColumnDefinition, type TableKind } from './table-registry';
import './table-kinds';
import './table-kinds-storage';
import './table-kinds-job';
import './table-kinds-discovery';
import { formatLabels } from './selector';
import { tabwrite, GET_TABLE_TABWRITER } from './tabwriter';
import { escapeTerminal } from './terminal-escape';

/** The `kubectl get` flags that change a table. */
export interface GetTableOptions {
  /** `-o wide`: also print priority-1 columns. */
  readonly wide?: boolean;
  /** `--show-labels`: a LABELS column, last. */
  readonly showLabels?: boolean;
  /** `-L key1,key2`: one column per label key, before LABELS. */
  readonly labelColumns?: readonly string[];
  /** `-A`: a NAMESPACE column first (never for cluster-scoped kinds). */
  readonly allNamespaces?: boolean;
  /** Multi-type output: NAME cells become `deployment.apps/x`, `pod/x`. */
  readonly withKindPrefix?: boolean;
  /** `--no-headers`. */
  readonly noHeaders?: boolean;
}

/** A server-side Table: what the API server returns for `Accept: ...;as=Table`. */
export interface ServerTable {
  readonly columns: readonly ColumnDefinition[];
  readonly rows: readonly { readonly cells: readonly Cell[]; readonly object: KubeObject }[];
}

/**
 * The Table the API server would return for `objects` of `kind` at `nowMs` (all columns,
 * priority 1 included). Useful on its own for the HTTP facade.
 */
export function buildServerTable(kind: string, objects: readonly KubeObject[], nowMs: number): ServerTable {
  const def = requireKind(kind);
  return { columns: def.columns, rows: objects.map((object) => ({ cells: def.row(object, nowMs), object })) };
}

/**
 * `kubectl get <kind>` output for `objects`, ending with a newline, or `''` when there are no
 * objects (kubectl then prints nothing on stdout; see {@link noResourcesMessage}).
 *
 * Example (kubectl-and-api.md §1.5):
 * ```
 * NAME    READY   UP-TO-DATE   AVAILABLE   AGE
 * kubia   3/3     3            3           6s
 * ```
 */
export function printTable(kind: string, objects: readonly KubeObject[], opts: GetTableOptions, nowMs: number): string {
  if (objects.length === 0) return '';
  const def = requireKind(kind);
  const table = decorate(def, buildServerTable(kind, objects, nowMs), opts);
  const visible = table.columns.map((c) => opts.wide || c.priority === 0);
  const lines: string[] = [];
  if (!opts.noHeaders) {
    lines.push(table.columns.filter((_, i) => visible[i]).map((c) => c.name.toUpperCase()).join('\t'));
  }
  for (const row of table.rows) {
    lines.push(row.filter((_, i) => visible[i]).map(cellText).join('\t'));
  }
  return tabwrite(lines.join('\n') + '\n', GET_TABLE_TABWRITER);
}

/**
 * Several types in one `get` (`get deploy,rs`, `get all`): one table per type, each aligned on
 * its own, separated by one empty line. Empty tables are skipped. With `--no-headers` kubectl
 * adds no separator line.
 */
export function printTables(tables: readonly string[], opts: { readonly noHeaders?: boolean } = {}): string {
  return tables.filter((t) => t !== '').join(opts.noHeaders ? '' : '\n');
}

/**
 * What kubectl writes on stderr when a `get` finds nothing: `No resources found in <ns>
 * namespace.` for a namespaced request, `No resources found` for `-A` or cluster-scoped kinds.
 */
export function noResourcesMessage(namespace: string | undefined): string {
  return namespace ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}

/** `<kind lower>[.<group>]/<name>`, as printers.FormatResourceName builds it. */
export function kindPrefixedName(kind: string, group: string, name: string): string {
  return `${kind.toLowerCase()}${group ? `.${group}` : ''}/${name}`;
}

function requireKind(kind: string): TableKind {
  const def = tableKindFor(kind);
  if (!def) throw new Error(`no table printer registered for kind ${JSON.stringify(kind)}`);
  return def;
}

// Mirrors cli-runtime's decorateTable.
function decorate(def: TableKind, table: ServerTable, opts: GetTableOptions): { columns: ColumnDefinition[]; rows: Cell[][] } {
  const withNamespace = !!opts.allNamespaces && def.namespaced;
  const labelKeys = opts.labelColumns ?? [];
  const nameColumn = opts.withKindPrefix ? table.columns.findIndex((c) => c.format === 'name') : -1;

  const columns: ColumnDefinition[] = [
    ...(withNamespace ? [{ name: 'Namespace', priority: 0 as const }] : []),
    ...table.columns,
    // -L headers are the last path segment of the key, upper-cased later like every header.
    ...labelKeys.map((key) => ({ name: key.split('/').pop() ?? key, priority: 0 as const })),
    ...(opts.showLabels ? [{ name: 'Labels', priority: 0 as const }] : []),
  ];

  const rows = table.rows.map(({ cells, object }) => {
    const row = [...cells];
    if (nameColumn !== -1) row[nameColumn] = kindPrefixedName(def.kind, def.group, String(row[nameColumn]));
    const labels = object.metadata?.labels ?? {};
    return [
      ...(withNamespace ? [object.metadata?.namespace ?? ''] : []),
      ...row,
      ...labelKeys.map((key) => labels[key] ?? ''),
      ...(opts.showLabels ? [formatLabels(labels)] : []),
    ];
  });
  return { columns, rows };
}

// printTable in cli-runtime: strings are cut at the first line break (with "..."), numbers are
// printed in decimal, and both go through the terminal escaper.
function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const cut = cell.search(/[\n\r\f]/);
  return cut >= 0 ? `${escapeTerminal(cell.slice(0, cut))}...` : escapeTerminal(cell);
}
