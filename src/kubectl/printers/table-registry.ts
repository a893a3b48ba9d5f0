/**
 * The server half of `kubectl get`: per kind, the column definitions and the row cells that the
 * API server's Table conversion produces (pkg/printers/internalversion/printers.go). Kinds
 * register here; `get-table.ts` renders what the registry produces the way kubectl's client-side
 * table printer does. The HTTP facade can serve the same definitions as a `meta.k8s.io/v1` Table.
 */
import type { KubeObject } from '../../model/types';

/** One column of a server-side Table (metav1.TableColumnDefinition, the parts kubectl reads). */
export interface ColumnDefinition {
  /** Header before upper-casing, e.g. `Up-to-date`. */
  readonly name: string;
  /** 0 = always shown; 1 = only with `-o wide`. */
  readonly priority: 0 | 1;
  /** `name` marks the column that gets the `kind/` prefix in multi-type output. */
  readonly format?: 'name';
}

/** A cell is printed as text; numbers are the integer cells (DESIRED, COUNT, ...). */
export type Cell = string | number;

/** How one kind turns into table rows. */
export interface TableKind<T extends object = KubeObject> {
  /** `Deployment`. */
  readonly kind: string;
  /** API group, `''` for core: `deployment.apps/x` vs `pod/x`. */
  readonly group: string;
  /** Cluster-scoped kinds never get the `-A` NAMESPACE column. */
  readonly namespaced: boolean;
  readonly columns: readonly ColumnDefinition[];
  /** All cells of one object, priority-1 cells included, at virtual time `nowMs`. */
  row(object: T, nowMs: number): Cell[];
}

const registry = new Map<string, TableKind>();

/** Adds or replaces the table definition of a kind; matched case-insensitively by kind name. */
export function registerTableKind<T extends object>(definition: TableKind<T>): void {
  registry.set(definition.kind.toLowerCase(), definition as unknown as TableKind);
}

/** The definition registered for `kind` (`Deployment`, `deployment`), if any. */
export function tableKindFor(kind: string): TableKind | undefined {
  return registry.get(kind.toLowerCase());
}

/** Kinds with a table definition, in registration order. */
export function registeredTableKinds(): string[] {
  return [...registry.values()].map((d) => d.kind);
}
