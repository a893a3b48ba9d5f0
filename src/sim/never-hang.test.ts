/**
 * A simulation that cannot settle stops at a virtual-time limit, quickly, and says what was
 * still going on; a rollout stuck past its progress deadline is reported as such.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import { deploymentManifest } from './builders';

/** Wall-clock budget for a run that covers hours of virtual time (generous: CI machines are busy). */
const QUICK_MS = 5000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = Date.now();
  const value = fn();
  return { value, ms: Date.now() - t0 };
}

test('a crash loop that never settles: runUntilRolledOut with a 2h timeout returns quickly and says what is going on', () => {
  // Ready for 5 s after each restart, available only after 10 s: readiness keeps counting as
  // progress (the deadline never passes) and the rollout never completes.
  const cluster = new Cluster({ images: { 'app:bad': { crashAfterSeconds: 5 } } });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 3, image: 'app:bad', minReadySeconds: 10 }));
  const { value: r, ms } = timed(() => cluster.runUntilRolledOut('web', { timeout: '2h' }));
  expect(ms, 'wall-clock ms for 2h of virtual time').to.be.below(QUICK_MS);
  expect(r.outcome).to.equal('timeout');
  expect(r.elapsedMs).to.equal(2 * 3600 * 1000);
  expect(r.message).to.match(/^still not done after 2h of virtual time: 3 of 3 updated, 0 available, 3 total \(web-\w+ 0\/3 available\); Progressing=True ReplicaSetUpdated; pods not ready: 3 CrashLoopBackOff \(e\.g\. web-\w+-\w+, restarted \d+ times\)$/);
});

test('a crash loop without a progress deadline: stops at the timeout, naming the crash loop', () => {
  const cluster = new Cluster({ images: { 'app:bad': { crashAfterSeconds: 0 } } });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 2, image: 'app:bad', progressDeadlineSeconds: 2147483647 }));
  const { value: r, ms } = timed(() => cluster.runUntilRolledOut('web', { timeout: '2h' }));
  expect(ms).to.be.below(QUICK_MS);
  expect(r.outcome).to.equal('timeout');
  expect(r.message).to.match(/^still not done after 2h of virtual time: 2 of 2 updated, 0 available, 2 total .*; pods not ready: 2 CrashLoopBackOff \(e\.g\. web-\w+-\w+, restarted \d+ times\)$/);
  expect(r.message).to.not.include('Progressing=');
});

test('a crash loop past its progress deadline: runUntilRolledOut reports ProgressDeadlineExceeded', () => {
  const cluster = new Cluster({ images: { 'app:bad': { crashAfterSeconds: 0 } } });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 3, image: 'app:bad' }));
  const { value: r, ms } = timed(() => cluster.runUntilRolledOut('web', { timeout: '2h' }));
  expect(ms).to.be.below(QUICK_MS);
  expect(r.outcome).to.equal('timeout');
  // The default 600 s deadline, checked one second after it passes (requeueStuckDeployment).
  expect(r.elapsedMs).to.equal(601_000);
  expect(r.message).to.match(/^deployment "web" exceeded its progress deadline \(ProgressDeadlineExceeded\): 3 of 3 updated, 0 available, 3 total .*Progressing=False ProgressDeadlineExceeded; pods not ready: 3 CrashLoopBackOff/);
});

test('after ProgressDeadlineExceeded, rolling back to the good template completes (the old verdict does not stick)', () => {
  const cluster = new Cluster({ images: { 'app:bad': { neverReady: true } } });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 2, image: 'app:good', readinessProbe: {}, progressDeadlineSeconds: 60 }));
  expect(cluster.runUntilRolledOut('web').outcome).to.equal('done');
  cluster.kubectl('set image deployment/web app=app:bad');
  expect(cluster.runUntilRolledOut('web').message).to.include('ProgressDeadlineExceeded');
  // Back to the good template (its ReplicaSet still exists): the rollout completes.
  cluster.kubectl('rollout undo deployment/web');
  const r = cluster.runUntilRolledOut('web', { timeout: '1h' });
  expect(r.outcome, r.message).to.equal('done');
});

test('kubectl rollout status without --timeout stops at the virtual-time cap instead of waiting for ever', () => {
  const cluster = new Cluster({ images: { 'app:bad': { crashAfterSeconds: 5 } }, maxVirtualTime: '2h' });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 3, image: 'app:bad', minReadySeconds: 10 }));
  const { value: r, ms } = timed(() => cluster.kubectl('rollout status deployment/web'));
  expect(ms).to.be.below(QUICK_MS);
  expect(r.exitCode).to.equal(1);
  expect(r.stdout).to.equal('Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...\n');
  expect(r.stderr).to.match(/^error: kubespec stopped waiting after 2h of virtual time \(real kubectl would wait for ever\): deployment "web": 3 of 3 updated, 0 available, 3 total .*CrashLoopBackOff.*\n$/);
  expect(cluster.elapsed()).to.equal(2 * 3600 * 1000);
});

test('kubectl rollout status --timeout still ends with kubectl\'s own message', () => {
  const cluster = new Cluster({ images: { 'app:bad': { crashAfterSeconds: 5 } } });
  cluster.apply(deploymentManifest({ name: 'web', replicas: 1, image: 'app:bad', minReadySeconds: 10 }));
  const r = cluster.kubectl('rollout status deployment/web --timeout=90s');
  expect(r.exitCode).to.equal(1);
  expect(r.stderr).to.equal('error: timed out waiting for the condition\n');
  expect(cluster.elapsed()).to.equal(90_000);
});

test('a readiness probe with periodSeconds: 0 is defaulted to 10 s (it used to probe at one instant for ever)', () => {
  const cluster = new Cluster();
  const [r] = cluster.apply([
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}',
    'spec:', '  replicas: 1', '  selector: {matchLabels: {app: web}}',
    '  template:', '    metadata: {labels: {app: web}}',
    '    spec:', '      containers:', '      - name: web', '        image: nginx', '        readinessProbe: {httpGet: {port: 80}, periodSeconds: 0, timeoutSeconds: 0, successThreshold: 0, failureThreshold: 0}', '',
  ].join('\n'));
  expect(r.action).to.equal('created');
  const probe = cluster.get('deployment', 'web')!.spec as { template: { spec: { containers: Array<{ readinessProbe: Record<string, unknown> }> } } };
  expect(probe.template.spec.containers[0].readinessProbe).to.include({ periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 });
  const { ms } = timed(() => cluster.advance('10m'));
  expect(ms).to.be.below(QUICK_MS);
  expect(cluster.runUntilRolledOut('web').outcome).to.equal('done');
});

test('timers that re-arm at the same instant stop the run with a message instead of hanging', () => {
  const cluster = new Cluster();
  // Reach the timer queue the way a buggy controller would (scheduleAt with no delay, for ever).
  const timers = (cluster as unknown as { timers: { push(at: number, fn: () => void): void } }).timers;
  const at = cluster.now() + 1000;
  const rearm = (): void => timers.push(at, rearm);
  timers.push(at, rearm);
  const { ms, value } = timed(() => {
    try {
      cluster.advance('5s');
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(value).to.equal('the simulation cannot leave 2026-01-01T00:00:01Z: more than 1000000 timers fired at that instant (something re-arms itself with no delay)');
  expect(ms).to.be.below(QUICK_MS);
});
