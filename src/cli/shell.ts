/**
 * `kubespec shell`: an interactive prompt on a fresh simulated cluster. Type kubectl commands
 * (`kubectl …` or `k …`) and see what kubectl v1.32 would print; `wait 30s` and
 * `wait rollout NAME` move virtual time; `save FILE.feature` writes the session as a runnable
 * scenario; `help`; `exit`. Reads standard input line by line, so a script can be piped in (the
 * commands are then echoed after the prompt, as a terminal would show them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { Session, type SessionStep } from './session';

export const HELP = `kubespec shell: kubectl against a simulated Kubernetes v1.32 cluster (virtual time).

  kubectl …  (or k …)     run a kubectl command; it prints what kubectl would
  wait 30s | 2m | 1h      let virtual time pass (controllers, probes, grace periods run)
  wait rollout NAME       run until deployment NAME has rolled out (or 1 hour passes)
  save FILE.feature       write this session as a scenario that cucumber can run
  help                    this text
  exit                    leave (also Ctrl-D)

Time only moves with "wait" and with commands that wait themselves (rollout status, delete).
Names, IPs and ages are deterministic for a seed: kubespec shell --seed 42 --nodes 3
`;

export interface ShellIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  /** Echo each command after the prompt (when the input is not a terminal). */
  echo: boolean;
}

/** Runs one line typed at the prompt. Returns false for `exit`. */
export function handleLine(session: Session, raw: string, io: Pick<ShellIO, 'output' | 'error'>): boolean {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return true;
  if (line === 'exit' || line === 'quit') return false;
  if (line === 'help' || line === '?') {
    io.output.write(HELP);
    return true;
  }
  const save = /^save\s+(\S+)$/.exec(line);
  if (save) {
    const file = path.resolve(session.cwd, save[1]);
    fs.writeFileSync(file, session.toFeature());
    io.output.write(`-- saved ${session.transcript.length} steps to ${save[1]}\n`);
    return true;
  }
  let step: SessionStep | undefined;
  const rollout = /^wait\s+rollout\s+(?:deployment\/|deploy\/)?(\S+)$/.exec(line);
  const wait = /^wait\s+(\d+(?:ms|s|m|h)(?:\d+(?:s|m))?)$/.exec(line);
  if (rollout) step = { kind: 'wait-rollout', name: rollout[1] };
  else if (wait) step = { kind: 'wait', duration: wait[1] };
  else if (/^(kubectl|k)(\s|$)/.test(line)) step = session.kubectlStep(line);
  if (!step) {
    io.error.write(`kubespec: unknown command "${line.split(/\s+/)[0]}" (type "help")\n`);
    return true;
  }
  const out = session.run(step);
  io.output.write(out.stdout);
  io.error.write(out.stderr);
  return true;
}

/** The interactive loop; resolves when the input ends or `exit` is typed. */
export function runShell(session: Session, io: ShellIO): Promise<void> {
  const prompt = '$ ';
  io.output.write(`kubespec shell — a simulated Kubernetes v1.32 cluster (seed ${session.seed}, ${session.nodes} node${session.nodes === 1 ? '' : 's'}). Type "help".\n`);
  const rl = readline.createInterface({ input: io.input, output: io.echo ? undefined : io.output, terminal: !io.echo });
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      rl.close();
      resolve();
    };
    const ask = () => {
      if (io.echo) io.output.write(prompt);
      else rl.setPrompt(prompt), rl.prompt();
    };
    rl.on('line', (raw) => {
      if (io.echo) io.output.write(`${raw}\n`);
      if (!handleLine(session, raw, io)) {
        finish();
        return;
      }
      ask();
    });
    rl.on('close', () => {
      if (io.echo && !done) io.output.write('\n');
      finish();
    });
    ask();
  });
}
