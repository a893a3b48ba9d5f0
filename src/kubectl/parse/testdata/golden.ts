/**
 * `kubectl-errors.json`: command lines whose whole outcome real kubectl v1.32 decides before it
 * asks the API server for objects, with what it printed (captured from the binary against
 * `fake-apiserver.ts`, cwd containing only `web.yaml`). Help texts are referenced by file name
 * (`help/<file>`) instead of being repeated. `drift.test.ts` re-captures them; run it with
 * `KUBESPEC_UPDATE_GOLDEN=1` to rewrite this file from the binary.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GoldenRow {
  line: string;
  stdout?: string;
  stdoutHelpFile?: string;
  stderr: string;
  stderrHelpFile?: string;
  exitCode: number;
}

export const GOLDEN_FILE = path.join(__dirname, 'kubectl-errors.json');

/** The only file that exists for these rows (`-f web.yaml`). */
export const GOLDEN_FILES = new Set(['web.yaml']);

export function loadGolden(): GoldenRow[] {
  return JSON.parse(fs.readFileSync(GOLDEN_FILE, 'utf8')) as GoldenRow[];
}

function helpFile(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', 'help', name), 'utf8');
}

/** The row's expected stdout and stderr, help references resolved. */
export function expectedOutput(row: GoldenRow): { stdout: string; stderr: string; exitCode: number } {
  return {
    stdout: row.stdoutHelpFile ? helpFile(row.stdoutHelpFile) : row.stdout ?? '',
    stderr: row.stderrHelpFile ? helpFile(row.stderrHelpFile) : row.stderr,
    exitCode: row.exitCode,
  };
}

/** Writes rows back, one per line, replacing outputs equal to a help file by a reference. */
export function saveGolden(rows: { line: string; stdout: string; stderr: string; exitCode: number }[]): void {
  const dir = path.join(__dirname, '..', 'help');
  const helps = new Map(fs.readdirSync(dir).map((f) => [fs.readFileSync(path.join(dir, f), 'utf8'), f] as const));
  const out = rows.map((r) => {
    const o: Record<string, unknown> = { line: r.line };
    if (r.stdout && helps.has(r.stdout)) o.stdoutHelpFile = helps.get(r.stdout);
    else if (r.stdout) o.stdout = r.stdout;
    if (r.stderr && helps.has(r.stderr)) {
      o.stderr = '';
      o.stderrHelpFile = helps.get(r.stderr);
    } else {
      o.stderr = r.stderr;
    }
    o.exitCode = r.exitCode;
    return JSON.stringify(o);
  });
  fs.writeFileSync(GOLDEN_FILE, `[\n${out.join(',\n')}\n]\n`);
}
