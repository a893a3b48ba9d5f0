/**
 * cli-runtime's `printers.WriteEscaped`: every table cell and describe line passes through a
 * replacer that neutralises characters able to rewrite the user's terminal. Object text is
 * user-controlled, so kubectl shows ESC as `^[` and a carriage return as the two characters `\r`.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}
