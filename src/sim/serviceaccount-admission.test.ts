/**
 * The ServiceAccount admission plugin's mutation of pods (model/service-account.ts, applied in
 * Simulator.createNew) and the root-ca-cert-publisher's kube-root-ca.crt, as a client of the API
 * sees them: in the stored pod, for users' pods and controllers' pods alike, without shifting the
 * seeded names and uids.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import { Simulator, threeWayMerge } from './simulator';
import type { KubeObject, Pod } from '../model/types';
import { ROOT_CA_BUNDLE, SERVICE_ACCOUNT_MOUNT_PATH, mountServiceAccountToken, serviceAccountVolumeName, tokenVolume } from '../model/service-account';
import { ROOT_CA_DESCRIPTION, ROOT_CA_DESCRIPTION_ANNOTATION } from '../controllers/rootcacertpublisher/controller';

type P = Pod & KubeObject;
const MOUNT = { name: '', readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH };

const podYaml = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  initContainers: [{name: init, image: busybox}]
  containers: [{name: app, image: nginx:1.25, volumeMounts: [{name: cfg, mountPath: /etc/cfg}]}, {name: side, image: busybox}]
  volumes: [{name: cfg, emptyDir: {}}]
${extra}`;

test('a created pod carries the service account and its token volume, mounted in init containers and containers', () => {
  const sim = new Simulator();
  expect(sim.apply(podYaml('p'))[0].action).to.equal('created');
  const pod = sim.get<P>('Pod', 'p')!;
  const name = serviceAccountVolumeName(pod.metadata.uid!);
  expect(name).to.match(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  expect(pod.spec?.serviceAccountName).to.equal('default');
  expect(pod.spec?.serviceAccount).to.equal('default');
  expect(pod.spec?.volumes).to.deep.equal([{ name: 'cfg', emptyDir: {} }, tokenVolume(name)]);
  expect(tokenVolume(name).projected).to.deep.equal({
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  });
  expect(pod.spec?.initContainers?.[0].volumeMounts).to.deep.equal([{ ...MOUNT, name }]);
  expect(pod.spec?.containers.map((c) => c.volumeMounts)).to.deep.equal([[{ name: 'cfg', mountPath: '/etc/cfg' }, { ...MOUNT, name }], [{ ...MOUNT, name }]]);
});

test('automountServiceAccountToken: false leaves the pod without the volume; the account is still named', () => {
  const sim = new Simulator();
  sim.apply(podYaml('p', '  automountServiceAccountToken: false\n  serviceAccount: builder\n'));
  const pod = sim.get<P>('Pod', 'p')!;
  expect(pod.spec?.volumes).to.deep.equal([{ name: 'cfg', emptyDir: {} }]);
  expect(pod.spec?.containers.map((c) => c.volumeMounts)).to.deep.equal([[{ name: 'cfg', mountPath: '/etc/cfg' }], undefined]);
  // Only the deprecated field given: it names the account, as the v1 conversion reads it.
  expect([pod.spec?.serviceAccountName, pod.spec?.serviceAccount]).to.deep.equal(['builder', 'builder']);
});

test('a container with something at the token path keeps it; a kube-api-access- volume of the pod is reused', () => {
  const pod = (spec: Pod['spec']): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec });
  const own = pod({ containers: [{ name: 'a', image: 'x', volumeMounts: [{ name: 'mine', mountPath: SERVICE_ACCOUNT_MOUNT_PATH }] }], volumes: [{ name: 'mine', emptyDir: {} }] });
  mountServiceAccountToken(own, 'kube-api-access-bbbbb');
  expect(own.spec?.volumes).to.deep.equal([{ name: 'mine', emptyDir: {} }]);
  expect(own.spec?.containers[0].volumeMounts).to.have.length(1);

  const reuse = pod({ containers: [{ name: 'a', image: 'x' }], volumes: [{ name: 'kube-api-access-zzzzz', emptyDir: {} }] });
  mountServiceAccountToken(reuse, 'kube-api-access-bbbbb');
  expect(reuse.spec?.volumes).to.deep.equal([{ name: 'kube-api-access-zzzzz', emptyDir: {} }]);
  expect(reuse.spec?.containers[0].volumeMounts).to.deep.equal([{ ...MOUNT, name: 'kube-api-access-zzzzz' }]);

  // Ephemeral containers are never given the mount.
  const ephemeral = pod({ containers: [{ name: 'a', image: 'x' }], ephemeralContainers: [{ name: 'debug', image: 'busybox' }] });
  mountServiceAccountToken(ephemeral, 'kube-api-access-bbbbb');
  expect(ephemeral.spec?.ephemeralContainers?.[0].volumeMounts).to.equal(undefined);
});

test("controllers' pods get the volume through admission; their templates do not", () => {
  const c = new Cluster({ seed: 3, nodes: ['node-1', 'node-2'] });
  c.apply(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 1
  serviceName: db
  selector: {matchLabels: {app: db}}
  template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: postgres}]}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template: {metadata: {labels: {app: agent}}, spec: {containers: [{name: agent, image: busybox}]}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  template: {spec: {restartPolicy: Never, automountServiceAccountToken: false, containers: [{name: once, image: busybox}]}}
`);
  c.advance('30s');
  const pods = c.list<P>('Pod');
  expect(pods).to.have.length(6);
  for (const p of pods) {
    const job = p.metadata.name!.startsWith('once-');
    expect(p.spec?.volumes?.map((v) => v.name) ?? [], p.metadata.name).to.deep.equal(job ? [] : [serviceAccountVolumeName(p.metadata.uid!)]);
    expect(p.spec?.serviceAccount).to.equal('default');
  }
  for (const kind of ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']) {
    for (const o of c.list(kind)) {
      const spec = (o.spec as { template: { spec: Pod['spec'] } }).template.spec;
      expect(spec?.volumes, `${kind} ${o.metadata.name}`).to.equal(undefined);
      expect(spec?.serviceAccount, `${kind} ${o.metadata.name}`).to.equal(undefined);
    }
  }
});

test('settling the pod identity first draws what the store would; rejected pods and published ConfigMaps draw nothing', () => {
  const pod = (meta: string) => `apiVersion: v1\nkind: Pod\nmetadata: ${meta}\nspec: {containers: [{name: a, image: x}]}\n`;
  const run = (before: (s: Simulator) => void) => {
    const s = new Simulator({ seed: 7 });
    before(s);
    s.apply(pod('{generateName: gen-}'));
    s.apply(pod('{name: named}'));
    s.apply('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: after}\n');
    return [...s.list('Pod'), s.get('ConfigMap', 'after')!].map((o) => `${o.metadata.name} ${o.metadata.uid}`);
  };
  const plain = run(() => {});
  expect(plain[0]).to.match(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5} /);
  // An invalid pod and one over quota are refused before their name and uid are drawn.
  const quota = (s: Simulator) => s.write({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'other' }, spec: { hard: { pods: '0' } } }, { mode: 'create' });
  const refused = run((s) => {
    quota(s);
    expect(s.apply('apiVersion: v1\nkind: Pod\nmetadata: {name: bad}\nspec: {containers: []}\n')[0].error?.reason).to.equal('Invalid');
    expect(s.apply(pod('{generateName: over-, namespace: other}'))[0].error?.reason).to.equal('Forbidden');
  });
  expect(refused).to.deep.equal(run((s) => void quota(s)));
  // A new namespace takes one uid, like any object; its kube-root-ca.crt takes none.
  const afterConfigMap = run((s) => void s.apply('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n'));
  const afterNamespace = run((s) => void s.write({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }, { mode: 'create' }));
  expect(afterNamespace).to.deep.equal(afterConfigMap);
  expect(afterNamespace).to.not.deep.equal(plain);
});

test('kube-root-ca.crt is in every namespace, published for new ones, put back when deleted or changed', () => {
  const c = new Cluster();
  expect(c.list('ConfigMap', '*').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).to.deep.equal([
    'default/kube-root-ca.crt', 'kube-node-lease/kube-root-ca.crt', 'kube-public/kube-root-ca.crt', 'kube-system/kube-root-ca.crt',
  ]);
  const cm = c.get<KubeObject & { data?: Record<string, string> }>('ConfigMap', 'kube-root-ca.crt')!;
  expect(cm.data).to.deep.equal({ 'ca.crt': ROOT_CA_BUNDLE });
  expect(cm.metadata.annotations).to.deep.equal({ [ROOT_CA_DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION });
  expect(ROOT_CA_BUNDLE).to.match(/^-----BEGIN CERTIFICATE-----\nMII[A-Za-z0-9+/\n=]+\n-----END CERTIFICATE-----\n$/);

  expect(c.kubectl('kubectl create namespace team').exitCode).to.equal(0);
  c.settle();
  expect(c.get('ConfigMap', 'kube-root-ca.crt', 'team')).to.not.equal(undefined);

  expect(c.kubectl('kubectl delete configmap kube-root-ca.crt').stdout).to.equal('configmap "kube-root-ca.crt" deleted\n');
  expect(c.get('ConfigMap', 'kube-root-ca.crt')?.metadata.uid).to.not.equal(undefined);

  c.kubectl('kubectl label configmap kube-root-ca.crt team=x');
  c.update('ConfigMap', 'kube-root-ca.crt', (o) => {
    (o as { data?: Record<string, string> }).data = { 'ca.crt': 'tampered', extra: 'y' };
    delete o.metadata.annotations;
  });
  const restored = c.get<KubeObject & { data?: Record<string, string> }>('ConfigMap', 'kube-root-ca.crt')!;
  expect(restored.data).to.deep.equal({ 'ca.crt': ROOT_CA_BUNDLE });
  expect(restored.metadata.annotations).to.deep.equal({ [ROOT_CA_DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION });
  expect(restored.metadata.labels).to.deep.equal({ team: 'x' });
});

test('the container sees the token volume: the CA bundle, its namespace and a token', () => {
  const c = new Cluster();
  c.apply(podYaml('p'));
  c.advance('10s');
  const files = c.containerFiles('p', { container: 'side' });
  expect(files.ok).to.equal(true);
  if (!files.ok) return;
  expect(Object.keys(files.value).sort()).to.deep.equal(['ca.crt', 'namespace', 'token'].map((f) => `${SERVICE_ACCOUNT_MOUNT_PATH}/${f}`));
  expect(files.value[`${SERVICE_ACCOUNT_MOUNT_PATH}/ca.crt`]).to.equal(ROOT_CA_BUNDLE);
  expect(files.value[`${SERVICE_ACCOUNT_MOUNT_PATH}/namespace`]).to.equal('default');
  const [header, payload, signature] = files.value[`${SERVICE_ACCOUNT_MOUNT_PATH}/token`].split('.');
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).to.include({ alg: 'RS256' });
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  expect(claims.sub).to.equal('system:serviceaccount:default:default');
  expect(claims['kubernetes.io'].pod).to.deep.equal({ name: 'p', uid: c.get('Pod', 'p')!.metadata.uid });
  expect(claims['kubernetes.io'].warnafter - claims.iat).to.equal(3607);
  expect(Buffer.from(signature, 'base64url')).to.have.length(256);
});

test('re-applying a pod keeps the token volume and mounts the manifest never had', () => {
  const c = new Cluster();
  const files = (image: string) => ({ 'p.yaml': podYaml('p').replace('nginx:1.25', image) });
  expect(c.kubectl('kubectl apply -f p.yaml', { files: files('nginx:1.25') }).stdout).to.equal('pod/p created\n');
  const before = c.get<P>('Pod', 'p')!;
  expect(c.kubectl('kubectl apply -f p.yaml', { files: files('nginx:1.25') }).stdout).to.equal('pod/p unchanged\n');
  expect(c.kubectl('kubectl apply -f p.yaml', { files: files('nginx:1.26') }).stdout).to.equal('pod/p configured\n');
  const after = c.get<P>('Pod', 'p')!;
  expect(after.spec?.containers[0].image).to.equal('nginx:1.26');
  expect({ ...after.spec, containers: after.spec?.containers.map((x) => ({ ...x, image: '' })) }).to.deep.equal({
    ...before.spec,
    containers: before.spec?.containers.map((x) => ({ ...x, image: '' })),
  });
});

test('threeWayMerge merges pod spec lists by key and drops only what the last manifest had', () => {
  const live = {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' },
    spec: {
      containers: [{ name: 'a', image: 'x:1', volumeMounts: [{ name: 'v', mountPath: '/v' }, { name: 'sa', mountPath: '/sa' }] }, { name: 'gone', image: 'y' }, { name: 'other', image: 'z' }],
      volumes: [{ name: 'v', emptyDir: {} }, { name: 'sa', projected: {} }],
    },
  } as unknown as KubeObject;
  const last = { spec: { containers: [{ name: 'a', image: 'x:1', volumeMounts: [{ name: 'v', mountPath: '/v' }] }, { name: 'gone', image: 'y' }], volumes: [{ name: 'v', emptyDir: {} }] } };
  const want = { spec: { containers: [{ name: 'a', image: 'x:2', volumeMounts: [{ name: 'v', mountPath: '/v' }] }], volumes: [{ name: 'v', emptyDir: {} }] } };
  expect(threeWayMerge(live, last, want).spec).to.deep.equal({
    containers: [{ name: 'a', image: 'x:2', volumeMounts: [{ name: 'v', mountPath: '/v' }, { name: 'sa', mountPath: '/sa' }] }, { name: 'other', image: 'z' }],
    volumes: [{ name: 'v', emptyDir: {} }, { name: 'sa', projected: {} }],
  });
});
