import type { Simulator } from '../../sim/simulator';
import type { KubectlResult } from '../result';
import type { ResourceTarget } from '../parse/targets';

export type FlagValue = string | boolean | string[];

/** A parsed command line: the command path, positional arguments and flags (long names). */
export interface KubectlCommand {
  path: string[];
  args: string[];
  flags: Record<string, FlagValue>;
  raw: string;
  /** `kubectl <args> --flag=value…` as kubectl's --record writes it (parseCommandArguments). */
  recordLine: string;
  /** Long names of the flags the line set. */
  changed?: string[];
  /** What the resource builder selected (see parse/README.md); empty when `-f` supplies objects. */
  targets?: ResourceTarget[];
  fromFiles?: boolean;
  /** Printed (exit 1) once the targets were fetched without error. */
  errorAfterFetch?: string;
  /** Printed (exit 1) after the change was made, when the result would be printed. */
  errorAtPrint?: string;
}

export interface KubectlOptions {
  /** Contents of `-f` paths, by path, used before the file system. */
  files?: Record<string, string>;
  /** What `-f -` reads. */
  stdin?: string;
  /** Directory `-f` paths are relative to. @default process.cwd() */
  cwd?: string;
}

/** Output being built by a command: kubectl writes stdout and stderr as it goes. */
export class Output {
  stdout = '';
  stderr = '';
  exitCode = 0;

  out(text: string): void {
    this.stdout += text;
  }

  err(text: string): void {
    this.stderr += text;
  }

  fail(text: string, code = 1): KubectlResult {
    this.stderr += text.endsWith('\n') ? text : `${text}\n`;
    this.exitCode = code;
    return this.result();
  }

  result(): KubectlResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode: this.exitCode };
  }
}

export interface Ctx {
  sim: Simulator;
  cmd: KubectlCommand;
  options: KubectlOptions;
  namespace: string;
  out: Output;
}

export function str(v: FlagValue | undefined): string | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined;
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function list(v: FlagValue | undefined): string[] {
  if (v === undefined || typeof v === 'boolean') return [];
  return Array.isArray(v) ? v : [v];
}

export function bool(v: FlagValue | undefined): boolean {
  return v === true || v === 'true';
}
