/**
 * A learner's session on a simulated cluster: kubectl lines and waits, run in order and
 * remembered, so the session can be saved as a runnable .feature file or as a state file that
 * is replayed (the simulator is deterministic: the same seed, nodes and commands give the same
 * cluster, byte for byte).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Cluster } from '../cluster';
import { parseKubectl } from '../kubectl/parse/parse';
import { rfc3339 } from '../clock/virtual-clock';
import { formatDuration } from '../sim/simulator';
import { parseDuration } from '../clock/duration';

/** One thing the session did, as stored in a state file. */
export type SessionStep =
  | { kind: 'kubectl'; line: string; files?: Record<string, string>; stdin?: string }
  | { kind: 'wait'; duration: string }
  | { kind: 'wait-rollout'; name: string };

/** What a step printed (kubectl's stdout, stderr and exit code; waits print a note). */
export interface StepOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SessionOptions {
  seed?: number;
  /** Node count: 1 is `minikube`, more are `node-1`…`node-N` (as the @nodes-N tag). */
  nodes?: number;
  /** Directory `-f` paths are read from. */
  cwd?: string;
}

export interface StateFile {
  kubespecState: 1;
  seed: number;
  nodes: number;
  steps: SessionStep[];
}

/** Node names for a node count, as the features' `@nodes-N` tag makes them. */
export function nodeNames(count: number): string[] {
  return count <= 1 ? ['minikube'] : Array.from({ length: count }, (_, i) => `node-${i + 1}`);
}

export class Session {
  readonly cluster: Cluster;
  readonly seed: number;
  readonly nodes: number;
  readonly cwd: string;
  /** Every step so far with what it printed. */
  readonly transcript: Array<{ step: SessionStep; output: StepOutput }> = [];

  constructor(options: SessionOptions = {}) {
    this.seed = options.seed ?? 1;
    this.nodes = options.nodes ?? 1;
    this.cwd = options.cwd ?? process.cwd();
    this.cluster = new Cluster({ seed: this.seed, nodes: nodeNames(this.nodes) });
  }

  /** Rebuilds a session from a state file by replaying its steps. */
  static fromState(state: StateFile, cwd?: string): Session {
    const s = new Session({ seed: state.seed, nodes: state.nodes, cwd });
    for (const step of state.steps) s.run(step);
    return s;
  }

  toState(): StateFile {
    return { kubespecState: 1, seed: this.seed, nodes: this.nodes, steps: this.transcript.map((t) => t.step) };
  }

  /** A kubectl line (`kubectl …` or `k …`), with the contents of its `-f` files captured. */
  kubectlStep(line: string, stdin?: string): SessionStep {
    return { kind: 'kubectl', line, ...captureFiles(line, this.cwd), ...(stdin !== undefined ? { stdin } : {}) };
  }

  run(step: SessionStep): StepOutput {
    let output: StepOutput;
    switch (step.kind) {
      case 'kubectl':
        output = this.cluster.kubectl(step.line, { cwd: this.cwd, files: step.files, stdin: step.stdin });
        break;
      case 'wait': {
        const ms = parseDuration(step.duration);
        this.cluster.advance(ms);
        output = { stdout: `-- ${formatDuration(ms)} later (virtual time ${rfc3339(this.cluster.now())})\n`, stderr: '', exitCode: 0 };
        break;
      }
      case 'wait-rollout': {
        if (!this.cluster.get('deployment', step.name)) {
          output = { stdout: '', stderr: `no deployment "${step.name}" in namespace default\n`, exitCode: 1 };
          break;
        }
        const r = this.cluster.runUntilRolledOut(step.name, { timeout: '1h' });
        const text = r.outcome === 'done'
          ? `-- deployment "${step.name}" rolled out after ${formatDuration(r.elapsedMs)} (virtual time ${rfc3339(this.cluster.now())})\n`
          : `-- deployment "${step.name}" did not roll out: ${r.message}\n`;
        output = { stdout: text, stderr: '', exitCode: 0 };
        break;
      }
    }
    this.transcript.push({ step, output });
    return output;
  }

  /**
   * The session as a feature file: every command with its exact output as an expectation,
   * waits as time steps. It passes when run with cucumber from the directory the `-f` paths are
   * relative to (the repository root for the examples).
   */
  toFeature(title = 'A kubespec shell session'): string {
    const lines: string[] = [];
    const tags = [`@seed-${this.seed}`, ...(this.nodes > 1 ? [`@nodes-${this.nodes}`] : [])];
    lines.push(`Feature: ${title}`, '  Recorded with `kubespec shell`: each command with what kubectl printed.', '');
    lines.push(`  ${tags.join(' ')}`, '  Scenario: Recorded session');
    let first = true;
    const kw = (k: 'When' | 'Then') => {
      if (k === 'When') {
        const word = first ? 'When' : 'When';
        first = false;
        return word;
      }
      return 'Then';
    };
    for (const { step, output } of this.transcript) {
      if (step.kind === 'wait') {
        lines.push(`    ${kw('When')} ${durationPhrase(step.duration)} pass`);
        continue;
      }
      if (step.kind === 'wait-rollout') {
        lines.push(`    ${kw('When')} the rollout of deployment "${step.name}" finishes`);
        continue;
      }
      const inline = !step.line.includes('"') && !step.line.includes('\\');
      if (inline) lines.push(`    ${kw('When')} I run "${step.line}"`);
      else lines.push(`    ${kw('When')} I run:`, ...docString([step.line]));
      if (output.exitCode !== 0) {
        lines.push(`    ${kw('Then')} the command fails with:`, ...docString(printedLines(output.stderr)));
      } else if (output.stdout !== '') {
        lines.push(`    ${kw('Then')} the output is:`, ...docString(printedLines(output.stdout)));
      } else {
        lines.push(`    ${kw('Then')} the command succeeds`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}

/** "30s" → "30 seconds"; other forms as written ("1m30s"). */
function durationPhrase(d: string): string {
  const m = /^(\d+)(s|m|h)$/.exec(d);
  if (!m) return d;
  const unit = { s: 'second', m: 'minute', h: 'hour' }[m[2] as 's' | 'm' | 'h'];
  return `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
}

/** A doc string holds the printed text without its final newline. */
function printedLines(text: string): string[] {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

function docString(body: string[]): string[] {
  const pad = '      ';
  return [`${pad}"""`, ...body.map((l) => (l === '' ? '' : pad + l.replace(/"""/g, '\\"\\"\\"'))), `${pad}"""`];
}

/** The files a kubectl line reads with `-f` (not directories, not `-`), by the path it gives. */
function captureFiles(line: string, cwd: string): { files?: Record<string, string> } {
  const parsed = parseKubectl(line);
  if (!parsed.ok) return {};
  const f = parsed.command.flags.filename;
  const paths = Array.isArray(f) ? f : [];
  const files: Record<string, string> = {};
  for (const p of paths) {
    if (p === '-' || /^https?:/.test(p)) continue;
    const full = path.resolve(cwd, p);
    try {
      if (fs.statSync(full).isFile()) files[p] = fs.readFileSync(full, 'utf8');
    } catch {
      // kubectl reports the missing path itself
    }
  }
  return Object.keys(files).length ? { files } : {};
}
