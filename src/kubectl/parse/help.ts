/**
 * `--help` texts of the emulated commands, captured from real kubectl v1.32 into `help/`
 * (`help/kubectl-rollout-undo.txt` is `kubectl rollout undo --help`). Loaded lazily from disk:
 * the project runs from source (ts-node), so the text files sit beside this module.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const cache = new Map<string, string | undefined>();

function load(file: string): string | undefined {
  if (!cache.has(file)) {
    const full = path.join(__dirname, 'help', file);
    cache.set(file, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined);
  }
  return cache.get(file);
}

/** The `--help` text of a command path (`[]` is the root), or undefined when not captured. */
export function helpText(commandPath: readonly string[]): string | undefined {
  return load(commandPath.length ? `kubectl-${commandPath.join('-')}.txt` : 'kubectl.txt');
}

/** The root usage block cobra prints after `Unknown help topic`. */
export function rootUsageText(): string {
  return load('kubectl-usage.txt') ?? '';
}
