/**
 * describe.go's PrefixWriter: text written at an indentation level of two spaces per level,
 * through the terminal escaper, into either a tabwriter (minwidth 0, padding 2 — every describer)
 * or a plain buffer (`rollout history --revision`, which prints the pod template without
 * alignment, tabs and all).
 */
import { TabWriter, DESCRIBE_TABWRITER } from './tabwriter';
import { escapeTerminal } from './terminal-escape';

/** LEVEL_0 … LEVEL_4 of describe.go. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** Where describers write; a subset of describe.go's PrefixWriter interface. */
export interface PrefixWriter {
  /** Writes `text` after `level` × two spaces of indentation. */
  write(level: Level, text: string): void;
  /** Ends the current alignment segment (describe flushes before the Events table). */
  flush(): void;
}

/** A PrefixWriter over a Go tabwriter with describe's settings; `toString` aligns the text. */
export class TabbedPrefixWriter implements PrefixWriter {
  private readonly tw = new TabWriter(DESCRIBE_TABWRITER);

  write(level: Level, text: string): void {
    this.tw.write(escapeTerminal('  '.repeat(level) + text));
  }

  flush(): void {
    this.tw.flush();
  }

  toString(): string {
    return this.tw.toString();
  }
}

/** A PrefixWriter that keeps the text as written, tabs included (no tabwriter behind it). */
export class PlainPrefixWriter implements PrefixWriter {
  private text = '';

  write(level: Level, text: string): void {
    this.text += escapeTerminal('  '.repeat(level) + text);
  }

  flush(): void {
    // Nothing to align.
  }

  toString(): string {
    return this.text;
  }
}

/** describe.go's `tabbedString`: runs `body` against a tabbed writer and returns the aligned text. */
export function tabbedString(body: (w: PrefixWriter) => void): string {
  const w = new TabbedPrefixWriter();
  body(w);
  return w.toString();
}
