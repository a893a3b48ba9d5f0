/**
 * The learner's shell and the one-off `kubespec kubectl`, driven as a learner would: a script
 * piped into `node bin/kubespec.js shell`, the transcript checked, the saved .feature run with
 * cucumber; and the state file replayed across separate invocations.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'kubespec.js');

function kubespec(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const SCRIPT = [
  'kubectl apply -f features/manifests/kubia-deployment-v1.yaml',
  'wait 30s',
  'k get deploy',
  'kubectl get nosuch',
  'wait rollout kubia',
  'kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record',
  'kubectl rollout status deployment kubia',
  'kubectl rollout history deployment kubia',
  'kubectl get pods -o jsonpath=\'{.items[*].spec.containers[0].image}\'',
  'frobnicate',
].join('\n');

test('kubespec shell: a piped script gives the kubectl transcript, and the saved feature passes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubespec-shell-'));
  try {
    const feature = path.join(dir, 'session.feature');
    const r = kubespec(['shell', '--seed', '7'], `${SCRIPT}\nsave ${feature}\nexit\n`);
    expect(r.status).to.equal(0);
    expect(r.stdout).to.include('kubespec shell — a simulated Kubernetes v1.32 cluster (seed 7, 1 node). Type "help".\n');
    expect(r.stdout).to.include('$ kubectl apply -f features/manifests/kubia-deployment-v1.yaml\ndeployment.apps/kubia created\n$ wait 30s\n-- 30s later (virtual time 2026-01-01T00:00:30Z)\n$ k get deploy\nNAME    READY   UP-TO-DATE   AVAILABLE   AGE\nkubia   3/3     3            3           30s\n');
    expect(r.stdout).to.include('deployment "kubia" successfully rolled out\n');
    expect(r.stdout).to.include('deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment kubia nodejs=luksa/kubia:v2 --record=true\n\n');
    expect(r.stdout).to.include('luksa/kubia:v2 luksa/kubia:v2 luksa/kubia:v2$ ');
    expect(r.stderr).to.equal('error: the server doesn\'t have a resource type "nosuch"\nFlag --record has been deprecated, --record will be removed in the future\nkubespec: unknown command "frobnicate" (type "help")\n');
    expect(r.stdout).to.include(`-- saved 9 steps to ${feature}\n`);

    const text = fs.readFileSync(feature, 'utf8');
    expect(text).to.include('  @seed-7\n  Scenario: Recorded session\n');
    expect(text).to.include('    When I run "kubectl get nosuch"\n    Then the command fails with:\n      """\n      error: the server doesn\'t have a resource type "nosuch"\n      """\n');
    expect(text).to.include('    When the rollout of deployment "kubia" finishes\n');

    // The saved scenario runs green with the project's steps.
    const config = path.join(dir, 'cucumber.js');
    fs.writeFileSync(config, `module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'], paths: [${JSON.stringify(feature)}], strict: true, format: ['summary'] } };\n`);
    const c = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber-js'), '--config', path.relative(ROOT, config)], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(c.stdout + c.stderr).to.match(/1 scenario \(1 passed\)/);
    expect(c.status).to.equal(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kubespec kubectl: the state file replays the commands so far', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubespec-state-'));
  try {
    const state = path.join(dir, 'state.json');
    fs.writeFileSync(path.join(dir, 'web.yaml'), fs.readFileSync(path.join(ROOT, 'features/manifests/kubia-deployment-v1.yaml')));
    expect(kubespec(['reset', '--state', state, '--seed', '7'], undefined, dir).stdout).to.equal(`-- new cluster in ${state} (seed 7, 1 node)\n`);
    expect(kubespec(['kubectl', 'apply', '-f', 'web.yaml', '--state', state], undefined, dir).stdout).to.equal('deployment.apps/kubia created\n');
    // The file may change or go: the state keeps what was applied.
    fs.rmSync(path.join(dir, 'web.yaml'));
    expect(kubespec(['wait', '30s', '--state', state], undefined, dir).stdout).to.equal('-- 30s later (virtual time 2026-01-01T00:00:30Z)\n');
    const one = kubespec(['kubectl', 'get', 'pods', '--state', state], undefined, dir);
    const again = kubespec(['kubectl', 'get', 'pods', '--state', state], undefined, dir);
    expect(one.stdout).to.match(/^NAME +READY +STATUS +RESTARTS +AGE\nkubia-\w+-\w{5} +1\/1 +Running +0 +30s\n/);
    expect(again.stdout).to.equal(one.stdout);
    // The same session in the shell prints the same.
    const shell = kubespec(['shell', '--seed', '7'], 'kubectl apply -f features/manifests/kubia-deployment-v1.yaml\nwait 30s\nkubectl get pods\n');
    expect(shell.stdout).to.include(one.stdout);
    const saved = JSON.parse(fs.readFileSync(state, 'utf8'));
    expect(saved.seed).to.equal(7);
    expect(saved.steps.map((s: { kind: string }) => s.kind)).to.deep.equal(['kubectl', 'wait', 'kubectl', 'kubectl']);
    const failed = kubespec(['kubectl', 'get', 'deploy', 'nosuch', '--state', state], undefined, dir);
    expect(failed.status).to.equal(1);
    expect(failed.stderr).to.equal('Error from server (NotFound): deployments.apps "nosuch" not found\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
