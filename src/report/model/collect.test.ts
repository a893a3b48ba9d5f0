import { test } from 'node:test';
import { expect } from 'chai';
import { collectRun, dedent, errorText, momentOf, parseTranscript, slugOf } from './collect';
import { syntheticRun } from '../testdata/synthetic';

test('a run folds into features, scenarios and steps with their attachments', () => {
  const run = collectRun(syntheticRun({ features: 2, scenariosPerFeature: 3, failEvery: 4, undefinedEvery: 5 }));
  expect(run.features.map((f) => f.slug)).to.deep.equal(['synthetic--feature-001', 'synthetic--feature-002']);
  expect(run.counts).to.include({ passed: 4, failed: 1, undefined: 1 });
  expect(run.success).to.equal(false);
  const s = run.features[0].scenarios[0];
  expect(s.index).to.equal(1);
  expect(s.seed).to.equal(1);
  expect(s.virtualMs).to.be.greaterThan(0);
  const steps = s.steps.filter((x) => x.kind === 'step');
  expect(steps.map((x) => x.keyword)).to.deep.equal(['Given', 'When', 'Then', 'And']);
  expect(steps[0].manifests[0].source).to.equal('deployment "web"');
  expect(steps[1].transcripts[0]).to.deep.include({ command: 'kubectl set image deployment/web nginx=nginx:1.26' });
  expect(steps[2].notes).to.deep.equal(['min available 4 ≥ 4']);
  expect(steps[3].docString).to.equal('deployment.apps/web image updated');
});

test('a failure keeps its message without stack frames, and the moment it names', () => {
  const run = collectRun(syntheticRun({ features: 1, scenariosPerFeature: 4, failEvery: 4 }));
  const failed = run.features[0].scenarios.find((s) => s.status === 'failed')!;
  expect(failed.failure!.message).to.match(/^expected at least \d+ available pods/);
  expect(failed.failure!.message).to.not.include('/home/someone');
  expect(failed.failure!.at).to.equal(Date.parse('2026-01-01T00:00:03.000Z'));
});

test('an undefined step carries the snippet cucumber suggests', () => {
  const run = collectRun(syntheticRun({ features: 1, scenariosPerFeature: 5, undefinedEvery: 5 }));
  const s = run.features[0].scenarios.find((x) => x.status === 'undefined')!;
  expect(s.steps.find((x) => x.status === 'undefined')!.snippets[0]).to.include('something nobody defined');
});

test('ids and wall timestamps do not reach the model (two runs of the same scenarios agree)', () => {
  const strip = (r: ReturnType<typeof collectRun>) => JSON.stringify(r, (k, v) => (k === 'wallMs' ? undefined : v));
  expect(strip(collectRun(syntheticRun({ features: 2, scenariosPerFeature: 2, idSalt: 'one' })))).to.equal(strip(collectRun(syntheticRun({ features: 2, scenariosPerFeature: 2, idSalt: 'other-run' }))));
});

test('transcripts split command, heredoc stdin and output', () => {
  expect(parseTranscript('$ kubectl get pods\nNAME READY\n')).to.deep.equal({ command: 'kubectl get pods', output: 'NAME READY\n' });
  expect(parseTranscript('$ kubectl apply -f - <<EOF\nkind: X\nEOF\nx created\n')).to.deep.equal({ command: 'kubectl apply -f - <<EOF', stdin: 'kind: X', output: 'x created\n' });
});

test('helpers: error text, moments, slugs, dedent', () => {
  expect(errorText({ status: 'FAILED', message: 'Error: boom\n    at f (/a/b.ts:1:2)\n    at <anonymous>' })).to.equal('boom');
  expect(momentOf('no time here')).to.equal(undefined);
  expect(slugOf('features/deployment/rolling-update.ko.feature')).to.equal('deployment--rolling-update.ko');
  expect(slugOf('../../tmp/x <y>.feature')).to.equal('tmp--x_y_');
  expect(dedent('    a\n      b\n')).to.equal('a\n  b');
});
