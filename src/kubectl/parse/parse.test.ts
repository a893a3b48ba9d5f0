import { expect } from 'chai';
import { test } from 'node:test';
import { parseKubectl, parseKubectlArgs, type KubectlCommand } from './parse';
import { GOLDEN_FILES, expectedOutput, loadGolden } from './testdata/golden';
import { rolloutObjectError } from './validate';
import { resourceForKind } from './resources';

const fileExists = (p: string) => GOLDEN_FILES.has(p);

function ok(line: string): KubectlCommand {
  const r = parseKubectl(line, { fileExists });
  if (!r.ok) throw new Error(`${line}: ${JSON.stringify(r)}`);
  return r.command;
}

const targetsOf = (c: KubectlCommand) => c.targets?.map((t) => `${t.resource.plural}${t.resource.group ? '.' + t.resource.group : ''}/${t.name ?? '*'}`);

interface ValidRow {
  line: string;
  path: string[];
  args?: string[];
  flags?: Record<string, string | boolean | string[]>;
  changed?: string[];
  namespace?: string;
  targets?: string[];
  stderr?: string;
}

const valid: ValidRow[] = [
  { line: 'kubectl get pods', path: ['get'], args: ['pods'], targets: ['pods/*'], flags: { output: '', watch: false, 'all-namespaces': false } },
  { line: 'k get po -o wide', path: ['get'], args: ['po'], flags: { output: 'wide' }, changed: ['output'], targets: ['pods/*'] },
  { line: 'get deploy', path: ['get'], args: ['deploy'], targets: ['deployments.apps/*'] },
  { line: 'kubectl get pods -A -l app=web', path: ['get'], flags: { 'all-namespaces': true, selector: 'app=web' }, targets: ['pods/*'] },
  { line: 'kubectl -n web get deploy kubia -o yaml', path: ['get'], args: ['deploy', 'kubia'], namespace: 'web', targets: ['deployments.apps/kubia'] },
  { line: 'kubectl get po,sts', path: ['get'], targets: ['pods/*', 'statefulsets.apps/*'] },
  { line: 'kubectl get sts,svc,ep', path: ['get'], targets: ['statefulsets.apps/*', 'services/*', 'endpoints/*'] },
  { line: 'kubectl get deploy,rs a b', path: ['get'], targets: ['deployments.apps/a', 'deployments.apps/b', 'replicasets.apps/a', 'replicasets.apps/b'] },
  { line: 'kubectl get deploy/a svc/b', path: ['get'], targets: ['deployments.apps/a', 'services/b'] },
  { line: 'kubectl get deployment.apps/web', path: ['get'], targets: ['deployments.apps/web'] },
  { line: 'kubectl get deploy,deployments', path: ['get'], targets: ['deployments.apps/*'] },
  {
    line: 'kubectl get all', path: ['get'],
    targets: ['pods/*', 'services/*', 'daemonsets.apps/*', 'deployments.apps/*', 'replicasets.apps/*', 'statefulsets.apps/*', 'cronjobs.batch/*', 'jobs.batch/*'],
  },
  { line: 'kubectl get pods -w', path: ['get'], flags: { watch: true } },
  { line: 'kubectl get pods --show-labels -L app -L tier,env', path: ['get'], flags: { 'show-labels': true, 'label-columns': ['app', 'tier', 'env'] } },
  { line: 'kubectl get pods --sort-by=.metadata.name --no-headers', path: ['get'], flags: { 'sort-by': '.metadata.name', 'no-headers': true } },
  { line: 'kubectl get pods --field-selector status.phase=Running', path: ['get'], flags: { 'field-selector': 'status.phase=Running' } },
  { line: 'kubectl get nodes x -A', path: ['get'], targets: ['nodes/x'] },
  { line: 'kubectl get pods --context prod --kubeconfig /dev/null -v=6', path: ['get'], flags: { context: 'prod', v: '6' } },
  { line: 'kubectl get -f web.yaml', path: ['get'], targets: [] },
  { line: 'kubectl describe deploy web', path: ['describe'], targets: ['deployments.apps/web'] },
  { line: 'kubectl describe nodes', path: ['describe'], targets: ['nodes/*'] },
  { line: 'kubectl apply -f web.yaml', path: ['apply'], flags: { filename: ['web.yaml'] }, targets: [] },
  { line: 'kubectl apply -f web.yaml -f -', path: ['apply'], flags: { filename: ['web.yaml', '-'] } },
  { line: 'kubectl apply -f web.yaml --server-side', path: ['apply'], flags: { 'server-side': true } },
  {
    line: 'kubectl apply -f web.yaml --record', path: ['apply'], flags: { record: true },
    stderr: 'Flag --record has been deprecated, --record will be removed in the future\n',
  },
  {
    line: 'kubectl apply -f web.yaml --dry-run', path: ['apply'], flags: { 'dry-run': 'unchanged' },
    stderr: 'W0101 00:00:00.000000       1 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\n',
  },
  { line: 'kubectl create -f web.yaml', path: ['create'], flags: { filename: ['web.yaml'] } },
  { line: 'kubectl create deployment nginx --image=nginx', path: ['create', 'deployment'], args: ['nginx'], flags: { image: ['nginx'], replicas: '1', port: '-1' } },
  { line: 'kubectl create deploy web --image nginx --replicas 3 --port 80', path: ['create', 'deployment'], args: ['web'], flags: { replicas: '3', port: '80' } },
  { line: 'kubectl create deployment web --image=busybox -- sleep 3600', path: ['create', 'deployment'], args: ['web', 'sleep', '3600'] },
  { line: 'kubectl create namespace dev', path: ['create', 'namespace'], args: ['dev'] },
  { line: 'kubectl create ns dev', path: ['create', 'namespace'], args: ['dev'] },
  { line: 'kubectl create configmap cfg --from-literal=a=1 --from-literal=b=2', path: ['create', 'configmap'], flags: { 'from-literal': ['a=1', 'b=2'] } },
  { line: 'kubectl create secret generic s --from-literal=password=x', path: ['create', 'secret', 'generic'], args: ['s'] },
  { line: 'kubectl create service clusterip web --tcp=80:8080', path: ['create', 'service', 'clusterip'], flags: { tcp: ['80:8080'] } },
  { line: 'kubectl create svc nodeport web --tcp=80:http', path: ['create', 'service', 'nodeport'] },
  { line: 'kubectl create job j --image=busybox', path: ['create', 'job'] },
  { line: "kubectl create cronjob c --image=busybox --schedule='*/1 * * * *'", path: ['create', 'cronjob'], flags: { schedule: '*/1 * * * *' } },
  { line: 'kubectl create pdb p --selector=app=web --min-available=50%', path: ['create', 'poddisruptionbudget'] },
  { line: 'kubectl create quota q --hard=pods=10,cpu=1', path: ['create', 'quota'] },
  { line: 'kubectl create sa robot', path: ['create', 'serviceaccount'] },
  { line: 'kubectl replace -f web.yaml', path: ['replace'] },
  { line: 'kubectl replace --force -f web.yaml --grace-period=0', path: ['replace'], flags: { force: true, 'grace-period': '0' } },
  { line: 'kubectl delete deploy web', path: ['delete'], targets: ['deployments.apps/web'], flags: { wait: true, cascade: 'background' } },
  { line: 'kubectl delete -f web.yaml', path: ['delete'], targets: [] },
  { line: 'kubectl delete pods -l app=web', path: ['delete'], targets: ['pods/*'] },
  { line: 'kubectl delete all --all', path: ['delete'], flags: { all: true } },
  {
    line: 'kubectl delete pod x --grace-period=0 --force', path: ['delete'], targets: ['pods/x'],
    stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
  },
  { line: 'kubectl delete pod x --cascade', path: ['delete'], flags: { cascade: 'background' } },
  {
    line: 'kubectl delete pod x --cascade=false', path: ['delete'], flags: { cascade: 'false' },
    stderr: 'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n',
  },
  { line: 'kubectl scale deployment kubia --replicas=5', path: ['scale'], flags: { replicas: '5', 'current-replicas': '-1' }, targets: ['deployments.apps/kubia'] },
  { line: 'kubectl scale sts mydb --replicas 3', path: ['scale'], targets: ['statefulsets.apps/mydb'] },
  { line: 'kubectl scale deployment/mysql --replicas=3 --current-replicas=2', path: ['scale'], flags: { 'current-replicas': '2' } },
  { line: 'kubectl scale --replicas=0 deploy --all', path: ['scale'], targets: ['deployments.apps/*'] },
  { line: 'kubectl set image deployment kubia nodejs=luksa/kubia:v2', path: ['set', 'image'], args: ['deployment', 'kubia', 'nodejs=luksa/kubia:v2'], targets: ['deployments.apps/kubia'] },
  {
    line: 'kubectl set image deploy/kubia nodejs=luksa/kubia:v2 --record', path: ['set', 'image'], flags: { record: true },
    stderr: 'Flag --record has been deprecated, --record will be removed in the future\n',
  },
  { line: 'kubectl set env deploy/web A=1 B-', path: ['set', 'env'], targets: ['deployments.apps/web'] },
  { line: 'kubectl set resources deploy web --limits=cpu=200m,memory=512Mi', path: ['set', 'resources'], flags: { limits: 'cpu=200m,memory=512Mi' } },
  { line: 'kubectl label deploy web tier=web --overwrite', path: ['label'], flags: { overwrite: true }, targets: ['deployments.apps/web'] },
  { line: 'kubectl label pods --all env=dev', path: ['label'], targets: ['pods/*'] },
  { line: 'kubectl annotate deploy web kubernetes.io/change-cause="update to v3"', path: ['annotate'], args: ['deploy', 'web', 'kubernetes.io/change-cause=update to v3'] },
  { line: `kubectl patch deploy web -p '{"spec":{"replicas":2}}'`, path: ['patch'], flags: { patch: '{"spec":{"replicas":2}}', type: 'strategic' } },
  { line: `kubectl patch deploy web --type=json -p='[{"op":"remove","path":"/spec/x"}]'`, path: ['patch'], flags: { type: 'json' } },
  { line: 'kubectl rollout status deployment kubia', path: ['rollout', 'status'], flags: { watch: true, timeout: '0s', revision: '0' }, targets: ['deployments.apps/kubia'] },
  { line: 'kubectl rollout status deploy/web --watch=false --timeout=90s', path: ['rollout', 'status'], flags: { watch: false, timeout: '1m30s' } },
  { line: 'kubectl rollout history deploy kubia --revision=2', path: ['rollout', 'history'], flags: { revision: '2' } },
  { line: 'kubectl rollout undo deployment kubia --to-revision=1', path: ['rollout', 'undo'], flags: { 'to-revision': '1' } },
  { line: 'kubectl rollout undo deployment myapp-deploy --to-revision 2', path: ['rollout', 'undo'], flags: { 'to-revision': '2' } },
  { line: 'kubectl rollout pause deploy kubia', path: ['rollout', 'pause'], targets: ['deployments.apps/kubia'] },
  { line: 'kubectl rollout resume deploy kubia', path: ['rollout', 'resume'] },
  { line: 'kubectl rollout restart deploy -l app=web', path: ['rollout', 'restart'], targets: ['deployments.apps/*'] },
  { line: 'kubectl api-resources -o wide', path: ['api-resources'] },
  { line: 'kubectl api-resources --namespaced=false --api-group=apps', path: ['api-resources'], flags: { namespaced: false, 'api-group': 'apps' } },
  { line: 'kubectl api-versions', path: ['api-versions'] },
  { line: 'kubectl explain deploy.spec.strategy', path: ['explain'], targets: ['deployments.apps/*'] },
  { line: 'kubectl explain pods --recursive', path: ['explain'], flags: { recursive: true } },
  { line: 'kubectl cordon node-2', path: ['cordon'], targets: ['nodes/node-2'] },
  { line: 'kubectl uncordon node-2', path: ['uncordon'], targets: ['nodes/node-2'] },
  { line: 'kubectl cordon -l zone=a', path: ['cordon'], targets: ['nodes/*'] },
  {
    line: 'kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data --force --grace-period=30 --timeout=2m',
    path: ['drain'], flags: { 'ignore-daemonsets': true, 'delete-emptydir-data': true, force: true, 'grace-period': '30', timeout: '2m0s' },
    targets: ['nodes/node-1'],
  },
  { line: 'kubectl version', path: ['version'] },
  { line: 'kubectl version --client -o json', path: ['version'], flags: { client: true, output: 'json' } },
  { line: 'kubectl cluster-info', path: ['cluster-info'] },
  { line: 'kubectl run nettool --image ghcr.io/c1t1d0s7/network-multitool -it --rm', path: ['run'], flags: { stdin: true, tty: true, rm: true } },
  { line: 'kubectl expose deploy web --port=80 --type=NodePort', path: ['expose'], targets: ['deployments.apps/web'] },
  { line: 'kubectl logs web -c app', path: ['logs'], targets: ['pods/web'] },
  { line: 'kubectl logs deploy/web', path: ['logs'], targets: ['deployments.apps/web'] },
  { line: 'kubectl exec -it curl -- /bin/sh', path: ['exec'], args: ['curl', '/bin/sh'], targets: ['pods/curl'] },
  { line: 'kubectl edit deploy web', path: ['edit'], targets: ['deployments.apps/web'] },
];

for (const row of valid) {
  test(`parses: ${row.line}`, () => {
    const c = ok(row.line);
    expect(c.path).to.deep.equal(row.path);
    if (row.args) expect(c.args).to.deep.equal(row.args);
    for (const [k, v] of Object.entries(row.flags ?? {})) expect(c.flags[k], k).to.deep.equal(v);
    if (row.changed) expect(c.changed).to.deep.equal(row.changed);
    expect(c.namespace).to.equal(row.namespace ?? 'default');
    if (row.targets) expect(targetsOf(c)).to.deep.equal(row.targets);
    expect(c.stderr).to.equal(row.stderr ?? '');
    expect(c.raw).to.equal(row.line);
  });
}

test('every flag of the command is present with its default', () => {
  const c = ok('kubectl rollout status deploy/web');
  expect(c.flags).to.include({ watch: true, timeout: '0s', revision: '0', selector: '', namespace: '', profile: 'none' });
  expect(c.flags.filename).to.deep.equal([]);
  expect(c.flags).to.not.have.property('help');
  expect(c.changed).to.deep.equal([]);
});

test('exec and create deployment keep the position of --', () => {
  expect(ok('kubectl exec web -- ls -l').argsLenAtDash).to.equal(1);
  expect(ok('kubectl get pods').argsLenAtDash).to.equal(-1);
});

// --- errors found after the fetch or at print time ---------------------------------------------

test('errors kubectl reports only after fetching the targets', () => {
  expect(ok('kubectl set image deploy web').errorAfterFetch).to.equal('error: at least one image update is required\n');
  expect(ok('kubectl set image deploy --all -l a=b c=d').errorAfterFetch).to.equal('error: cannot set --all and --selector at the same time\n');
  expect(ok('kubectl set resources deploy/web').errorAfterFetch)
    .to.equal('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
  expect(ok('kubectl set resources deploy/web --limits=cpu').errorAfterFetch)
    .to.equal('error: Invalid argument syntax cpu, expected <resource>=<value>\n');
  expect(ok('kubectl get pods -o bogus').errorAfterFetch).to.match(/^error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,/);
  expect(ok('kubectl edit deploy/web -o bogus').errorAfterFetch)
    .to.equal('error: unable to match a printer suitable for the output format "bogus", allowed formats are: json,yaml\n');
  expect(ok('kubectl set image deploy web app=nginx').errorAfterFetch).to.equal(undefined);
});

test('errors kubectl reports when printing, after the change was made', () => {
  for (const line of ['kubectl label deploy/web a=b -o bogus', 'kubectl patch deploy/web -p {} -o bogus', 'kubectl rollout pause deploy/web -o bogus']) {
    expect(ok(line).errorAtPrint, line).to.match(/^error: unable to match a printer suitable for the output format "bogus"/);
  }
});

test('rolloutObjectError: per-type errors of the rollout subcommands', () => {
  const r = (kind: string) => resourceForKind(kind)!;
  expect(rolloutObjectError('status', r('Deployment'), 'web')).to.equal(undefined);
  expect(rolloutObjectError('status', r('Pod'), 'web')).to.equal('error: no status viewer has been implemented for Pod\n');
  expect(rolloutObjectError('status', r('ReplicaSet'), 'web')).to.equal('error: no status viewer has been implemented for ReplicaSet.apps\n');
  expect(rolloutObjectError('history', r('StatefulSet'), 'web')).to.equal(undefined);
  expect(rolloutObjectError('history', r('Job'), 'web')).to.equal('error: no history viewer has been implemented for "Job.batch"\n');
  expect(rolloutObjectError('history', r('Service'), 'web'))
    .to.equal('error: error retrieving history for "Service", no visitor method exists for { Service}\n');
  expect(rolloutObjectError('undo', r('Pod'), 'web')).to.equal('error: no rollbacker has been implemented for "Pod"\n');
  expect(rolloutObjectError('undo', r('Service'), 'web'))
    .to.equal('error: error retrieving rollbacker for "Service", no visitor method exists for { Service}\n');
  expect(rolloutObjectError('pause', r('DaemonSet'), 'web')).to.equal('error: daemonsets.apps "web" pausing is not supported\n');
  expect(rolloutObjectError('resume', r('Pod'), 'web')).to.equal('error: pods "web" resuming is not supported\n');
  expect(rolloutObjectError('restart', r('DaemonSet'), 'web')).to.equal(undefined);
  expect(rolloutObjectError('restart', r('Job'), 'web')).to.equal('error: jobs.batch "web" restarting is not supported\n');
});

// --- kubespec's own refusals ------------------------------------------------------------------

test('shell syntax kubespec does not run', () => {
  expect(parseKubectl('kubectl get pods | grep web')).to.deep.equal({
    ok: false, exitCode: 2, stderr: 'kubespec: shell operator "|" is not supported; quote it to pass it to kubectl\n',
  });
  expect(parseKubectl("kubectl get 'pods")).to.deep.include({ ok: false, exitCode: 2 });
});

test('real commands kubespec does not emulate: exit code 2, kubespec\'s own answer (kubectl uses 1)', () => {
  expect(parseKubectl('kubectl proxy')).to.deep.equal({ ok: false, exitCode: 2, stderr: 'error: kubespec does not emulate "kubectl proxy"\n' });
  expect(parseKubectl('kubectl top pods')).to.deep.equal({ ok: false, exitCode: 2, stderr: 'error: kubespec does not emulate "kubectl top pod"\n' });
  expect(parseKubectl('kubectl set serviceaccount deploy web sa')).to.deep.include({ ok: false });
  expect(parseKubectl('kubectl help proxy')).to.deep.equal({ ok: false, exitCode: 2, stderr: 'error: kubespec does not emulate "kubectl proxy"\n' });
});

test('files: -f paths are checked with the fileExists option', () => {
  expect(parseKubectl('kubectl apply -f nope.yaml', { fileExists })).to.deep.equal({
    ok: false, exitCode: 1, stderr: 'error: the path "nope.yaml" does not exist\n',
  });
  expect(parseKubectl('kubectl apply -f nope.yaml').ok).to.equal(true); // default: every file exists
  expect(parseKubectl('kubectl apply -f -', { fileExists }).ok).to.equal(true);
  expect(parseKubectl('kubectl apply -f https://example.com/x.yaml', { fileExists }).ok).to.equal(true);
});

test('parseKubectlArgs takes words already split', () => {
  const r = parseKubectlArgs(['scale', 'deploy', 'web', '--replicas', '2']);
  expect(r.ok && r.command.flags.replicas).to.equal('2');
  expect(r.ok && r.command.raw).to.equal('scale deploy web --replicas 2');
});

// --- every golden row: byte-exact kubectl output --------------------------------------------

const golden = loadGolden();

test('golden rows are many and varied', () => {
  expect(golden.length).to.be.greaterThan(400);
});

for (const row of golden) {
  test(`kubectl output: ${row.line}`, () => {
    const want = expectedOutput(row);
    const got = parseKubectl(row.line, { fileExists });
    expect(got.ok, row.line).to.equal(false);
    if (got.ok) return;
    expect({ stdout: got.stdout ?? '', stderr: got.stderr, exitCode: got.exitCode }).to.deep.equal(want);
  });
}
