/**
 * Drift tests: run the real kubectl v1.32 binary (see testdata/real-kubectl.ts for which one)
 * against testdata/fake-apiserver.ts and compare with the parser, so a changed kubectl or a
 * broken emulation shows up here. Skipped, with a message, when no kubectl v1.32 is installed.
 * `KUBESPEC_UPDATE_GOLDEN=1` rewrites testdata/kubectl-errors.json from the binary;
 * `KUBESPEC_DRIFT=0` skips them (they start about a thousand kubectl processes).
 */
import { expect } from 'chai';
import { after, before, test } from 'node:test';
import { parseKubectl, parseKubectlArgs } from './parse';
import { helpText } from './help';
import { RESOURCES, formatNameRef } from './resources';
import { tokenize } from './tokenize';
import { EXISTING_NAME, startFakeApiServer, type FakeApiServer } from './testdata/fake-apiserver';
import { GOLDEN_FILES, expectedOutput, loadGolden, saveGolden } from './testdata/golden';
import { findRealKubectl, normalizeKlog, type RealKubectl, type RealRun } from './testdata/real-kubectl';
import { acceptedForms, rejected } from './testdata/resource-words';

const disabled = process.env.KUBESPEC_DRIFT === '0';
const kubectl: RealKubectl | undefined = disabled ? undefined : findRealKubectl();
const skip = disabled
  ? 'KUBESPEC_DRIFT=0: drift tests against the real kubectl skipped'
  : kubectl ? false : 'kubectl v1.32 not found on PATH (or $KUBECTL_REAL): drift tests against the real binary skipped';
let server: FakeApiServer;

before(async () => {
  if (kubectl) server = await startFakeApiServer();
});

after(async () => {
  if (kubectl) {
    await server.close();
    kubectl.cleanup();
  }
});

function argsOf(line: string): string[] {
  const t = tokenize(line);
  if (!t.ok || t.words[0] !== 'kubectl') throw new Error(`bad golden line ${line}`);
  return t.words.slice(1);
}

async function runAll(lines: string[][], parallel = 8): Promise<RealRun[]> {
  const out: RealRun[] = new Array(lines.length);
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < lines.length) {
      const i = next++;
      const r = await kubectl!.run(lines[i]!, { server: server.url });
      out[i] = { ...r, stderr: normalizeKlog(r.stderr) };
    }
  }));
  return out;
}

test('drift: every golden error row, real kubectl vs the recorded output vs ours', { skip, timeout: 300_000 }, async () => {
  const rows = loadGolden();
  const real = await runAll(rows.map((r) => argsOf(r.line)));
  if (process.env.KUBESPEC_UPDATE_GOLDEN === '1') {
    saveGolden(rows.map((r, i) => ({ line: r.line, ...real[i]! })));
    return;
  }
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const want = expectedOutput(row);
    const got = { stdout: real[i]!.stdout, stderr: real[i]!.stderr, exitCode: real[i]!.exitCode };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${row.line}\n  recorded: ${JSON.stringify(want)}\n  kubectl:  ${JSON.stringify(got)}`);
    }
    const ours = parseKubectl(row.line, { fileExists: (p) => GOLDEN_FILES.has(p) });
    const oursOut = ours.ok ? { ok: true } : { stdout: ours.stdout ?? '', stderr: ours.stderr, exitCode: ours.exitCode };
    if (JSON.stringify(oursOut) !== JSON.stringify(got)) {
      problems.push(`${row.line}\n  kubectl: ${JSON.stringify(got)}\n  ours:    ${JSON.stringify(oursOut)}`);
    }
  });
  expect(problems, problems.slice(0, 10).join('\n')).to.deep.equal([]);
});

const HELP_PATHS: string[][] = [
  [], ['get'], ['describe'], ['apply'], ['create'], ['create', 'deployment'], ['create', 'namespace'], ['create', 'configmap'],
  ['create', 'secret'], ['create', 'secret', 'generic'], ['create', 'service'], ['create', 'service', 'clusterip'],
  ['create', 'service', 'nodeport'], ['create', 'service', 'loadbalancer'], ['create', 'job'], ['create', 'cronjob'],
  ['create', 'serviceaccount'], ['create', 'poddisruptionbudget'], ['create', 'quota'], ['replace'], ['delete'], ['scale'],
  ['set'], ['set', 'image'], ['set', 'env'], ['set', 'resources'], ['label'], ['annotate'], ['patch'], ['rollout'],
  ['rollout', 'status'], ['rollout', 'history'], ['rollout', 'undo'], ['rollout', 'pause'], ['rollout', 'resume'],
  ['rollout', 'restart'], ['api-resources'], ['api-versions'], ['explain'], ['cordon'], ['uncordon'], ['drain'], ['version'],
  ['cluster-info'], ['run'], ['expose'], ['logs'], ['exec'], ['edit'], ['help'],
];

test('drift: --help of every emulated command', { skip, timeout: 120_000 }, async () => {
  const real = await runAll(HELP_PATHS.map((p) => [...p, '--help']));
  HELP_PATHS.forEach((p, i) => {
    const label = ['kubectl', ...p, '--help'].join(' ');
    expect(real[i]!.stdout, label).to.equal(helpText(p));
    const ours = parseKubectlArgs([...p, '--help']);
    expect(ours, label).to.deep.equal({ ok: false, stderr: '', exitCode: 0, stdout: helpText(p) });
  });
});

/** A word's probe: `get WORD/web -o name` prints the resolved type through the name printer. */
const probe = (word: string) => (word === '' ? ['get', ''] : ['get', `${word}/${EXISTING_NAME}`, '-o', 'name']);

test('drift: resource words resolve as in real kubectl', { skip, timeout: 300_000 }, async () => {
  // names and short names of every type; the grouped and dotted forms of a grouped type per group
  const groupsSeen = new Set<string>();
  const accepted = RESOURCES.flatMap((r) => {
    const forms = acceptedForms(r);
    const basic = forms.slice(0, 3 + r.shortNames.length);
    const full = r.group && !groupsSeen.has(r.group) ? forms.filter((w) => w.includes('.')) : [];
    groupsSeen.add(r.group);
    return [...basic, ...full].map((word) => ({ word, r }));
  });
  const real = await runAll([...accepted.map(({ word }) => probe(word)), ...rejected.map(([word]) => probe(word))]);
  accepted.forEach(({ word, r }, i) => {
    expect(real[i]!.stdout, word).to.equal(`${formatNameRef(r, EXISTING_NAME)}\n`);
    const ours = parseKubectlArgs(probe(word));
    expect(ours.ok && ours.command.targets?.[0]?.resource, word).to.equal(r);
  });
  rejected.forEach(([word, stderr], i) => {
    const got = real[accepted.length + i]!;
    expect({ stderr: got.stderr, exitCode: got.exitCode }, word).to.deep.equal({ stderr, exitCode: 1 });
    expect(parseKubectlArgs(probe(word)), word).to.deep.equal({ ok: false, stderr, exitCode: 1 });
  });
});

/** Lines the parser accepts: real kubectl must get as far as asking for objects (or succeed). */
const ACCEPTED = [
  'kubectl get pods', 'kubectl get deploy web -o yaml', 'kubectl get po,svc -A', 'kubectl get all -l app=web',
  'kubectl describe deploy web', 'kubectl apply -f web.yaml', 'kubectl create -f web.yaml',
  'kubectl create deployment nginx --image=nginx --replicas=3', 'kubectl create namespace dev', 'kubectl replace -f web.yaml',
  'kubectl delete deploy x', 'kubectl delete pods -l app=web', 'kubectl scale deploy web --replicas=3',
  'kubectl set image deploy web app=nginx:2', 'kubectl set env deploy/web A=1', 'kubectl set resources deploy/web --limits=cpu=1',
  'kubectl label deploy web tier=web', 'kubectl annotate deploy web note=x', "kubectl patch deploy web -p '{}'",
  'kubectl rollout status deploy/x', 'kubectl rollout history deploy web', 'kubectl rollout pause deploy/x',
  'kubectl rollout restart deploy/x', 'kubectl rollout undo deploy/x --to-revision=1', 'kubectl cordon x',
  'kubectl uncordon x', 'kubectl drain x --ignore-daemonsets', 'kubectl explain deploy.spec', 'kubectl api-resources',
  'kubectl api-versions', 'kubectl version', 'kubectl cluster-info', 'kubectl expose deploy x --port=80', 'kubectl logs x',
  'kubectl exec x -- ls', 'kubectl edit deploy x',
];

test('drift: accepted lines reach the API server in real kubectl', { skip, timeout: 300_000 }, async () => {
  for (const line of ACCEPTED) {
    expect(parseKubectl(line, { fileExists: (p) => GOLDEN_FILES.has(p) }).ok, line).to.equal(true);
    const before = server.requests.length;
    const r = await kubectl!.run(argsOf(line), { server: server.url });
    const sent = server.requests.slice(before).filter((q) => !/^GET \/(version|api|apis)(\?|$)/.test(q));
    expect(r.exitCode === 0 || sent.length > 0, `${line}: failed without a request beyond discovery: ${r.stderr}`).to.equal(true);
  }
});
