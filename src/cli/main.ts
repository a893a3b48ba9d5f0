/**
 * The `kubespec` command (bin/kubespec.js):
 *
 *   kubespec shell [--seed N] [--nodes N]         interactive kubectl on a simulated cluster
 *   kubespec kubectl [--state FILE] ARGS…          one kubectl command against a saved state
 *   kubespec wait DURATION|rollout NAME [--state FILE]
 *   kubespec reset [--state FILE] [--seed N] [--nodes N]
 *   kubespec help
 *
 * A state file (default .kubespec-state.json) holds the seed, the node count and every command
 * run so far (with the contents of the files they read with -f). Each invocation replays them on
 * a fresh simulator — deterministic, so the cluster comes back exactly as it was — runs the new
 * command and appends it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session, type StateFile } from './session';
import { HELP, handleLine, runShell } from './shell';

const USAGE = `usage:
  kubespec shell [--seed N] [--nodes N]          interactive kubectl on a simulated cluster
  kubespec kubectl [--state FILE] ARGS…           run one kubectl command against a saved state
  kubespec wait 30s|rollout NAME [--state FILE]   let virtual time pass in a saved state
  kubespec reset [--state FILE] [--seed N] [--nodes N]
  kubespec help

The state file (default .kubespec-state.json) lists the seed, the nodes and the commands run so
far; each call replays them (the simulator is deterministic) and appends the new one.
`;

interface Options {
  seed?: number;
  nodes?: number;
  state: string;
  rest: string[];
}

/** Reads kubespec's own options; everything after the subcommand that is not one goes to `rest`. */
function options(args: string[], own: boolean): Options {
  const o: Options = { state: '.kubespec-state.json', rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
      return args[++i];
    };
    if (a === '--state' || a.startsWith('--state=')) o.state = value('state');
    else if (own && (a === '--seed' || a.startsWith('--seed='))) o.seed = Number(value('seed'));
    else if (own && (a === '--nodes' || a.startsWith('--nodes='))) o.nodes = Number(value('nodes'));
    else o.rest.push(a);
  }
  return o;
}

function loadState(file: string, o: Options): Session {
  if (!fs.existsSync(file)) return new Session({ seed: o.seed, nodes: o.nodes });
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile;
  if (state.kubespecState !== 1) throw new Error(`${file} is not a kubespec state file`);
  return Session.fromState(state);
}

function saveState(file: string, session: Session): void {
  fs.writeFileSync(file, `${JSON.stringify(session.toState(), null, 2)}\n`);
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [sub, ...args] = argv;
  switch (sub) {
    case 'shell': {
      const o = options(args, true);
      if (o.rest.length) {
        process.stderr.write(`kubespec shell: unexpected argument ${o.rest[0]}\n${USAGE}`);
        return 2;
      }
      const session = new Session({ seed: o.seed, nodes: o.nodes });
      await runShell(session, { input: process.stdin, output: process.stdout, error: process.stderr, echo: !process.stdin.isTTY });
      return 0;
    }
    case 'kubectl':
    case 'k': {
      // kubespec's --state may come anywhere; every other word is kubectl's.
      const o = options(args, false);
      const file = path.resolve(o.state);
      const session = loadState(file, o);
      const quote = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
      const line = `kubectl ${o.rest.map(quote).join(' ')}`;
      const stdin = o.rest.includes('-') && !process.stdin.isTTY ? fs.readFileSync(0, 'utf8') : undefined;
      const out = session.run(session.kubectlStep(line, stdin));
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      saveState(file, session);
      return out.exitCode;
    }
    case 'wait': {
      const o = options(args, false);
      const file = path.resolve(o.state);
      const session = loadState(file, o);
      let ok = true;
      handleLine(session, `wait ${o.rest.join(' ')}`, { output: process.stdout, error: { write: (t: string) => (t === '' || (ok = false), process.stderr.write(t)) } as unknown as NodeJS.WritableStream });
      if (ok) saveState(file, session);
      return ok ? 0 : 1;
    }
    case 'reset': {
      const o = options(args, true);
      const file = path.resolve(o.state);
      saveState(file, new Session({ seed: o.seed, nodes: o.nodes }));
      process.stdout.write(`-- new cluster in ${o.state} (seed ${o.seed ?? 1}, ${o.nodes ?? 1} node${(o.nodes ?? 1) === 1 ? '' : 's'})\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n${HELP}`);
      return 0;
    default:
      process.stderr.write(`kubespec: unknown command "${sub}"\n${USAGE}`);
      return 2;
  }
}
