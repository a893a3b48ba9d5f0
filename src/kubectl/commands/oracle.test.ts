/**
 * kubespec's kubectl against the real kubectl v1.32, over the same simulated cluster: the real
 * binary runs against testdata/sim-api-server.ts (discovery, tables, objects, leases and the
 * explain schema as OpenAPI v3 come from the simulator), ours runs in process; stdout, stderr and
 * exit codes must be identical. Opt-in, as it needs the binary: `KUBECTL_ORACLE=1`.
 *
 * The objects and the server-side table cells are ours (a real API server's cells are not
 * available here); this checks kubectl's client half — printers, decorations, describe layouts,
 * JSONPath, custom columns, sorting, explain, api-resources — and the errors it prints.
 */
import { expect } from 'chai';
import { test } from 'node:test';
import { Cluster } from '../../cluster';
import { Oracle, explain } from './testdata/oracle';
import { explainOpenApi } from './testdata/explain-openapi';

const enabled = process.env.KUBECTL_ORACLE === '1';

interface Case {
  name: string;
  nodes?: string[];
  setup: string[];
  queries: string[];
}

const CASES: Case[] = [
  {
    name: 'get',
    setup: [
      'kubectl apply -f features/manifests/kubia-deployment-v1.yaml',
      'kubectl create deployment web --image=nginx:1.25 --replicas=2',
      'kubectl create configmap cfg --from-literal=a=b --from-literal=c=d',
      'kubectl create secret generic sec --from-literal=p=q',
      'kubectl create service nodeport kubia --tcp=80:8080',
      'wait 30s',
      'kubectl label deploy web tier=frontend',
    ],
    queries: [
      'kubectl get deploy', 'kubectl get deploy,rs', 'kubectl get all', 'kubectl get po -o wide', 'kubectl get pods --show-labels',
      'kubectl get pods -L app,pod-template-hash', 'kubectl get pods -l app=kubia', "kubectl get pods -l 'app in (kubia,web)' -A",
      'kubectl get pods -l app!=kubia', 'kubectl get deploy kubia web', 'kubectl get deploy/kubia rs', 'kubectl get deploy kubia nosuch',
      'kubectl get pods --field-selector status.phase=Running', 'kubectl get pods --field-selector foo=bar', 'kubectl get nodes -o wide',
      'kubectl get ns', 'kubectl get cm', 'kubectl get secrets', 'kubectl get svc', 'kubectl get ep', 'kubectl get pvc', 'kubectl get pv',
      'kubectl get sts', 'kubectl get ds -A', 'kubectl get events', 'kubectl get pods -o name',
      "kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
      `kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`,
      `kubectl get nodes -o jsonpath='{.items[0].status.conditions[?(@.type=="Ready")].status}'`,
      "kubectl get deploy kubia -o jsonpath='{.spec.template.spec.containers[0]}'",
      'kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,NODE:.spec.nodeName',
      'kubectl get deploy -o custom-columns=NAME:.metadata.name,LABELS:.metadata.labels,X:.foo',
      'kubectl get pods --sort-by=.metadata.name -o name', "kubectl get pods --sort-by='{.status.podIP}'", 'kubectl get pods --sort-by=.spec.foo',
      'kubectl get deploy -o yaml', 'kubectl get deploy kubia -o json', 'kubectl get pods -o bogus', 'kubectl get deploy nosuch -o bogus',
      'kubectl get pods,svc --no-headers', "kubectl get pods -o jsonpath-as-json='{.items[*].metadata.name}'",
      'kubectl api-resources', 'kubectl api-resources -o wide', 'kubectl api-resources --namespaced=false', 'kubectl api-versions',
      // Pods as the API server stores them: the ServiceAccount plugin's token volume and mounts.
      'kubectl get pod web-68bf9f694d-hpbkf -o yaml', 'kubectl get pod kubia-7cdfc888c4-htnjq -o json', 'kubectl get pods -o yaml',
      "kubectl get pods -o jsonpath='{.items[*].spec.volumes[*].name}'",
      "kubectl get pods -o custom-columns=NAME:.metadata.name,SA:.spec.serviceAccount,MOUNTS:.spec.containers[*].volumeMounts[*].mountPath",
      'kubectl get cm -A', 'kubectl get cm kube-root-ca.crt -o yaml', 'kubectl describe cm kube-root-ca.crt',
    ],
  },
  {
    name: 'describe',
    nodes: ['node-1', 'node-2'],
    setup: [
      'kubectl apply -f features/manifests/statefulset/myapp-svc-headless.yaml',
      'kubectl apply -f features/manifests/statefulset/myapp-sts.yaml',
      'kubectl create deployment web --image=nginx --replicas=5',
      'kubectl create service clusterip web --tcp=80:80 --tcp=443:8443',
      'wait 30s',
      'kubectl scale deploy web --replicas=2',
      'kubectl cordon node-2',
      'kubectl set resources deploy web --requests=cpu=100m,memory=64Mi --limits=cpu=200m,memory=128Mi',
      'wait 40s',
    ],
    queries: [
      'kubectl describe deploy web', 'kubectl describe svc', 'kubectl describe pods web', 'kubectl describe rs', 'kubectl describe nodes',
      'kubectl describe sts', 'kubectl describe deploy nosuch',
    ],
  },
  {
    name: 'storage and config',
    nodes: ['node-1', 'node-2'],
    setup: [
      'kubectl apply -f src/kubectl/commands/testdata/manifests/storage-claims.yaml',
      'kubectl apply -f src/kubectl/commands/testdata/manifests/storage-workloads.yaml',
      'kubectl create configmap cfg --from-literal=greeting=hello',
      'kubectl create secret generic sec --from-literal=password=s3cr3t',
      'wait 45s',
    ],
    queries: [
      'kubectl describe pvc', 'kubectl describe pvc data', 'kubectl describe persistentvolumeclaims waiting', 'kubectl describe pv',
      'kubectl describe sc', 'kubectl describe cm cfg', 'kubectl describe secret sec', 'kubectl describe ds', 'kubectl describe job batch',
      'kubectl describe pvc nosuch', 'kubectl get volumeattachments', 'kubectl describe volumeattachments', 'kubectl describe controllerrevisions',
    ],
  },
  {
    name: 'service account token volume',
    setup: ['kubectl apply -f src/kubectl/commands/testdata/manifests/serviceaccount-pods.yaml', 'wait 30s'],
    queries: [
      'kubectl get pod with-init -o yaml', 'kubectl get pod no-token -o yaml', 'kubectl get pod own-mount -o json', 'kubectl describe pod with-init',
      'kubectl describe pod no-token', 'kubectl describe pod own-mount', "kubectl get pod with-init -o jsonpath='{.spec.initContainers[0].volumeMounts}'",
    ],
  },
  {
    name: 'quantities',
    setup: ['kubectl apply -f src/kubectl/commands/testdata/manifests/quantities.yaml', 'wait 30s'],
    queries: [
      'kubectl get pvc', 'kubectl get pv', 'kubectl get quota', 'kubectl get pvc data -o yaml', "kubectl get pod web -o jsonpath='{.spec.volumes[1]}'",
      'kubectl get quota compute -o yaml', 'kubectl describe pod web', 'kubectl describe pvc data', 'kubectl describe pv', 'kubectl describe node',
      "kubectl get pod web -o jsonpath='{.spec.containers[*].resources}'", 'kubectl get pods --sort-by=.spec.containers[0].resources.requests.cpu',
    ],
  },
];

test('kubectl oracle: kubespec prints what the real kubectl v1.32 prints', { skip: !enabled && 'set KUBECTL_ORACLE=1 to run' }, async (t) => {
  for (const c of CASES) {
    const cluster = new Cluster({ seed: 1, nodes: c.nodes });
    for (const line of c.setup) {
      if (line.startsWith('wait ')) cluster.advance(line.slice(5));
      else expect(cluster.kubectl(line).exitCode, line).to.equal(0);
    }
    const oracle = await Oracle.start(cluster, Date.now);
    if (!oracle) return t.skip('no kubectl v1.32 found');
    try {
      for (const q of c.queries) {
        await t.test(`${c.name}: ${q}`, async () => {
          const r = await oracle.compare(q);
          expect(r.same, explain(r)).to.equal(true);
        });
      }
    } finally {
      await oracle.close();
    }
  }
});

const EXPLAIN = [
  'deploy', 'deploy.spec', 'deploy.spec.strategy', 'deploy.spec.strategy.rollingUpdate', 'deploy.spec.strategy.rollingUpdate.maxSurge',
  'deploy.spec.replicas', 'deploy.spec.minReadySeconds', 'deploy.spec.progressDeadlineSeconds', 'deploy.spec.revisionHistoryLimit',
  'deploy.spec.template.spec.containers', 'deployment.spec.foo', 'ds.spec.updateStrategy', 'sts.spec.updateStrategy',
  'sts.spec.updateStrategy.rollingUpdate', 'sts.spec.volumeClaimTemplates', 'sts.spec.podManagementPolicy', 'pods', 'pod.spec',
  'pod.spec.containers.livenessProbe', 'pod.spec.containers.resources.limits', 'pod.metadata.creationTimestamp', 'svc.spec',
  'svc.spec.type', 'pods.spec.containers.readinessProbe.httpGet.port', 'pvc.spec', 'rs', 'nodes.spec',
];

test('kubectl oracle: explain renders the schema as the real kubectl does', { skip: !enabled && 'set KUBECTL_ORACLE=1 to run' }, async (t) => {
  const cluster = new Cluster({ seed: 1 });
  const oracle = await Oracle.start(cluster, Date.now);
  if (!oracle) return t.skip('no kubectl v1.32 found');
  oracle.server.openapi = explainOpenApi();
  try {
    for (const p of [...EXPLAIN.map((e) => `kubectl explain ${e}`), 'kubectl explain deploy.spec.strategy --recursive', 'kubectl explain pod.spec.containers.ports --recursive']) {
      await t.test(p, async () => {
        const r = await oracle.compare(p);
        expect(r.same, explain(r)).to.equal(true);
      });
    }
  } finally {
    await oracle.close();
  }
});
