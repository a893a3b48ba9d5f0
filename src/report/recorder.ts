import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_MEDIA_TYPE } from './media-types';

/**
 * What the reports need from a scenario beyond the timeline: the manifests it applied (also the
 * ones steps generate from shorthand such as `deployment "web" with 3 replicas…`) and the virtual
 * time of every kubectl command, so charts can mark them. The recorder wraps a cluster's `apply`
 * and `kubectl` once; it never looks inside the simulator.
 */

/** The part of the Cluster facade the recorder wraps (structural, so report/ does not import sim/). */
export interface Recordable {
  apply(yamlText: string, opts?: { source?: string }): unknown;
  kubectl(commandLine: string, options?: { stdin?: string; files?: Record<string, string> }): unknown;
  now(): number;
}

export type Attach = (data: string, mediaType: string, fileName?: string) => void;

export interface RecordedCommand {
  /** Virtual epoch ms when the command started. */
  at: number;
  line: string;
}

const commandsByCluster = new WeakMap<object, RecordedCommand[]>();

/** Instruments `cluster` (once) so applied manifests are attached and kubectl commands recorded. */
export function recordForReports<C extends Recordable>(cluster: C, attach: Attach): C {
  if (commandsByCluster.has(cluster)) return cluster;
  const commands: RecordedCommand[] = [];
  commandsByCluster.set(cluster, commands);
  const apply = cluster.apply.bind(cluster);
  const kubectl = cluster.kubectl.bind(cluster);
  const target: Recordable = cluster;
  target.apply = (yamlText: string, opts?: { source?: string }) => {
    attach(yamlText, MANIFEST_MEDIA_TYPE, opts?.source ?? 'manifest');
    return apply(yamlText, opts);
  };
  target.kubectl = (line: string, options?: { stdin?: string; files?: Record<string, string> }) => {
    commands.push({ at: cluster.now(), line: line.trim() });
    for (const m of manifestsOfCommand(line, options)) attach(m.text, MANIFEST_MEDIA_TYPE, m.source);
    return kubectl(line, options);
  };
  return cluster;
}

/** The kubectl commands run on an instrumented cluster, in order. */
export function recordedCommands(cluster: object | undefined): RecordedCommand[] {
  return (cluster && commandsByCluster.get(cluster)) || [];
}

/**
 * The manifests an `apply|create|replace -f …` reads: stdin for `-f -`, supplied files, files or
 * the YAML files of a directory on disk. Anything unreadable is left to kubectl to report.
 */
export function manifestsOfCommand(line: string, options: { stdin?: string; files?: Record<string, string> } = {}): Array<{ source: string; text: string }> {
  const words = line.trim().split(/\s+/);
  if (words[0] === 'kubectl' || words[0] === 'k') words.shift();
  if (!['apply', 'create', 'replace'].includes(words[0] ?? '')) return [];
  const names: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const eq = /^(?:-f|--filename)=(.+)$/.exec(w);
    if (eq) names.push(eq[1]);
    else if ((w === '-f' || w === '--filename') && i + 1 < words.length) names.push(words[++i]);
    else if (/^-f[^=-].*/.test(w)) names.push(w.slice(2));
  }
  const out: Array<{ source: string; text: string }> = [];
  for (const raw of names) {
    for (const name of raw.split(',')) {
      const unquoted = name.replace(/^["']|["']$/g, '');
      if (unquoted === '-') {
        if (options.stdin !== undefined) out.push({ source: 'stdin', text: options.stdin });
      } else if (options.files && unquoted in options.files) {
        out.push({ source: unquoted, text: options.files[unquoted] });
      } else {
        out.push(...readFromDisk(unquoted));
      }
    }
  }
  return out;
}

function readFromDisk(p: string): Array<{ source: string; text: string }> {
  try {
    const st = fs.statSync(p);
    if (st.isFile()) return [{ source: p, text: fs.readFileSync(p, 'utf8') }];
    if (st.isDirectory()) {
      return fs
        .readdirSync(p)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .map((f) => ({ source: path.join(p, f), text: fs.readFileSync(path.join(p, f), 'utf8') }));
    }
  } catch {
    // kubectl reports the missing file itself.
  }
  return [];
}
