/**
 * Splits a command line into words as a POSIX shell would, for the subset people type in front
 * of kubectl: blanks separate words; `'…'` is literal; `"…"` is literal except `\"`, `\\`, `\$`,
 * `` \` `` and backslash-newline; an unquoted backslash escapes the next character (and
 * backslash-newline joins lines); adjacent pieces join (`key='{"a":1}'` is one word); an unquoted
 * `#` at the start of a word starts a comment. There is no expansion: `$HOME`, `*` and `~` stay
 * as typed. Unquoted shell operators (`|`, `&`, `;`, `<`, `>`, `(`, `)`) are refused rather than
 * silently passed to kubectl as arguments.
 */

export type TokenizeResult =
  | { readonly ok: true; readonly words: string[] }
  | { readonly ok: false; readonly error: string };

const BLANK = /[ \t\n]/;
const OPERATOR = /[|&;<>()]/;

/** Words of one command line (which may span lines through quotes or backslash-newline). */
export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      for (;;) {
        if (i >= line.length) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
        const d = line[i]!;
        if (d === '"') { i++; break; }
        if (d === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
          continue;
        }
        word += d;
        i++;
      }
    } else if (c === '\\') {
      if (i + 1 >= line.length) { i++; continue; } // a lone trailing backslash is dropped
      if (line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (BLANK.test(c)) {
      end();
      i++;
    } else if (c === '#' && !inWord) {
      const nl = line.indexOf('\n', i);
      i = nl < 0 ? line.length : nl;
    } else if (OPERATOR.test(c)) {
      return { ok: false, error: `shell operator ${JSON.stringify(c)} is not supported; quote it to pass it to kubectl` };
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  end();
  return { ok: true, words };
}

/**
 * Removes a leading `kubectl` (also `/usr/bin/kubectl`) or its usual alias `k`. Returns the
 * remaining words and the program word that was removed, if any.
 */
export function stripProgram(words: readonly string[]): { program?: string; args: string[] } {
  const first = words[0];
  if (first !== undefined) {
    const base = first.slice(first.lastIndexOf('/') + 1);
    if (base === 'kubectl' || base === 'k') return { program: first, args: words.slice(1) };
  }
  return { args: [...words] };
}

/**
 * Splits a pasted block (a Gherkin doc string, a tutorial snippet) into command lines: one command
 * per line, blank lines and `#` comment lines skipped, a leading `$ ` prompt stripped, lines
 * ending in a backslash (or with a quote still open) continued on the next line. The returned
 * lines keep their quoting, ready for `tokenize`/`parseKubectl`; continuations are joined with
 * the backslash-newline removed.
 */
export function splitCommandLines(doc: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: "'" | '"' | undefined;
  let started = false;
  const lines = doc.replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    if (!started) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      line = line.replace(/^\s*\$\s+/, '').replace(/^\s+/, '');
      started = true;
    }
    // scan to learn whether this physical line ends inside quotes or with a continuation
    let continued = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote === "'") { if (c === "'") quote = undefined; continue; }
      if (quote === '"') {
        if (c === '\\') { i++; continue; }
        if (c === '"') quote = undefined;
        continue;
      }
      if (c === "'" || c === '"') { quote = c; continue; }
      if (c === '\\') {
        if (i === line.length - 1) continued = true;
        i++;
        continue;
      }
      if (c === '#' && (i === 0 || BLANK.test(line[i - 1]!))) break; // comment: quotes after it do not count
    }
    if (quote) {
      current += line + '\n';
      continue;
    }
    if (continued) {
      current += line.slice(0, -1);
      continue;
    }
    current += line;
    out.push(current.trim());
    current = '';
    started = false;
  }
  if (started && current.trim() !== '') out.push(current.trim());
  return out;
}
