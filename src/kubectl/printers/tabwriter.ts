/**
 * An emulation of Go's `text/tabwriter`, restricted to what kubectl uses: left alignment, a space
 * pad character and no flags. kubectl prints every table and every `describe` through one, so
 * byte-exact output depends on reproducing its column-block algorithm rather than a simpler
 * "pad every column to its widest cell" rule (kubectl-and-api.md §1.1, §2.9).
 *
 * The algorithm, as in Go's `(*Writer).format`:
 * - text is split into lines at `\n` and lines into cells at `\t`; every cell but the last of a
 *   line is "terminated" and takes part in alignment, the last one is printed as it is;
 * - for column c, a *block* is a maximal run of consecutive lines that all have a terminated
 *   cell c; the block's width is max(minWidth, widest cell c in the block + padding);
 * - column c+1 is then formatted recursively inside each block only.
 * Widths count Unicode code points, as Go counts runes.
 */

/** Settings of one tabwriter, as passed to Go's `tabwriter.Writer.Init`. */
export interface TabwriterSettings {
  /** Minimal width of a column, padding included. */
  readonly minWidth: number;
  /** Spaces added to the widest cell of a column. */
  readonly padding: number;
}

/** `kubectl get` tables: cli-runtime's GetNewTabWriter uses minwidth 6, padding 3. */
export const GET_TABLE_TABWRITER: TabwriterSettings = { minWidth: 6, padding: 3 };

/** `kubectl describe` and `rollout history`: `tabwriter.Init(buf, 0, 8, 2, ' ', 0)`. */
export const DESCRIBE_TABWRITER: TabwriterSettings = { minWidth: 0, padding: 2 };

/**
 * Aligns `text` as one flush of a Go tabwriter would. Text written between two flushes is
 * formatted independently, so callers that flush midway (describe before its Events table) format
 * each segment separately and concatenate the results (see {@link TabWriter}).
 */
export function tabwrite(text: string, settings: TabwriterSettings): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  formatColumn(lines, 0, lines.length, [], settings, out);
  return out.join('\n');
}

/**
 * A buffered writer with Go's flush semantics: `write` appends text, `flush` closes the current
 * alignment segment, `toString` returns everything formatted. Mirrors how describe.go's
 * PrefixWriter flushes the tabwriter before printing the Events table.
 */
export class TabWriter {
  private readonly segments: string[] = [];
  private pending = '';

  constructor(private readonly settings: TabwriterSettings) {}

  write(text: string): void {
    this.pending += text;
  }

  flush(): void {
    if (this.pending !== '') this.segments.push(tabwrite(this.pending, this.settings));
    this.pending = '';
  }

  toString(): string {
    this.flush();
    return this.segments.join('');
  }
}

/** Number of code points, which is what Go's tabwriter measures (utf8.RuneCount). */
export function runeLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// Formats lines [line0, line1) for column `widths.length`, writing finished lines to `out`.
// A direct transcription of Go's recursive `format`: lines outside any block of this column
// are written with the widths known so far.
function formatColumn(
  lines: string[][],
  line0: number,
  line1: number,
  widths: number[],
  settings: TabwriterSettings,
  out: string[],
): void {
  const column = widths.length;
  let start = line0;
  for (let current = line0; current < line1; current++) {
    if (column >= lines[current].length - 1) continue;
    // `current` opens a block of this column: first print the lines before it.
    writeLines(lines, start, current, widths, out);
    let width = settings.minWidth;
    let end = current;
    for (; end < line1; end++) {
      const line = lines[end];
      if (column >= line.length - 1) break;
      width = Math.max(width, runeLength(line[column]) + settings.padding);
    }
    formatColumn(lines, current, end, [...widths, width], settings, out);
    start = end;
    current = end; // the loop's increment skips line `end`, which has no cell here anyway
  }
  writeLines(lines, start, line1, widths, out);
}

function writeLines(lines: string[][], from: number, to: number, widths: number[], out: string[]): void {
  for (let i = from; i < to; i++) {
    const cells = lines[i];
    let text = '';
    cells.forEach((cell, j) => {
      text += cell;
      // Only cells of aligned columns are padded; the last cell of a line never is.
      if (j < cells.length - 1 && j < widths.length) {
        text += ' '.repeat(Math.max(0, widths[j] - runeLength(cell)));
      }
    });
    out.push(text);
  }
}
