import { expect } from 'chai';
import { test } from 'node:test';
import {
  RESOURCES, apiVersionOf, expandAll, formatNameRef, parseNameRef, qualifiedKind, qualifiedResource,
  resolveResource, resourceForKind,
} from './resources';
import { acceptedForms, rejected } from './testdata/resource-words';

const table: [plural: string, group: string, shortNames: string[], kind: string, namespaced: boolean][] = [
  ['pods', '', ['po'], 'Pod', true],
  ['services', '', ['svc'], 'Service', true],
  ['endpoints', '', ['ep'], 'Endpoints', true],
  ['nodes', '', ['no'], 'Node', false],
  ['namespaces', '', ['ns'], 'Namespace', false],
  ['configmaps', '', ['cm'], 'ConfigMap', true],
  ['secrets', '', [], 'Secret', true],
  ['persistentvolumeclaims', '', ['pvc'], 'PersistentVolumeClaim', true],
  ['persistentvolumes', '', ['pv'], 'PersistentVolume', false],
  ['events', '', ['ev'], 'Event', true],
  ['serviceaccounts', '', ['sa'], 'ServiceAccount', true],
  ['resourcequotas', '', ['quota'], 'ResourceQuota', true],
  ['limitranges', '', ['limits'], 'LimitRange', true],
  ['deployments', 'apps', ['deploy'], 'Deployment', true],
  ['replicasets', 'apps', ['rs'], 'ReplicaSet', true],
  ['statefulsets', 'apps', ['sts'], 'StatefulSet', true],
  ['daemonsets', 'apps', ['ds'], 'DaemonSet', true],
  ['controllerrevisions', 'apps', [], 'ControllerRevision', true],
  ['jobs', 'batch', [], 'Job', true],
  ['cronjobs', 'batch', ['cj'], 'CronJob', true],
  ['poddisruptionbudgets', 'policy', ['pdb'], 'PodDisruptionBudget', true],
  ['storageclasses', 'storage.k8s.io', ['sc'], 'StorageClass', false],
  ['volumeattachments', 'storage.k8s.io', [], 'VolumeAttachment', false],
  ['endpointslices', 'discovery.k8s.io', [], 'EndpointSlice', true],
];

for (const [plural, group, shortNames, kind, namespaced] of table) {
  test(`resource table: ${plural}${group ? '.' + group : ''}`, () => {
    const r = RESOURCES.find((x) => x.plural === plural);
    expect(r, plural).to.not.equal(undefined);
    expect(r!.group).to.equal(group);
    expect(r!.shortNames).to.deep.equal(shortNames);
    expect(r!.kind).to.equal(kind);
    expect(r!.namespaced).to.equal(namespaced);
    expect(r!.version).to.equal('v1');
  });
}

test('the table has exactly the served types', () => {
  expect(RESOURCES.map((r) => r.plural).sort()).to.deep.equal(table.map((t) => t[0]).sort());
});

for (const r of RESOURCES) {
  test(`resolveResource accepts every form of ${qualifiedResource(r)}`, () => {
    for (const word of acceptedForms(r)) {
      const got = resolveResource(word);
      expect(got.ok, word).to.equal(true);
      if (got.ok) expect(got.resource, word).to.equal(r);
    }
  });
}

for (const [word, stderr] of rejected) {
  test(`resolveResource rejects ${JSON.stringify(word)}`, () => {
    expect(resolveResource(word)).to.deep.equal({ ok: false, stderr, exitCode: 1 });
  });
}

const special: [word: string, plural: string][] = [
  ['storageclass.storage', 'storageclasses'],
  ['sc.storage', 'storageclasses'],
  ['deploy.ap', 'deployments'],
  ['endpointslice.discovery', 'endpointslices'],
  ['pods.v1.', 'pods'],
  ['PODS', 'pods'],
  ['pOdS', 'pods'],
  ['DEPLOYMENT', 'deployments'],
  ['configMap', 'configmaps'],
  ['Endpoints', 'endpoints'],
];

for (const [word, plural] of special) {
  test(`resolveResource: ${word} → ${plural}`, () => {
    const got = resolveResource(word);
    expect(got.ok && got.resource.plural).to.equal(plural);
  });
}

test('expandAll: the `all` category in discovery order, served types only', () => {
  expect(expandAll().map(qualifiedResource)).to.deep.equal([
    'pods', 'services', 'daemonsets.apps', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps',
    'cronjobs.batch', 'jobs.batch',
  ]);
});

test('name printer forms', () => {
  const deploy = resourceForKind('Deployment')!;
  const pod = resourceForKind('Pod')!;
  const sc = resourceForKind('StorageClass')!;
  expect(formatNameRef(deploy, 'web')).to.equal('deployment.apps/web');
  expect(formatNameRef(pod, 'x')).to.equal('pod/x');
  expect(formatNameRef(sc, 'standard')).to.equal('storageclass.storage.k8s.io/standard');
  expect(qualifiedKind(deploy)).to.equal('deployment.apps');
  expect(qualifiedResource(deploy)).to.equal('deployments.apps');
  expect(qualifiedResource(pod)).to.equal('pods');
  expect(apiVersionOf(deploy)).to.equal('apps/v1');
  expect(apiVersionOf(pod)).to.equal('v1');
});

test('parseNameRef reads what the name printer writes, and TYPE/NAME arguments', () => {
  for (const r of RESOURCES) {
    const parsed = parseNameRef(formatNameRef(r, 'web'));
    expect(parsed?.resource, r.plural).to.equal(r);
    expect(parsed?.name).to.equal('web');
  }
  expect(parseNameRef('deploy/web')?.resource.plural).to.equal('deployments');
  expect(parseNameRef('po/x')?.name).to.equal('x');
  expect(parseNameRef('web')).to.equal(undefined);
  expect(parseNameRef('foo/web')).to.equal(undefined);
  expect(parseNameRef('deploy/')).to.equal(undefined);
});
