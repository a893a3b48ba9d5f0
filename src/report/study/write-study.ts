import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectRun, parseNdjson } from '../model/collect';
import type { PageOptions } from '../html/render';
import { loadCourseConfig } from './course';
import { renderStudy } from './render-study';

/** Reads a message stream (.ndjson), writes the course under `outDir` (replacing what was there). */
export function writeStudy(messagesFile: string, courseFile: string, outDir: string, opts: PageOptions = {}): { files: number; passed: number; leftOut: number } {
  const run = collectRun(parseNdjson(fs.readFileSync(messagesFile, 'utf8')));
  const files = renderStudy(run, loadCourseConfig(courseFile), opts);
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [rel, content] of files) {
    const full = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  const all = run.features.flatMap((f) => f.scenarios);
  const passed = all.filter((s) => s.status === 'passed').length;
  return { files: files.size, passed, leftOut: all.length - passed };
}
