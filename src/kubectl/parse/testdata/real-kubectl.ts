/**
 * Runs the real kubectl v1.32 binary for drift tests, against `fake-apiserver.ts` through a
 * throwaway kubeconfig (so the command line is exactly the one under test), and brings its
 * output into the form upstream kubectl prints.
 *
 * Which binary: `$KUBECTL_REAL` if set; else `kubectl` on PATH. When that is the Google Cloud
 * SDK version dispatcher (`kubectl version --client` says `-dispatcher`), its bundled upstream
 * `kubectl.1.32` next to it is preferred; failing that the dispatcher itself is used and its
 * different error plumbing is normalised (see `normalizeDispatcher`). The binary is always run
 * through a symlink called `kubectl`, because some messages print `argv[0]`.
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A manifest that exists in the binary's working directory (the only file there). */
export const MANIFEST_FILE = 'web.yaml';
const MANIFEST = [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 1',
  '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web',
  '    spec:', '      containers:', '      - name: app', '        image: nginx:1.25', '',
].join('\n');

export interface RealKubectl {
  /** The file that runs. */
  readonly binary: string;
  /** True when only the dispatcher was found (outputs are normalised). */
  readonly dispatcher: boolean;
  run(args: readonly string[], opts: { server: string; timeoutMs?: number }): Promise<RealRun>;
  cleanup(): void;
}

export interface RealRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const full = path.join(dir, name);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      return full;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

/** Finds a kubectl to compare with, or undefined (tests then skip). */
export function findRealKubectl(): RealKubectl | undefined {
  let binary = process.env.KUBECTL_REAL || which('kubectl');
  if (!binary) return undefined;
  let dispatcher = false;
  try {
    const v = execFileSync(binary, ['version', '--client'], { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' }, timeout: 20000 });
    if (v.includes('-dispatcher')) {
      const sibling = path.join(path.dirname(fs.realpathSync(binary)), 'kubectl.1.32');
      if (fs.existsSync(sibling)) binary = sibling;
      else dispatcher = true;
    } else if (!/v1\.32\./.test(v)) {
      return undefined; // another minor: messages may differ
    }
  } catch {
    return undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubespec-kubectl-'));
  fs.symlinkSync(binary, path.join(dir, 'kubectl'));
  fs.mkdirSync(path.join(dir, 'home'));
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), MANIFEST);
  const real = binary;
  return {
    binary: real,
    dispatcher,
    run(args, opts) {
      const kubeconfig = path.join(dir, `config-${new URL(opts.server).port}`);
      if (!fs.existsSync(kubeconfig)) {
        fs.writeFileSync(kubeconfig, [
          'apiVersion: v1', 'kind: Config', 'current-context: sim',
          'clusters:', '- name: sim', '  cluster:', `    server: ${opts.server}`,
          'contexts:', '- name: sim', '  context:', '    cluster: sim', '    user: sim',
          'users:', '- name: sim', '  user: {}', '',
        ].join('\n'));
      }
      return new Promise((resolve) => {
        const child = execFile(path.join(dir, 'kubectl'), [...args], {
          cwd: dir,
          timeout: opts.timeoutMs ?? 15000,
          env: { PATH: process.env.PATH ?? '', HOME: path.join(dir, 'home'), KUBECONFIG: kubeconfig, KUBECACHEDIR: path.join(dir, 'cache') },
        }, (err, stdout, stderr) => {
          const exitCode = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
          const out = { stdout, stderr, exitCode };
          resolve(dispatcher ? normalizeDispatcher(out) : out);
        });
        child.stdin?.end(); // `-f -` reads an empty stdin instead of waiting
      });
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** klog headers carry a wall-clock time and a pid: make them comparable. */
export function normalizeKlog(text: string): string {
  return text.replace(/^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, '$10101 00:00:00.000000       1 ');
}

/**
 * The dispatcher runs kubectl under component-base's `cli.Run`: flag and lookup errors come out
 * as `Error: <msg>` (plus one more newline), errors after flag parsing as a klog line
 * `E… run.go:72] "command failed" err="<msg>"`. Upstream kubectl prints `error: <msg>`. With this
 * normalisation the dispatcher agrees with upstream on every golden row.
 */
export function normalizeDispatcher(r: RealRun): RealRun {
  // The dispatcher pre-parses connection flags and dumps their usage when that fails (`--help=foo`).
  let stderr = r.stderr.replace(/^Usage of dispatcher-kube-config:\n(?: .*\n)*/, '');
  const klog = /^E\d{4} [^\]]+ run\.go:\d+\] "command failed" err=("(?:[^"\\]|\\.)*")\n$/.exec(stderr);
  if (klog) stderr = `error: ${JSON.parse(klog[1]!)}\n`;
  else if (stderr.startsWith('Error: ') && !stderr.startsWith('Error: flags cannot be placed before plugin name')) {
    stderr = `error: ${stderr.slice('Error: '.length)}`;
    if (stderr.endsWith('\n\n')) stderr = stderr.slice(0, -1);
  }
  return { ...r, stderr };
}
