import { test } from 'node:test';
import { expect } from 'chai';
import { manifestsOfCommand, recordedCommands, recordForReports } from './recorder';
import { MANIFEST_MEDIA_TYPE } from './media-types';

test('the recorder attaches applied manifests and records kubectl commands at their virtual time', () => {
  let now = 1000;
  const calls: string[] = [];
  const cluster = {
    apply: (y: string, _opts?: { source?: string }) => calls.push(`apply ${y}`),
    kubectl: (l: string, _opts?: { stdin?: string }) => {
      calls.push(`kubectl ${l}`);
      now += 500;
    },
    now: () => now,
  };
  const attached: Array<[string, string, string | undefined]> = [];
  const c = recordForReports(cluster, (d, m, f) => attached.push([d, m, f]));
  expect(recordForReports(c, () => expect.fail('instrumented twice'))).to.equal(c);
  c.apply('kind: A', { source: 'deployment "web"' });
  c.kubectl('apply -f -', { stdin: 'kind: B' });
  c.kubectl('get pods');
  expect(calls).to.deep.equal(['apply kind: A', 'kubectl apply -f -', 'kubectl get pods']);
  expect(attached).to.deep.equal([
    ['kind: A', MANIFEST_MEDIA_TYPE, 'deployment "web"'],
    ['kind: B', MANIFEST_MEDIA_TYPE, 'stdin'],
  ]);
  expect(recordedCommands(c)).to.deep.equal([
    { at: 1000, line: 'apply -f -' },
    { at: 1500, line: 'get pods' },
  ]);
});

test('manifests of a command: files on disk, supplied files, nothing for other verbs', () => {
  expect(manifestsOfCommand('kubectl apply -f features/manifests/web-deploy.yaml')[0].text).to.include('kind: Deployment');
  expect(manifestsOfCommand('kubectl create --filename=x.yaml', { files: { 'x.yaml': 'kind: X' } })).to.deep.equal([{ source: 'x.yaml', text: 'kind: X' }]);
  expect(manifestsOfCommand('kubectl delete -f features/manifests/web-deploy.yaml')).to.deep.equal([]);
  expect(manifestsOfCommand('kubectl apply -f does-not-exist.yaml')).to.deep.equal([]);
});
