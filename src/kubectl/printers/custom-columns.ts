/**
 * `-o custom-columns=HEADER:path,…` (k8s.io/cli-runtime printers/customcolumn.go): a header row
 * with the headers as given, then one row per object; a cell is every value the relaxed JSONPath
 * finds, printed with fmt.Sprint and joined by `,`, or `<none>`. Laid out with the same tabwriter
 * as `kubectl get` tables.
 */
import type { KubeObject } from '../../model/types';
import { JsonPathError, findResults, goSprint, parseJsonPath, relaxedJsonPath, type JsonPathTemplate } from './jsonpath';
import { tabwrite, GET_TABLE_TABWRITER } from './tabwriter';
import { escapeTerminal } from './terminal-escape';

export interface CustomColumn {
  readonly header: string;
  readonly path: JsonPathTemplate;
}

/** Parses the spec after `custom-columns=`; throws with kubectl's message on a bad spec. */
export function parseCustomColumns(spec: string): CustomColumn[] {
  if (spec.length === 0) throw new JsonPathError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0 || part.indexOf(':', colon + 1) >= 0) {
      throw new JsonPathError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    }
    return { header: part.slice(0, colon), path: parseJsonPath(relaxedJsonPath(part.slice(colon + 1))) };
  });
}

/** Prints `objects` (the items of the list kubectl built, or one object) as custom columns. */
export function printCustomColumns(columns: readonly CustomColumn[], objects: readonly KubeObject[], opts: { noHeaders?: boolean } = {}): string {
  const lines: string[] = [];
  if (!opts.noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const o of objects) {
    lines.push(
      columns
        .map((c) => {
          const values = findResults(c.path, o);
          const flat = values.flat();
          if (values.length === 0 || values[0].length === 0) return '<none>';
          return flat.map((v) => escapeTerminal(goSprint(v))).join(',');
        })
        .join('\t'),
    );
  }
  return tabwrite(lines.map((l) => `${l}\n`).join(''), GET_TABLE_TABWRITER);
}
