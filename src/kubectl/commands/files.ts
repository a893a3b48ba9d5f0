import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubectlOptions } from './context';

/** One manifest source named by `-f`: its name as kubectl reports it, and its text. */
export interface ManifestSource {
  name: string;
  text: string;
}

/**
 * What `-f` reads: a file, every .yaml/.yml/.json file of a directory (sorted; recursively with
 * -R), `-` for standard input. Paths given in `options.files` win over the file system, so a
 * scenario can name a manifest it carries inline.
 */
export function readManifestSources(paths: string[], options: KubectlOptions, recursive: boolean): { ok: true; sources: ManifestSource[] } | { ok: false; error: string } {
  const sources: ManifestSource[] = [];
  const cwd = options.cwd ?? process.cwd();
  for (const p of paths) {
    if (p === '-') {
      sources.push({ name: 'STDIN', text: options.stdin ?? '' });
      continue;
    }
    if (options.files && p in options.files) {
      sources.push({ name: p, text: options.files[p] });
      continue;
    }
    if (/^https?:\/\//.test(p)) return { ok: false, error: `error: unable to read URL "${p}": the simulated cluster has no network access` };
    const full = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      return { ok: false, error: `error: the path "${p}" does not exist` };
    }
    if (stat.isDirectory()) {
      for (const f of listManifestFiles(full, recursive)) sources.push({ name: path.join(p, path.relative(full, f)), text: fs.readFileSync(f, 'utf8') });
    } else {
      sources.push({ name: p, text: fs.readFileSync(full, 'utf8') });
    }
  }
  return { ok: true, sources };
}

function listManifestFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) out.push(...listManifestFiles(full, true));
    } else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(full);
  }
  return out;
}
